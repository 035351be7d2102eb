import 'server-only';
import { serviceForIndexSelect } from './service-for-index';
import type { DirectoryReader, ServiceForIndex } from './service-for-index';

/**
 * Several services by id in one query (published or not: callers decide what is publishable).
 * Ids with no service are simply absent from the result; order is not guaranteed.
 */
export async function getServicesForIndex(client: DirectoryReader, ids: readonly string[]): Promise<ServiceForIndex[]> {
  if (ids.length === 0) return [];
  return client.service.findMany({ where: { id: { in: [...new Set(ids)] } }, select: serviceForIndexSelect });
}
