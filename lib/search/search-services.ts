import 'server-only';
import type { Meilisearch, MultiSearchResult } from 'meilisearch';
import { db } from '@/lib/db';
import { recordZeroResultInBackground } from '@/lib/directory/record-zero-result';
import type { ZeroResultWriter } from '@/lib/directory/record-zero-result';
import { searchServicesInPostgres } from '@/lib/directory/search-services-in-postgres';
import type { SearchDatabase } from '@/lib/directory/search-services-in-postgres';
import { serverEnv } from '@/lib/env';
import { PAGE_SIZE } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import { buildSearchQueries } from './build-search-queries';
import type { SearchPlan } from './build-search-queries';
import { CircuitBreaker } from './circuit-breaker';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { completeFacetCounts } from './complete-facet-counts';
import { isSearchOutage, SearchUnavailableError, toSearchUnavailable } from './errors';
import { highlightToHtml } from './highlight';
import { resolveLocation } from './resolve-location';
import { FACET_ATTRIBUTES } from './settings';
import { suggestRelaxations } from './suggest-relaxations';
import { toSearchHit } from './to-search-hit';
import type { HitDocument } from './to-search-hit';
import type { FacetName, SearchResult } from './types';

/** PostgreSQL as the search fallback and the store of searches that found nothing. */
export type SearchServicesDatabase = SearchDatabase & ZeroResultWriter;

export interface SearchServicesOptions {
  /** Defaults to the app client (`getMeiliClient()`). */
  client?: Meilisearch;
  /** Defaults to `services`. */
  indexName?: string;
  /** Defaults to SEARCH_TIMEOUT_MS for the app client, 5 s for an explicit client. */
  timeoutMs?: number;
  /**
   * Where to search when Meilisearch cannot answer, and where searches with no results are
   * recorded. Defaults to `db()` for the app client. With an explicit client there is neither
   * unless given (scripts and tests then see Meilisearch's own failures); `null` turns both off.
   */
  database?: SearchServicesDatabase | null;
  /** Defaults to one breaker per Meilisearch client (see breakerFor). */
  breaker?: CircuitBreaker;
  /**
   * Record the search anonymously when it finds nothing (needs `database`). Off by default: only
   * a parent's own search belongs in that record, not a guide page counting services for a link.
   */
  recordZeroResults?: boolean;
  /** When nothing is found, work out which single filter to drop (`relaxations`). Default true. */
  relaxations?: boolean;
}

type MeiliHit = HitDocument & { _formatted?: Partial<Record<'name' | 'summary', string>> };

const breakers = new WeakMap<Meilisearch, CircuitBreaker>();

/**
 * The circuit breaker guarding one Meilisearch client: shared by every search through that
 * client, so one outage is noticed once and every request after it goes straight to PostgreSQL.
 */
export function breakerFor(client: Meilisearch): CircuitBreaker {
  let breaker = breakers.get(client);
  if (!breaker) {
    breaker = new CircuitBreaker({
      onStateChange: (state) => {
        if (state === 'open') console.warn('Meilisearch is not answering: searching PostgreSQL until it does');
        else if (state === 'closed') console.info('Meilisearch is answering again');
      },
    });
    breakers.set(client, breaker);
  }
  return breaker;
}

function facetCounts(plan: SearchPlan, params: SearchParams, results: MultiSearchResult<MeiliHit>[]) {
  const [main, ...perFacet] = results;
  const counts: Partial<Record<FacetName, Record<string, number>>> = {};
  for (const facet of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
    const index = plan.facetQueries.indexOf(facet);
    const source = index >= 0 ? perFacet[index] : main;
    counts[facet] = source?.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {};
  }
  return completeFacetCounts(counts, params);
}

