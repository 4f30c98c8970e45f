import { z } from "zod";
import { isBareOrigin } from "../facts/schema";
import { JURISDICTIONS, PROBLEM_IDS, TOPIC_IDS } from "./taxonomy";

/**
 * The frontmatter contract for `content/guides/*.mdx`. Every message is written for the editor who
 * will read it in a failed build: it says what is wrong, what was given and, where it helps, the fix.
 * docs/writing-guides.md documents the same fields; keep the two in step.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const TITLE_MAX = 70;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function typeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required (${expected})` : `must be ${expected} (got ${shown(issue.input)})`;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML turns an unquoted `2026-11-20` into a JavaScript Date (stack-notes pitfall 2), so both forms are
 * accepted and normalised to the ISO string the rest of the site uses.
 */
export function isoDate(today: string) {
  return z
    .union([z.string(), z.date()], { error: typeError("a date written YYYY-MM-DD") })
    .transform((value, ctx) => {
      const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10)) : value.trim();
      if (!ISO_DATE.test(iso) || !isRealDate(iso)) {
        ctx.addIssue({ code: "custom", message: `must be a real date written YYYY-MM-DD (got ${shown(value)})` });
        return z.NEVER;
      }
      if (iso > today) {
        ctx.addIssue({ code: "custom", message: `must not be in the future (got ${iso}, today is ${today})` });
        return z.NEVER;
      }
      return iso;
    });
}

const httpsUrl = z.string({ error: typeError("a https:// address") }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.includes(".");
    } catch {
      return false;
    }
  },
  { error: (issue) => `must be a full https:// address (got ${shown(issue.input)})` },
);

/** A source names the page that states the claim, never a bare home page. */
const sourceUrl = httpsUrl.refine((value) => !isBareOrigin(value), {
  error: (issue) => `is a bare home page (${String(issue.input)}); link the page that states the claim`,
});

function nonEmptyText(what: string, max?: number) {
  let schema = z
    .string({ error: typeError(what) })
    .trim()
    .min(1, { error: "must not be empty" });
  if (max !== undefined) {
    schema = schema.max(max, {
      error: (issue) => `must be ${max} characters or fewer (got ${String(issue.input).length})`,
    });
  }
  return schema;
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `must be one of ${values.join(", ")} (got ${shown(issue.input)})`,
  });
}

export const sourceSchema = z.strictObject(
  {
    title: nonEmptyText("text"),
    url: sourceUrl,
    publisher: nonEmptyText("text, e.g. \"European Commission\""),
  },
  { error: typeError("{ title, url, publisher }") },
);

export function guideFrontmatterSchema(today: string) {
  const date = isoDate(today);
  return z
    .strictObject(
      {
        title: nonEmptyText("text", TITLE_MAX),
        description: z
          .string({ error: typeError("text") })
          .trim()
          .min(DESCRIPTION_MIN, {
            error: (issue) =>
              `must be at least ${DESCRIPTION_MIN} characters (got ${String(issue.input).trim().length}); it becomes the search-result snippet`,
          })
          .max(DESCRIPTION_MAX, {
            error: (issue) => `must be ${DESCRIPTION_MAX} characters or fewer (got ${String(issue.input).trim().length})`,
          }),
        topic: oneOf(TOPIC_IDS),
        problems: z.array(oneOf(PROBLEM_IDS), { error: typeError("a list, e.g. [customs, delivery]") }).default([]),
        jurisdictions: z
          .array(oneOf(JURISDICTIONS), { error: typeError("a list, e.g. [EU, UK] or [global]") })
          .min(1, { error: "must name at least one, e.g. [global]" }),
        tags: z
          .array(
            z.string({ error: typeError("text") }).regex(SLUG_PATTERN, {
              error: (issue) => `must be lower-case words joined by hyphens (got ${shown(issue.input)})`,
            }),
            { error: typeError("a list of tags") },
          )
          .default([]),
        published: date,
        lastReviewed: date,
        sources: z
          .array(sourceSchema, { error: typeError("a list of { title, url, publisher }") })
          .min(1, { error: "must list at least one source" }),
        related: z
          .array(
            z.string({ error: typeError("a guide slug") }).regex(SLUG_PATTERN, {
              error: (issue) => `must be a guide slug such as "evidence-to-keep" (got ${shown(issue.input)})`,
            }),
            { error: typeError("a list of guide slugs") },
          )
          .default([]),
        faq: z
          .array(
            z.strictObject(
              { question: nonEmptyText("text"), answer: nonEmptyText("text") },
              { error: typeError("{ question, answer }") },
            ),
            { error: typeError("a list of { question, answer }") },
          )
          .optional(),
        changes: z
          .array(
            z.strictObject(
              { date, summary: nonEmptyText("text") },
              { error: typeError("{ date, summary }") },
            ),
            { error: typeError("a list of { date, summary }") },
          )
          .optional(),
        draft: z.boolean({ error: typeError("true or false") }).default(false),
      },
      { error: typeError("YAML frontmatter between --- lines") },
    )
    .superRefine((data, ctx) => {
      const problem = reviewBeforePublished(data.published, data.lastReviewed);
      if (problem) ctx.addIssue({ code: "custom", path: ["lastReviewed"], message: problem });
    });
}

function reviewBeforePublished(published: unknown, lastReviewed: unknown): string | null {
  if (typeof published !== "string" || typeof lastReviewed !== "string" || lastReviewed >= published) return null;
  return `must not be before published (got ${lastReviewed}, published ${published})`;
}

export type GuideFrontmatter = z.output<ReturnType<typeof guideFrontmatterSchema>>;
export type Source = z.output<typeof sourceSchema>;

/** One line per problem, in the form every editor sees: `file: field: what is wrong (got …)`. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${file}: ${[...issue.path, key].join(".")}: is not a known field; see docs/writing-guides.md for the fields`);
    }
    const where = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
    return [`${file}: ${where}: ${issue.message}`];
  });
}

export type FrontmatterResult =
  | { ok: true; data: GuideFrontmatter }
  | { ok: false; problems: string[] };

export function parseFrontmatter(file: string, data: unknown, today: string): FrontmatterResult {
  const schema = guideFrontmatterSchema(today);
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const problems = formatIssues(file, result.error.issues);
  // zod skips object-level refinements once a field fails; run the cross-field rule on its own so
  // the editor still sees every problem in one run.
  if (data && typeof data === "object" && !result.error.issues.some((i) => i.path[0] === "lastReviewed")) {
    const raw = data as Record<string, unknown>;
    const date = isoDate(today);
    const published = date.safeParse(raw.published);
    const reviewed = date.safeParse(raw.lastReviewed);
    const problem = published.success && reviewed.success ? reviewBeforePublished(published.data, reviewed.data) : null;
    if (problem) problems.push(`${file}: lastReviewed: ${problem}`);
  }
  return { ok: false, problems };
}
