import 'server-only';
import { db } from '@/lib/db';
import type { DirectoryReader } from './service-for-index';

export interface TaxonomyTermView {
  code: string;
  /** English label; pages translate through messages (Taxonomy.<taxonomy>.<code>) when they can. */
  name: string;
  parentCode: string | null;
  sortOrder: number;
}

export type TaxonomyTerms = Record<string, TaxonomyTermView[]>;

// Taxonomies change a few times a year and are read on every search page: a short in-process
// cache saves a query per request while an edit still shows within a minute.
const CACHE_MS = 60_000;
const cache = new WeakMap<object, { expires: number; value: Promise<TaxonomyTerms> }>();

async function loadTaxonomies(client: DirectoryReader): Promise<TaxonomyTerms> {
  const taxonomies = await client.taxonomy.findMany({
    select: {
      code: true,
      terms: {
        select: { code: true, name: true, sortOrder: true, parent: { select: { code: true } } },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      },
    },
    orderBy: { code: 'asc' },
  });
  const out: TaxonomyTerms = {};
  for (const taxonomy of taxonomies) {
    out[taxonomy.code] = taxonomy.terms.map((term) => ({
      code: term.code,
      name: term.name,
      parentCode: term.parent?.code ?? null,
      sortOrder: term.sortOrder,
    }));
  }
  return out;
}

/**
 * Every taxonomy's terms keyed by taxonomy code (`need`, `district`, ...), each list ordered by
 * sortOrder then name. Cached per client for a minute unless `fresh` is set.
 */
export async function listTaxonomies(client: DirectoryReader = db(), options: { fresh?: boolean } = {}): Promise<TaxonomyTerms> {
  const now = Date.now();
  const hit = cache.get(client);
  if (!options.fresh && hit && hit.expires > now) return hit.value;
  const value = loadTaxonomies(client);
  cache.set(client, { expires: now + CACHE_MS, value });
  // A failed load must not be served from the cache for the next minute.
  value.catch(() => {
    if (cache.get(client)?.value === value) cache.delete(client);
  });
  return value;
}
