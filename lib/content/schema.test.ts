import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "./schema";

const FILE = "content/guides/x.mdx";
const TODAY = "2026-11-27";

function valid(): Record<string, unknown> {
  return {
    title: "My parcel says delivered but never arrived",
    description: "What to do in the first 48 hours when tracking says delivered but nothing is at your door.",
    topic: "problems",
    problems: ["delivery"],
    jurisdictions: ["global"],
    tags: ["tracking"],
    published: "2026-11-20",
    lastReviewed: "2026-11-27",
    sources: [
      { title: "Online shopping", url: "https://consumer.ftc.gov/articles/online-shopping", publisher: "FTC" },
      { title: "Buying from abroad", url: "https://www.gov.uk/goods-sent-from-abroad", publisher: "HMRC" },
    ],
    related: ["evidence-to-keep"],
  };
}

function problemsFor(patch: Record<string, unknown>): string[] {
  const result = parseFrontmatter(FILE, { ...valid(), ...patch }, TODAY);
  return result.ok ? [] : result.problems;
}

describe("guide frontmatter", () => {
  it("accepts a complete guide and fills the optional defaults", () => {
    const result = parseFrontmatter(FILE, { ...valid(), tags: undefined, related: undefined }, TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.tags).toEqual([]);
      expect(result.data.related).toEqual([]);
      expect(result.data.draft).toBe(false);
    }
  });

  it("turns unquoted YAML dates (Date objects) into ISO strings", () => {
    const result = parseFrontmatter(FILE, { ...valid(), published: new Date("2026-11-20T00:00:00Z") }, TODAY);
    expect(result.ok && result.data.published).toBe("2026-11-20");
  });

  it("names the file, the field, the rule and what was given", () => {
    expect(problemsFor({ description: "x".repeat(212) })).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx: description: must be 160 characters or fewer (got 212)",
      ]
    `);
  });

  it("reports every problem in one run", () => {
    expect(
      problemsFor({
        title: "t".repeat(71),
        description: "Too short.",
        topic: "news",
        problems: ["delivery", "weather"],
        jurisdictions: [],
        tags: ["Not A Slug"],
        published: "2026-02-30",
        lastReviewed: "2027-01-01",
        sources: [{ title: "Old page", url: "http://example.com/page", publisher: "Someone" }],
        related: ["Not_a_slug"],
        faq: [{ question: "Why?" }],
        changes: [{ date: "yesterday", summary: "Fixed" }],
        draft: "yes",
        lastreviewed: "2026-11-27",
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx: title: must be 70 characters or fewer (got 71)",
        "content/guides/x.mdx: description: must be at least 50 characters (got 10); it becomes the search-result snippet",
        "content/guides/x.mdx: topic: must be one of problems, before-you-buy, evidence, escalation, rights, reference (got "news")",
        "content/guides/x.mdx: problems.1: must be one of customs, delivery, counterfeit, returns, unresponsive (got "weather")",
        "content/guides/x.mdx: jurisdictions: must name at least one, e.g. [global]",
        "content/guides/x.mdx: tags.0: must be lower-case words joined by hyphens (got "Not A Slug")",
        "content/guides/x.mdx: published: must be a real date written YYYY-MM-DD (got "2026-02-30")",
        "content/guides/x.mdx: lastReviewed: must not be in the future (got 2027-01-01, today is 2026-11-27)",
        "content/guides/x.mdx: sources.0.url: must be a full https:// address (got "http://example.com/page")",
        "content/guides/x.mdx: related.0: must be a guide slug such as "evidence-to-keep" (got "Not_a_slug")",
        "content/guides/x.mdx: faq.0.answer: is required (text)",
        "content/guides/x.mdx: changes.0.date: must be a real date written YYYY-MM-DD (got "yesterday")",
        "content/guides/x.mdx: draft: must be true or false (got "yes")",
        "content/guides/x.mdx: lastreviewed: is not a known field; see docs/writing-guides.md for the fields",
      ]
    `);
  });

  it("requires the core fields", () => {
    expect(parseFrontmatter(FILE, {}, TODAY)).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "content/guides/x.mdx: title: is required (text)",
          "content/guides/x.mdx: description: is required (text)",
          "content/guides/x.mdx: topic: must be one of problems, before-you-buy, evidence, escalation, rights, reference (got nothing)",
          "content/guides/x.mdx: jurisdictions: is required (a list, e.g. [EU, UK] or [global])",
          "content/guides/x.mdx: published: is required (a date written YYYY-MM-DD)",
          "content/guides/x.mdx: lastReviewed: is required (a date written YYYY-MM-DD)",
          "content/guides/x.mdx: sources: is required (a list of { title, url, publisher })",
        ],
      }
    `);
  });

  it("refuses a frontmatter block that is not a mapping", () => {
    expect(problemsFor({}).length).toBe(0);
    expect(parseFrontmatter(FILE, "just text", TODAY)).toEqual({
      ok: false,
      problems: ['content/guides/x.mdx: frontmatter: must be YAML frontmatter between --- lines (got "just text")'],
    });
  });

  it("accepts a date equal to today and refuses the day after", () => {
    expect(problemsFor({ lastReviewed: TODAY })).toEqual([]);
    expect(problemsFor({ published: "2026-11-28", lastReviewed: "2026-11-28" })).toEqual([
      "content/guides/x.mdx: published: must not be in the future (got 2026-11-28, today is 2026-11-27)",
      "content/guides/x.mdx: lastReviewed: must not be in the future (got 2026-11-28, today is 2026-11-27)",
    ]);
  });

  it("refuses a review date before the publication date, even alongside other problems", () => {
    expect(problemsFor({ lastReviewed: "2026-11-01" })).toEqual([
      "content/guides/x.mdx: lastReviewed: must not be before published (got 2026-11-01, published 2026-11-20)",
    ]);
    expect(problemsFor({ lastReviewed: "2026-11-01", title: "" })).toEqual([
      "content/guides/x.mdx: title: must not be empty",
      "content/guides/x.mdx: lastReviewed: must not be before published (got 2026-11-01, published 2026-11-20)",
    ]);
  });

  it("requires at least one source, each with a title, https URL and publisher", () => {
    expect(problemsFor({ sources: [] })).toEqual(["content/guides/x.mdx: sources: must list at least one source"]);
    expect(problemsFor({ sources: [{ url: "https://europa.eu/youreurope" }] })).toEqual([
      "content/guides/x.mdx: sources.0.title: is required (text)",
      'content/guides/x.mdx: sources.0.publisher: is required (text, e.g. "European Commission")',
    ]);
  });

  it("accepts an optional FAQ and change log", () => {
    const result = parseFrontmatter(
      FILE,
      { ...valid(), faq: [{ question: "Q?", answer: "A." }], changes: [{ date: "2026-11-27", summary: "First published." }] },
      TODAY,
    );
    expect(result.ok).toBe(true);
  });
});
