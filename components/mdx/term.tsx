import { useId, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { getGlossaryEntry } from '@/lib/content/glossary';
import type { AppLocale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';

interface TermProps {
  /** The glossary id, e.g. "ehcna" (content/en/glossary.json). */
  id: string;
  /** The words as written in the sentence; defaults to the glossary term. */
  children?: ReactNode;
}

/**
 * A word families may not know (EHCNA, SENCO, SENAR...), explained where it is used. The word is
 * a link to its glossary entry; the button beside it opens the short definition in place. That
 * uses the HTML popover attribute, not script: it works with JavaScript off, opens with Enter or
 * Space, closes with Escape, and is announced as expanded or collapsed. Nothing depends on
 * hovering. A browser without popovers still has the link.
 */
export function Term({ id, children }: TermProps) {
  const locale = useLocale() as AppLocale;
  const t = useTranslations('Mdx.term');
  const entry = getGlossaryEntry(locale, id);
  const popoverId = `term-${id}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const lang = entry.isFallback ? entry.contentLocale : undefined;
  const href = `/guides/glossary#${entry.id}`;

  return (
    <span className="whitespace-normal">
      <Link href={href} className="decoration-dotted">
        {children ?? entry.term}
      </Link>
      <button
        type="button"
        popoverTarget={popoverId}
        aria-label={t('explain', { term: entry.term })}
        className="ms-1 inline-flex size-6 cursor-pointer items-center justify-center rounded-full border-2 border-link bg-white align-middle text-sm leading-none font-bold text-link hover:bg-light-grey print:hidden"
      >
        <span aria-hidden="true">?</span>
      </button>
      <span
        id={popoverId}
        popover="auto"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] border-[3px] border-ink bg-white p-4 text-start text-ink shadow-[0_4px_0_0_rgba(11,12,12,0.2)] print:hidden"
      >
        <span lang={lang} dir={lang ? 'ltr' : undefined} className="mb-2 block font-bold">
          {entry.term}
          {entry.expansion ? `: ${entry.expansion}` : null}
        </span>
        <span lang={lang} dir={lang ? 'ltr' : undefined} className="mb-3 block">
          {entry.definition}
        </span>
        <span className="flex flex-wrap items-center justify-between gap-3">
          <Link href={href}>{t('readMore', { term: entry.term })}</Link>
          <button
            type="button"
            popoverTarget={popoverId}
            popoverTargetAction="hide"
            className="button button-secondary m-0 body-s"
          >
            {t('close')}
          </button>
        </span>
      </span>
    </span>
  );
}
