import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { GuideNavItem } from './guide-contents';

function Arrow({ direction }: { direction: 'previous' | 'next' }) {
  // Drawn pointing back or forward in reading order, so it flips in right-to-left languages.
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
      className={`inline-block size-4 shrink-0 fill-current ${direction === 'previous' ? 'ltr:-scale-x-100' : 'rtl:-scale-x-100'}`}
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

/** GOV.UK pagination between the pages of a multi-page guide. */
export function GuidePagination({ previous, next }: { previous?: GuideNavItem; next?: GuideNavItem }) {
  const t = useTranslations('Guides');
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('paginationLabel')} className="mt-12 mb-8 flex flex-col gap-6">
      {previous ? (
        <div>
          <Link href={previous.path} rel="prev" className="group inline-flex flex-col no-underline">
            <span className="inline-flex items-center gap-2 font-bold underline group-hover:decoration-[3px]">
              <Arrow direction="previous" />
              {t('previous')}
              <span className="sr-only">: </span>
            </span>
            <span lang={previous.lang} dir={previous.lang ? 'auto' : undefined} className="ps-6 underline">
              {previous.title}
            </span>
          </Link>
        </div>
      ) : null}
      {next ? (
        <div>
          <Link href={next.path} rel="next" className="group inline-flex flex-col no-underline">
            <span className="inline-flex items-center gap-2 font-bold underline group-hover:decoration-[3px]">
              <Arrow direction="next" />
              {t('next')}
              <span className="sr-only">: </span>
            </span>
            <span lang={next.lang} dir={next.lang ? 'auto' : undefined} className="ps-6 underline">
              {next.title}
            </span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
