import autocannon from 'autocannon';
import { buildSearchQueries } from '@/lib/search/build-search-queries';
import { SERVICES_INDEX } from '@/lib/search/client';
import { parseSearchParams } from '@/lib/validation/search';
import type { RunInput, TargetId } from './report';

/**
 * The faceted searches every target answers, in turn, on every connection: keyword + need + age +
 * district, varied so that no single answer sits warm in a cache.
 */
export const QUERY_SETS = [
  'q=support&need=ASD&age=7&district=erdington',
  'q=therapy&need=SLCN&age=5&district=ladywood',
  'q=support&need=SEMH&age=12&district=yardley',
  'q=group&need=ASD&age=9&district=selly-oak',
  'q=help&need=PD&age=4&district=perry-barr',
  'q=support&need=SPLD&age=14&district=hall-green',
] as const;

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadTarget {
  id: TargetId;
  origin: string;
  /** One request per query set, in QUERY_SETS order. */
  requests: BenchRequest[];
}

export function apiTarget(origin: string): LoadTarget {
  return { id: 'api', origin, requests: QUERY_SETS.map((query) => ({ method: 'GET', path: `/api/search?${query}` })) };
}

export function naiveTarget(origin: string): LoadTarget {
  return { id: 'naive', origin, requests: QUERY_SETS.map((query) => ({ method: 'GET', path: `/search?${query}` })) };
}

/**
 * The multi-search that searchServices sends for the same URL (main query plus one count query
 * per selected facet), built by the search layer's own query builder, posted straight to Meilisearch.
 */
export function meiliTarget(host: string, masterKey: string): LoadTarget {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${masterKey}` };
  return {
    id: 'meili',
    origin: host,
    requests: QUERY_SETS.map((query) => {
      const { params } = parseSearchParams(new URLSearchParams(query));
      // No postcode in these queries, so there is no origin to resolve.
      const plan = buildSearchQueries(params, { indexUid: SERVICES_INDEX, origin: null });
      return { method: 'POST', path: '/multi-search', headers, body: JSON.stringify({ queries: plan.queries }) };
    }),
  };
}

/** Sends each request of a target once, in order; returns the status and parsed body of each. */
export async function probe(target: LoadTarget): Promise<{ status: number; body: unknown }[]> {
  const answers: { status: number; body: unknown }[] = [];
  for (const request of target.requests) {
    const response = await fetch(new URL(request.path, target.origin), {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the error message.
    }
    answers.push({ status: response.status, body });
  }
  return answers;
}

/**
 * Meilisearch runs first at each connection count, then /api/search; the naive baseline runs last.
 * /api/search's fallback scans are counted from PostgreSQL's statistics, which idle sessions publish
 * up to ~10 s late: Meilisearch runs (which leave PostgreSQL alone) fill most of that wait.
 */
export function loadSchedule(connections: readonly number[]): { target: TargetId; connections: number }[] {
  return [
    ...connections.flatMap((c) => [
      { target: 'meili' as const, connections: c },
      { target: 'api' as const, connections: c },
    ]),
    ...connections.map((c) => ({ target: 'naive' as const, connections: c })),
  ];
}

export interface LoadRun {
  /** Stops the run early (Ctrl-C); the result then covers what was measured. */
  stop(): void;
  result: Promise<RunInput>;
}

/**
 * One fixed-duration autocannon run. Latencies are taken from every 2xx response at full
 * precision: autocannon's own histogram rounds to whole milliseconds, too coarse for Meilisearch.
 */
export function runLoad(target: LoadTarget, options: { connections: number; durationS: number }): LoadRun {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const instance = autocannon({
    url: target.origin,
    connections: options.connections,
    duration: options.durationS,
    timeout: 10,
    requests: target.requests,
  });
  let recording = true;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (!recording) return;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures[statusCode] = (failures[statusCode] ?? 0) + 1;
  });
  const result = Promise.resolve(instance).then((outcome): RunInput => {
    recording = false;
    return {
      target: target.id,
      connections: options.connections,
      latenciesMs: latencies,
      durationS: outcome.duration,
      errors: outcome.errors,
      timeouts: outcome.timeouts,
      non2xx: outcome.non2xx,
      non2xxByStatus: failures,
    };
  });
  return { stop: () => instance.stop(), result };
}
