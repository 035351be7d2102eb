import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { getServiceForIndex } from '@/lib/directory/get-service-for-index';
import { listTaxonomies } from '@/lib/directory/list-taxonomies';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { runTask } from './tasks';
import { isPublishable, toSearchDocument } from './to-search-document';
import type { SearchDocument } from './to-search-document';

/**
 * Brings individual services' documents up to date after a change (publish, edit, withdraw):
 * publishable ones are upserted, anything else (unpublished, deleted) is removed from the index.
 */
export async function syncServices(
  prisma: DirectoryReader,
  serviceIds: readonly string[],
  options: { client?: Meilisearch; indexName?: string } = {},
): Promise<{ upserted: number; removed: number }> {
  const client = options.client ?? getMeiliClient();
  const index = client.index<SearchDocument>(options.indexName ?? SERVICES_INDEX);
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0) return { upserted: 0, removed: 0 };

  const taxonomies = await listTaxonomies(prisma);
  const districtCodes = (taxonomies.district ?? []).map((t) => t.code.toLowerCase());
  const upserts: SearchDocument[] = [];
  const removals: string[] = [];
  for (const id of ids) {
    const service = await getServiceForIndex(prisma, id);
    if (service && isPublishable(service)) upserts.push(toSearchDocument(service, { districtCodes }));
    else removals.push(id);
  }
  if (upserts.length > 0) await runTask('Updating service documents', index.addDocuments(upserts, { primaryKey: 'id' }));
  if (removals.length > 0) await runTask('Removing service documents', index.deleteDocuments(removals));
  return { upserted: upserts.length, removed: removals.length };
}
