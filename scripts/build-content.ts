/**
 * Validates and compiles content/guides/*.mdx into .content/ for the app to read.
 *
 *   tsx scripts/build-content.ts            build (drafts left out), fail on any problem
 *   tsx scripts/build-content.ts --check    the same checks, nothing written (npm run content:check)
 *   tsx scripts/build-content.ts --drafts --watch   for npm run dev: drafts in, rebuild on every save
 *
 * Compiling here, before `next build`, keeps esbuild out of Next's module graph altogether
 * (shared/reference/stack-notes.md, "Turbopack").
 */
import { watch } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CONTENT_OUT_DIR, FACT_USAGE_FILE, GUIDE_INDEX_FILE, SEARCH_INDEX_FILE, guideBodyFile, type GuideSummary } from "../lib/content/artifacts";
import { buildGuides, GUIDES_DIR } from "../lib/content/build.server";
import { checkFactDates } from "../lib/content/fact-checks";
import { CASE_PLAN, TOOLS } from "../lib/site/tools";

const args = new Set(process.argv.slice(2));
const checkOnly = args.has("--check");
const watchMode = args.has("--watch");
const includeDrafts = args.has("--drafts");
const root = process.cwd();

/**
 * "Today" for the not-in-the-future rule is the date in the earliest time zone (UTC+14), so an
 * editor anywhere in the world can date a guide with their own local today.
 */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

async function run(): Promise<boolean> {
  const started = performance.now();
  const today = process.env.CONTENT_TODAY ?? latestToday();
  const built = await buildGuides({ root, today, includeDrafts });
  // The registry is checked here, once, rather than per guide: a fact is stale whether or not a guide uses it.
  const { problems: factProblems, warnings } = checkFactDates(today);
  const guides = built.guides;
  const problems = [...built.problems, ...factProblems];
  if (warnings.length > 0) console.warn(`${warnings.join("\n")}\n(${warnings.length} warning${warnings.length === 1 ? "" : "s"}: these do not stop the build)\n`);
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.split(":")[0]));
    console.error(problems.join("\n"));
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files.size} file${files.size === 1 ? "" : "s"}. ` +
        "Fix them and run `npm run content:check` again; docs/writing-guides.md explains every field.",
    );
    return false;
  }
  if (!checkOnly) {
    const out = join(root, CONTENT_OUT_DIR);
    await rm(out, { recursive: true, force: true });
    await mkdir(join(out, "guides"), { recursive: true });
    // Loaded only when writing: content:check needs none of the search code.
    const [{ buildSearchIndex, indexStats }, documents, { LETTER_TEMPLATES }, { CHECKLISTS }, { FACTS }, { factUsage, scanCodeForFacts }] = await Promise.all([
      import("../lib/search"),
      import("../lib/content/search-documents"),
      import("../lib/letters"),
      import("../lib/checklists"),
      import("../lib/facts"),
      import("../lib/facts/usage.server"),
    ]);
    const index: GuideSummary[] = guides.map(({ blocks: _blocks, ...summary }) => summary);
    const searchIndex = buildSearchIndex([
      ...index.map(documents.guideSearchDocument),
      ...[CASE_PLAN, ...TOOLS].map(documents.toolSearchDocument),
      ...LETTER_TEMPLATES.map(documents.letterSearchDocument),
      ...CHECKLISTS.map(documents.checklistSearchDocument),
    ]);
    await Promise.all([
      writeFile(join(out, GUIDE_INDEX_FILE), JSON.stringify(index)),
      writeFile(join(out, SEARCH_INDEX_FILE), JSON.stringify(searchIndex)),
      writeFile(
        join(out, FACT_USAGE_FILE),
        JSON.stringify(factUsage(index.map((g) => ({ slug: g.slug, title: g.frontmatter.title, facts: g.facts })), scanCodeForFacts(root, new Set(FACTS.map((f) => f.id))))),
      ),
      ...guides.map((g) => writeFile(join(out, guideBodyFile(g.slug)), JSON.stringify(g.blocks))),
    ]);
    const stats = indexStats(searchIndex);
    console.log(`Search index: ${stats.documents} documents, ${stats.terms} terms, ${(stats.bytes / 1024).toFixed(1)} kB.`);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`${checkOnly ? "Checked" : "Built"} ${guides.length} guide${guides.length === 1 ? "" : "s"} in ${ms} ms${includeDrafts ? " (drafts included)" : ""}.`);
  return true;
}

const ok = await run();
if (watchMode) {
  let timer: NodeJS.Timeout | undefined;
  watch(join(root, GUIDES_DIR), () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 100);
  });
  console.log(`Watching ${GUIDES_DIR} for changes.`);
} else if (!ok) {
  process.exit(1);
}
