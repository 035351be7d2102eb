import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { getServicesForIndex } from '@/lib/directory/get-services-for-index';
import { listTaxonomies } from '@/lib/directory/list-taxonomies';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { runTask } from './tasks';
import { isPublishable, toSearchDocument } from './to-search-document';
import type { SearchDocument } from './to-search-document';

/**
 * Brings individual services' documents up to date after a change (publish, edit, withdraw):
 * publishable ones are upserted, anything else (unpublished, deleted) is removed from the index.
 * Resolves only once Meilisearch has applied both changes; a failed task throws SearchTaskError.
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

  // Fresh taxonomies: a renamed term or a new district is often the very change being synced.
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const taxonomies = await listTaxonomies(prisma, { fresh: true });
  const services = await getServicesForIndex(prisma, ids);
  const districtCodes = (taxonomies.district ?? []).map((t) => t.code.toLowerCase());
  const publishable = new Map(services.filter(isPublishable).map((service) => [service.id, service]));
  const upserts: SearchDocument[] = [];
  const removals: string[] = [];
  for (const id of ids) {
    const service = publishable.get(id);
    if (service) upserts.push(toSearchDocument(service, { districtCodes }));
    else removals.push(id);
  }
  if (upserts.length > 0) await runTask('Updating service documents', index.addDocuments(upserts, { primaryKey: 'id' }));
  if (removals.length > 0) await runTask('Removing service documents', index.deleteDocuments(removals));
  return { upserted: upserts.length, removed: removals.length };
}
