import type { BuiltGuide } from "./build.server";

/**
 * Where the content build writes its output and what shape it has. The app reads these files; they
 * are generated on every build and never committed.
 */
export const CONTENT_OUT_DIR = ".content";
export const GUIDE_INDEX_FILE = "guides.json";
export const SEARCH_INDEX_FILE = "search-index.json";
export const guideCodeFile = (slug: string) => `guides/${slug}.js`;

/** Everything about a guide except its compiled code, which only its own page needs. */
export type GuideSummary = Omit<BuiltGuide, "code">;
