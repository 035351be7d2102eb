// The search outbox end to end: database triggers queue changed services in the same transaction,
// processOutboxOnce / runOutboxWorker sync them to a real Meilisearch, failures stay queued and
// are retried, and a full rebuild settles what it covered without racing the worker. Everything
// runs against a dedicated Meilisearch (so the shared index other test files read is untouched)
// and a fictional service created here and deleted at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createMeiliClient, processOutboxOnce, reindexAll, runOutboxWorker, searchServices } from '@/lib/search';
import type { SearchClient, SearchDocument } from '@/lib/search';
import { meiliErrorCode } from '@/lib/search/errors';
import { createNodeHttpClient } from '@/lib/search/http-client';
import { searchParamsSchema } from '@/lib/validation/search';
import { silentLogger } from '@/scripts/stack/log';
import { startMeilisearch } from '@/scripts/stack/meilisearch';
import type { RunningMeilisearch } from '@/scripts/stack/meilisearch';
import { findFreePort } from '@/scripts/stack/ports';

const SERVICE_ID = '00000000-0000-4000-8000-00000000cafe';
const ORGANIZATION_ID = '00000000-0000-4000-8000-00000000c0de';
const masterKey = 'outbox-test-master-key-0123456789';

let prisma: PrismaClient;
let dataDir: string;
let port: number;
let running: RunningMeilisearch | null = null;
let meili: SearchClient;

async function startMeili(): Promise<void> {
  running = await startMeilisearch({ dataDir, port, masterKey, log: silentLogger });
}

async function stopMeili(): Promise<void> {
  await running?.process.stop();
  running = null;
}

interface QueueRow {
  id: bigint;
  processed_at: Date | null;
  attempts: number;
  last_error: string | null;
}

function queueRows(serviceId = SERVICE_ID): Promise<QueueRow[]> {
  return prisma.$queryRaw<QueueRow[]>`
    SELECT id, processed_at, attempts, last_error FROM search_outbox WHERE service_id = ${serviceId}::uuid ORDER BY id`;
}

async function pendingRows(serviceId = SERVICE_ID): Promise<QueueRow[]> {
  return (await queueRows(serviceId)).filter((row) => row.processed_at === null);
}

async function indexed(id = SERVICE_ID): Promise<SearchDocument | null> {
  try {
    return await meili.index('services').getDocument<SearchDocument>(id);
  } catch (error) {
    if (meiliErrorCode(error) === 'document_not_found') return null;
    throw error;
  }
}

async function findsByKeyword(q: string): Promise<string[]> {
  const result = await searchServices(searchParamsSchema.parse({ q }), { client: meili });
  return result.hits.map((hit) => hit.id);
}

/** Processes until the queue is empty (other rows may be queued too: the queue is shared). */
async function drain(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const result = await processOutboxOnce(prisma, { client: meili });
    expect(result.status).not.toBe('failed');
    if (result.status === 'idle') return;
  }
  throw new Error('the outbox did not drain');
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

beforeAll(async () => {
  prisma = createPrismaClient(serverEnv().DATABASE_URL);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'local-offer-outbox-'));
  port = await findFreePort();
  await startMeili();
  meili = createMeiliClient(`http://127.0.0.1:${port}`, masterKey);
  await reindexAll(prisma, { client: meili, settleOutbox: false });
});

