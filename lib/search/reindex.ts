import 'server-only';
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { listServicesForIndex } from '@/lib/directory/list-services-for-index';
import { listTaxonomies } from '@/lib/directory/list-taxonomies';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { meiliErrorCode } from './errors';
import { writeIndexMeta } from './index-meta';
import { SEARCH_INDEX_SETTINGS, settingsFingerprint } from './settings';
import { runTask } from './tasks';
import { isPublishable, toSearchDocument } from './to-search-document';

export interface ReindexProgress {
  documents: number;
}

export interface ReindexOptions {
  client?: Meilisearch;
  indexName?: string;
  /** Services read from PostgreSQL and sent to Meilisearch per batch. */
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
}

export interface ReindexResult {
  documents: number;
  tookMs: number;
}

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
 */
export async function reindexAll(prisma: DirectoryReader, options: ReindexOptions = {}): Promise<ReindexResult> {
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

    const taxonomies = await listTaxonomies(prisma, { fresh: true });
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
        options.onProgress?.({ documents });
      }
    }
    for (const task of pending) await runTask('Adding documents', task);
    options.onProgress?.({ documents });

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
