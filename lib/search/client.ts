import 'server-only';
import { Meilisearch } from 'meilisearch';
import { serverEnv } from '@/lib/env';
import { createNodeHttpClient } from './http-client';

/** The public directory index. Rebuilds happen in `services_tmp_<timestamp>` and are swapped in. */
export const SERVICES_INDEX = 'services';

/** A Meilisearch client whose keep-alive sockets can be closed (scripts and tests must exit). */
export class SearchClient extends Meilisearch {
  readonly #close: () => void;

  constructor(host: string, apiKey: string) {
    const httpClient = createNodeHttpClient();
    super({
      host,
      apiKey,
      httpClient,
      // Indexing tens of thousands of documents takes longer than the client's 5 s default.
      defaultWaitOptions: { timeout: 120_000, interval: 25 },
    });
    this.#close = httpClient.close;
  }

  close(): void {
    this.#close();
  }
}

/** A client for an explicit host and key (scripts, tests, benchmarks). */
export function createMeiliClient(host: string, apiKey: string): SearchClient {
  return new SearchClient(host, apiKey);
}

const globalForSearch = globalThis as typeof globalThis & { localOfferSearchClient?: SearchClient };

/**
 * The app's Meilisearch client, configured from the validated server environment. One instance
 * per process (kept on globalThis so dev hot reloads reuse its sockets). The master key stays here:
 * nothing in lib/search returns the client's config to callers that render to the browser.
 */
export function getMeiliClient(): SearchClient {
  if (!globalForSearch.localOfferSearchClient) {
    const env = serverEnv();
    globalForSearch.localOfferSearchClient = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  }
  return globalForSearch.localOfferSearchClient;
}
