/**
 * Site search: a small full-text engine with no dependencies beyond zod. The content build calls
 * buildSearchIndex() and writes the JSON; the server parses it once with parseSearchIndex() and
 * answers queries with search(). Everything here is a pure function of its arguments.
 */
export { buildSearchIndex, indexStats } from "./build";
export {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  search,
  type SearchOptions,
  type SearchPage,
  type SearchPageOptions,
  searchPage,
  type SearchResult,
} from "./query";
export { DOCUMENT_KINDS, parseSearchIndex, type SearchDocument, type SearchIndex } from "./schema";
export { type HighlightPart, SNIPPET_WORDS } from "./snippet";
