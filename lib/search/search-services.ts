import 'server-only';
import type { Meilisearch, MultiSearchResult } from 'meilisearch';
import { serverEnv } from '@/lib/env';
import { haversineMetres, metresToMiles } from '@/lib/geo/distance';
import { lookupPostcode } from '@/lib/geo/lookup-outcode';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import { PAGE_SIZE } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import { buildSearchQueries, FACET_NAMES, HIT_ATTRIBUTES } from './build-search-queries';
import type { SearchPlan } from './build-search-queries';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { toSearchUnavailable } from './errors';
import { highlightToHtml } from './highlight';
import { FACET_ATTRIBUTES } from './settings';
import type { SearchDocument } from './to-search-document';
import type { FacetCounts, SearchHit, SearchNotice, SearchResult } from './types';

export interface SearchServicesOptions {
  /** Defaults to the app client (`getMeiliClient()`). */
  client?: Meilisearch;
  /** Defaults to `services`. */
  indexName?: string;
  /** Defaults to SEARCH_TIMEOUT_MS for the app client, 5 s for an explicit client. */
  timeoutMs?: number;
}

type HitDocument = Pick<SearchDocument, (typeof HIT_ATTRIBUTES)[number]> & {
  _geoDistance?: number;
  _formatted?: Partial<Record<'name' | 'summary', string>>;
};

interface ResolvedLocation {
  origin: GeoPoint | null;
  params: SearchParams;
  notices: SearchNotice[];
}

/** An unrecognised postcode is not an error: search still answers, without distance, and says so. */
function resolveLocation(params: SearchParams): ResolvedLocation {
  if (!params.postcode) return { origin: null, params, notices: [] };
  const origin = lookupPostcode(params.postcode);
  if (origin) return { origin, params, notices: [] };
  return {
    origin: null,
    params: { ...params, radius: undefined, sort: params.sort === 'distance' ? 'relevance' : params.sort },
    notices: ['postcode-not-found'],
  };
}

function toHit(doc: HitDocument, origin: GeoPoint | null, highlight: boolean): SearchHit {
  const hit: SearchHit = {
    id: doc.id,
    name: doc.name,
    organisation: doc.organisation,
    summary: doc.summary,
    needs: doc.needs,
    minimumAge: doc.minimumAge ?? null,
    maximumAge: doc.maximumAge ?? null,
    districts: doc.cityWide ? [] : doc.districts,
    cityWide: doc.cityWide,
    cost: doc.cost,
    lastReviewed: doc.lastReviewed ?? null,
    isSample: doc.isSample,
  };
  if (origin && doc._geo) {
    hit.distanceMiles = metresToMiles(doc._geoDistance ?? haversineMetres(origin, doc._geo));
  }
  if (highlight) {
    hit.highlighted = {
      name: highlightToHtml(doc._formatted?.name ?? doc.name),
      summary: highlightToHtml(doc._formatted?.summary ?? doc.summary),
    };
  }
  return hit;
}

function facetCounts(plan: SearchPlan, params: SearchParams, results: MultiSearchResult<HitDocument>[]): FacetCounts {
  const [main, ...perFacet] = results;
  const facets: FacetCounts = {};
  for (const facet of FACET_NAMES) {
    const attribute = FACET_ATTRIBUTES[facet];
    const index = plan.facetQueries.indexOf(facet);
    const source = index >= 0 ? perFacet[index] : main;
    const counts: Record<string, number> = { ...(source?.facetDistribution?.[attribute] ?? {}) };
    // A selected value nothing matches still needs a count, so the page can show it ticked with 0.
    for (const value of params[facet]) counts[value] ??= 0;
    facets[facet] = counts;
  }
  return facets;
}

async function searchWithMeilisearch(
  plan: SearchPlan,
  params: SearchParams,
  client: Meilisearch,
  timeoutMs: number,
): Promise<Omit<SearchResult, 'params' | 'notices'>> {
  const response = await client.multiSearch<{ queries: SearchPlan['queries'] }, HitDocument>(
    { queries: plan.queries },
    { signal: AbortSignal.timeout(timeoutMs) },
  );
  const results = response.results;
  const main = results[0];
  if (!main) throw new Error('Meilisearch returned no result for the main query');
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  return {
    total,
    page: params.page,
    pageSize: PAGE_SIZE,
    totalPages: main.totalPages ?? Math.ceil(total / PAGE_SIZE),
    hits: main.hits.map((doc) => toHit(doc, plan.origin, Boolean(params.q))),
    facets: facetCounts(plan, params, results),
    engine: 'meilisearch',
  };
}

/**
 * Searches the published directory. Filters within a facet are "any of", facets combine with
 * "and"; facet counts are disjunctive. Throws SearchUnavailableError when Meilisearch cannot answer
 * in time; that catch is where a PostgreSQL fallback takes over.
 */
export async function searchServices(params: SearchParams, options: SearchServicesOptions = {}): Promise<SearchResult> {
  const location = resolveLocation(params);
  const client = options.client ?? getMeiliClient();
  const timeoutMs = options.timeoutMs ?? (options.client ? 5000 : serverEnv().SEARCH_TIMEOUT_MS);
  const plan = buildSearchQueries(location.params, { indexUid: options.indexName ?? SERVICES_INDEX, origin: location.origin });
  try {
    const result = await searchWithMeilisearch(plan, location.params, client, timeoutMs);
    return { ...result, params: location.params, ...(location.notices.length > 0 ? { notices: location.notices } : {}) };
  } catch (error) {
    throw toSearchUnavailable(error);
  }
}
