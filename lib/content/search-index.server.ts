import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSearchIndex, type SearchIndex } from "../search";

let index: SearchIndex | undefined;

/** The index `npm run content:build` writes; read and validated once per server process. */
export function getSearchIndex(): SearchIndex {
  if (index && process.env.NODE_ENV !== "development") return index;
  index = parseSearchIndex(JSON.parse(readFileSync(join(process.cwd(), ".content", "search-index.json"), "utf8")));
  return index;
}
