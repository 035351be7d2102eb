import type { Settings } from 'meilisearch';
import { glossarySynonymGroups } from '@/lib/content/glossary';
import { buildSynonymMap, SYNONYM_GROUPS } from '../synonyms';

/** The guidance index: one document per guide per site language (see to-guide-document.ts). */
export const GUIDES_INDEX = 'guides';

/** Bump when toGuideDocument changes shape, so every install rebuilds the index. */
export const GUIDE_DOCUMENT_VERSION = 1;

// Settings live in code, like the services index. The same everyday words as the directory,
// plus every glossary term with its expansion: searching "EHCNA" finds pages that only say
// "needs assessment", and "speech therapy" finds pages that say "SALT".
export const GUIDES_INDEX_SETTINGS = {
  // Order is rank: a match in the title beats one in a heading, then the summary, then the text.
  searchableAttributes: ['title', 'headings', 'summary', 'text'],
  filterableAttributes: ['locale', 'section'],
  sortableAttributes: [],
  displayedAttributes: ['id', 'locale', 'contentLocale', 'path', 'title', 'summary', 'section', 'text'],
  synonyms: buildSynonymMap([...SYNONYM_GROUPS, ...glossarySynonymGroups()]),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 1000 },
  searchCutoffMs: 1500,
} satisfies Settings;
