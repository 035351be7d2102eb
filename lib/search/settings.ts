import { createHash } from 'node:crypto';
import type { Settings } from 'meilisearch';
import { buildSynonymMap } from './synonyms';
import { SEARCH_DOCUMENT_VERSION } from './to-search-document';

// Index settings live in code so every install (and every rebuild) gets the same behaviour.
// They are applied to an empty index before documents arrive: changing filterable or searchable
// attributes afterwards makes Meilisearch re-process every document.

/** Which document attribute backs each facet (URL parameter name → index field). */
export const FACET_ATTRIBUTES = {
  need: 'needs',
  phase: 'agePhases',
  district: 'districts',
  type: 'types',
  delivery: 'delivery',
  cost: 'cost',
  referral: 'referral',
  access: 'access',
  language: 'languages',
} as const;

export const SEARCH_INDEX_SETTINGS = {
  // Order is rank: a match in the name beats one in the needs, then the summary, and so on.
  searchableAttributes: [
    'name',
    'alternateName',
    'needLabels',
    'needs',
    'summary',
    'description',
    'organisation',
    'typeLabels',
    'languageNames',
  ],
  filterableAttributes: [
    'needs',
    'ages',
    'agePhases',
    'districts',
    'cityWide',
    'types',
    'delivery',
    'cost',
    'referral',
    'access',
    'languages',
    'isSample',
    '_geo',
  ],
  sortableAttributes: ['nameSort', 'lastReviewedTs', '_geo'],
  // `sort` straight after `words`: when a parent picks "A to Z" or "nearest" with a keyword, the
  // order they asked for wins over finer relevance signals, but listings matching fewer words
  // still come later.
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
  synonyms: buildSynonymMap(),
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // Codes are exact: "SLD" and "MLD" are different needs.
    disableOnAttributes: ['needs'],
  },
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
  // Exact totals for large benchmark datasets as well as the real directory.
  pagination: { maxTotalHits: 200_000 },
  // Bound the worst case: a very broad query returns the best results found within this time.
  searchCutoffMs: 1500,
} satisfies Settings;

/** JSON with object keys sorted at every level, so equal values always serialise (and hash) the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A hash of the settings and the document mapping version. Stored beside the index, it tells
 * `ensureSearchIndex` when the index was built by different code and must be rebuilt.
 */
export function settingsFingerprint(settings: Settings = SEARCH_INDEX_SETTINGS): string {
  return createHash('sha256')
    .update(canonicalJson({ settings, documentVersion: SEARCH_DOCUMENT_VERSION }))
    .digest('hex')
    .slice(0, 32);
}
