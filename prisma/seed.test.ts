import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isDatabaseEmpty, seedDatabase } from './seed';

// seedDatabase against a recording fake client, checked against the migrations: every INSERT
// names real columns with matching types and fills every NOT NULL column that has no default.
// (The real database run is covered by the integration suite, which seeds through this module.)

interface ColumnInfo {
  type: string;
  required: boolean;
}

function readSchemaFromMigrations(): Map<string, Map<string, ColumnInfo>> {
  const dir = path.join(import.meta.dirname, 'migrations');
  const sql = readdirSync(dir)
    .filter((name) => !name.includes('.'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'))
    .join('\n');
  const tables = new Map<string, Map<string, ColumnInfo>>();
  const parseColumn = (line: string) => /^\s*"(\w+)" ("?\w+"?(?: PRECISION)?(?:\(\d+(?:,\d+)?\))?)(.*)$/.exec(line);
  for (const match of sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g)) {
    const columns = new Map<string, ColumnInfo>();
    for (const line of (match[2] ?? '').split('\n')) {
      const column = parseColumn(line);
      if (!column) continue;
      const rest = column[3] ?? '';
      columns.set(column[1] ?? '', { type: column[2] ?? '', required: rest.includes('NOT NULL') && !rest.includes('DEFAULT') });
    }
    tables.set(match[1] ?? '', columns);
  }
  for (const match of sql.matchAll(/ALTER TABLE "(\w+)" ADD COLUMN ([^;]+);/g)) {
    const column = parseColumn(match[2] ?? '');
    if (!column) continue;
    const rest = column[3] ?? '';
    tables.get(match[1] ?? '')?.set(column[1] ?? '', { type: column[2] ?? '', required: rest.includes('NOT NULL') && !rest.includes('DEFAULT') });
  }
  return tables;
}

const CAST_FOR_COLUMN: Record<string, string> = {
  UUID: 'uuid',
  TEXT: 'text',
  INTEGER: 'int4',
  'DOUBLE PRECISION': 'float8',
  'DECIMAL(10,2)': 'numeric',
  BOOLEAN: 'bool',
  DATE: 'date',
};

interface Insert {
  table: string;
  columns: string[];
  casts: string[];
  stamped: number;
  args: unknown[][];
}

function fakeClient(options: { empty: boolean }) {
  const inserts: Insert[] = [];
  const created: Record<string, unknown[]> = {};
  const findFirst = async () => (options.empty ? null : { id: 'x' });
  const createMany = (model: string) => async ({ data }: { data: unknown[] }) => {
    created[model] = data;
    return { count: data.length };
  };
  const tx = {
    taxonomy: { findFirst, createMany: createMany('taxonomy') },
    taxonomyTerm: { createMany: createMany('taxonomyTerm') },
    organization: { findFirst },
    service: { findFirst },
    async $executeRawUnsafe(sql: string, ...args: unknown[][]) {
      const match = /^INSERT INTO "(\w+)" \(([^)]*)\) SELECT u\.\*((?:, now\(\))*) FROM unnest\((.*)\) AS u$/.exec(sql);
      if (!match) throw new Error(`Unexpected SQL: ${sql}`);
      const casts = [...(match[4] ?? '').matchAll(/\$\d+::("?\w+"?)\[\]/g)].map((m) => m[1] ?? '');
      const stamped = (match[3] ?? '').split('now()').length - 1;
      const columns = (match[2] ?? '').split(', ').map((c) => c.replace(/"/g, ''));
      inserts.push({ table: match[1] ?? '', columns, casts, stamped, args });
      return args[0]?.length ?? 0;
    },
  };
  const prisma = { $transaction: async (run: (client: typeof tx) => Promise<unknown>) => run(tx) } as unknown as PrismaClient;
  return { prisma, inserts, created };
}

describe('seedDatabase', () => {
  it('writes every table with real columns, matching types and all required values', async () => {
    const schema = readSchemaFromMigrations();
    const { prisma, inserts, created } = fakeClient({ empty: true });
    const result = await seedDatabase(prisma, { services: 2500 });

    expect(result.sampleServices).toBe(2500);
    expect(result.realServices).toBe(5);
    expect(created.taxonomy).toHaveLength(7);
    expect(created.taxonomyTerm).toHaveLength(result.taxonomyTerms);

    const written = new Set(inserts.map((i) => i.table));
    for (const table of ['organization', 'service', 'location', 'address', 'accessibility', 'service_at_location', 'service_area', 'attribute', 'contact', 'phone', 'schedule', 'cost_option', 'language']) {
      expect(written.has(table), table).toBe(true);
    }

    let rows = 7 + result.taxonomyTerms;
    for (const insert of inserts) {
      const columns = schema.get(insert.table);
      expect(columns, insert.table).toBeDefined();
      expect(insert.casts).toHaveLength(insert.columns.length - insert.stamped);
      insert.casts.forEach((cast, i) => {
        const name = insert.columns[i] ?? '';
        const column = columns?.get(name);
        expect(column, `${insert.table}.${name}`).toBeDefined();
        expect(cast, `${insert.table}.${name}`).toBe(CAST_FOR_COLUMN[column?.type ?? ''] ?? column?.type);
      });
      for (const [name, column] of columns ?? []) {
        if (column.required) expect(insert.columns, `${insert.table}.${name}`).toContain(name);
      }
      const lengths = new Set(insert.args.map((a) => a.length));
      expect(lengths.size).toBe(1);
      rows += insert.args[0]?.length ?? 0;
    }
    expect(result.rows).toBe(rows);

    // Dates go over as plain dates, so the server's time zone cannot shift them.
    const services = inserts.filter((i) => i.table === 'service');
    const dates = services.flatMap((i) => i.args[i.columns.indexOf('assured_date')] ?? []);
    expect(dates.filter((d) => d !== null).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(String(d)))).toBe(true);
    expect(services.reduce((n, i) => n + (i.args[0]?.length ?? 0), 0)).toBe(2505);
  });

  it('seeds only taxonomies and real services when asked for no sample services', async () => {
    const { prisma, inserts } = fakeClient({ empty: true });
    const result = await seedDatabase(prisma, { services: 0 });
    expect(result.sampleServices).toBe(0);
    const services = inserts.find((i) => i.table === 'service');
    expect(services?.args[0]).toHaveLength(5);
    expect(services?.args[services.columns.indexOf('is_sample')]).toEqual([false, false, false, false, false]);
  });

  it('refuses a database that already has data, writing nothing', async () => {
    const { prisma, inserts, created } = fakeClient({ empty: false });
    await expect(seedDatabase(prisma)).rejects.toThrow(/already has directory data/);
    expect(inserts).toHaveLength(0);
    expect(created).toEqual({});
    const reader = (found: boolean) => {
      const findFirst = async () => (found ? { id: 'x' } : null);
      return { taxonomy: { findFirst }, organization: { findFirst }, service: { findFirst } } as unknown as PrismaClient;
    };
    expect(await isDatabaseEmpty(reader(true))).toBe(false);
    expect(await isDatabaseEmpty(reader(false))).toBe(true);
  });
});
