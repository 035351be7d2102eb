import 'server-only';
import { publishableServiceWhere } from './service-for-index';
import type { DirectoryReader } from './service-for-index';

export async function countPublishableServices(client: DirectoryReader): Promise<number> {
  return client.service.count({ where: publishableServiceWhere });
}
