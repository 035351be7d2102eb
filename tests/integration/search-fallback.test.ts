// The PostgreSQL fallback against Meilisearch itself: the same searches through both engines must
// find the same services (every page) with the same facet counts. Then a real outage: a dedicated
// Meilisearch (not the shared one other test files use) is stopped mid-run and restarted.
//
// Differences that are inherent, and why the keywords below avoid them:
// - Typo tolerance: Meilisearch also matches words one typo away from a query word of 5+ letters
//   (two from 9+), e.g. "parent" finds "parents", "short" finds "sport". PostgreSQL matches exact
//   words (and the last word as a prefix, as Meilisearch does). The keywords chosen have no
//   one-typo neighbours among the seeded listings' words.
// - Word splitting ("autismteam" → "autism team") is not modelled.
// - Relevance order within the same number of matched words differs (Meilisearch's typo,
//   proximity and exactness rules); the sets, totals and counts do not, and nor do name, review
//   date and distance orders.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db';
import { searchServicesInPostgres } from '@/lib/directory/search-services-in-postgres';
import { serverEnv } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { CircuitBreaker, createMeiliClient, reindexAll, searchServices, SearchUnavailableError } from '@/lib/search';
import type { FacetCounts, SearchClient, SearchResult } from '@/lib/search';
import { searchParamsSchema } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import { silentLogger } from '@/scripts/stack/log';
import { startMeilisearch } from '@/scripts/stack/meilisearch';
import type { RunningMeilisearch } from '@/scripts/stack/meilisearch';
import { findFreePort } from '@/scripts/stack/ports';

let prisma: PrismaClient;
let client: SearchClient;

const params = (input: Partial<Record<keyof SearchParams, unknown>>): SearchParams => searchParamsSchema.parse(input);

beforeAll(async () => {
  const env = serverEnv();
  prisma = createPrismaClient(env.DATABASE_URL);
  client = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
});

afterAll(async () => {
  client?.close();
  await prisma?.$disconnect();
});

type Search = (p: SearchParams) => Promise<SearchResult>;

/** Every id over every page, checking each page's own consistency on the way. */
async function allIds(search: Search, p: SearchParams): Promise<{ first: SearchResult; ids: string[] }> {
  const first = await search({ ...p, page: 1 });
  const ids = first.hits.map((h) => h.id);
  for (let page = 2; page <= first.totalPages; page++) {
    const result = await search({ ...p, page });
    expect(result.total).toBe(first.total);
    ids.push(...result.hits.map((h) => h.id));
  }
  return { first, ids };
}

function sortedFacets(facets: FacetCounts): [string, [string, number][]][] {
  return Object.entries(facets)
    .map(([facet, counts]): [string, [string, number][]] => [facet, Object.entries(counts ?? {}).sort(([a], [b]) => a.localeCompare(b))])
    .sort(([a], [b]) => a.localeCompare(b));
}

const meili: Search = (p) => searchServices(p, { client });
const postgres: Search = (p) => searchServicesInPostgres(prisma, p);

