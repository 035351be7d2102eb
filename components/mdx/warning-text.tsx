import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/** GOV.UK warning text: for the few things a family must not miss, such as a deadline. */
export function WarningText({ children }: { children: ReactNode }) {
  const t = useTranslations('Mdx');
  return (
    <div className="relative my-6 py-1 ps-12">
      <span
        aria-hidden="true"
        className="absolute start-0 top-0.5 flex size-9 items-center justify-center rounded-full border-[3px] border-ink bg-ink text-2xl leading-none font-bold text-white"
      >
        !
      </span>
      <div className="font-bold [&>p:last-child]:mb-0">
        <span className="sr-only">{t('warning')}: </span>
        {children}
      </div>
    </div>
  );
}
