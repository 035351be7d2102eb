// The search layer's public surface. Server-only: every module below imports 'server-only'
// or is pure (no secrets), and nothing here is meant for client components.
export { checkSearch } from './check-search';
export { createMeiliClient, getMeiliClient, SearchClient, SERVICES_INDEX } from './client';
export { ensureSearchIndex } from './ensure-search-index';
export type { EnsureSearchIndexOptions } from './ensure-search-index';
export { SearchTaskError, SearchUnavailableError } from './errors';
export type { SearchUnavailableReason } from './errors';
export { escapeHtml, highlightToHtml } from './highlight';
export { reindexAll } from './reindex';
export type { ReindexOptions, ReindexProgress, ReindexResult } from './reindex';
export { searchServices } from './search-services';
export type { SearchServicesOptions } from './search-services';
export { FACET_ATTRIBUTES, SEARCH_INDEX_SETTINGS, settingsFingerprint } from './settings';
export { syncServices } from './sync-services';
export { isPublishable, SEARCH_DOCUMENT_VERSION, toSearchDocument } from './to-search-document';
export type { IndexableService, SearchDocument, SearchDocumentContext } from './to-search-document';
export type { FacetCounts, FacetName, SearchHit, SearchNotice, SearchResult } from './types';
