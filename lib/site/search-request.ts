import { DEFAULT_LIMIT, normaliseQuery } from "../search";

/** The most results one request may ask for (the engine allows more; pages never need them). */
export const MAX_LIMIT = 20;
/** Results on one page of /search; more are a "Next" link away. */
export const RESULTS_PER_PAGE = 20;
/** Past this, a results page is a crawler walking the list, not a person. */
export const MAX_PAGE = 50;

function toInt(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

/**
 * Reads ?q=, ?limit=, ?offset= (the API) and ?page= (the results page, from 1) however they arrive
 * (missing, repeated, nonsense) without ever throwing.
 */
export function readSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>): {
  query: string;
  limit: number;
  offset: number;
  page: number;
} {
  const get = (key: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const limit = toInt(get("limit"));
  const page = toInt(get("page"));
  return {
    query: normaliseQuery(get("q") ?? ""),
    limit: limit === null ? DEFAULT_LIMIT : Math.min(MAX_LIMIT, Math.max(1, limit)),
    offset: Math.min(MAX_PAGE * RESULTS_PER_PAGE, toInt(get("offset")) ?? 0),
    page: page === null ? 1 : Math.min(MAX_PAGE, Math.max(1, page)),
  };
}
