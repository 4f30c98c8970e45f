import { z } from "zod";

/**
 * The two data contracts of the search: what the content build hands in (SearchDocument) and the
 * JSON it writes for the server to read back (SearchIndex). Both are checked with zod where they
 * cross a boundary, and the errors say which document or which part of the file is wrong.
 */

export const DOCUMENT_KINDS = ["guide", "tool", "letter", "checklist", "page"] as const;

export type SearchDocument = {
  /** Unique, e.g. "guide:delayed-or-missing-parcels" or "tool:deadlines". */
  id: string;
  /** Site-relative, e.g. "/guides/delayed-or-missing-parcels". */
  url: string;
  kind: (typeof DOCUMENT_KINDS)[number];
  title: string;
  description: string;
  tags: string[];
  /**
   * Body text split at h2/h3. `id` is the heading anchor; the intro before the first heading has none
   * (null). An empty id is treated as "no anchor".
   */
  sections: { id: string | null; heading: string | null; text: string }[];
};

/**
 * The serialised index. It is written once per build and parsed once per server process, so it is
 * laid out for size: arrays instead of objects for everything that repeats, numbers instead of names.
 * Anything that can be derived cheaply (document frequencies, average field lengths, a term → id map,
 * the vocabulary grouped by length) is rebuilt in memory on first use rather than stored.
 */
export type SearchIndex = {
  version: 2;
  /** One row per document: [id, url, kind, title, description]. Positions are the document numbers. */
  docs: [string, string, SearchDocument["kind"], string, string][];
  /** Terms per field per document, for length normalisation: [title, headings, tags+description, body]. */
  lengths: [number, number, number, number][];
  /** Per document, its sections as [anchor id, heading, text]. Stored once, for snippets and anchors. */
  sections: [string | null, string | null, string][][];
  /** Every stemmed term, sorted by UTF-16 code unit (plain `<`), so a prefix is one binary search away. */
  terms: string[];
  /**
   * `words[i]` is the word people most often wrote for `terms[i]` ("arrived" for "arriv"), or "" when
   * that is the term itself. A correction ("Showing results for chargeback") shows words, not stems.
   */
  words: string[];
  /**
   * `postings[i]` lists the documents containing `terms[i]`, as flat groups in document order (see
   * encodeGroup). Flat number arrays are the smallest JSON for the largest part of the index.
   */
  postings: number[][];
};

/**
 * One document's entry in a posting list:
 *
 *   doc, shape, tf…, section…
 *
 * `shape` packs which fields hold the term (bit f for field f: title, headings, tags+description, body)
 * with the number of sections that hold it (shape >> 4). One term frequency follows per set bit, then
 * one code per section: `section * 2`, plus 1 when the term is in that section's heading. Most groups
 * are "body only, one section", so leaving out the zero counts makes the postings much smaller.
 */
export function encodeGroup(doc: number, tf: readonly [number, number, number, number], sectionCodes: readonly number[]): number[] {
  let mask = 0;
  const counts: number[] = [];
  tf.forEach((count, field) => {
    if (count > 0) {
      mask |= 1 << field;
      counts.push(count);
    }
  });
  return [doc, mask | (sectionCodes.length << 4), ...counts, ...sectionCodes];
}

/** A decoded group. Reused between calls (see readGroup) because queries read many of them. */
export type Group = { doc: number; tf: [number, number, number, number]; sectionsFrom: number; sectionsTo: number; next: number };

export const newGroup = (): Group => ({ doc: 0, tf: [0, 0, 0, 0], sectionsFrom: 0, sectionsTo: 0, next: 0 });

/** Decodes the group starting at `list[at]` into `into`; its section codes are `list[sectionsFrom…sectionsTo)`. */
export function readGroup(list: readonly number[], at: number, into: Group): Group {
  into.doc = list[at] ?? 0;
  const shape = list[at + 1] ?? 0;
  let cursor = at + 2;
  for (let field = 0; field < 4; field++) {
    into.tf[field] = shape & (1 << field) ? (list[cursor++] ?? 0) : 0;
  }
  into.sectionsFrom = cursor;
  into.sectionsTo = cursor + (shape >> 4);
  into.next = into.sectionsTo;
  return into;
}

const count = z.number().int().nonnegative();

export const searchDocumentSchema = z.object({
  id: z.string().trim().min(1, { error: "must not be empty" }),
  url: z.string().startsWith("/", { error: "must be a site-relative path starting with /" }),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1, { error: "must not be empty" }),
  description: z.string(),
  tags: z.array(z.string()),
  sections: z.array(z.object({ id: z.string().nullable(), heading: z.string().nullable(), text: z.string() })),
}) satisfies z.ZodType<SearchDocument>;