afterAll(async () => {
  await prisma?.organization.deleteMany({ where: { id: ORGANIZATION_ID } });
  meili?.close();
  await stopMeili();
  await prisma?.$disconnect();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('triggers', () => {
  it('queue a new service, in the transaction that creates it', async () => {
    await drain();
    await prisma.$transaction(async (tx) => {
      await tx.organization.create({
        data: { id: ORGANIZATION_ID, name: 'Quillwort Example Trust', description: 'Fictional test organisation', isSample: true },
      });
      const need = await tx.taxonomyTerm.findFirstOrThrow({ where: { code: 'ASD', taxonomy: { code: 'need' } } });
      await tx.service.create({
        data: {
          id: SERVICE_ID,
          organizationId: ORGANIZATION_ID,
          name: 'Zebrafinch Outbox Club',
          summary: 'A fictional club used by the outbox test',
          description: 'Fictional.',
          minimumAge: 5,
          maximumAge: 11,
          isSample: true,
          attributes: { create: [{ taxonomyTermId: need.id }] },
          languages: { create: [{ code: 'en', name: 'English' }] },
        },
      });
      // Inside the transaction the queue rows exist already...
      const inside = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM search_outbox WHERE service_id = ${SERVICE_ID}::uuid`;
      expect(inside[0]?.n).toBeGreaterThan(0);
    });
    // ...and after commit they wait, unprocessed.
    expect((await pendingRows()).length).toBeGreaterThan(0);
  });

  it('queue nothing for a transaction that rolls back', async () => {
    const before = (await queueRows()).length;
    await prisma
      .$transaction(async (tx) => {
        await tx.service.update({ where: { id: SERVICE_ID }, data: { name: 'Never committed' } });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await queueRows()).length).toBe(before);
  });

  it('cover the child tables and the shared ones that fan out to services', async () => {
    // Each change is made and checked in a transaction that is then rolled back.
    const rollback = new Error('rollback');
    const count = async (tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0], serviceId = SERVICE_ID) =>
      (await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM search_outbox WHERE service_id = ${serviceId}::uuid AND processed_at IS NULL`)[0]?.n ?? 0;
    await prisma
      .$transaction(async (tx) => {
        let last = await count(tx);
        const step = async (what: string, change: () => Promise<unknown>, serviceId = SERVICE_ID) => {
          const start = await count(tx, serviceId);
          await change();
          const now = await count(tx, serviceId);
          expect(now, what).toBeGreaterThan(start);
          last = now;
        };
        await step('language', () => tx.language.create({ data: { serviceId: SERVICE_ID, code: 'ur', name: 'Urdu' } }));
        await step('cost option', () => tx.costOption.create({ data: { serviceId: SERVICE_ID, amount: 5 } }));
        await step('service area', async () => {
          const district = await tx.taxonomyTerm.findFirstOrThrow({ where: { code: 'erdington' } });
          await tx.serviceArea.create({ data: { serviceId: SERVICE_ID, name: 'Erdington', termId: district.id } });
        });
        await step('location link', async () => {
          const location = await tx.location.create({ data: { name: 'Test hall', latitude: 52.52, longitude: -1.84 } });
          await tx.serviceAtLocation.create({ data: { serviceId: SERVICE_ID, locationId: location.id } });
          // Moving the location moves the service's map point.
          await step('location coordinates', () => tx.location.update({ where: { id: location.id }, data: { latitude: 52.53 } }));
        });
        await step('organisation name', () => tx.organization.update({ where: { id: ORGANIZATION_ID }, data: { name: 'Quillwort Example Trust (renamed)' } }));
        const before = await count(tx);
        await tx.organization.update({ where: { id: ORGANIZATION_ID }, data: { website: 'https://example.org' } });
        expect(await count(tx), 'an organisation field not in the document queues nothing').toBe(before);
        await step('need term label', () => tx.taxonomyTerm.updateMany({ where: { code: 'ASD', taxonomy: { code: 'need' } }, data: { name: 'Autism (renamed)' } }));
        // A new district changes every city-wide service's district list (this one is no longer city-wide).
        const cityWide = await tx.service.findFirstOrThrow({
          where: { status: 'active', serviceAreas: { some: { scope: 'local_authority' } } },
          select: { id: true },
        });
        await step(
          'new district',
          async () => {
            const districts = await tx.taxonomy.findFirstOrThrow({ where: { code: 'district' } });
            await tx.taxonomyTerm.create({ data: { taxonomyId: districts.id, code: 'test-district', name: 'Test', description: '' } });
          },
          cityWide.id,
        );
        expect(last).toBeGreaterThan(0);
        throw rollback;
      }, { timeout: 30_000 })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  });
});

describe('processOutboxOnce', () => {
  it('syncs queued services to Meilisearch and marks their rows processed', async () => {
    expect(await indexed()).toBeNull();
    const result = await processOutboxOnce(prisma, { client: meili });
    expect(result.status).toBe('synced');
    expect(result.synced).toContain(SERVICE_ID);
    expect(await pendingRows()).toEqual([]);
    expect((await indexed())?.name).toBe('Zebrafinch Outbox Club');
    expect(await findsByKeyword('zebrafinch')).toEqual([SERVICE_ID]);
  });

  it('makes an edit searchable', async () => {
    await prisma.$transaction([prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Kittiwake Outbox Club' } })]);
    expect((await pendingRows()).length).toBe(1);
    await drain();
    expect(await findsByKeyword('kittiwake')).toEqual([SERVICE_ID]);
    expect(await findsByKeyword('zebrafinch')).toEqual([]);
  });

  it('removes a withdrawn service from the index', async () => {
    await prisma.service.update({ where: { id: SERVICE_ID }, data: { status: 'inactive' } });
    await drain();
    expect(await indexed()).toBeNull();
    await prisma.service.update({ where: { id: SERVICE_ID }, data: { status: 'active' } });
    await drain();
    expect(await indexed()).not.toBeNull();
  });

  it('keeps changes queued while Meilisearch is down, counts the attempts, and catches up after', async () => {
    await stopMeili();
    await prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Guillemot Outbox Club' } });

    const first = await processOutboxOnce(prisma, { client: meili });
    expect(first.status).toBe('failed');
    expect(first.error).toBeTruthy();
    let [row] = await pendingRows();
    expect(row?.attempts).toBe(1);
    expect(row?.last_error).toBeTruthy();

    expect((await processOutboxOnce(prisma, { client: meili })).status).toBe('failed');
    [row] = await pendingRows();
    expect(row?.attempts).toBe(2);

    await startMeili();
    const after = await processOutboxOnce(prisma, { client: meili });
    expect(after.status).toBe('synced');
    expect(await pendingRows()).toEqual([]);
    const [done] = (await queueRows()).slice(-1);
    expect(done?.processed_at).not.toBeNull();
    expect(done?.last_error).toBeNull();
    expect(await findsByKeyword('guillemot')).toEqual([SERVICE_ID]);
  });

  it('isolates a document Meilisearch rejects so the rest of the batch still syncs', async () => {
    // The mapping never produces a document Meilisearch refuses, so this client corrupts one on
    // the wire (a non-numeric map point) and Meilisearch fails the batch for real.
    const http = createNodeHttpClient();
    const faulty = new Meilisearch({
      host: `http://127.0.0.1:${port}`,
      apiKey: masterKey,
      defaultWaitOptions: { timeout: 120_000, interval: 25 },
      httpClient: (input, init) => {
        const body = init?.body;
        const corrupted =
          typeof body === 'string' && body.includes(`"id":"${SERVICE_ID}"`)
            ? body.replace(`"id":"${SERVICE_ID}"`, `"id":"${SERVICE_ID}","_geo":{"lat":"not a number","lng":0}`)
            : body;
        return http(input, { ...init, body: corrupted });
      },
    });
    const other = await prisma.service.findFirstOrThrow({ where: { status: 'active', id: { not: SERVICE_ID } }, select: { id: true } });
    try {
      await prisma.service.update({ where: { id: SERVICE_ID }, data: { alert: 'Outbox test' } });
      await prisma.service.update({ where: { id: other.id }, data: { alert: 'Outbox test' } });

      const result = await processOutboxOnce(prisma, { client: faulty });
      expect(result.status).toBe('partly-failed');
      expect(result.rejected.map((r) => r.serviceId)).toEqual([SERVICE_ID]);
      expect(result.rejected[0]?.error).toMatch(/Meilisearch task \d+ failed: .*latitude/);
      expect(result.synced).toContain(other.id);
      expect(await pendingRows(other.id)).toEqual([]);
      const [stuck] = await pendingRows();
      expect(stuck?.attempts).toBe(1);
      expect(stuck?.last_error).toBeTruthy();
    } finally {
      http.close();
      await prisma.service.update({ where: { id: SERVICE_ID }, data: { alert: null } });
      await prisma.service.update({ where: { id: other.id }, data: { alert: null } });
    }
    await drain();
    expect(await pendingRows()).toEqual([]);
  });
});

describe('runOutboxWorker', () => {
  it('syncs a change within moments (LISTEN/NOTIFY) and stops when asked', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const worker = runOutboxWorker({
      prisma,
      client: meili,
      signal: controller.signal,
      // A long poll: only the NOTIFY can make this quick.
      intervalMs: 60_000,
      databaseUrl: serverEnv().DATABASE_URL,
      log: (line) => lines.push(line),
    });
    try {
      // Let the worker finish its first round and start listening.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Puffin Outbox Club' } });
      await waitFor(async () => (await indexed())?.name === 'Puffin Outbox Club', 30_000);
    } finally {
      controller.abort();
      await worker;
    }
    expect(lines).toEqual([]);
  });

  it('backs off while Meilisearch is down and catches up by itself when it is back', async () => {
    await stopMeili();
    await prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Razorbill Outbox Club' } });
    const controller = new AbortController();
    const lines: string[] = [];
    const worker = runOutboxWorker({ prisma, client: meili, signal: controller.signal, intervalMs: 100, maxBackoffMs: 400, log: (l) => lines.push(l) });
    try {
      await waitFor(async () => ((await pendingRows())[0]?.attempts ?? 0) >= 2, 20_000);
      await startMeili();
      await waitFor(async () => (await pendingRows()).length === 0, 30_000);
      expect((await indexed())?.name).toBe('Razorbill Outbox Club');
    } finally {
      controller.abort();
      await worker;
    }
    expect(lines.some((l) => l.includes('not synced'))).toBe(true);
    expect(lines.some((l) => l.includes('syncing again'))).toBe(true);
  });
});

describe('reindexAll and the outbox', () => {
  it('settles the changes it covered, keeps later ones queued, and makes workers wait', async () => {
    await prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Shearwater Outbox Club' } });
    const [covered] = await pendingRows();
    expect(covered).toBeDefined();

    let during: Promise<unknown> | undefined;
    let workerRound: Promise<{ status: string }> | undefined;
    const result = await reindexAll(prisma, {
      client: meili,
      settleOutbox: true,
      batchSize: 100,
      onProgress: () => {
        // Made while the rebuild runs: after it captured the queue, so it must stay queued.
        during ??= prisma.service.update({ where: { id: SERVICE_ID }, data: { name: 'Storm Petrel Outbox Club' } });
        workerRound ??= processOutboxOnce(prisma, { client: meili });
      },
    });
    await during;
    expect((await workerRound)?.status).toBe('busy');
    expect(result.settledOutboxRows).toBeGreaterThanOrEqual(1);

    const rows = await queueRows();
    expect(rows.find((row) => row.id === covered?.id)?.processed_at).not.toBeNull();
    const pending = await pendingRows();
    expect(pending).toHaveLength(1);
    expect(pending[0]?.id).toBeGreaterThan(covered?.id ?? 0n);

    await drain();
    expect((await indexed())?.name).toBe('Storm Petrel Outbox Club');
  });

  it('removes a deleted service from the index', async () => {
    await prisma.organization.delete({ where: { id: ORGANIZATION_ID } });
    await drain();
    expect(await indexed()).toBeNull();
    expect(await pendingRows()).toEqual([]);
  });
});
