import type { BuiltGuide } from "./build.server";

/**
 * Where the content build writes its output and what shape it has. The app reads these files; they
 * are generated on every build and never committed.
 */
export const CONTENT_OUT_DIR = ".content";
export const GUIDE_INDEX_FILE = "guides.json";
export const SEARCH_INDEX_FILE = "search-index.json";
/** Which guides and tools use each fact (lib/facts/usage.server.ts), for /changes and the feed. */
export const FACT_USAGE_FILE = "fact-usage.json";
export const guideBodyFile = (slug: string) => `guides/${slug}.json`;

/** Everything about a guide except its body, which only its own page needs. */
export type GuideSummary = Omit<BuiltGuide, "blocks">;
