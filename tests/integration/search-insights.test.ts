// Searches that find nothing: recorded anonymously (in the background, never in the way) and
// answered with "drop this one filter to find N services", from either engine.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { CircuitBreaker, createMeiliClient, relaxationCandidates, searchServices, suggestRelaxations } from '@/lib/search';
import type { SearchClient, SearchServicesDatabase } from '@/lib/search';
import { searchParamsSchema } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';

let prisma: PrismaClient;
let client: SearchClient;
let down: SearchClient;

const params = (input: Partial<Record<keyof SearchParams, unknown>>): SearchParams => searchParamsSchema.parse(input);
// Finds nothing; without the keyword, or without the access filter, it would find something.
const nothing = params({ q: 'Respite', need: ['VI'], access: ['changing-places'], age: 2, page: 2 });

interface ZeroRow {
  query: string | null;
  filters: Record<string, unknown>;
  engine: string;
  created_at: Date;
}

/** Rows are compared from a point on (other tests and files record too). */
async function lastRowId(): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ id: bigint | null }[]>`SELECT max(id) AS id FROM search_zero_result`;
  return row?.id ?? 0n;
}

async function zeroRowsSince(since: bigint): Promise<ZeroRow[]> {
  return prisma.$queryRaw<ZeroRow[]>`
    SELECT query, filters, engine, created_at FROM search_zero_result WHERE id > ${since} ORDER BY id`;
}

async function waitForRows(since: bigint, count: number): Promise<ZeroRow[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await zeroRowsSince(since);
    if (rows.length >= count || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  const env = serverEnv();
  prisma = createPrismaClient(env.DATABASE_URL);
  client = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  down = createMeiliClient('http://127.0.0.1:9', env.MEILI_MASTER_KEY);
});

afterAll(async () => {
  client?.close();
  down?.close();
  await prisma?.$disconnect();
});

describe('relaxations', () => {
  it('lists each single filter whose removal finds services, most results first, with exact totals', async () => {
    const result = await searchServices(nothing, { client });
    expect(result.total).toBe(0);
    const relaxations = result.relaxations ?? [];
    expect(relaxations.length).toBeGreaterThan(0);
    expect(relaxations.map((r) => r.total)).toEqual([...relaxations.map((r) => r.total)].sort((a, b) => b - a));
    // Every candidate checked: suggested ones with their exact total, the others because they find nothing.
    for (const candidate of relaxationCandidates(nothing)) {
      const widened = await searchServices(candidate.params, { client });
      const suggested = relaxations.find((r) => r.param === candidate.param);
      expect(suggested?.total ?? 0, `without ${candidate.param}`).toBe(widened.total);
      if (suggested) expect(suggested.value).toBe(candidate.value);
    }
    expect(relaxations.find((r) => r.param === 'q')?.value).toBe('Respite');
  });

  it('gives the same suggestions from PostgreSQL', async () => {
    const fromMeili = await suggestRelaxations(nothing, { client });
    const fromPostgres = await suggestRelaxations(nothing, { engine: 'postgres', database: prisma });
    expect(fromPostgres).toEqual(fromMeili);
  });

  it('are only given when nothing was found', async () => {
    const result = await searchServices(params({ need: ['ASD'] }), { client });
    expect(result.total).toBeGreaterThan(0);
    expect(result.relaxations).toBeUndefined();
  });

  it('tries at most eight filters, keywords, radius and age first', () => {
    const candidates = relaxationCandidates(
      params({
        q: 'x',
        postcode: 'B23',
        radius: 2,
        age: 3,
        need: ['ASD', 'SLD'],
        phase: ['primary'],
        district: ['erdington'],
        type: ['short-breaks'],
        delivery: ['online'],
        cost: ['free'],
        referral: ['self'],
      }),
    );
    expect(candidates.map((c) => c.param)).toEqual(['q', 'radius', 'age', 'need', 'phase', 'district', 'type', 'delivery']);
    expect(candidates.find((c) => c.param === 'need')).toMatchObject({ value: 'ASD,SLD' });
    expect(candidates.every((c) => c.params.page === 1)).toBe(true);
  });
});

describe('recording searches that found nothing', () => {
  it('stores the normalised keywords and filters without the page, and nothing about the person', async () => {
    const since = await lastRowId();
    const result = await searchServices(
      { ...nothing, q: '  Respite  Call 0121 496 0123, jo@example.com, near B23 6XX  ' },
      { client, database: prisma, recordZeroResults: true },
    );
    expect(result.total).toBe(0);
    const [row] = await waitForRows(since, 1);
    expect(row?.engine).toBe('meilisearch');
    expect(row?.query).toBe('respite call [number], [email], near b23');
    expect(row?.filters).toEqual({ need: ['VI'], access: ['changing-places'], age: 2 });
    expect(row?.created_at).toBeInstanceOf(Date);

    const columns = await prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'search_zero_result' ORDER BY ordinal_position`;
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'query', 'filters', 'engine', 'created_at']);
  });

  it('cuts a full postcode to its outcode', async () => {
    const since = await lastRowId();
    await searchServices(params({ q: 'qqxjzz', postcode: 'B23 6XX', radius: 1 }), { client, database: prisma, recordZeroResults: true });
    const [row] = await waitForRows(since, 1);
    expect(row?.filters).toEqual({ postcode: 'B23', radius: 1 });
    expect(row?.query).toBe('qqxjzz');
  });

  it('records nothing unless asked to (a guide page counting services is not a search)', async () => {
    const since = await lastRowId();
    await searchServices(params({ q: 'qqxjzz' }), { client, database: prisma });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await zeroRowsSince(since)).toEqual([]);
  });

  it('records the engine that answered, and suggests from it, when Meilisearch is down', async () => {
    const since = await lastRowId();
    const result = await searchServices(nothing, { client: down, database: prisma, breaker: new CircuitBreaker(), recordZeroResults: true });
    expect(result.engine).toBe('postgres');
    expect(result.total).toBe(0);
    expect(result.relaxations).toEqual(await suggestRelaxations(nothing, { client }));
    const [row] = await waitForRows(since, 1);
    expect(row?.engine).toBe('postgres');
  });

  it('never slows down or breaks the search when recording fails or hangs', async () => {
    const failing = (create: () => Promise<never>): SearchServicesDatabase =>
      new Proxy(prisma, {
        get(target, property, receiver) {
          if (property === 'searchZeroResult') return { create };
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }) as unknown as SearchServicesDatabase;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const rejecting = await searchServices(nothing, {
        client,
        database: failing(() => Promise.reject(new Error('database is read-only'))),
        recordZeroResults: true,
      });
      expect(rejecting.total).toBe(0);

      const started = performance.now();
      const hanging = await searchServices(nothing, {
        client,
        database: failing(() => new Promise<never>(() => undefined)),
        recordZeroResults: true,
      });
      expect(hanging.total).toBe(0);
      expect(performance.now() - started).toBeLessThan(5_000);

      const throwing = await searchServices(nothing, {
        client,
        database: failing(() => {
          throw new Error('synchronous failure');
        }),
        recordZeroResults: true,
      });
      expect(throwing.total).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Failures are logged for the operator, not thrown at the parent.
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Could not record'))).toHaveLength(2);
    } finally {
      warn.mockRestore();
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});
