import { DEFAULT_LIMIT, normaliseQuery } from "../search";

/** The most results one request may ask for (the engine allows more; pages never need them). */
export const MAX_LIMIT = 20;

/** Reads ?q= and ?limit= however they arrive (missing, repeated, nonsense) without ever throwing. */
export function readSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>): { query: string; limit: number } {
  const get = (key: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const limit = Number.parseInt(get("limit") ?? "", 10);
  return {
    query: normaliseQuery(get("q") ?? ""),
    limit: Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, limit)) : DEFAULT_LIMIT,
  };
}
