import 'server-only';
import type { Meilisearch, MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import { z } from 'zod';
import { serverEnv } from '@/lib/env';
import type { AppLocale } from '@/lib/i18n/locales';
import { searchParamsSchema } from '@/lib/validation/search';
import { buildSearchQueries, HIT_ATTRIBUTES } from './build-search-queries';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { toSearchUnavailable } from './errors';
import { GUIDES_INDEX } from './guides/settings';
import type { GuideDocument } from './guides/to-guide-document';
import { highlightToHtml } from './highlight';
import type { SearchDocument } from './to-search-document';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './to-search-document';

// Site search: one box for everything, one Meilisearch multi-search over two indexes. Guidance
// is searched in the page's language (each language's documents include the English page where
// there is no translation); services are searched exactly as the directory would search the same
// words, so "See all N services" leads to the same N.

/** The `q` of /search: trimmed and cut to 200 characters (the directory's limit), never refused. */
export const siteSearchQuerySchema = z
  .string()
  .trim()
  .transform((value) => value.slice(0, 200).trim());

/** How many services the search page shows before "See all". */
export const SITE_SEARCH_SERVICE_LIMIT = 5;
/** How many guides the search page shows (there are few, and each is a page of its own). */
export const SITE_SEARCH_GUIDE_LIMIT = 10;
/**
 * Meilisearch ranking scores run from 0 to 1 and, for plain keyword search, are comparable across
 * indexes. Guidance is listed first when its best match is as good as the best service's, give or
 * take this much: "annual review" or "mediation" is a question about rights, so the guide comes
 * first; "short breaks" or "speech therapy" is a search for a service, so services do. Measured
 * on the real guides and the sample directory, ties within 0.01 are matches on the same words.
 */
export const GUIDANCE_FIRST_TOLERANCE = 0.01;

export interface GuideSearchHit {
  id: string;
  /** Site path without the language: link with the i18n Link. */
  path: string;
  section: string;
  title: string;
  /** Title with matches in <mark>, otherwise escaped. */
  titleHtml: string;
  /** The passage that matched (or the summary), with matches in <mark>, otherwise escaped. */
  snippetHtml: string;
  /** The language the page is written in (English for an untranslated page). */
  contentLocale: AppLocale;
  score: number;
}

export interface ServiceSearchHit {
  id: string;
  name: string;
  nameHtml: string;
  organisation: string;
  summaryHtml: string;
  isSample: boolean;
  score: number;
}

export interface SiteSearchResult {
  query: string;
  /** The site language searched in. */
  locale: AppLocale;
  guides: { total: number; hits: GuideSearchHit[] };
  services: { total: number; hits: ServiceSearchHit[] };
  /** True when guidance should be listed before services (see GUIDANCE_FIRST_TOLERANCE). */
  guidanceFirst: boolean;
}

export interface SiteSearchOptions {
  client?: Meilisearch;
  guidesIndex?: string;
  servicesIndex?: string;
  timeoutMs?: number;
}

const GUIDE_ATTRIBUTES = ['id', 'path', 'section', 'title', 'summary', 'text', 'contentLocale'] as const;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The guidance half of the multi-search: matches in the page's language, best first, with scores. */
export function buildGuidesQuery(q: string, locale: AppLocale, indexUid: string = GUIDES_INDEX): MultiSearchQuery {
  return {
    indexUid,
    q,
    filter: [`locale = ${quote(locale)}`],
    limit: SITE_SEARCH_GUIDE_LIMIT,
    showRankingScore: true,
    attributesToRetrieve: [...GUIDE_ATTRIBUTES],
    attributesToHighlight: ['title', 'summary', 'text'],
    attributesToCrop: ['text'],
    cropLength: 32,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

/**
 * The services half: the directory's own main query for these words (same filters, same ranking,
 * same total), cut to the first few hits and without facet counts, which the search page does
 * not show.
 */
export function buildServicesQuery(q: string, indexUid: string = SERVICES_INDEX): MultiSearchQuery {
  const params = searchParamsSchema.parse({ q });
  const [main] = buildSearchQueries(params, { indexUid, origin: null }).queries;
  if (!main) throw new Error('buildSearchQueries returned no main query');
  const { facets: _facets, ...rest } = main;
  return { ...rest, page: 1, hitsPerPage: SITE_SEARCH_SERVICE_LIMIT, showRankingScore: true };
}

export function buildSiteSearchQueries(
  q: string,
  locale: AppLocale,
  options: Pick<SiteSearchOptions, 'guidesIndex' | 'servicesIndex'> = {},
): MultiSearchQuery[] {
  return [buildGuidesQuery(q, locale, options.guidesIndex), buildServicesQuery(q, options.servicesIndex)];
}

type GuideHitDocument = Pick<GuideDocument, (typeof GUIDE_ATTRIBUTES)[number]> & {
  _formatted?: Partial<Record<'title' | 'summary' | 'text', string>>;
  _rankingScore?: number;
};
type ServiceHitDocument = Pick<SearchDocument, (typeof HIT_ATTRIBUTES)[number]> & {
  _formatted?: Partial<Record<'name' | 'summary', string>>;
  _rankingScore?: number;
};

function total(result: MultiSearchResult<unknown> | undefined): number {
  return result?.totalHits ?? result?.estimatedTotalHits ?? result?.hits.length ?? 0;
}

function toGuideHit(doc: GuideHitDocument): GuideSearchHit {
  const passage = doc._formatted?.text;
  // The cropped passage when the words matched in the body; otherwise the summary says what the page is.
  const snippet = passage?.includes(HIGHLIGHT_PRE) ? passage : (doc._formatted?.summary ?? doc.summary);
  return {
    id: doc.id,
    path: doc.path,
    section: doc.section,
    title: doc.title,
    titleHtml: highlightToHtml(doc._formatted?.title ?? doc.title),
    snippetHtml: highlightToHtml(snippet),
    contentLocale: doc.contentLocale,
    score: doc._rankingScore ?? 0,
  };
}

function toServiceHit(doc: ServiceHitDocument): ServiceSearchHit {
  return {
    id: doc.id,
    name: doc.name,
    nameHtml: highlightToHtml(doc._formatted?.name ?? doc.name),
    organisation: doc.organisation,
    summaryHtml: highlightToHtml(doc._formatted?.summary ?? doc.summary),
    isSample: doc.isSample,
    score: doc._rankingScore ?? 0,
  };
}

/** Whether guidance goes first: it matched, and at least as well as the best service (see above). */
export function isGuidanceFirst(guides: readonly { score: number }[], services: readonly { score: number }[]): boolean {
  const bestGuide = guides[0]?.score;
  if (bestGuide === undefined) return false;
  const bestService = services[0]?.score;
  return bestService === undefined || bestGuide + GUIDANCE_FIRST_TOLERANCE >= bestService;
}

/**
 * Searches guidance and services together in one request. Throws SearchUnavailableError when
 * Meilisearch cannot answer in time; the search page then says so calmly.
 */
export async function searchSite(query: string, locale: AppLocale, options: SiteSearchOptions = {}): Promise<SiteSearchResult> {
  const q = siteSearchQuerySchema.parse(query);
  const client = options.client ?? getMeiliClient();
  const timeoutMs = options.timeoutMs ?? (options.client ? 5000 : serverEnv().SEARCH_TIMEOUT_MS);
  try {
    const { results } = await client.multiSearch(
      { queries: buildSiteSearchQueries(q, locale, options) },
      { signal: AbortSignal.timeout(timeoutMs) },
    );
    const [guideResult, serviceResult] = results;
    const guides = ((guideResult?.hits ?? []) as GuideHitDocument[]).map(toGuideHit);
    const services = ((serviceResult?.hits ?? []) as ServiceHitDocument[]).map(toServiceHit);
    return {
      query: q,
      locale,
      guides: { total: total(guideResult), hits: guides },
      services: { total: total(serviceResult), hits: services },
      guidanceFirst: isGuidanceFirst(guides, services),
    };
  } catch (error) {
    throw toSearchUnavailable(error);
  }
}
