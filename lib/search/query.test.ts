import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GUIDES } from "./__fixtures__/guides";
import { buildSearchIndex } from "./build";
import { DEFAULT_LIMIT, MAX_QUERY_LENGTH, normaliseQuery, search, searchPage, type SearchResult } from "./query";
import { parseSearchIndex, type SearchDocument } from "./schema";
import type { HighlightPart } from "./snippet";

// Parsed from JSON, exactly as the server gets it.
const index = parseSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(GUIDES))));

const ids = (query: string, limit?: number) => search(index, query, { limit }).map((r) => r.id);
const top = (query: string) => search(index, query)[0];
const show = (parts: HighlightPart[]) => parts.map((p) => (p.highlight ? `[${p.text}]` : p.text)).join("");
const scoreOf = (query: string, id: string) => search(index, query).find((r) => r.id === id)?.score ?? 0;

function page(id: string, title: string, sections: SearchDocument["sections"]): SearchDocument {
  return { id, url: `/guides/${id}`, kind: "guide", title, description: "A guide for people who buy from shops abroad.", tags: [], sections };
}

describe("search: ranking by field", () => {
  it("ranks a title match above a heading match above body text", () => {
    const small = buildSearchIndex([
      page("body", "Shopping abroad", [{ id: null, heading: null, text: "A warranty covers faults. The warranty lasts a year. Ask about the warranty." }]),
      page("heading", "Faulty goods", [{ id: "warranty", heading: "Warranty claims", text: "Ask the seller to repair it." }]),
      page("title", "Warranty basics", [{ id: null, heading: null, text: "What to check before you buy." }]),
    ]);
    expect(search(small, "warranty").map((r) => r.id)).toEqual(["title", "heading", "body"]);
  });

  it("puts the guide titled with the word first, then pages that only mention it", () => {
    expect(ids("chargeback")).toEqual([
      "guide:chargebacks-and-card-disputes",
      "tool:deadlines", // in its description
      "guide:section-75", // body
      "guide:paypal-buyer-protection", // body
    ]);
  });
});

describe("search: typos", () => {
  it('finds the chargeback guide for "chargebak"', () => {
    expect(top("chargebak")?.id).toBe("guide:chargebacks-and-card-disputes");
  });

  it("allows two edits from 8 letters and one from 4 to 7", () => {
    expect(top("chrgebak")?.id).toBe("guide:chargebacks-and-card-disputes"); // 8 letters, 2 edits
    expect(top("paypl")?.id).toBe("guide:paypal-buyer-protection"); // 5 letters, 1 edit
    expect(ids("pyapl")).toEqual([]); // 5 letters, 2 edits
    expect(top("recieved")?.id).toBe("guide:counterfeit-goods"); // swapped letters count once
  });

  it("does not guess at words of three letters or fewer", () => {
    expect(ids("vta")).toEqual([]);
  });

  it("scores a typo below the correctly spelled word", () => {
    const id = "guide:chargebacks-and-card-disputes";
    expect(scoreOf("chargebak", id)).toBeGreaterThan(0);
    expect(scoreOf("chargebak", id)).toBeLessThan(scoreOf("chargeback", id));
  });
});

describe("search: saying what was searched for", () => {
  it('corrects a misspelled word ("Showing results for chargeback")', () => {
    expect(searchPage(index, "chargbak").correctedQuery).toBe("chargeback");
    expect(searchPage(index, "paypl chargbak").correctedQuery).toBe("paypal chargeback");
    // Only the misspelled word changes; the rest stays as typed.
    expect(searchPage(index, "Parcel never arived!").correctedQuery).toBe("Parcel never arrived!");
  });

  it("leaves a correctly spelled query, a half-typed word and a word with no close match alone", () => {
    for (const query of ["chargeback", "refu", "counterf goods", "zzqqxx", "75"]) expect(searchPage(index, query).correctedQuery, query).toBeNull();
  });
});

