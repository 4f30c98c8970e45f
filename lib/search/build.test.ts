import { describe, expect, it } from "vitest";
import { GUIDES } from "./__fixtures__/guides";
import { syntheticCorpus } from "./__fixtures__/synthetic";
import { buildSearchIndex, indexStats } from "./build";
import { newGroup, readGroup, type SearchDocument, type SearchIndex } from "./schema";

function postingsOf(index: SearchIndex, term: string) {
  const id = index.terms.indexOf(term);
  const list = index.postings[id] ?? [];
  const out: { doc: string; tf: number[]; sections: number[] }[] = [];
  const group = newGroup();
  for (let at = 0; at < list.length; at = group.next) {
    readGroup(list, at, group);
    out.push({ doc: index.docs[group.doc]?.[0] ?? "?", tf: [...group.tf], sections: list.slice(group.sectionsFrom, group.sectionsTo) });
  }
  return out;
}

const doc = (patch: Partial<SearchDocument>): SearchDocument => ({
  id: "guide:x",
  url: "/guides/x",
  kind: "guide",
  title: "Refunds",
  description: "About refunds.",
  tags: [],
  sections: [],
  ...patch,
});

describe("buildSearchIndex", () => {
  const index = buildSearchIndex(GUIDES);

  it("stores a sorted vocabulary of stems, without stop words", () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(index.terms).toContain("chargeback");
    expect(index.terms).toContain("arriv");
    expect(index.terms).not.toContain("chargebacks");
    expect(index.terms).not.toContain("the");
  });

  it("counts each field separately and records which sections hold a term (×2, +1 in the heading)", () => {
    // "Chargebacks and card disputes": title 1, tags 1; intro (0) and "When you can ask for a chargeback" (1, heading).
    const [first, ...rest] = postingsOf(index, "chargeback");
    expect(first).toEqual({ doc: "guide:chargebacks-and-card-disputes", tf: [1, 1, 1, 1], sections: [0, 3] });
    expect(rest.map((p) => p.doc)).toEqual(["guide:paypal-buyer-protection", "guide:section-75", "tool:deadlines"]);
  });

  it("keeps the word people wrote for each stem, for showing a corrected query", () => {
    const at = (term: string) => index.words[index.terms.indexOf(term)];
    expect(at("arriv")).toBe("arrived");
    expect(at("chargeback")).toBe(""); // written as the term itself (or as "chargebacks", less often)
    expect(index.words).toHaveLength(index.terms.length);
  });

  it("keeps section text once, with whitespace squashed, and drops empty sections", () => {
    const built = buildSearchIndex([
      doc({
        sections: [
          { id: null, heading: null, text: "  Line one\n\n  line two  " },
          { id: "empty", heading: null, text: "   " },
          { id: "", heading: "No anchor", text: "Text." },
        ],
      }),
    ]);
    expect(built.sections[0]).toEqual([
      [null, null, "Line one line two"],
      [null, "No anchor", "Text."],
    ]);
  });

  it("is deterministic: the same documents give byte-identical JSON", () => {
    expect(JSON.stringify(buildSearchIndex(GUIDES))).toBe(JSON.stringify(index));
  });

  it("is plain JSON: it survives a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it("names the broken document and field", () => {
    expect(() => buildSearchIndex([doc({ id: "guide:bad", title: " ", url: "guides/bad" })])).toThrowErrorMatchingInlineSnapshot(`
      [Error: invalid search document "guide:bad":
        url: must be a site-relative path starting with /
        title: must not be empty]
    `);
  });

  it("rejects two documents with the same id", () => {
    expect(() => buildSearchIndex([doc({}), doc({ title: "Other" })])).toThrow('invalid search document "guide:x":\n  id: is used by another document');
  });
});

describe("indexStats", () => {
  it("reports documents, terms and the JSON size in bytes (UTF-8)", () => {
    const index = buildSearchIndex([doc({ title: "Zürich" })]);
    expect(indexStats(index)).toEqual({
      documents: 1,
      terms: index.terms.length,
      bytes: Buffer.byteLength(JSON.stringify(index), "utf8"),
    });
  });

  it("stays compact: a 25 × 1,500-word corpus is mostly its own text", () => {
    const docs = syntheticCorpus();
    const text = docs.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.text.length + (s.heading?.length ?? 0), 0), 0);
    const { bytes, documents } = indexStats(buildSearchIndex(docs));
    expect(documents).toBe(25);
    // Postings, vocabulary and metadata together stay well under the size of the text itself.
    expect(bytes).toBeLessThan(text * 1.8);
  });
});
