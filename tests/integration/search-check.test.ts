// checkIndex and `npm run search:check`: the index compared with the database, document by
// document. Mismatches are made in an index of its own on the shared Meilisearch, never in the
// live `services` index that other test files read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { checkIndex, createMeiliClient, documentHash, reindexAll } from '@/lib/search';
import type { SearchClient, SearchDocument } from '@/lib/search';
import { metaIndexName } from '@/lib/search/index-meta';
import { runTask } from '@/lib/search/tasks';
import { formatCheckReport, runSearchCheck } from '@/scripts/search/check';

const indexName = `services_check_it_${Date.now()}`;
let prisma: PrismaClient;
let client: SearchClient;

beforeAll(async () => {
  const env = serverEnv();
  prisma = createPrismaClient(env.DATABASE_URL);
  client = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  await reindexAll(prisma, { client, indexName });
});

afterAll(async () => {
  await client?.deleteIndex(indexName).waitTask();
  await client?.deleteIndex(metaIndexName(indexName)).waitTask();
  client?.close();
  await prisma?.$disconnect();
});

describe('checkIndex', () => {
  it('reports an index built from the database as in step', async () => {
    const report = await checkIndex(prisma, { client, indexName, pageSize: 100 });
    expect(report).toMatchObject({ ok: true, indexExists: true, missing: [], extra: [], stale: [] });
    expect(report.settings.ok).toBe(true);
    expect(report.indexDocuments).toBe(report.databaseDocuments);
    expect(report.databaseDocuments).toBeGreaterThan(100);
    expect(formatCheckReport(report)).toContain('in step with the database');
  });

  it('finds a document deleted from Meilisearch, one that should not be there, and one that is out of date', async () => {
    const index = client.index<SearchDocument>(indexName);
    const { results } = await index.getDocuments({ limit: 2 });
    const [gone, changed] = results;
    if (!gone || !changed) throw new Error('the index is empty');
    await runTask('delete', index.deleteDocument(gone.id));
    await runTask('change', index.updateDocuments([{ id: changed.id, name: `${changed.name} (edited in Meilisearch)` }]));
    const stray = '00000000-0000-4000-8000-00000000dead';
    await runTask('add', index.addDocuments([{ ...changed, id: stray }]));

    const report = await checkIndex(prisma, { client, indexName });
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual([gone.id]);
    expect(report.extra).toEqual([stray]);
    expect(report.stale).toEqual([changed.id]);
    const text = formatCheckReport(report);
    expect(text).toContain('OUT OF STEP');
    expect(text).toContain(`missing from the index (1):\n    ${gone.id}`);
    expect(text).toContain('npm run search:reindex');
  });

  it('reports a missing index rather than failing', async () => {
    const report = await checkIndex(prisma, { client, indexName: 'no_such_index_for_check' });
    expect(report.ok).toBe(false);
    expect(report.indexExists).toBe(false);
    expect(report.missing).toHaveLength(report.databaseDocuments);
  });

  it('hashes documents independently of key order and of fields left undefined', () => {
    expect(documentHash({ a: 1, b: { c: [1, 2], d: undefined } })).toBe(documentHash({ b: { c: [1, 2] }, a: 1 }));
    expect(documentHash({ a: [1, 2] })).not.toBe(documentHash({ a: [2, 1] }));
  });
});

describe('npm run search:check', () => {
  it('exits 0 for the live index the test stack built', async () => {
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await runSearchCheck({ json: true })).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const report = JSON.parse(written.join('')) as { ok: boolean; indexName: string };
    expect(report).toMatchObject({ ok: true, indexName: 'services' });
  });
});
