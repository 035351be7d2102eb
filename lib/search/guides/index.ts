// The guidance search index: documents from the MDX guides, kept in step with the content by
// ensureGuidesIndex (run by the launcher at start-up).
export { ensureGuidesIndex } from './ensure-guides-index';
export type { EnsureGuidesIndexOptions, EnsureGuidesIndexResult } from './ensure-guides-index';
export { guidesFingerprint } from './fingerprint';
export { listGuideDocuments } from './list-guide-documents';
export { GUIDE_DOCUMENT_VERSION, GUIDES_INDEX, GUIDES_INDEX_SETTINGS } from './settings';
export { toGuideDocument } from './to-guide-document';
export type { GuideDocument } from './to-guide-document';
