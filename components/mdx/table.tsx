import type { ComponentPropsWithoutRef } from 'react';
import { useTranslations } from 'next-intl';

/**
 * GOV.UK table styles. A wide table scrolls sideways on a phone instead of squashing; the
 * scrolling box can take keyboard focus so it can be scrolled without a mouse.
 */
export function Table({ className, ...props }: ComponentPropsWithoutRef<'table'>) {
  const t = useTranslations('Mdx');
  return (
    <div role="region" aria-label={t('table')} tabIndex={0} className="my-6 overflow-x-auto focus-visible:outline-3 focus-visible:outline-focus">
      <table className={className ?? 'w-full border-collapse text-start'} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentPropsWithoutRef<'th'>) {
  return (
    <th
      className={className ?? 'border-b border-border py-2.5 pe-5 text-start align-top font-bold last:pe-0'}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentPropsWithoutRef<'td'>) {
  return <td className={className ?? 'border-b border-border py-2.5 pe-5 text-start align-top last:pe-0'} {...props} />;
}
