import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideBreadcrumbs } from '@/components/guides/guide-breadcrumbs';
import { StatutoryMapTable, type StatutoryRowView } from '@/components/guides/statutory-map-table';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { legalSourceUrl } from '@/lib/content/legal-sources';
import { listGuides } from '@/lib/content/load';
import { relatedServicesQuery } from '@/lib/content/related-services';
import { listStatutoryItems, type StatutoryDirectoryFilter } from '@/lib/content/statutory-map';
import { routing } from '@/lib/i18n/routing';
import { searchServices } from '@/lib/search';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'StatutoryMap' });
  return { title: t('metaTitle'), description: t('lead') };
}

/** How many services each directory search finds today; null when search cannot answer. */
async function countDirectorySearches(filters: readonly StatutoryDirectoryFilter[]): Promise<Map<string, number> | null> {
  try {
    const counts = await Promise.all(
      filters.map(async (filter) => {
        const { params, queryString } = relatedServicesQuery(filter.filters);
        return [queryString, (await searchServices(params, { relaxations: false })).total] as const;
      }),
    );
    return new Map(counts);
  } catch (error) {
    console.warn('Statutory map: no directory counts', error instanceof Error ? error.message : error);
    return null;
  }
}

export default async function StatutoryMapPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Counts come from the live directory, so the page is rendered per request.
  await connection();

  const items = listStatutoryItems();
  const [t, guides, counts] = await Promise.all([
    getTranslations({ locale, namespace: 'StatutoryMap' }),
    listGuides(locale),
    countDirectorySearches(items.flatMap((item) => item.directory)),
  ]);

  const rows: StatutoryRowView[] = items.map((item) => ({
    id: item.id,
    title: item.title,
    summary: item.summary,
    citation: `${item.source.title}, ${item.source.ref}`,
    citationUrl: item.source.url ?? legalSourceUrl(item.source.title, item.source.ref),
    checked: item.checked,
    guides: guides
      .filter((guide) => guide.answers.includes(item.id))
      .map((guide) => ({ path: guide.path, title: guide.title, lang: guide.isFallback ? guide.contentLocale : undefined })),
    directory: item.directory.map((search) => {
      const { queryString } = relatedServicesQuery(search.filters);
      const count = counts?.get(queryString);
      return {
        href: `/services?${queryString}`,
        text: count === undefined ? search.label : t('directoryCount', { label: search.label, count }),
      };
    }),
  }));
  const gaps = rows.filter((row) => row.guides.length === 0 && row.directory.length === 0).length;
  const unchecked = rows.filter((row) => !row.checked).length;

  return (
    <>
      <GuideBreadcrumbs />
      <h1 className="heading-xl">{t('title')}</h1>
      <div className="desktop:w-2/3">
        <p className="body-l mb-6">{t('lead')}</p>
        <p className="mb-8">{t('law')}</p>
        {counts === null ? (
          <NotificationBanner id="counts-unavailable" title={t('unavailableTitle')}>
            <p>{t('directoryUnavailable')}</p>
          </NotificationBanner>
        ) : null}
        <h2 className="heading-m">{t('summaryHeading')}</h2>
        <ul className="mb-8 list-disc ps-5">
          <li className="mb-1">{t('summaryCovered', { covered: rows.length - gaps })}</li>
          <li className="mb-1 font-bold">{t('summaryGaps', { gaps })}</li>
          <li>{t('summaryUnchecked', { unchecked })}</li>
        </ul>
      </div>
      <StatutoryMapTable
        rows={rows}
        labels={{
          caption: t('tableCaption'),
          requirement: t('columnRequirement'),
          guides: t('columnGuides'),
          directory: t('columnDirectory'),
          status: t('columnStatus'),
          none: t('none'),
          covered: t('statusCovered'),
          gap: t('statusGap'),
          unchecked: t('unchecked'),
          region: t('tableCaption'),
        }}
      />
      <div className="desktop:w-2/3">
        <h2 className="heading-m">{t('howToAnswer')}</h2>
        <p className="mb-5">{t('howToAnswerText')}</p>
      </div>
    </>
  );
}
