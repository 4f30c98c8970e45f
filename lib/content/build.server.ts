import { readFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import matter from "gray-matter";
import { checkGuides, type CheckedGuide } from "./checks";
import { checkFactUses, expandFrontmatterFacts, factProblem, findHandTypedFigures, proseRuns } from "./fact-checks";
import { numberedFact } from "../../components/mdx/fact";
import { hasFact } from "../facts";
import { mdxComponents } from "../../components/mdx/mdx-components";
import { checkPicture, isPictureName, PICTURE_NAMES, pictureComponents } from "../../components/pictures";
import { compileMdx } from "./compile.server";
import { REDIRECTS } from "./link-rules";
import type { ComponentUse, Heading, Section } from "./mdx-plugins";
import { renderArticle } from "./render-article.server";
import { parseFrontmatter, type GuideFrontmatter } from "./schema";
import type { ArticleBlock } from "./widgets";
import { TOPIC_IDS } from "./taxonomy";
import { expandPatterns, listPagePatterns, listPublicFiles } from "../site/routes.server";
import { dynamicRouteParams } from "../site/dynamic-routes";

export const GUIDES_DIR = "content/guides";
const WORDS_PER_MINUTE = 200;

export type BuiltGuide = {
  slug: string;
  file: string;
  frontmatter: GuideFrontmatter;
  headings: Heading[];
  sections: Section[];
  wordCount: number;
  readingMinutes: number;
  /** Fact ids the guide uses (body first, with its pictures' figures where they stand, then frontmatter), in the order its figure notes list them. */
  facts: string[];
  /** The article as static HTML with widgets between the pieces (see render-article.server.ts). */
  blocks: ArticleBlock[];
};

export type BuildOptions = {
  /** Repository root: content/, app/ and public/ are read from here. */
  root: string;
  /** ISO date; frontmatter dates after it are refused. */
  today: string;
  /** Drafts are built for `npm run dev` only. */
  includeDrafts: boolean;
};

export type BuildResult = { guides: BuiltGuide[]; problems: string[] };

/**
 * Reads, validates and compiles every guide, then checks them against each other and the site's
 * routes. It never stops at the first problem: editors get every problem in every file in one run.
 */
export async function buildGuides({ root, today, includeDrafts }: BuildOptions): Promise<BuildResult> {
  const dir = join(root, GUIDES_DIR);
  const names = (await readdir(dir)).filter((n) => n.endsWith(".mdx") || n.endsWith(".md")).sort();
  const problems: string[] = [];
  const compiled: BuiltGuide[] = [];
  const checked: CheckedGuide[] = [];

  await Promise.all(
    names.map(async (name) => {
      const file = `${GUIDES_DIR}/${name}`;
      if (name.endsWith(".md")) {
        problems.push(`${file}: file name: guides must end in .mdx; rename it to ${name}x`);
        return;
      }
      const source = await readFile(join(dir, name), "utf8");
      let data: unknown;
      try {
        data = matter(source).data;
      } catch (error) {
        problems.push(`${file}: frontmatter: is not valid YAML (${firstLine(error)})`);
        return;
      }
      const withFacts = expandFrontmatterFacts(file, data, today);
      problems.push(...withFacts.problems);
      const frontmatter = parseFrontmatter(file, withFacts.data, today);
      if (!frontmatter.ok) problems.push(...frontmatter.problems);
      let result;
      try {
        result = await compileMdx(join(dir, name), source);
      } catch (error) {
        problems.push(`${file}: MDX: ${describeCompileError(error)}`);
        return;
      }
      const { outline } = result;
      const slug = basename(name, ".mdx");
      checked.push({ file, slug, frontmatter: frontmatter.ok ? frontmatter.data : null, outline });
      problems.push(
        ...checkFactUses(file, outline.facts, today),
        ...findHandTypedFigures(file, [...proseRuns(outline.prose), ...withFacts.runs]),
      );
      const pictures = checkPictureUses(file, outline.components, today);
      problems.push(...pictures.problems);
      const bodyFacts = [...outline.facts.map((use) => ({ id: use.id, line: use.line })), ...pictures.facts]
        .map((use, order) => ({ ...use, order }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.order - b.order);
      const facts = [...new Set([...bodyFacts.map((use) => use.id), ...withFacts.uses.map((use) => use.id)])].filter(
        (id): id is string => id !== null && hasFact(id),
      );
      const numbers = new Map(facts.map((id, index) => [id, index + 1]));
      // A picture with a problem is already reported; it is left out of the render so the rest is still checked.
      const drawn = pictures.problems.length === 0 ? pictureComponents(today) : Object.fromEntries(PICTURE_NAMES.map((name) => [name, () => null]));
      const article = renderArticle(file, result.code, { ...mdxComponents, ...drawn, Fact: numberedFact(numbers) });
      problems.push(...article.problems);
      if (!frontmatter.ok || article.problems.length > 0 || pictures.problems.length > 0) return;
      compiled.push({
        slug,
        file,
        frontmatter: frontmatter.data,
        headings: outline.headings,
        sections: outline.sections,
        wordCount: outline.wordCount,
        readingMinutes: Math.max(1, Math.round(outline.wordCount / WORDS_PER_MINUTE)),
        facts,
        blocks: article.blocks,
      });
    }),
  );

  compiled.sort((a, b) => a.slug.localeCompare(b.slug));
  const guides = compiled.filter((g) => includeDrafts || !g.frontmatter.draft);
  // Drafts take part in the checks (through `checked`) so a published guide cannot link to one by mistake.
  const { paths, unknown } = expandPatterns(listPagePatterns(join(root, "app")), {
    ...dynamicRouteParams(),
    "/guides/[slug]": checked.map((g) => g.slug),
    "/topics/[topic]": [...TOPIC_IDS],
  });
  for (const pattern of unknown) {
    problems.push(`lib/site/dynamic-routes.ts: ${pattern}: list the values of this dynamic route so links to it can be checked`);
  }
  const anchors = new Map(checked.map((g) => [`/guides/${g.slug}`, new Set(g.outline.headings.map((h) => h.id))]));
  problems.push(
    ...checkGuides(checked, { paths, anchors, publicFiles: listPublicFiles(join(root, "public")) }, { redirects: REDIRECTS }),
  );
  return { guides, problems: [...new Set(problems)].sort() };
}

/**
 * Checks each picture in a guide (attributes, placement, the facts it draws) and returns those facts
 * at the picture's line, so "Figures on this page" lists them where the picture stands.
 */
export function checkPictureUses(file: string, uses: readonly ComponentUse[], today: string): { facts: { id: string; line: number | null }[]; problems: string[] } {
  const problems: string[] = [];
  const facts: { id: string; line: number | null }[] = [];
  for (const use of uses) {
    if (!isPictureName(use.name)) continue;
    const at = use.line === null ? "" : ` (line ${use.line})`;
    if (!use.topLevel) {
      problems.push(`${file}: <${use.name}>${at}: must stand on its own line at the top level of the article, not inside a <Callout>, list or other element; move it out`);
    }
    const written = Object.entries(use.attributes).filter(([, value]) => typeof value !== "string");
    for (const [name] of written) problems.push(`${file}: <${use.name}>${at} ${name}: write the value in quotes, like ${name}="…"`);
    if (written.length > 0) continue;
    const checked = checkPicture(use.name, use.attributes, today);
    if (!checked.ok) {
      problems.push(...checked.problems.map((problem) => `${file}: <${use.name}>${at} ${problem}`));
      continue;
    }
    for (const id of checked.facts) {
      const problem = factProblem(id, today);
      if (problem) problems.push(`${file}: <${use.name}>${at}: draws fact ${id}, which ${problem}`);
      else facts.push({ id, line: use.line });
    }
  }
  return { facts, problems };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

type EsbuildMessage = {
  text: string;
  location?: { line: number; column: number } | null;
  detail?: { cause?: { reason?: string } ; reason?: string };
};

/** esbuild wraps MDX errors as "Cannot process MDX file…"; the editor needs the cause and the line. */
function describeCompileError(error: unknown): string {
  const errors = (error as { errors?: EsbuildMessage[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors
      .map((e) => {
        const reason = e.detail?.cause?.reason ?? e.text.split("\n").slice(-1)[0]?.trim() ?? e.text;
        return `${reason}${e.location ? ` (line ${e.location.line}, column ${e.location.column + 1})` : ""}`;
      })
      .join("; ");
  }
  return firstLine(error);
}
