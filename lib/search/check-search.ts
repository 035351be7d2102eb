import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { getMeiliClient, SERVICES_INDEX } from './client';

/**
 * True when Meilisearch answers quickly, accepts our key and has the public index. Never throws:
 * health checks report, they do not fail.
 */
export async function checkSearch(options: { client?: Meilisearch; indexName?: string; timeoutMs?: number } = {}): Promise<boolean> {
  try {
    const client = options.client ?? getMeiliClient();
    await client.httpRequest.get({
      path: `indexes/${encodeURIComponent(options.indexName ?? SERVICES_INDEX)}`,
      extraRequestInit: { signal: AbortSignal.timeout(options.timeoutMs ?? 1000) },
    });
    return true;
  } catch {
    return false;
  }
}