async function searchWithMeilisearch(
  plan: SearchPlan,
  params: SearchParams,
  client: Meilisearch,
  timeoutMs: number,
): Promise<Omit<SearchResult, 'params' | 'notices'>> {
  const response = await client.multiSearch<{ queries: SearchPlan['queries'] }, MeiliHit>(
    { queries: plan.queries },
    { signal: AbortSignal.timeout(timeoutMs) },
  );
  const results = response.results;
  const main = results[0];
  if (!main) throw new Error('Meilisearch returned no result for the main query');
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  const highlight = Boolean(params.q);
  return {
    total,
    page: params.page,
    pageSize: PAGE_SIZE,
    totalPages: main.totalPages ?? Math.ceil(total / PAGE_SIZE),
    hits: main.hits.map((doc) =>
      toSearchHit(
        doc,
        plan.origin,
        highlight
          ? {
              name: highlightToHtml(doc._formatted?.name ?? doc.name),
              summary: highlightToHtml(doc._formatted?.summary ?? doc.summary),
            }
          : undefined,
      ),
    ),
    facets: facetCounts(plan, params, results),
    engine: 'meilisearch',
  };
}

async function withInsights(
  result: SearchResult,
  options: {
    client: Meilisearch;
    indexName: string;
    timeoutMs: number;
    database: SearchServicesDatabase | null;
    record: boolean;
    relaxations: boolean;
  },
): Promise<SearchResult> {
  if (result.total > 0) return result;
  if (options.record && options.database) {
    recordZeroResultInBackground(options.database, { params: result.params, engine: result.engine });
  }
  if (!options.relaxations) return result;
  try {
    const relaxations = await suggestRelaxations(result.params, {
      engine: result.engine,
      client: options.client,
      indexName: options.indexName,
      timeoutMs: options.timeoutMs,
      ...(options.database ? { database: options.database } : {}),
    });
    return { ...result, relaxations };
  } catch (error) {
    // Suggestions are a courtesy: the (empty) answer stands without them.
    console.warn('Could not work out which filter to drop', error);
    return result;
  }
}

/**
 * Searches the published directory. Filters within a facet are "any of", facets combine with
 * "and"; facet counts are disjunctive. When Meilisearch cannot answer in time (or its circuit is
 * open after repeated failures) the same search runs on PostgreSQL and the result says
 * `engine: 'postgres'`. Throws SearchUnavailableError only when both fail (or there is no fallback).
 * A search that finds nothing comes with `relaxations` (and is recorded if `recordZeroResults`).
 */
export async function searchServices(params: SearchParams, options: SearchServicesOptions = {}): Promise<SearchResult> {
  const location = resolveLocation(params);
  const explicitClient = options.client !== undefined;
  const client = options.client ?? getMeiliClient();
  const indexName = options.indexName ?? SERVICES_INDEX;
  const timeoutMs = options.timeoutMs ?? (explicitClient ? 5000 : serverEnv().SEARCH_TIMEOUT_MS);
  const database = options.database === undefined ? (explicitClient ? null : db()) : options.database;
  const breaker = options.breaker ?? breakerFor(client);
  const plan = buildSearchQueries(location.params, { indexUid: indexName, origin: location.origin });
  const extras = location.notices.length > 0 ? { notices: location.notices } : {};

  let result: SearchResult;
  try {
    const found = await breaker.run(() => searchWithMeilisearch(plan, location.params, client, timeoutMs), isSearchOutage);
    result = { ...found, params: location.params, ...extras };
  } catch (error) {
    const unavailable = toSearchUnavailable(error);
    if (!database) throw unavailable;
    try {
      result = await searchServicesInPostgres(database, params);
    } catch (fallbackError) {
      throw new SearchUnavailableError(unavailable.reason, {
        cause: new AggregateError([unavailable.cause ?? unavailable, fallbackError], 'Meilisearch and the PostgreSQL fallback both failed'),
      });
    }
  }
  return withInsights(result, {
    client,
    indexName,
    timeoutMs,
    database,
    record: options.recordZeroResults ?? false,
    relaxations: options.relaxations ?? true,
  });
}