describe('the PostgreSQL fallback finds what Meilisearch finds', () => {
  const cases: [string, Partial<Record<keyof SearchParams, unknown>>][] = [
    ['no filters', {}],
    ['one need', { need: ['ASD'] }],
    ['two needs (any of)', { need: ['ASD', 'SLCN'] }],
    ['age', { age: 7 }],
    ['age 0 (services without ages included)', { age: 0 }],
    ['age 25', { age: 25 }],
    ['one district (city-wide services included)', { district: ['erdington'] }],
    ['two districts', { district: ['ladywood', 'selly-oak'] }],
    ['phases overlap', { phase: ['early-years', 'post-19'] }],
    ['need + age + district', { need: ['ASD'], age: 12, district: ['hall-green'] }],
    ['phase + cost + delivery', { phase: ['secondary', 'post-16'], cost: ['free'], delivery: ['online'] }],
    ['type + referral + access', { type: ['short-breaks', 'health-and-therapy'], referral: ['self'], access: ['wheelchair'] }],
    ['language + need', { language: ['ur', 'pa'], need: ['SEMH', 'SPLD'] }],
    ['cost unknown, by review date', { cost: ['unknown', 'paid'], sort: 'reviewed' }],
    ['everything at once', { need: ['ASD', 'SLCN', 'SEMH'], district: ['erdington', 'yardley'], phase: ['primary'], cost: ['free', 'paid'] }],
    ['a filter nothing matches', { need: ['PMLD'], age: 1, district: ['sutton-coldfield'], access: ['changing-places'], language: ['so'] }],
    ['postcode + radius', { postcode: 'B23 6XX', radius: 3 }],
    ['postcode + radius + need, nearest first', { postcode: 'B1', radius: 2, need: ['ASD', 'SEMH'], sort: 'distance' }],
    ['unknown postcode (ignored, with a notice)', { postcode: 'ZZ9 9ZZ', radius: 1, need: ['ASD'] }],
    ['keyword', { q: 'autism' }],
    ['keyword synonym (ASD finds autism listings)', { q: 'asd' }],
    ['multi-word synonym ("speech therapy" ~ "speech and language")', { q: 'speech therapy' }],
    ['keyword synonym (dyslexia ~ SpLD)', { q: 'dyslexia' }],
    ['last word as a prefix', { q: 'wheelch' }],
    ['only the first word must match (matching strategy "last")', { q: 'autism zzzqqxj' }],
    ['quoted phrase', { q: '"speech and language"' }],
    ['excluded word', { q: '-support' }],
    ['keyword + filters', { q: 'autism', district: ['erdington'], age: 9 }],
    ['keyword + need + phase', { q: 'speech therapy', need: ['SLCN'], phase: ['primary'] }],
    ['keyword + postcode radius', { q: 'sensory', postcode: 'B23', radius: 5 }],
    ['keyword that matches nothing', { q: 'qqxjzz' }],
  ];

  it.each(cases)('%s', async (_name, input) => {
    const p = params(input);
    const [fromMeili, fromPostgres] = await Promise.all([allIds(meili, p), allIds(postgres, p)]);
    expect(fromPostgres.first.engine).toBe('postgres');
    expect(fromMeili.first.engine).toBe('meilisearch');
    expect(fromPostgres.first.total, 'total').toBe(fromMeili.first.total);
    expect(fromPostgres.first.totalPages).toBe(fromMeili.first.totalPages);
    expect(fromPostgres.ids).toHaveLength(fromPostgres.first.total);
    expect(new Set(fromPostgres.ids).size, 'no service twice across pages').toBe(fromPostgres.ids.length);
    expect([...fromPostgres.ids].sort(), 'the same services').toEqual([...fromMeili.ids].sort());
    expect(sortedFacets(fromPostgres.first.facets), 'facet counts').toEqual(sortedFacets(fromMeili.first.facets));
    expect(fromPostgres.first.params).toEqual(fromMeili.first.params);
    expect(fromPostgres.first.notices).toEqual(fromMeili.first.notices);
  });

  it('orders by name, review date and distance as Meilisearch does', async () => {
    for (const input of [{ sort: 'name' }, { sort: 'reviewed', need: ['ASD'] }, { postcode: 'B23 6XX', sort: 'distance' }]) {
      const p = params(input);
      const [a, b] = await Promise.all([meili(p), postgres(p)]);
      if (p.sort === 'name') expect(b.hits.map((h) => h.name)).toEqual(a.hits.map((h) => h.name));
      if (p.sort === 'reviewed') expect(b.hits.map((h) => h.lastReviewed)).toEqual(a.hits.map((h) => h.lastReviewed));
      if (p.sort === 'distance') expect(b.hits.map((h) => h.distanceMiles)).toEqual(a.hits.map((h) => h.distanceMiles));
    }
  });

  it('returns the same hit shape, with highlighted matches escaped', async () => {
    const p = params({ q: 'autism', need: ['ASD'] });
    const [a, b] = await Promise.all([meili(p), postgres(p)]);
    const fromMeili = new Map(a.hits.map((h) => [h.id, h]));
    const common = b.hits.filter((h) => fromMeili.has(h.id));
    expect(common.length).toBeGreaterThan(0);
    for (const hit of common) {
      const { highlighted, ...rest } = hit;
      const { highlighted: meiliHighlighted, ...meiliRest } = fromMeili.get(hit.id) ?? {};
      expect(rest).toEqual(meiliRest);
      expect(highlighted?.name.replace(/<\/?mark>/g, '')).toBe(meiliHighlighted?.name.replace(/<\/?mark>/g, ''));
    }
    expect(b.hits.some((h) => h.highlighted?.name.includes('<mark>') || h.highlighted?.summary.includes('<mark>'))).toBe(true);
  });

  it('answers a faceted search quickly at the seeded size', async () => {
    const p = params({ q: 'support', need: ['ASD', 'SLCN'], district: ['erdington'], age: 9 });
    const plain = params({ need: ['ASD', 'SLCN'], district: ['erdington'], phase: ['primary'] });
    await postgres(p);
    const timings: Record<string, number> = {};
    for (const [label, query] of [
      ['keyword + facets', p],
      ['facets only', plain],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await postgres(query);
        times.push(performance.now() - started);
      }
      times.sort((x, y) => x - y);
      timings[label] = times[Math.floor(times.length / 2)] ?? Infinity;
      console.info(
        `PostgreSQL fallback, ${label}: median ${timings[label]?.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(1)} ms`,
      );
    }
    expect(timings['keyword + facets']).toBeLessThan(500);
  });
});

