import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { countPublishableServices } from '@/lib/directory/count-publishable-services';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { meiliErrorCode } from './errors';
import { readIndexMeta } from './index-meta';
import { reindexAll } from './reindex';
import { settingsFingerprint } from './settings';

export interface EnsureSearchIndexOptions {
  client?: Meilisearch;
  indexName?: string;
  log?: (message: string) => void;
}

async function liveDocumentCount(client: Meilisearch, indexName: string): Promise<number | null> {
  try {
    return (await client.index(indexName).getStats()).numberOfDocuments;
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return null;
    throw error;
  }
}

/**
 * Makes the index match the code and the database at start-up: rebuilds it (see reindexAll) when
 * it is missing, was built with other settings or mapping, or holds a different number of
 * documents than there are publishable services. Otherwise leaves it alone.
 */
export async function ensureSearchIndex(
  prisma: DirectoryReader,
  options: EnsureSearchIndexOptions = {},
): Promise<{ reindexed: boolean; documents: number }> {
  const client = options.client ?? getMeiliClient();
  const indexName = options.indexName ?? SERVICES_INDEX;
  const log = options.log ?? (() => undefined);

  const [live, meta, expected] = await Promise.all([
    liveDocumentCount(client, indexName),
    readIndexMeta(client, indexName),
    countPublishableServices(prisma),
  ]);

  let reason: string | null = null;
  if (live === null) reason = `index "${indexName}" does not exist`;
  else if (meta?.fingerprint !== settingsFingerprint()) reason = 'index settings or document mapping changed';
  else if (live !== expected) reason = `index holds ${live} documents, database has ${expected} publishable services`;

  if (reason === null) {
    log(`Search index "${indexName}" is up to date (${live} documents)`);
    return { reindexed: false, documents: live ?? 0 };
  }
  log(`Rebuilding search index "${indexName}": ${reason}`);
  const result = await reindexAll(prisma, {
    client,
    indexName,
    onProgress: ({ documents }) => log(`  ${documents} documents sent`),
  });
  log(`Search index "${indexName}" rebuilt with ${result.documents} documents in ${result.tookMs} ms`);
  return { reindexed: true, documents: result.documents };
}
