import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideBreadcrumbs } from '@/components/guides/guide-breadcrumbs';
import { GuideSectionList, type GuideSectionView } from '@/components/guides/guide-section-list';
import { GUIDE_SECTIONS } from '@/lib/content/frontmatter';
import { listGuides } from '@/lib/content/load';
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
  const t = await getTranslations({ locale, namespace: 'Guides' });

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
      </div>
    </>
  );
}
