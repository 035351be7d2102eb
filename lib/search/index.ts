// The search layer's public surface. Server-only: every module below imports 'server-only'
// or is pure (no secrets), and nothing here is meant for client components.
export { checkIndex, documentHash } from './check-index';
export type { CheckIndexOptions, CheckIndexReport } from './check-index';
export { checkSearch } from './check-search';
export { CircuitBreaker, CircuitOpenError } from './circuit-breaker';
export type { CircuitBreakerOptions, CircuitState } from './circuit-breaker';
export { createMeiliClient, getMeiliClient, SearchClient, SERVICES_INDEX } from './client';
export { ensureSearchIndex } from './ensure-search-index';
export type { EnsureSearchIndexOptions } from './ensure-search-index';
export { SearchTaskError, SearchUnavailableError } from './errors';
export type { SearchUnavailableReason } from './errors';
export { escapeHtml, highlightToHtml } from './highlight';
export { processOutboxOnce, runOutboxWorker, startOutboxWorker } from './outbox-worker';
export type {
  OutboxDatabase,
  OutboxWorkerHandle,
  OutboxWorkerOptions,
  ProcessOutboxOptions,
  ProcessOutboxResult,
} from './outbox-worker';
export { reindexAll } from './reindex';
export type { ReindexOptions, ReindexProgress, ReindexResult } from './reindex';
export { breakerFor, searchServices } from './search-services';
export type { SearchServicesDatabase, SearchServicesOptions } from './search-services';
export { FACET_ATTRIBUTES, SEARCH_INDEX_SETTINGS, settingsFingerprint } from './settings';
export { relaxationCandidates, suggestRelaxations } from './suggest-relaxations';
export type { SuggestRelaxationsOptions } from './suggest-relaxations';
export { syncServices } from './sync-services';
export { isPublishable, SEARCH_DOCUMENT_VERSION, toSearchDocument } from './to-search-document';
export type { IndexableService, SearchDocument, SearchDocumentContext } from './to-search-document';
export type {
  FacetCounts,
  FacetName,
  RelaxableParam,
  SearchHit,
  SearchNotice,
  SearchRelaxation,
  SearchResult,
} from './types';
