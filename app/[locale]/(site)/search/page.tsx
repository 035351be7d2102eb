import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideResults, ServiceResults, type GuideResultView, type ServiceResultView } from '@/components/guides/site-search-results';
import { SiteSearchForm } from '@/components/layout/site-search-form';
import { NotificationBanner } from '@/components/ui/notification-banner';
import type { GuideSection } from '@/lib/content/frontmatter';
import { isolate } from '@/lib/i18n/bidi';
import type { AppLocale } from '@/lib/i18n/locales';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { SearchUnavailableError } from '@/lib/search';
import { searchSite, siteSearchQuerySchema, type SiteSearchResult } from '@/lib/search/site-search';
import { toQueryString } from '@/lib/validation/search';

type RawSearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

/** The search words from the URL: the first `q`, trimmed; anything unusable counts as none. */
function readQuery(raw: RawSearchParams): string {
  const value = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const parsed = siteSearchQuerySchema.safeParse(value ?? '');
  return parsed.success ? parsed.data : '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const query = readQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  return {
    title: query ? t('metaTitleWithQuery', { query }) : t('metaTitle'),
    // Result pages are endless and change daily: not for search engines.
    robots: { index: false, follow: true },
  };
}

type Outcome = { ok: true; result: SiteSearchResult } | { ok: false };

async function runSearch(query: string, locale: AppLocale): Promise<Outcome> {
  try {
    return { ok: true, result: await searchSite(query, locale) };
  } catch (error) {
    // An outage is a calm message on the page, never an error page.
    if (!(error instanceof SearchUnavailableError)) console.error('Site search failed', error);
    return { ok: false };
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = readQuery(await searchParams);
  const [t, tGuides, outcome] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteSearch' }),
    getTranslations({ locale, namespace: 'Guides' }),
    query ? runSearch(query, locale) : Promise.resolve(null),
  ]);
  const quoted = isolate(query);

  return (
    <div className="desktop:w-2/3">
      <h1 className="heading-xl">{query && outcome?.ok ? t('resultsHeading', { query: quoted }) : t('title')}</h1>
      {!query ? <p className="body-l mb-6">{t('lead')}</p> : null}
      <SiteSearchForm
        action={getPathname({ locale, href: '/search' })}
        query={query}
        labels={{ label: t('formLabel'), hint: t('formHint'), button: t('button') }}
        id="search-page"
      />

      {!query ? (
        <div>
          <h2 className="heading-m">{t('emptyTitle')}</h2>
          <p className="mb-2">{t('emptyText')}</p>
          <ul className="list-disc ps-5">
            <li className="mb-1">
              <Link href="/guides">{t('browseGuides')}</Link>
            </li>
            <li>
              <Link href="/services">{t('browseServices')}</Link>
            </li>
          </ul>
        </div>
      ) : outcome === null || !outcome.ok ? (
        <NotificationBanner id="search-unavailable" title={t('unavailableTitle')}>
          <p>{t('unavailableText')}</p>
          <p>
            <Link href="/guides">{t('unavailableGuidance')}</Link>
          </p>
        </NotificationBanner>
      ) : (
        <Results result={outcome.result} query={query} quoted={quoted} t={t} sectionLabel={(section) => tGuides(`sections.${section}`)} />
      )}
    </div>
  );
}

interface ResultsProps {
  result: SiteSearchResult;
  query: string;
  quoted: string;
  t: Awaited<ReturnType<typeof getTranslations<'SiteSearch'>>>;
  sectionLabel: (section: GuideSection) => string;
}

function Results({ result, query, quoted, t, sectionLabel }: ResultsProps) {
  const { guides, services } = result;
  if (guides.total === 0 && services.total === 0) {
    return (
      <div>
        <h2 className="heading-m">{t('noResultsTitle', { query: quoted })}</h2>
        <p className="mb-2">{t('noResultsAdvice')}</p>
        <ul className="list-disc ps-5">
          <li className="mb-1">{t('noResultsSpelling')}</li>
          <li className="mb-1">{t('noResultsOtherWords')}</li>
          <li>
            {t('noResultsBrowse')}:{' '}
            <Link href="/guides">{t('browseGuides')}</Link>, <Link href="/services">{t('browseServices')}</Link>
          </li>
        </ul>
      </div>
    );
  }

  const guideViews: GuideResultView[] = guides.hits.map((hit) => ({
    id: hit.id,
    path: hit.path,
    titleHtml: hit.titleHtml,
    snippetHtml: hit.snippetHtml,
    sectionLabel: sectionLabel(hit.section as GuideSection),
    lang: hit.contentLocale !== result.locale ? hit.contentLocale : undefined,
  }));
  const serviceViews: ServiceResultView[] = services.hits.map((hit) => ({
    id: hit.id,
    nameHtml: hit.nameHtml,
    summaryHtml: hit.summaryHtml,
    organisation: hit.organisation,
    isSample: hit.isSample,
  }));

  const guidance = (
    <GuideResults
      key="guides"
      hits={guideViews}
      heading={t('guidanceHeading')}
      count={t('guidanceCount', { count: guides.total })}
      labels={{ inEnglish: t('inEnglish'), browseAll: t('browseAllGuides') }}
    />
  );
  const directory = (
    <ServiceResults
      key="services"
      hits={serviceViews}
      heading={t('servicesHeading')}
      count={t('servicesCount', { count: services.total })}
      more={
        services.total > 0
          ? { href: `/services?${toQueryString({ q: query })}`, text: t('seeAllServices', { count: services.total, query: quoted }) }
          : { href: '/services', text: t('searchDirectory') }
      }
      labels={{ sample: t('sample') }}
    />
  );
  return <>{result.guidanceFirst ? [guidance, directory] : [directory, guidance]}</>;
}
