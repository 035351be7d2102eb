import 'server-only';
import { publishableServiceWhere, serviceForIndexSelect } from './service-for-index';
import type { DirectoryReader, ServiceForIndex } from './service-for-index';

export interface ListServicesForIndexOptions {
  /** Services per database round trip (and per yielded batch). */
  batchSize?: number;
}

/**
 * Every publishable service with what the index needs, in id order, a batch at a time (keyset
 * pagination, so memory stays flat at 100,000 services and no row is skipped or repeated).
 */
export async function* listServicesForIndex(
  client: DirectoryReader,
  options: ListServicesForIndexOptions = {},
): AsyncGenerator<ServiceForIndex[], void, undefined> {
  const batchSize = options.batchSize ?? 1000;
  let after: string | undefined;
  for (;;) {
    const batch = await client.service.findMany({
      where: { ...publishableServiceWhere, ...(after ? { id: { gt: after } } : {}) },
      select: serviceForIndexSelect,
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]?.id;
  }
}