describe("search: pages of results", () => {
  const many = buildSearchIndex(Array.from({ length: 25 }, (_, i) => page(`p${String(i).padStart(2, "0")}`, `Refund guide ${i}`, [])));

  it("counts every match and hands them out a page at a time, without gaps or repeats", () => {
    const first = searchPage(many, "refund", { limit: 10 });
    const second = searchPage(many, "refund", { limit: 10, offset: 10 });
    const third = searchPage(many, "refund", { limit: 10, offset: 20 });
    expect([first.total, second.total, third.total]).toEqual([25, 25, 25]);
    expect(third.results).toHaveLength(5);
    const all = [...first.results, ...second.results, ...third.results].map((r) => r.id);
    expect(new Set(all).size).toBe(25);
    expect(all).toEqual(search(many, "refund", { limit: 25 }).map((r) => r.id));
  });

  it("answers an offset past the end with no results but the right total", () => {
    expect(searchPage(many, "refund", { offset: 100 })).toEqual({ results: [], total: 25, correctedQuery: null });
    expect(searchPage(many, "refund", { offset: Number.NaN }).results).toHaveLength(DEFAULT_LIMIT);
  });
});

describe("search: the kind of page asked for", () => {
  const kinds = buildSearchIndex([
    { ...page("refunds", "Getting a refund", [{ id: null, heading: null, text: "Write a letter to the seller asking for a refund. A refund letter works." }]) },
    { id: "letter:refund", url: "/tools/letters/refund", kind: "letter", title: "Ask the seller for a refund", description: "A message to the seller.", tags: ["letter"], sections: [] },
  ]);

  it('puts letters first for "refund letter", guides first for "refund"', () => {
    expect(search(kinds, "refund letter").map((r) => r.id)).toEqual(["letter:refund", "refunds"]);
    expect(search(kinds, "refund")[0]?.id).toBe("refunds");
  });

  it("puts a page whose title holds every word above one that only says them often", () => {
    const titled = buildSearchIndex([
      page("often", "PayPal deadlines", [{ id: null, heading: null, text: "Every dispute has a deadline. Dispute early; a dispute deadline passes fast." }]),
      { ...page("tool", "Dispute deadline planner", []), kind: "tool" },
    ]);
    expect(search(titled, "dispute deadline")[0]?.id).toBe("tool");
  });
});

describe("search: prefixes", () => {
  it('finds refund guides for "refu" and highlights the completed words', () => {
    const results = search(index, "refu");
    expect(results[0]?.id).toBe("guide:refunds-from-overseas-shops");
    expect(show(results[0]?.titleParts ?? [])).toBe("Getting a [refund] from an overseas shop");
    expect(results.map((r) => r.id)).toContain("guide:chargebacks-and-card-disputes");
  });

  it("scores a prefix below the whole word", () => {
    const id = "guide:refunds-from-overseas-shops";
    expect(scoreOf("refu", id)).toBeGreaterThan(0);
    expect(scoreOf("refu", id)).toBeLessThan(scoreOf("refund", id));
  });

  it("expands any word of 3 or more letters, not only the last", () => {
    expect(top("counterf goods")?.id).toBe("guide:counterfeit-goods");
  });

  it("understands a half-typed inflection whose stem is shorter than what was typed", () => {
    // "shippi" → stem "ship" + the start of "-ping".
    expect(top("shippi")?.id).toBe("guide:customs-charges");
  });
});

