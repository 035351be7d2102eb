import 'server-only';
import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { listServicesForIndex } from '@/lib/directory/list-services-for-index';
import { listTaxonomies } from '@/lib/directory/list-taxonomies';
import { getSearchOutboxStatus } from '@/lib/directory/search-outbox';
import type { OutboxStatus } from '@/lib/directory/search-outbox';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { meiliErrorCode } from './errors';
import { readIndexMeta } from './index-meta';
import { canonicalJson, settingsFingerprint } from './settings';
import { isPublishable, toSearchDocument } from './to-search-document';

export interface CheckIndexOptions {
  client?: Meilisearch;
  indexName?: string;
  /** Documents read from Meilisearch per request. */
  pageSize?: number;
}

export interface CheckIndexReport {
  /** True when the index holds exactly the publishable services, each up to date, built with the current settings. */
  ok: boolean;
  indexName: string;
  indexExists: boolean;
  /** Publishable services in PostgreSQL. */
  databaseDocuments: number;
  indexDocuments: number;
  /** Publishable services with no document in the index. */
  missing: string[];
  /** Documents for services that are not (or no longer) publishable. */
  extra: string[];
  /** Documents that differ from what toSearchDocument() makes of the service now. */
  stale: string[];
  settings: { ok: boolean; expected: string; actual: string | null };
  /** Changes still queued for the index: they explain stale or missing documents for a moment. */
  outbox: OutboxStatus;
}

/** A stable hash of a document as Meilisearch stores it (JSON: undefined fields dropped). */
export function documentHash(document: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(JSON.parse(JSON.stringify(document))))
    .digest('hex')
    .slice(0, 32);
}

async function* indexDocuments(client: Meilisearch, indexName: string, pageSize: number) {
  const index = client.index<Record<string, unknown> & { id: string }>(indexName);
  for (let offset = 0; ; offset += pageSize) {
    const page = await index.getDocuments({ limit: pageSize, offset });
    yield* page.results;
    if (page.results.length < pageSize) return;
  }
}

/**
 * Compares the index with the database: every publishable service must have exactly the
 * document toSearchDocument() makes of it now, and nothing else may be in the index.
 * Reads everything once (a stream from each side, hashes kept in memory: ~100 bytes a service).
 */
export async function checkIndex(
  prisma: DirectoryReader & Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>,
  options: CheckIndexOptions = {},
): Promise<CheckIndexReport> {
  const client = options.client ?? getMeiliClient();
  const indexName = options.indexName ?? SERVICES_INDEX;
  const pageSize = options.pageSize ?? 1000;

  const taxonomies = await listTaxonomies(prisma, { fresh: true });
  const districtCodes = (taxonomies.district ?? []).map((t) => t.code.toLowerCase());
  const expected = new Map<string, string>();
  for await (const batch of listServicesForIndex(prisma)) {
    for (const service of batch) {
      if (isPublishable(service)) expected.set(service.id, documentHash(toSearchDocument(service, { districtCodes })));
    }
  }

  const missing = new Set(expected.keys());
  const extra: string[] = [];
  const stale: string[] = [];
  let indexed = 0;
  let indexExists = true;
  try {
    for await (const doc of indexDocuments(client, indexName, pageSize)) {
      indexed += 1;
      const hash = expected.get(doc.id);
      if (hash === undefined) extra.push(doc.id);
      else {
        missing.delete(doc.id);
        if (hash !== documentHash(doc)) stale.push(doc.id);
      }
    }
  } catch (error) {
    if (meiliErrorCode(error) !== 'index_not_found') throw error;
    indexExists = false;
  }

  const [meta, outbox] = await Promise.all([readIndexMeta(client, indexName), getSearchOutboxStatus(prisma)]);
  const settings = { expected: settingsFingerprint(), actual: meta?.fingerprint ?? null, ok: meta?.fingerprint === settingsFingerprint() };
  const report: CheckIndexReport = {
    ok: indexExists && settings.ok && missing.size === 0 && extra.length === 0 && stale.length === 0,
    indexName,
    indexExists,
    databaseDocuments: expected.size,
    indexDocuments: indexed,
    missing: [...missing].sort(),
    extra: extra.sort(),
    stale: stale.sort(),
    settings,
    outbox,
  };
  return report;
}