/** Structural rules zod's shape cannot express; the query code relies on every one of them. */
function checkConsistency(index: SearchIndex, ctx: z.RefinementCtx) {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const documents = index.docs.length;

  if (index.lengths.length !== documents) add(["lengths"], `must have one row per document (${documents}), got ${index.lengths.length}`);
  if (index.sections.length !== documents) add(["sections"], `must have one list per document (${documents}), got ${index.sections.length}`);
  if (index.words.length !== index.terms.length) add(["words"], `must have one entry per term (${index.terms.length}), got ${index.words.length}`);
  if (index.postings.length !== index.terms.length) {
    add(["postings"], `must have one list per term (${index.terms.length}), got ${index.postings.length}`);
  }
  // One out-of-order term is enough to say the file is broken; listing hundreds would not help.
  for (let i = 1; i < index.terms.length; i++) {
    const before = index.terms[i - 1] ?? "";
    const term = index.terms[i] ?? "";
    if (!(before < term)) {
      add(["terms", i], `must be sorted and unique ("${before}" comes before "${term}")`);
      break;
    }
  }
  const group = newGroup();
  for (let t = 0; t < index.postings.length && problems.length < 10; t++) {
    const list = index.postings[t] ?? [];
    if (list.length === 0) add(["postings", t], "must list at least one document");
    let previousDoc = -1;
    for (let at = 0; at < list.length; at = group.next) {
      readGroup(list, at, group);
      if (group.next > list.length) {
        add(["postings", t, at], "is cut short (a group is doc, shape, one count per field, then its sections)");
        break;
      }
      if (group.doc <= previousDoc || group.doc >= documents) {
        add(["postings", t, at], `document ${group.doc} is out of order or not in docs (0–${documents - 1})`);
        break;
      }
      if (group.tf.every((count) => count === 0)) add(["postings", t, at + 1], "must say which field holds the term");
      const sectionCount = index.sections[group.doc]?.length ?? 0;
      for (let k = group.sectionsFrom; k < group.sectionsTo; k++) {
        const code = list[k] ?? 0;
        if (code >> 1 >= sectionCount) add(["postings", t, k], `section ${code >> 1} does not exist in document ${group.doc}`);
      }
      previousDoc = group.doc;
    }
  }
  for (const problem of problems.slice(0, 10)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
}

export const searchIndexSchema = z
  .object({
    version: z.literal(2, { error: (issue) => `must be 2, the only format this code reads (got ${JSON.stringify(issue.input)})` }),
    docs: z.array(z.tuple([z.string(), z.string(), z.enum(DOCUMENT_KINDS), z.string(), z.string()])),
    lengths: z.array(z.tuple([count, count, count, count])),
    sections: z.array(z.array(z.tuple([z.string().nullable(), z.string().nullable(), z.string()]))),
    terms: z.array(z.string().min(1)),
    words: z.array(z.string()),
    postings: z.array(z.array(count)),
  })
  .superRefine(checkConsistency) satisfies z.ZodType<SearchIndex>;

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 10).map((issue) => `  ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  if (issues.length > shown.length) shown.push(`  …and ${issues.length - shown.length} more`);
  return shown.join("\n");
}

/**
 * Reads the index JSON the content build wrote. A stale or hand-edited file fails loudly here, at the
 * edge, instead of as a confusing wrong answer deep inside a query.
 */
export function parseSearchIndex(json: unknown): SearchIndex {
  const result = searchIndexSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`invalid search index (rebuild it with \`npm run content:build\`):\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

/** Validates the build's input so a broken document names itself instead of producing a bad index. */
export function parseSearchDocuments(docs: unknown): SearchDocument[] {
  const list = z.array(z.unknown()).safeParse(docs);
  if (!list.success) throw new Error("invalid search documents: expected an array of documents");
  const seen = new Set<string>();
  return list.data.map((doc, i) => {
    const result = searchDocumentSchema.safeParse(doc);
    const label = typeof doc === "object" && doc !== null && "id" in doc && typeof doc.id === "string" ? `"${doc.id}"` : `#${i}`;
    if (!result.success) throw new Error(`invalid search document ${label}:\n${formatIssues(result.error.issues)}`);
    if (seen.has(result.data.id)) throw new Error(`invalid search document ${label}:\n  id: is used by another document`);
    seen.add(result.data.id);
    return result.data;
  });
}
