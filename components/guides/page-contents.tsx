import { useTranslations } from 'next-intl';
import type { PageHeading } from '@/lib/content/headings';

/** "On this page": links to the page's main headings, for long pages. */
export function PageContents({ headings, lang }: { headings: readonly PageHeading[]; lang?: string }) {
  const t = useTranslations('Guides');
  return (
    <nav aria-labelledby="page-contents-heading" className="mb-8 border-s-[5px] border-border ps-4">
      <h2 id="page-contents-heading" className="heading-s mb-2">
        {t('onThisPage')}
      </h2>
      <ul role="list" className="m-0 list-none p-0">
        {headings.map((heading) => (
          <li key={heading.id} className="mb-1.5">
            <a href={`#${heading.id}`} lang={lang} dir={lang ? 'auto' : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
