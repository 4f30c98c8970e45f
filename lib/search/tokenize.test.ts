import { describe, expect, it } from "vitest";
import { analyze, fold, MAX_TERM_LENGTH, tokenize } from "./tokenize";

const folded = (text: string) => tokenize(text).map((t) => t.folded);
const terms = (text: string) => analyze(text).map((t) => t.term);

describe("fold", () => {
  it("lower-cases and strips accents", () => {
    expect(["Zürich", "CAFÉ", "naïve", "São", "Øresund", "Straße", "Łódź"].map(fold)).toEqual([
      "zurich",
      "cafe",
      "naive",
      "sao",
      "oresund",
      "strasse",
      "lodz",
    ]);
  });

  it("drops possessives and apostrophes, straight or curly", () => {
    expect(["PayPal's", "seller’s", "don't"].map(fold)).toEqual(["paypal", "seller", "dont"]);
  });

  it("turns compatibility forms into plain letters and digits", () => {
    expect(fold("ﬁnal")).toBe("final");
    expect(fold("７５")).toBe("75");
  });
});

describe("tokenize", () => {
  it("keeps numbers as tokens and drops currency symbols", () => {
    expect(folded("Section 75 covers £100 to £30,000; the fee is €3.")).toEqual([
      "section",
      "75",
      "covers",
      "100",
      "to",
      "30",
      "000",
      "the",
      "fee",
      "is",
      "3",
    ]);
  });

  it("treats case the same: 'Section 75' and 'section 75'", () => {
    expect(folded("Section 75")).toEqual(folded("section 75"));
  });

  it("splits at hyphens and slashes", () => {
    expect(folded("non-delivery and/or lost-parcel")).toEqual(["non", "delivery", "and", "or", "lost", "parcel"]);
  });

  it("records offsets that point at the original surface word", () => {
    const text = "Chargebacks, via PayPal's «Resolution Centre».";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(["Chargebacks", "via", "PayPal's", "Resolution", "Centre"]);
  });

  it("ignores emoji, symbols and markup characters but keeps the words inside", () => {
    expect(folded("📦 <script>alert(1)</script> .*( ")).toEqual(["script", "alert", "1", "script"]);
  });

  it("keeps words in other scripts, including right-to-left ones", () => {
    expect(folded("طرد مفقود")).toEqual(["طرد", "مفقود"]);
  });

  it("skips absurdly long tokens (hashes, pasted garbage)", () => {
    expect(folded(`short ${"x".repeat(MAX_TERM_LENGTH + 1)} words`)).toEqual(["short", "words"]);
  });
});

describe("analyze", () => {
  it("removes stop words and stems what is left", () => {
    expect(terms("My parcels never arrived and I want a refund")).toEqual(["parcel", "never", "arriv", "want", "refund"]);
  });

  it("returns nothing for stop words only", () => {
    expect(terms("how do I get it to the")).toEqual([]);
  });
});
