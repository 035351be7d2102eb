import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideBreadcrumbs } from '@/components/guides/guide-breadcrumbs';
import { GuideSectionList, type GuideSectionView } from '@/components/guides/guide-section-list';
import { GUIDE_SECTIONS } from '@/lib/content/frontmatter';
import { listGuides } from '@/lib/content/load';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return { title: t('metaTitle'), description: t('lead') };
}

export default async function GuidesIndexPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tExtras] = await Promise.all([
    getTranslations({ locale, namespace: 'Guides' }),
    getTranslations({ locale, namespace: 'GuidesExtras' }),
  ]);

  const guides = await listGuides(locale);
  const sections: GuideSectionView[] = GUIDE_SECTIONS.map((section) => ({
    section,
    guides: guides
      .filter((guide) => guide.section === section)
      .map((guide) => ({
        path: guide.path,
        title: guide.title,
        summary: guide.summary,
        lang: guide.isFallback ? guide.contentLocale : undefined,
      })),
  })).filter((section) => section.guides.length > 0);

  return (
    <>
      <GuideBreadcrumbs current="index" />
      <div className="desktop:w-2/3">
        <h1 className="heading-xl">{t('title')}</h1>
        <p className="body-l mb-10">{t('lead')}</p>
        <GuideSectionList sections={sections} />
        <section aria-labelledby="guides-extras" className="mb-10 border-t-2 border-brand pt-6">
          <h2 id="guides-extras" className="heading-m">
            {tExtras('heading')}
          </h2>
          <ul role="list" className="m-0 list-none p-0">
            <li className="mb-4">
              <p className="heading-s mb-1">
                <Link href="/guides/glossary">{tExtras('glossary')}</Link>
              </p>
              <p className="m-0">{tExtras('glossaryText')}</p>
            </li>
            <li>
              <p className="heading-s mb-1">
                <Link href="/guides/statutory-map">{tExtras('statutoryMap')}</Link>
              </p>
              <p className="m-0">{tExtras('statutoryMapText')}</p>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