describe('an outage of a real Meilisearch', () => {
  let dataDir: string;
  let port: number;
  let running: RunningMeilisearch | null = null;
  let dedicated: SearchClient;
  const masterKey = 'fallback-test-master-key-0123456789';

  const start = async () => {
    running = await startMeilisearch({ dataDir, port, masterKey, log: silentLogger });
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'local-offer-fallback-'));
    port = await findFreePort();
    await start();
    dedicated = createMeiliClient(`http://127.0.0.1:${port}`, masterKey);
    // Another server: its rebuild must not settle the shared outbox.
    await reindexAll(prisma, { client: dedicated, settleOutbox: false });
  });

  afterAll(async () => {
    dedicated?.close();
    await running?.process.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers from PostgreSQL while Meilisearch is down, and from Meilisearch again after the cool-down', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1500 });
    const options = { client: dedicated, database: prisma, breaker, timeoutMs: 300 };
    // Sorted by name so that both engines list the same first page (relevance ties may differ).
    const p = params({ q: 'autism', need: ['ASD'], district: ['erdington'], sort: 'name' });

    const before = await searchServices(p, options);
    expect(before.engine).toBe('meilisearch');
    expect(before.total).toBeGreaterThan(0);

    await running?.process.stop();
    running = null;

    const during = await searchServices(p, options);
    expect(during.engine).toBe('postgres');
    expect(during.total).toBe(before.total);
    expect(during.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
    expect(breaker.state).toBe('closed');

    await searchServices(p, options);
    expect(breaker.state).toBe('open');
    // Open: Meilisearch is not even asked (it would refuse the connection anyway).
    const fast = await searchServices(p, options);
    expect(fast.engine).toBe('postgres');

    await start();
    // Still cooling down: PostgreSQL keeps answering although Meilisearch is back.
    expect((await searchServices(p, options)).engine).toBe('postgres');

    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(breaker.state).toBe('half-open');
    const after = await searchServices(p, options);
    expect(after.engine).toBe('meilisearch');
    expect(after.total).toBe(before.total);
    expect(breaker.state).toBe('closed');
  });

  it('throws SearchUnavailableError when PostgreSQL fails too', async () => {
    const down = createMeiliClient('http://127.0.0.1:9', masterKey);
    const deadDatabase = createPrismaClient('postgresql://nobody:secret@127.0.0.1:9/none');
    try {
      const error = await searchServices(params({ need: ['ASD'] }), { client: down, database: deadDatabase, breaker: new CircuitBreaker() }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SearchUnavailableError);
      expect((error as SearchUnavailableError).reason).toBe('unreachable');
      expect((error as Error).cause).toBeInstanceOf(AggregateError);
    } finally {
      down.close();
      await deadDatabase.$disconnect();
    }
  });
});
