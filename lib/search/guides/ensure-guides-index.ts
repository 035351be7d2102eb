import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { CONTENT_ROOT } from '@/lib/content/load';
import { meiliErrorCode } from '../errors';
import { readIndexMeta, writeIndexMeta } from '../index-meta';
import { runTask } from '../tasks';
import { guidesFingerprint } from './fingerprint';
import { listGuideDocuments } from './list-guide-documents';
import { GUIDES_INDEX, GUIDES_INDEX_SETTINGS } from './settings';

export interface EnsureGuidesIndexOptions {
  log?: (message: string) => void;
  /** Defaults to content/ in the working directory (the project root). */
  contentRoot?: string;
  /** Defaults to `guides`. */
  indexName?: string;
  /** Rebuild even when the content has not changed. */
  force?: boolean;
}

export interface EnsureGuidesIndexResult {
  reindexed: boolean;
  documents: number;
}

async function liveDocumentCount(client: Meilisearch, indexName: string): Promise<number | null> {
  try {
    return (await client.index(indexName).getStats()).numberOfDocuments;
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return null;
    throw error;
  }
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return false;
    throw error;
  }
}

/**
 * Makes the guidance index match the content folder. It hashes every guide file (see
 * fingerprint.ts) and compares the hash recorded with the last build: when they match and the
 * index holds that build's documents, nothing is sent. Otherwise it rebuilds into a temporary
 * index and swaps it in, so search never sees a half-built index. Run at start-up by the
 * launcher; safe to run again at any time.
 */
export async function ensureGuidesIndex(
  client: Meilisearch,
  options: EnsureGuidesIndexOptions = {},
): Promise<EnsureGuidesIndexResult> {
  const log = options.log ?? (() => undefined);
  const indexName = options.indexName ?? GUIDES_INDEX;
  const contentRoot = options.contentRoot ?? CONTENT_ROOT;

  const [fingerprint, meta, live] = await Promise.all([
    guidesFingerprint(contentRoot),
    readIndexMeta(client, indexName),
    liveDocumentCount(client, indexName),
  ]);
  if (!options.force && live !== null && meta?.fingerprint === fingerprint && meta.documents === live) {
    log(`Guidance index "${indexName}" is up to date (${live} documents)`);
    return { reindexed: false, documents: live };
  }

  log(`Rebuilding guidance index "${indexName}": ${live === null ? 'it does not exist' : 'the guidance has changed'}`);
  const started = performance.now();
  const documents = await listGuideDocuments(contentRoot);
  const tmpName = `${indexName}_tmp_${Date.now()}`;
  await runTask(`Creating index ${tmpName}`, client.createIndex(tmpName, { primaryKey: 'id' }));
  try {
    const tmp = client.index(tmpName);
    // Settings first, on the empty index, so documents are indexed once.
    await runTask('Applying guidance index settings', tmp.updateSettings(GUIDES_INDEX_SETTINGS));
    await runTask('Adding guidance documents', tmp.addDocuments(documents, { primaryKey: 'id' }));
    if (await indexExists(client, indexName)) {
      await runTask('Swapping in the rebuilt guidance index', client.swapIndexes([{ indexes: [indexName, tmpName], rename: false }]));
      await runTask('Deleting the previous guidance index', client.deleteIndex(tmpName));
    } else {
      await runTask('Renaming the rebuilt guidance index', client.swapIndexes([{ indexes: [tmpName, indexName], rename: true }]));
    }
  } catch (error) {
    await client
      .deleteIndex(tmpName)
      .waitTask()
      .catch(() => undefined);
    throw error;
  }
  await writeIndexMeta(client, indexName, { fingerprint, documents: documents.length, builtAt: new Date().toISOString() });
  log(`Guidance index "${indexName}" rebuilt with ${documents.length} documents in ${Math.round(performance.now() - started)} ms`);
  return { reindexed: true, documents: documents.length };
}
