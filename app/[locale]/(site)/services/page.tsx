import type { Metadata } from 'next';
import { hasLocale, useFormatter, useTranslations } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { ActiveFilters, type ActiveFilter } from '@/components/directory/active-filters';
import { AgeFilter } from '@/components/directory/age-filter';
import { FacetGroup } from '@/components/directory/facet-group';
import { flatGroup, needGroups, termCodes } from '@/components/directory/facet-options';
import { LiveResults } from '@/components/directory/live-results';
import { PostcodeField } from '@/components/directory/postcode-field';
import { ResultList } from '@/components/directory/result-list';
import type { ResultCardData } from '@/components/directory/result-card';
import { SearchForm } from '@/components/directory/search-form';
import { ShortlistButton } from '@/components/directory/shortlist-button';
import { SortControl } from '@/components/directory/sort-control';
import {
  clearFiltersHref,
  servicesHref,
  toggleValue,
  withChange,
  withoutValue,
  withPage,
} from '@/components/directory/search-url';
import { Details } from '@/components/ui/details';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { InsetText } from '@/components/ui/inset-text';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';
import { listTaxonomies, type TaxonomyTerms } from '@/lib/directory/list-taxonomies';
import { isolate } from '@/lib/i18n/bidi';
import { createLocaleFormatter } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/locales';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { createTaxonomyLabeller, type TaxonomyLabeller } from '@/lib/i18n/taxonomy-labels';
import { searchServices, SearchUnavailableError } from '@/lib/search';
import type { SearchHit, SearchResult } from '@/lib/search/types';
import { AGE_PHASES, LIST_PARAMS, PAGE_SIZE, parseSearchParams, toQueryString } from '@/lib/validation/search';
import type { SearchParamName, SearchParams } from '@/lib/validation/search';
import { parseShortlistCookie, SHORTLIST_COOKIE } from '@/lib/validation/shortlist';
import { updateShortlistAction } from '../shortlist/actions';

type RawSearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const FORM_ID = 'service-search';

/** Form fields a person types into: a value that did not make sense is an error on that field. */
const FIELD_PARAMS = ['age', 'postcode'] as const satisfies readonly SearchParamName[];
type FieldParam = (typeof FIELD_PARAMS)[number];

