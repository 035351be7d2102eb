import 'server-only';
import { serviceForIndexSelect } from './service-for-index';
import type { DirectoryReader, ServiceForIndex } from './service-for-index';

/** One service (published or not: the caller removes unpublishable ones from the index). */
export async function getServiceForIndex(client: DirectoryReader, id: string): Promise<ServiceForIndex | null> {
  return client.service.findUnique({ where: { id }, select: serviceForIndexSelect });
}