describe("search: plain-words queries", () => {
  it('finds the missing-parcel guide first for "parcel never arrived"', () => {
    expect(top("parcel never arrived")?.id).toBe("guide:delayed-or-missing-parcels");
    expect(top("My parcels have never arrived!")?.id).toBe("guide:delayed-or-missing-parcels");
  });

  it("ranks pages holding every word above pages holding some, but still returns both", () => {
    // The chargeback guide has the strongest "chargeback" match (its title) but never mentions PayPal.
    const results = ids("paypal chargeback");
    expect(results.slice(0, 2).sort()).toEqual(["guide:paypal-buyer-protection", "tool:deadlines"]);
    expect(results).toContain("guide:chargebacks-and-card-disputes");
  });

  it("returns nothing for an empty or stop-word-only query", () => {
    for (const query of ["", "   ", "the", "how do I get it to the", "?!…", "📦📦"]) expect(search(index, query)).toEqual([]);
  });
});

describe("search: folding and numbers", () => {
  it("ignores case and accents", () => {
    expect(ids("zurich")).toEqual(["guide:customs-charges"]);
    expect(ids("ZÜRICH")).toEqual(["guide:customs-charges"]);
    expect(show(top("zurich")?.snippet ?? [])).toContain("[Zürich]");
  });

  it('treats "Section 75", "section 75" and "SECTION 75" alike', () => {
    const expected = ids("section 75");
    expect(expected[0]).toBe("guide:section-75");
    expect(ids("Section 75")).toEqual(expected);
    expect(ids("SECTION 75")).toEqual(expected);
    expect(show(top("Section 75")?.titleParts ?? [])).toBe("[Section] [75] claims on UK credit cards");
  });

  it("matches numbers exactly, with or without a currency symbol", () => {
    expect(ids("75")).toEqual(["guide:section-75"]);
    expect(ids("€3")).toEqual(["guide:customs-charges"]);
    expect(show(top("€3")?.snippet ?? [])).toContain("€[3]");
  });
});

describe("search: results", () => {
  it("highlights the original surface words in the title and the snippet", () => {
    const paypal = search(index, "chargeback").find((r) => r.id === "guide:paypal-buyer-protection");
    expect(show(paypal?.snippet ?? [])).toContain("[Chargebacks] through your card");
    expect(show(top("chargeback")?.titleParts ?? [])).toBe("[Chargebacks] and card disputes");
  });

  it("links to the section holding the best match, and names it", () => {
    const paypal = search(index, "chargeback").find((r) => r.id === "guide:paypal-buyer-protection");
    expect(paypal?.url).toBe("/guides/paypal-buyer-protection#escalate");
    expect(paypal?.section).toEqual({ id: "escalate", heading: "Escalating to a claim" });
  });

  it("links to the page itself when the best match is in the intro or the title", () => {
    const intro = top("resolution centre");
    expect(intro?.id).toBe("guide:paypal-buyer-protection");
    expect(intro?.url).toBe("/guides/paypal-buyer-protection");
    expect(intro?.section).toBeNull();
    expect(top("counterfeit")?.url).toBe("/guides/counterfeit-goods");
  });

  it("falls back to the description for pages without body text", () => {
    const tool = top("calculator");
    expect(tool?.kind).toBe("tool");
    expect(show(tool?.snippet ?? [])).toBe("Work out the last day to open a PayPal dispute, a chargeback or a platform claim for your order.");
    expect(show(tool?.titleParts ?? [])).toBe("Dispute deadline [calculator]");
  });

  it("returns every field the pages render", () => {
    const [result] = search(index, "counterfeit");
    expect(result).toMatchObject({
      id: "guide:counterfeit-goods",
      url: "/guides/counterfeit-goods",
      kind: "guide",
      title: "Received counterfeit goods?",
      description: "What to do when a branded item turns out to be fake: keep it, document it and claim the money back.",
      section: null,
    } satisfies Partial<SearchResult>);
    expect(result?.score).toBeGreaterThan(0);
    expect(show(result?.snippet ?? [])).toContain("[counterfeit]");
  });

  it("finds tools and plain pages as well as guides", () => {
    expect(top("calculator")?.kind).toBe("tool");
    expect(top("who writes these guides")).toMatchObject({ id: "page:about", kind: "page", url: "/about" });
  });

  it("answers [] from an empty index instead of failing", () => {
    expect(search(buildSearchIndex([]), "refund")).toEqual([]);
  });

  it("applies the limit: 10 by default, fewer on request, none for 0", () => {
    const many = buildSearchIndex(Array.from({ length: 15 }, (_, i) => page(`p${i}`, `Refund guide ${i}`, [])));
    expect(search(many, "refund")).toHaveLength(DEFAULT_LIMIT);
    expect(search(many, "refund", { limit: 3 })).toHaveLength(3);
    expect(search(many, "refund", { limit: 0 })).toEqual([]);
    expect(search(many, "refund", { limit: Number.NaN })).toHaveLength(DEFAULT_LIMIT);
  });
});

