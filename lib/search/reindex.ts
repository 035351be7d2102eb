import 'server-only';
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { countPublishableServices } from '@/lib/directory/count-publishable-services';
import { listServicesForIndex } from '@/lib/directory/list-services-for-index';
import { listTaxonomies } from '@/lib/directory/list-taxonomies';
import { lockSearchOutbox, pendingSearchOutboxRanges, settleSearchOutbox } from '@/lib/directory/search-outbox';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { meiliErrorCode } from './errors';
import { writeIndexMeta } from './index-meta';
import { SEARCH_INDEX_SETTINGS, settingsFingerprint } from './settings';
import { runTask } from './tasks';
import { isPublishable, toSearchDocument } from './to-search-document';

export interface ReindexProgress {
  documents: number;
  /** Publishable services counted when the rebuild started (a progress bar's 100 %). */
  total: number;
}

export interface ReindexOptions {
  client?: Meilisearch;
  indexName?: string;
  /** Services read from PostgreSQL and sent to Meilisearch per batch. */
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
  /**
   * Coordinate with the search outbox (see lib/search/outbox-worker.ts): hold the queue lock so no
   * worker writes into the index being replaced, and mark the changes the rebuild covers as
   * processed. Defaults to true when rebuilding the live `services` index with a Prisma client;
   * pass false when rebuilding into another Meilisearch (a test or a copy).
   */
  settleOutbox?: boolean;
}

export interface ReindexResult {
  documents: number;
  tookMs: number;
  /** Search outbox rows marked processed because the rebuild covered them. */
  settledOutboxRows: number;
}

/** A Prisma client (not a transaction): what coordinating with the outbox needs. */
type ReindexDatabase = DirectoryReader | Pick<PrismaClient, 'service' | 'taxonomy' | '$transaction'>;

function canCoordinate(prisma: ReindexDatabase): prisma is Pick<PrismaClient, 'service' | 'taxonomy' | '$transaction'> {
  return typeof (prisma as { $transaction?: unknown }).$transaction === 'function';
}

// The rebuild holds one transaction open (for the outbox lock) while it reads and indexes: allow
// for 100,000 services on a slow machine.
const REINDEX_TRANSACTION_MS = 6 * 60 * 60_000;

// Document batches in flight at once: enough for Meilisearch to merge consecutive additions into
// one indexing batch while PostgreSQL reads the next, few enough to bound memory.
const MAX_PENDING_TASKS = 4;
// A temporary index older than this is debris from a crashed rebuild, not one still running.
const STALE_TMP_INDEX_MS = 60 * 60 * 1000;

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return false;
    throw error;
  }
}

async function deleteStaleTmpIndexes(client: Meilisearch, indexName: string, now: number): Promise<void> {
  const prefix = `${indexName}_tmp_`;
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results) {
    if (!uid.startsWith(prefix)) continue;
    const startedAt = Number(uid.slice(prefix.length));
    if (Number.isFinite(startedAt) && now - startedAt > STALE_TMP_INDEX_MS) {
      await runTask(`Deleting stale index ${uid}`, client.deleteIndex(uid));
    }
  }
}

/**
 * Rebuilds the index from PostgreSQL without an empty moment: documents go into a temporary
 * index with the same settings, which is then swapped with the live one in a single atomic step.
 * With `settleOutbox` (the default for the live index), queued changes that the rebuild has read
 * are marked processed, and those made while it runs stay queued for the outbox worker.
 */
export async function reindexAll(prisma: ReindexDatabase, options: ReindexOptions = {}): Promise<ReindexResult> {
  const indexName = options.indexName ?? SERVICES_INDEX;
  const settle = options.settleOutbox ?? (indexName === SERVICES_INDEX && canCoordinate(prisma));
  if (!settle) return { ...(await buildAndSwap(prisma, options)), settledOutboxRows: 0 };
  if (!canCoordinate(prisma)) throw new Error('reindexAll: settleOutbox needs a Prisma client, not a transaction');
  return prisma.$transaction(
    async (tx) => {
      // Waits for a worker batch in progress; workers skip their rounds until this commits.
      await lockSearchOutbox(tx);
      // Captured before any service is read: every change these rows stand for is in what we read.
      const pending = await pendingSearchOutboxRanges(tx);
      const result = await buildAndSwap(prisma, options);
      const settledOutboxRows = await settleSearchOutbox(tx, pending);
      return { ...result, settledOutboxRows };
    },
    { maxWait: 60_000, timeout: REINDEX_TRANSACTION_MS },
  );
}

async function buildAndSwap(prisma: DirectoryReader, options: ReindexOptions): Promise<Omit<ReindexResult, 'settledOutboxRows'>> {
  const started = performance.now();
  const client = options.client ?? getMeiliClient();
  const indexName = options.indexName ?? SERVICES_INDEX;
  const now = Date.now();
  const tmpName = `${indexName}_tmp_${now}`;

  await deleteStaleTmpIndexes(client, indexName, now);
  await runTask(`Creating index ${tmpName}`, client.createIndex(tmpName, { primaryKey: 'id' }));
  try {
    const tmp = client.index(tmpName);
    // Settings first, on the empty index: applying them after the documents would index twice.
    await runTask('Applying search index settings', tmp.updateSettings(SEARCH_INDEX_SETTINGS));

    const [taxonomies, total] = await Promise.all([listTaxonomies(prisma, { fresh: true }), countPublishableServices(prisma)]);
    const districtCodes = (taxonomies.district ?? []).map((t) => t.code.toLowerCase());

    let documents = 0;
    const pending: EnqueuedTaskPromise[] = [];
    for await (const batch of listServicesForIndex(prisma, { batchSize: options.batchSize ?? 1000 })) {
      const docs = batch.filter(isPublishable).map((service) => toSearchDocument(service, { districtCodes }));
      if (docs.length === 0) continue;
      const task = tmp.addDocuments(docs, { primaryKey: 'id' });
      // Awaited later; marked handled now so an early failure elsewhere cannot crash the process.
      task.catch(() => undefined);
      pending.push(task);
      documents += docs.length;
      if (pending.length >= MAX_PENDING_TASKS) {
        await runTask('Adding documents', pending.shift() as EnqueuedTaskPromise);
        options.onProgress?.({ documents, total });
      }
    }
    for (const task of pending) await runTask('Adding documents', task);
    options.onProgress?.({ documents, total });

    const stats = await tmp.getStats();
    if (stats.numberOfDocuments !== documents) {
      throw new Error(`Index ${tmpName} holds ${stats.numberOfDocuments} documents, expected ${documents}`);
    }

    if (await indexExists(client, indexName)) {
      await runTask('Swapping in the rebuilt index', client.swapIndexes([{ indexes: [indexName, tmpName], rename: false }]));
      // After the swap the temporary name holds the previous build.
      await runTask('Deleting the previous index', client.deleteIndex(tmpName));
    } else {
      await runTask('Renaming the rebuilt index', client.swapIndexes([{ indexes: [tmpName, indexName], rename: true }]));
    }

    await writeIndexMeta(client, indexName, {
      fingerprint: settingsFingerprint(),
      documents,
      builtAt: new Date().toISOString(),
    });
    return { documents, tookMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Leave no half-built index behind; the live one is untouched.
    await client
      .deleteIndex(tmpName)
      .waitTask()
      .catch(() => undefined);
    throw error;
  }
}
