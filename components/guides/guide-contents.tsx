import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export interface GuideNavItem {
  path: string;
  title: string;
  /**
   * Set when the title is in another language than the page (an untranslated page); the title
   * is then also isolated for bidi, so "What is an EHC plan?" keeps its question mark at the end
   * in a right-to-left page.
   */
  lang?: string;
}

/** The pages of a multi-page guide, GOV.UK style, with the current page marked. */
export function GuideContents({ items, currentPath }: { items: readonly GuideNavItem[]; currentPath: string }) {
  const t = useTranslations('Guides');
  return (
    <nav aria-labelledby="guide-contents-heading" className="mb-10">
      <h2 id="guide-contents-heading" className="heading-s mb-3">
        {t('contents')}
      </h2>
      <ol role="list" className="m-0 list-none p-0">
        {items.map((item) => (
          <li
            key={item.path}
            className="relative mb-2 ps-6 before:absolute before:start-0 before:text-ink-secondary before:content-['—']"
          >
            {item.path === currentPath ? (
              <span aria-current="page" lang={item.lang} dir={item.lang ? 'auto' : undefined} className="font-bold">
                {item.title}
              </span>
            ) : (
              <Link href={item.path} lang={item.lang} dir={item.lang ? 'auto' : undefined}>
                {item.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