function firstRaw(raw: RawSearchParams, name: string): string {
  const value = raw[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function fieldErrors(raw: RawSearchParams, ignored: readonly SearchParamName[]): FieldParam[] {
  return FIELD_PARAMS.filter((name) => ignored.includes(name) && firstRaw(raw, name) !== '');
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const raw = await searchParams;
  const { params: search, ignored } = parseSearchParams(raw);
  const t = await getTranslations({ locale, namespace: 'Services' });
  let title = search.q ? t('metaTitleWithQuery', { query: search.q }) : t('metaTitle');
  if (search.page > 1) title = `${title} (${t('metaTitlePage', { page: search.page })})`;
  // GOV.UK pattern: the page title says there is an error, so screen reader users hear it first.
  if (fieldErrors(raw, ignored).length > 0) title = `${t('errorPrefix')} ${title}`;
  return { title, robots: { index: search.page === 1 && !search.q, follow: true } };
}

type SearchOutcome = { ok: true; result: SearchResult } | { ok: false };

async function runSearch(params: SearchParams): Promise<SearchOutcome> {
  try {
    return { ok: true, result: await searchServices(params, { recordZeroResults: true }) };
  } catch (error) {
    // A search outage must never become an error page: the page says so calmly instead.
    if (!(error instanceof SearchUnavailableError)) console.error('Directory search failed', error);
    return { ok: false };
  }
}

async function loadTaxonomies(): Promise<Partial<TaxonomyTerms>> {
  try {
    return await listTaxonomies();
  } catch (error) {
    // Labels and order then come from the messages files alone; results still show.
    console.error('Could not load taxonomies for search filters', error);
    return {};
  }
}

function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export default async function ServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const raw = await searchParams;
  const { params: search, ignored } = parseSearchParams(raw);
  const [outcome, taxonomies, messages, t, tActive, tAges, store] = await Promise.all([
    runSearch(search),
    loadTaxonomies(),
    getMessages({ locale }),
    getTranslations({ locale, namespace: 'Services' }),
    getTranslations({ locale, namespace: 'ActiveFilters' }),
    getTranslations({ locale, namespace: 'Ages' }),
    cookies(),
  ]);
  const shortlisted = parseShortlistCookie(store.get(SHORTLIST_COOKIE)?.value);

  const label = createTaxonomyLabeller(messages.Taxonomy, taxonomies);
  const localised = (href: string) => getPathname({ locale: locale as AppLocale, href });

  // Problems with what the user typed: GOV.UK error summary plus an inline error on the field.
  const errors = fieldErrors(raw, ignored);
  const errorItems: ErrorSummaryItem[] = errors.map((name) => ({
    href: `#${name}`,
    text: name === 'age' ? t('ageError') : t('postcodeError'),
  }));
  // Everything else that was dropped (a stale or hand-edited link): one calm notice.
  const otherIgnored = ignored.filter((name) => !errors.includes(name as FieldParam));

  // Parameters with no control on this page travel as hidden fields, so searching again keeps them.
  const hidden: { name: string; value: string }[] = [
    ...search.phase.map((value) => ({ name: 'phase', value })),
    ...(search.radius !== undefined ? [{ name: 'radius', value: String(search.radius) }] : []),
  ];
  if (!outcome.ok) {
    // Without results there are no filter controls: keep every filter in the keyword form.
    for (const name of LIST_PARAMS) {
      if (name === 'phase') continue;
      for (const value of search[name]) hidden.push({ name, value });
    }
    if (search.age !== undefined) hidden.push({ name: 'age', value: String(search.age) });
    if (search.postcode) hidden.push({ name: 'postcode', value: search.postcode });
    if (search.sort !== 'relevance') hidden.push({ name: 'sort', value: search.sort });
  }

  const chips: ActiveFilter[] = [];
  if (search.q) chips.push({ key: 'q', label: tActive('keyword', { query: isolate(search.q) }), removeHref: withChange(search, { q: undefined }) });
  for (const name of LIST_PARAMS) {
    for (const value of search[name]) {
      chips.push({
        key: `${name}=${value}`,
        label: name === 'language' ? languageName(locale, value) : label(name, value),
        removeHref: withoutValue(search, name, value),
      });
    }
  }
  if (search.age !== undefined) {
    chips.push({ key: 'age', label: tActive('age', { age: search.age }), removeHref: withChange(search, { age: undefined }) });
  }
  if (search.postcode) {
    chips.push({
      key: 'postcode',
      label: tActive('postcode', { postcode: isolate(search.postcode.toUpperCase()) }),
      removeHref: withChange(search, { postcode: undefined, radius: undefined, sort: search.sort === 'distance' ? 'relevance' : search.sort }),
    });
  }
  const filterCount = chips.filter((c) => c.key !== 'q').length;

  const ageText = (hit: Pick<SearchHit, 'minimumAge' | 'maximumAge'>) => {
    const { minimumAge: min, maximumAge: max } = hit;
    if (min !== null && max !== null) return min === max ? tAges('single', { min }) : tAges('range', { min, max });
    if (min !== null) return tAges('from', { min });
    if (max !== null) return tAges('upTo', { max });
    return tAges('any');
  };

  const headingValues = { count: outcome.ok ? outcome.result.total : 0, query: isolate(search.q ?? '') };
  const announcement = !outcome.ok
    ? t('unavailableTitle')
    : search.q
      ? t('resultsHeadingWithQuery', headingValues)
      : t('resultsHeading', headingValues);

  return (
    <LiveResults
      formId={FORM_ID}
      pathname={servicesHref({})}
      announcement={announcement}
      resultsKey={`${toQueryString(search)}|${errors.join(',')}|${outcome.ok ? 'ok' : 'down'}`}
      hasErrors={errors.length > 0}
    >
      <ErrorSummary title={t('errorSummaryTitle')} errors={errorItems} />
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="body-l mb-6 max-w-[30em]">{t('lead')}</p>

      <SearchForm
        id={FORM_ID}
        action={localised('/services')}
        query={search.q ?? firstRaw(raw, 'q')}
        labels={{ label: t('keywordLabel'), hint: t('keywordHint'), button: t('searchButton') }}
        hidden={hidden}
      />

      <Details summary={t('helpSummary')} className="-mt-4 max-w-[40em] print:hidden">
        <p className="mb-3">{t('helpSearch')}</p>
        <p className="m-0">
          {t.rich('helpAdvice', {
            link: (chunks) => <Link href={servicesHref({ q: 'SENDIASS' })}>{chunks}</Link>,
          })}
        </p>
      </Details>

      {otherIgnored.length > 0 && (
        <NotificationBanner id="ignored-notice" title={t('ignoredTitle')}>
          <p>{t('ignoredText', { params: createLocaleFormatter(locale).list(otherIgnored.map((name) => t(`paramNames.${name}`))) })}</p>
        </NotificationBanner>
      )}

      {!outcome.ok ? (
        <NotificationBanner id="search-unavailable" title={t('unavailableTitle')}>
          <p>{t('unavailableText')}</p>
          <p>
            <a href={localised('/guides')}>{t('unavailableGuidance')}</a>
          </p>
        </NotificationBanner>
      ) : (
        <SearchResults
          locale={locale}
          search={search}
          result={outcome.result}
          rawAge={firstRaw(raw, 'age')}
          rawPostcode={firstRaw(raw, 'postcode')}
          errors={errors}
          chips={chips}
          filterCount={filterCount}
          taxonomies={taxonomies}
          messages={messages}
          label={label}
          localised={localised}
          ageText={ageText}
          shortlisted={shortlisted}
          heading={announcement}
        />
      )}
    </LiveResults>
  );
}

interface SearchResultsProps {
  locale: AppLocale;
  search: SearchParams;
  result: SearchResult;
  rawAge: string;
  rawPostcode: string;
  errors: FieldParam[];
  chips: ActiveFilter[];
  filterCount: number;
  taxonomies: Partial<TaxonomyTerms>;
  messages: Awaited<ReturnType<typeof getMessages>>;
  label: TaxonomyLabeller;
  localised: (href: string) => string;
  ageText: (hit: Pick<SearchHit, 'minimumAge' | 'maximumAge'>) => string;
  /** Service ids on the visitor's shortlist (from the cookie). */
  shortlisted: readonly string[];
  /** "23 services found for ‘speech’". */
  heading: string;
}

function SearchResults(props: SearchResultsProps) {
  const { locale, search, result, taxonomies, messages, label, localised } = props;
  const t = useTranslations('Services');
  const tFacets = useTranslations('Facets');
  const tActive = useTranslations('ActiveFilters');
  const tCard = useTranslations('ResultCard');
  const tCost = useTranslations('Cost');
  const tPagination = useTranslations('Pagination');
  const format = useFormatter();
  const formatCount = (n: number) => format.number(n);
  const { date: formatDate, list: formatList } = createLocaleFormatter(locale);
  const counts = result.facets;
  const fallback = messages.Taxonomy;

  const languageCodes = Object.entries(counts.language ?? {})
    .filter(([code, count]) => count > 0 || search.language.includes(code))
    .sort(([, a], [, b]) => b - a)
    .map(([code]) => code);

  const phases = AGE_PHASES.map((phase) => ({
    value: phase,
    label: label('phase', phase),
    count: counts.phase?.[phase] ?? 0,
    selected: search.phase.includes(phase),
    href: toggleValue(search, 'phase', phase),
  }));

  // Without JavaScript a shortlist button reloads the page: back to the same results, at the same card.
  const returnPath = localised(withPage(search, result.page));
  const cards: ResultCardData[] = result.hits.map((hit) => ({
    id: hit.id,
    href: `/services/${hit.id}`,
    name: hit.name,
    nameHtml: hit.highlighted?.name,
    summary: hit.summary,
    summaryHtml: hit.highlighted?.summary,
    organisation: hit.organisation,
    needs: formatList(hit.needs.map((code) => label('need', code))),
    ages: props.ageText(hit),
    area: hit.cityWide ? tCard('cityWide') : formatList(hit.districts.map((code) => label('district', code))),
    cost: tCost(hit.cost),
    lastReviewed: hit.lastReviewed ? formatDate(hit.lastReviewed) : null,
    distance: hit.distanceMiles !== undefined ? tCard('distanceMiles', { miles: hit.distanceMiles }) : undefined,
    isSample: hit.isSample,
    action: (
      <ShortlistButton
        action={updateShortlistAction}
        serviceId={hit.id}
        serviceName={hit.name}
        inShortlist={props.shortlisted.includes(hit.id)}
        returnTo={`${returnPath}#result-${hit.id}`}
      />
    ),
  }));

  // When nothing matched, the search layer says which single filter to drop to find something.
  const relaxations = (result.relaxations ?? []).map((r) => {
    const values = r.value.split(',');
    const text =
      r.param === 'q'
        ? tActive('keyword', { query: isolate(r.value) })
        : r.param === 'age'
          ? tActive('age', { age: r.value })
          : r.param === 'radius'
            ? t('paramNames.radius')
            : formatList(values.map((v) => (r.param === 'language' ? languageName(locale, v) : label(r.param, v))));
    const change: Partial<SearchParams> =
      r.param === 'q' || r.param === 'age' || r.param === 'radius' ? { [r.param]: undefined } : { [r.param]: [] };
    return { key: `${r.param}=${r.value}`, label: isolate(text), total: r.total, href: withChange(search, change) };
  });

  const start = (result.page - 1) * PAGE_SIZE + 1;
  const languageLabel: TaxonomyLabeller = (_taxonomy, code) => languageName(locale, code);

  return (
    <>
      {result.notices?.includes('postcode-not-found') && search.postcode && (
        <NotificationBanner id="postcode-notice" title={t('ignoredTitle')}>
          <p>{t('postcodeNotFound', { postcode: isolate(search.postcode.toUpperCase()) })}</p>
        </NotificationBanner>
      )}
      {result.engine === 'postgres' && (
        <InsetText id="fallback-notice" className="mt-0">
          <p>{t('fallbackNotice')}</p>
        </InsetText>
      )}

      <div className="desktop:grid desktop:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] desktop:gap-8 print:block!">
        <div className="print:hidden">
          <details className="filter-panel mb-6 border-2 border-border p-3 desktop:border-0 desktop:p-0">
            <summary className="cursor-pointer font-bold text-link underline">
              {props.filterCount > 0
                ? t('filtersSummarySelected', { count: props.filterCount })
                : t('filtersSummary')}
            </summary>
            <div className="pt-3 desktop:pt-0">
              <h2 className="heading-m hidden desktop:block">{t('filtersHeading')}</h2>
              <FacetGroup
                name="need"
                legend={tFacets('need')}
                groups={needGroups(taxonomies, fallback.need, counts, search, label, tFacets('needOther'))}
                form={FORM_ID}
                formatCount={formatCount}
              />
              <AgeFilter
                form={FORM_ID}
                value={props.errors.includes('age') ? props.rawAge : search.age !== undefined ? String(search.age) : ''}
                error={props.errors.includes('age') ? t('ageError') : undefined}
                labels={{
                  legend: tFacets('age'),
                  label: tFacets('ageLabel'),
                  hint: tFacets('ageHint'),
                  phases: tFacets('phaseLabel'),
                  selected: tFacets('selected'),
                }}
                phases={phases}
                formatCount={formatCount}
              />
              <FacetGroup
                name="district"
                legend={tFacets('district')}
                hint={tFacets('districtHint')}
                groups={flatGroup('district', termCodes('district', taxonomies, fallback.district), counts, search, label)}
                form={FORM_ID}
                formatCount={formatCount}
              />
              <PostcodeField
                form={FORM_ID}
                value={props.errors.includes('postcode') ? props.rawPostcode : (search.postcode ?? '')}
                error={props.errors.includes('postcode') ? t('postcodeError') : undefined}
                label={tFacets('postcode')}
                hint={tFacets('postcodeHint')}
              />
              {(['type', 'cost', 'delivery', 'referral', 'access'] as const).map((name) => (
                <FacetGroup
                  key={name}
                  name={name}
                  legend={tFacets(name)}
                  groups={flatGroup(name, termCodes(name, taxonomies, fallback[name]), counts, search, label)}
                  form={FORM_ID}
                  formatCount={formatCount}
                  collapsible
                />
              ))}
              {languageCodes.length > 0 && (
                <FacetGroup
                  name="language"
                  legend={tFacets('language')}
                  groups={flatGroup('language', languageCodes, counts, search, languageLabel)}
                  form={FORM_ID}
                  formatCount={formatCount}
                  collapsible
                />
              )}
              <button type="submit" form={FORM_ID} className="button mt-2">
                {t('applyFilters')}
              </button>
            </div>
          </details>
        </div>

        <div className="transition-opacity group-data-[pending]/live:opacity-60">
          <h2 id="results-heading" className="heading-m">
            {props.heading}
          </h2>
          {result.totalPages > 1 && (
            <p className="mb-4 body-s text-ink-secondary">
              {t('pageOf', { page: result.page, totalPages: result.totalPages })}
            </p>
          )}
          <ActiveFilters
            filters={props.chips}
            clearHref={clearFiltersHref(search)}
            labels={{ heading: tActive('heading'), remove: tActive('remove'), clearAll: tActive('clearAll') }}
          />
          {result.total > 0 && (
            <SortControl
              form={FORM_ID}
              value={search.sort}
              canSortByDistance={Boolean(search.postcode) && !result.notices?.includes('postcode-not-found')}
              label={t('sortLabel')}
              button={t('sortButton')}
              options={{
                relevance: t('sortOptions.relevance'),
                distance: t('sortOptions.distance'),
                name: t('sortOptions.name'),
                reviewed: t('sortOptions.reviewed'),
              }}
            />
          )}

          {result.total === 0 ? (
            <div>
              <p className="heading-s">{t('zeroTitle')}</p>
              {relaxations.length > 0 && (
                <>
                  <p className="mb-2">{t('relaxHeading')}</p>
                  <ul className="mb-6 list-none p-0">
                    {relaxations.map((r) => (
                      <li key={r.key} className="mb-2">
                        <Link href={r.href} prefetch={false} className="tap-target">
                          {t('relaxation', { filter: r.label, count: r.total })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="mb-2">{t('zeroAdvice')}</p>
              <ul className="mb-6 list-disc ps-5">
                <li className="mb-1">{t('zeroRemoveFilters')}</li>
                <li className="mb-1">{t('zeroCheckSpelling')}</li>
                <li>{t('zeroBroaderAge')}</li>
              </ul>
              <p>
                <a href={localised(servicesHref({}))}>{t('zeroClear')}</a>
              </p>
            </div>
          ) : (
            <ResultList
              results={cards}
              start={start}
              labels={{
                sample: tCard('sample'),
                organisation: tCard('organisation'),
                needs: tCard('needs'),
                ages: tCard('ages'),
                area: tCard('area'),
                cost: tCard('cost'),
                lastReviewed: tCard('lastReviewed'),
                notReviewed: tCard('notReviewed'),
                distance: tCard('distance'),
              }}
            />
          )}

          <Pagination
            currentPage={result.page}
            totalPages={result.totalPages}
            hrefFor={(page) => localised(withPage(search, page))}
            formatNumber={formatCount}
            labels={{
              nav: tPagination('label'),
              previous: tPagination.rich('previous', { hidden: (chunks) => <span className="sr-only">{chunks}</span> }),
              next: tPagination.rich('next', { hidden: (chunks) => <span className="sr-only">{chunks}</span> }),
              page: (page) => tPagination('page', { page: formatCount(page) }),
            }}
          />
        </div>
      </div>
    </>
  );
}
