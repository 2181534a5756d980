export * from './browse.js';
export { buildSearchIndex } from './build-index.js';
export { searchIndex, type MatchKind, type SearchHit, type SearchOptions } from './query.js';
export type { IndexedEntry, IndexedText, SearchIndex, TextRole } from './search-index.js';
