import { useTranslations } from 'next-intl';
import type { GuideSection } from '@/lib/content/frontmatter';
import { Link } from '@/lib/i18n/navigation';

export interface GuideSectionView {
  section: GuideSection;
  guides: readonly { path: string; title: string; summary: string; lang?: string }[];
}

/** The guidance index: each section with its pages and a line about each. */
export function GuideSectionList({ sections }: { sections: readonly GuideSectionView[] }) {
  const t = useTranslations('Guides');
  return (
    <div>
      {sections.map(({ section, guides }) => (
        <section key={section} aria-labelledby={`section-${section}`} className="mb-10">
          <h2 id={`section-${section}`} className="heading-l">
            {t(`sections.${section}`)}
          </h2>
          <ul role="list" className="m-0 list-none p-0">
            {guides.map((guide) => (
              <li key={guide.path} lang={guide.lang} dir={guide.lang ? 'auto' : undefined} className="mb-5 border-b border-border pb-5 last:border-b-0">
                <p className="heading-s mb-1">
                  <Link href={guide.path}>{guide.title}</Link>
                </p>
                <p className="m-0">{guide.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
