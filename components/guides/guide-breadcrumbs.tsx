import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { GuideNavItem } from './guide-contents';

interface GuideBreadcrumbsProps {
  /** The first page of a multi-page guide, when the current page is another page of it. */
  section?: GuideNavItem;
  /** On the guidance index itself the trail stops at Home. */
  current?: 'index';
}

/** GOV.UK breadcrumbs: where this page sits, for people who arrive from a search engine. */
export function GuideBreadcrumbs({ section, current }: GuideBreadcrumbsProps) {
  const t = useTranslations('Guides');
  const crumbs: GuideNavItem[] = [{ path: '/', title: t('home') }];
  if (current !== 'index') crumbs.push({ path: '/guides', title: t('guides') });
  if (section) crumbs.push(section);
  return (
    <nav aria-label={t('breadcrumbLabel')} className="mb-6 body-s print:hidden">
      <ol role="list" className="m-0 flex list-none flex-wrap p-0">
        {crumbs.map((crumb, index) => (
          <li key={crumb.path} className="flex items-center">
            {index > 0 ? (
              <span aria-hidden="true" className="mx-2 inline-block size-[0.4375rem] rotate-45 border-t border-e border-ink-secondary rtl:-rotate-45" />
            ) : null}
            <Link href={crumb.path} lang={crumb.lang} dir={crumb.lang ? 'auto' : undefined} className="text-ink visited:text-ink">
              {crumb.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
