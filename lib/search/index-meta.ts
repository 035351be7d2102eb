import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { meiliErrorCode } from './errors';
import { runTask } from './tasks';

// Meilisearch has no per-index metadata, so what an index was built with is recorded in a small
// side index. It survives swaps because it is keyed by the public index name, not the build.

export interface IndexMeta {
  /** The public index name, e.g. `services`. */
  id: string;
  fingerprint: string;
  documents: number;
  builtAt: string;
}

export function metaIndexName(indexName: string): string {
  return `${indexName}_meta`;
}

export async function readIndexMeta(client: Meilisearch, indexName: string): Promise<IndexMeta | null> {
  try {
    return await client.index(metaIndexName(indexName)).getDocument<IndexMeta>(indexName);
  } catch (error) {
    const code = meiliErrorCode(error);
    if (code === 'index_not_found' || code === 'document_not_found') return null;
    throw error;
  }
}

export async function writeIndexMeta(client: Meilisearch, indexName: string, meta: Omit<IndexMeta, 'id'>): Promise<void> {
  await runTask(
    'Recording the search index build',
    client.index<IndexMeta>(metaIndexName(indexName)).addDocuments([{ id: indexName, ...meta }], { primaryKey: 'id' }),
  );
}
