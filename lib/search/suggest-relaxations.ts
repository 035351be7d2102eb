import 'server-only';
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { countServicesInPostgres } from '@/lib/directory/search-services-in-postgres';
import type { SearchDatabase } from '@/lib/directory/search-services-in-postgres';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import { LIST_PARAMS } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import { buildSearchQueries } from './build-search-queries';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { resolveLocation } from './resolve-location';
import type { RelaxableParam, SearchRelaxation } from './types';

/** At most this many "drop one filter" counts per search: one small multi-search. */
export const MAX_RELAXATION_CANDIDATES = 8;

export interface RelaxationCandidate {
  param: RelaxableParam;
  /** The value dropped, as it appears in the URL (a facet's values joined with commas). */
  value: string;
  params: SearchParams;
}

/**
 * Each filter that could be dropped on its own, most likely culprits first: the keywords, the
 * radius, the age, then the facets. A facet is dropped whole, because removing one value of an
 * "any of" selection can only find fewer services, never more.
 */
export function relaxationCandidates(params: SearchParams): RelaxationCandidate[] {
  const base: SearchParams = { ...params, page: 1 };
  const candidates: RelaxationCandidate[] = [];
  if (params.q) candidates.push({ param: 'q', value: params.q, params: { ...base, q: undefined } });
  if (params.radius !== undefined && params.postcode) {
    candidates.push({ param: 'radius', value: String(params.radius), params: { ...base, radius: undefined } });
  }
  if (params.age !== undefined) candidates.push({ param: 'age', value: String(params.age), params: { ...base, age: undefined } });
  for (const facet of LIST_PARAMS) {
    if (params[facet].length > 0) {
      candidates.push({ param: facet, value: params[facet].join(','), params: { ...base, [facet]: [] } });
    }
  }
  return candidates.slice(0, MAX_RELAXATION_CANDIDATES);
}

export interface SuggestRelaxationsOptions {
  /** Which engine to count with: the one that just answered. */
  engine?: 'meilisearch' | 'postgres';
  client?: Meilisearch;
  indexName?: string;
  timeoutMs?: number;
  /** Required when counting with PostgreSQL. */
  database?: SearchDatabase;
}

function sortByTotal(candidates: RelaxationCandidate[], totals: number[]): SearchRelaxation[] {
  return candidates
    .map((candidate, index) => ({ param: candidate.param, value: candidate.value, total: totals[index] ?? 0 }))
    .filter((relaxation) => relaxation.total > 0)
    .sort((a, b) => b.total - a.total);
}

async function countWithMeilisearch(
  candidates: RelaxationCandidate[],
  origin: GeoPoint | null,
  client: Meilisearch,
  indexUid: string,
  timeoutMs: number,
): Promise<number[]> {
  const queries = candidates.map((candidate): MultiSearchQuery => {
    const [main] = buildSearchQueries(candidate.params, { indexUid, origin }).queries;
    // hitsPerPage 0: no hits, but an exact total (limit 0 would only give an estimate).
    return { indexUid, q: main?.q, filter: main?.filter, hitsPerPage: 0, page: 1 };
  });
  const { results } = await client.multiSearch({ queries }, { signal: AbortSignal.timeout(timeoutMs) });
  return results.map((result) => result.totalHits ?? result.estimatedTotalHits ?? 0);
}

/**
 * For a search that found nothing: which single filter to drop, and how many services that would
 * find, best first. Filters whose removal still finds nothing are left out.
 */
export async function suggestRelaxations(
  params: SearchParams,
  options: SuggestRelaxationsOptions = {},
): Promise<SearchRelaxation[]> {
  const location = resolveLocation(params);
  const candidates = relaxationCandidates(location.params);
  if (candidates.length === 0) return [];
  if (options.engine === 'postgres') {
    if (!options.database) throw new Error('suggestRelaxations: counting with PostgreSQL needs a database');
    return sortByTotal(candidates, await countServicesInPostgres(options.database, candidates.map((c) => c.params)));
  }
  const totals = await countWithMeilisearch(
    candidates,
    location.origin,
    options.client ?? getMeiliClient(),
    options.indexName ?? SERVICES_INDEX,
    options.timeoutMs ?? 5000,
  );
  return sortByTotal(candidates, totals);
}