describe("search: determinism", () => {
  it("breaks score ties by title", () => {
    const twins = buildSearchIndex([
      page("b", "Beta refunds", [{ id: null, heading: null, text: "Same text." }]),
      page("c", "Gamma refunds", [{ id: null, heading: null, text: "Same text." }]),
      page("a", "Alpha refunds", [{ id: null, heading: null, text: "Same text." }]),
    ]);
    const results = search(twins, "refund");
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
    expect(results.map((r) => r.title)).toEqual(["Alpha refunds", "Beta refunds", "Gamma refunds"]);
  });

  it("gives the same answer every time", () => {
    expect(search(index, "refund paypal parcel")).toEqual(search(index, "refund paypal parcel"));
  });
});

describe("search: garbage in", () => {
  const nasty = [
    "x".repeat(10_000),
    "<script>alert(1)</script>",
    ".*(",
    "[a-z]+$^\\",
    "💸📦🚚".repeat(100),
    "طرد لم يصل",
    "\u202Erefund\u202C",
    "\u0000\u0007chargeback\u001b[31m",
    "\uD800 lone surrogate \uDFFF",
    "a".repeat(41),
    "refund ".repeat(100),
    "\u0301\u0301\u0301",
  ];

  it.each(nasty.map((q) => [JSON.stringify(q).slice(0, 40), q]))("never throws: %s", (_, query) => {
    expect(() => search(index, query)).not.toThrow();
  });

  it("never throws on arbitrary strings, and results stay well-formed", () => {
    const words = fc.constantFrom("refund", "chargebak", "parcel", "Zürich", "75", "€3", "the", "refu", "<b>", ".*(");
    const query = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.array(words, { maxLength: 8 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(query, fc.integer({ min: -5, max: 30 }), (q, limit) => {
        const results = search(index, q, { limit });
        expect(results.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const result of results) {
          expect(result.titleParts.map((p) => p.text).join("")).toBe(result.title);
          expect(result.snippet.every((p) => p.text.length > 0)).toBe(true);
          expect(result.url.startsWith("/")).toBe(true);
          expect(Number.isFinite(result.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("normaliseQuery", () => {
  it("trims, collapses whitespace and strips control and invisible characters", () => {
    expect(normaliseQuery("  parcel \t\n never\u0000arrived\u200B  ")).toBe("parcel never arrived");
    expect(normaliseQuery("\u202Erefund\u202C")).toBe("refund");
  });

  it("caps the length at 200 characters without splitting an emoji", () => {
    expect(normaliseQuery("a".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    const capped = normaliseQuery(`${"a".repeat(199)}📦📦`);
    expect(capped).toBe("a".repeat(199));
  });

  it("turns anything that is not a string into an empty query", () => {
    for (const value of [undefined, null, 42, ["refund"], { q: "refund" }]) expect(normaliseQuery(value)).toBe("");
  });

  it("is idempotent, bounded and free of control characters for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.anything()), (raw) => {
        const q = normaliseQuery(raw);
        expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(/[\p{Cc}\p{Cf}\p{Cs}]/u.test(q)).toBe(false);
        expect(q).toBe(q.trim());
        expect(normaliseQuery(q)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });
});
