import { describe, expect, it } from "vitest";
import { type HighlightPart, highlight, SNIPPET_WORDS, snippet } from "./snippet";
import { stem } from "./stem";

/** A matcher for the given query words, stemmed the way search() stems them. */
const matching = (...queryWords: string[]) => {
  const stems = new Set(queryWords.map(stem));
  return (term: string) => stems.has(term);
};

/** Renders parts as text with [brackets] around highlights, for readable assertions. */
const show = (parts: HighlightPart[]) => parts.map((p) => (p.highlight ? `[${p.text}]` : p.text)).join("");
const words = (parts: HighlightPart[]) => show(parts).replace(/[[\]…]/g, "").split(/\s+/).filter(Boolean).length;

const LONG =
  "Start with the seller. Write one short message that names the order and the amount. " +
  "Keep copies of everything you send. If nothing happens after a week, open a dispute on the platform. " +
  "Chargebacks are the last resort: your bank pulls the money back from the seller's bank, and the " +
  "chargeback rules give you 120 days from the expected delivery date. After that, the card scheme " +
  "will usually refuse the claim, however strong the evidence is.";

describe("highlight", () => {
  it("marks the original surface word, whatever its inflection or case", () => {
    expect(show(highlight("Chargebacks and card disputes", matching("chargeback")))).toBe("[Chargebacks] and card disputes");
  });

  it("keeps every character of the text, in order", () => {
    const title = "Received counterfeit goods? Here’s what to do (2026)";
    expect(highlight(title, matching("counterfeit", "good")).map((p) => p.text).join("")).toBe(title);
  });

  it("merges neighbouring plain text into one part", () => {
    expect(highlight("PayPal Buyer Protection", matching("buyer"))).toEqual([
      { text: "PayPal ", highlight: false },
      { text: "Buyer", highlight: true },
      { text: " Protection", highlight: false },
    ]);
  });

  it("never highlights stop words", () => {
    expect(show(highlight("What to do when it never arrives", matching("what", "arrive")))).toBe("What to do when it never [arrives]");
  });

  it("returns no parts for an empty text", () => {
    expect(highlight("", matching("x"))).toEqual([]);
  });
});

describe("snippet", () => {
  it("shows a short text whole", () => {
    const result = snippet("Fake trainers are common.", matching("fake"));
    expect(show(result.parts)).toBe("[Fake] trainers are common.");
    expect(result.hits).toBe(1);
  });

  it("cuts a window of about 30 words around the matches, with an ellipsis at each cut end", () => {
    const result = snippet(LONG, matching("chargeback", "bank"));
    const text = show(result.parts);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("[Chargebacks]");
    expect(text).toContain("[bank]");
    expect(words(result.parts)).toBeGreaterThanOrEqual(25);
    expect(words(result.parts)).toBeLessThanOrEqual(SNIPPET_WORDS + 5);
  });

  it("prefers the window holding the most different query words", () => {
    const text = `${"refund ".repeat(40)}filler ${"words ".repeat(40)}then a refund and a chargeback together ${"more ".repeat(40)}`;
    const shown = show(snippet(text, matching("refund", "chargeback")).parts);
    expect(shown).toContain("[refund] and a [chargeback]");
  });

  it("starts at the sentence that holds the first match when it fits", () => {
    expect(show(snippet(LONG, matching("chargeback")).parts)).toMatch(/^…\[Chargebacks\] are the last resort/);
  });

  it("keeps symbols glued to the first word and drops the punctuation an ellipsis replaces", () => {
    const text = `${"word ".repeat(40)}carriers add €3 per parcel, more at couriers, ${"tail ".repeat(40)}`;
    const shown = show(snippet(text, matching("3", "parcel")).parts);
    expect(shown).toContain("€[3] per [parcel]");
    expect(shown).not.toMatch(/[,.]…$/);
  });

  it("opens the text when nothing matches, and says so with hits = 0", () => {
    const result = snippet(LONG, matching("customs"));
    expect(result.hits).toBe(0);
    expect(show(result.parts)).toMatch(/^Start with the seller\./);
    expect(show(result.parts).endsWith("…")).toBe(true);
  });

  it("shortens a text without any words instead of showing all of it", () => {
    const parts = snippet("📦".repeat(500), matching("parcel")).parts;
    expect(parts).toHaveLength(1);
    expect(parts[0]?.text.endsWith("…")).toBe(true);
    expect(parts[0]?.text.length).toBeLessThanOrEqual(170);
    expect(parts[0]?.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("is plain text: markup in the source stays literal text in a part", () => {
    const parts = snippet("Never paste <script>alert(1)</script> into a dispute form.", matching("script")).parts;
    expect(parts.filter((p) => p.highlight).map((p) => p.text)).toEqual(["script", "script"]);
    expect(parts.map((p) => p.text).join("")).toBe("Never paste <script>alert(1)</script> into a dispute form.");
  });
});
