// The integration harness itself: the PostgreSQL and Meilisearch that global-setup.ts started are
// real servers on this machine, freshly migrated, seeded and indexed, and reachable from the tests.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listLocalMigrations } from '@/scripts/stack/migrate';
import './setup/stack-context';

const stack = inject('integrationStack');
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: stack.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

function meili(pathname: string, key: string | null = stack.MEILI_MASTER_KEY): Promise<Response> {
  return fetch(`${stack.MEILI_HOST}${pathname}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
}

describe('integration stack', () => {
  it('exposes its settings to the tests through the environment', () => {
    expect(process.env.DATABASE_URL).toBe(stack.DATABASE_URL);
    expect(process.env.MEILI_HOST).toBe(stack.MEILI_HOST);
    expect(process.env.MEILI_MASTER_KEY).toBe(stack.MEILI_MASTER_KEY);
  });

  it('runs in a fresh temporary data directory, on local-only addresses', () => {
    expect(path.dirname(stack.dataDir)).toBe(os.tmpdir());
    expect(new URL(stack.DATABASE_URL).hostname).toBe('127.0.0.1');
    expect(new URL(stack.MEILI_HOST).hostname).toBe('127.0.0.1');
  });

  it('is a real PostgreSQL 18 with every migration applied', async () => {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    expect(rows[0]?.version).toMatch(/^PostgreSQL 18\./);

    const applied = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1',
    );
    const local = await listLocalMigrations(path.resolve(import.meta.dirname, '../../prisma/migrations'));
    expect(local.length).toBeGreaterThan(0);
    // Same names and checksums as the launcher computes: its warm-start shortcut relies on it.
    expect(applied.rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(local);
  });

  it('has been seeded', async () => {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM service');
    expect(Number(rows[0]?.count)).toBeGreaterThan(300);
  });

  it('is a real Meilisearch 1.x that enforces its master key', async () => {
    const health = await meili('/health', null);
    expect(await health.json()).toEqual({ status: 'available' });
    expect((await meili('/version', null)).status).toBe(401);
    const version = (await (await meili('/version')).json()) as { pkgVersion: string };
    expect(version.pkgVersion).toMatch(/^1\./);
  });

  it('has indexed the seeded services', async () => {
    const response = await meili('/indexes/services/stats');
    expect(response.status).toBe(200);
    const stats = (await response.json()) as { numberOfDocuments: number };
    expect(stats.numberOfDocuments).toBeGreaterThan(300);
  });
});
