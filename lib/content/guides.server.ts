import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cache } from "react";
import { CONTENT_OUT_DIR, GUIDE_INDEX_FILE, type GuideSummary } from "./artifacts";
import type { FactUser } from "../facts/usage.server";
import { inReadingOrder } from "./guide-index";
import type { ProblemId, TopicId } from "./taxonomy";
import type { ArticleBlock } from "./widgets";

/**
 * The app's read side of the content build. Files are read from .content/, which
 * `npm run content:build` writes before `next build` and `npm run dev` keeps fresh.
 */


function readIndex(): GuideSummary[] {
  try {
    // Literal paths (the same as CONTENT_OUT_DIR, GUIDE_INDEX_FILE and guideBodyFile in ./artifacts)
    // so the bundler can scope file tracing to .content/ instead of the whole project.
    return JSON.parse(readFileSync(join(process.cwd(), ".content", "guides.json"), "utf8")) as GuideSummary[];
  } catch (error) {
    throw new Error(
      `Could not read ${CONTENT_OUT_DIR}/${GUIDE_INDEX_FILE}. Run \`npm run content:build\` first (npm run build and npm run dev do it for you).`,
      { cause: error },
    );
  }
}

// In development the index changes while the server runs, so it is re-read on every request;
// in a build it is read once.
const readIndexOnce = cache(readIndex);
let builtIndex: GuideSummary[] | undefined;
export function getAllGuides(): GuideSummary[] {
  if (process.env.NODE_ENV === "development") return readIndexOnce();
  builtIndex ??= readIndex();
  return builtIndex;
}

export function getGuideSummary(slug: string): GuideSummary | undefined {
  return getAllGuides().find((g) => g.slug === slug);
}

export const getGuideBlocks = cache(
  (slug: string): ArticleBlock[] => JSON.parse(readFileSync(join(process.cwd(), ".content", "guides", `${slug}.json`), "utf8")) as ArticleBlock[],
);

/** A topic's guides in reading order (lib/content/guide-index.ts), not alphabetically. */
export function guidesByTopic(topic: TopicId): GuideSummary[] {
  return inReadingOrder(getAllGuides().filter((g) => g.frontmatter.topic === topic));
}

export function guidesForProblem(problem: ProblemId): GuideSummary[] {
  return getAllGuides().filter((g) => g.frontmatter.problems.includes(problem));
}

/** Which guides and tools use each fact, as the content build found them (lib/facts/usage.server.ts). */
export const getFactUsage = cache(
  (): Record<string, FactUser[]> =>
    JSON.parse(readFileSync(join(process.cwd(), ".content", "fact-usage.json"), "utf8")) as Record<string, FactUser[]>,
);
