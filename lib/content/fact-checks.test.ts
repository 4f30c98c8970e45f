import { describe, expect, it } from "vitest";
import { checkFactDates, checkFactUses, expandFrontmatterFacts, findHandTypedFigures, handTypedPattern } from "./fact-checks";
import { FACT_MARK } from "./mdx-plugins";
import { getFact } from "../facts";

const FILE = "content/guides/x.mdx";

describe("<Fact> uses in a guide body", () => {
  it("names an unknown id, a missing id and a wrong form, with the line", () => {
    expect(
      checkFactUses(
        FILE,
        [
          { id: "paypal-inr-windw", as: null, line: 12 },
          { id: null, as: null, line: 13 },
          { id: "paypal-inr-window", as: "sentence", line: 14 },
          { id: "paypal-inr-window", as: "adjective", line: 15 },
        ],
        "2026-12-01",
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx: <Fact id="paypal-inr-windw"> (line 12): is not a fact; \`npm run facts:report\` lists every id",
        "content/guides/x.mdx: <Fact> (line 13): needs an id written as a plain string, e.g. <Fact id="paypal-inr-window" />",
        "content/guides/x.mdx: <Fact id="paypal-inr-window"> (line 14): as must be one of value, adjective, statement (got "sentence")",
      ]
    `);
  });
});

describe("frontmatter placeholders", () => {
  it("fills {fact:id} in the title, description and FAQ, and records each use", () => {
    const result = expandFrontmatterFacts(
      FILE,
      {
        title: "PayPal's {fact:paypal-inr-window:adjective} window",
        description: "Open a dispute within {fact:paypal-inr-window}.",
        faq: [{ question: "How long?", answer: "{fact:paypal-escalation-window} to escalate." }],
        sources: [],
      },
      "2026-12-01",
    );
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({
      title: "PayPal's 180-day window",
      description: "Open a dispute within 180 days.",
      faq: [{ question: "How long?", answer: "20 days to escalate." }],
    });
    expect(result.uses).toEqual([
      { id: "paypal-inr-window", field: "title" },
      { id: "paypal-inr-window", field: "description" },
      { id: "paypal-escalation-window", field: "faq.0.answer" },
    ]);
  });

  it("leaves an unknown placeholder in place and says which field holds it", () => {
    const result = expandFrontmatterFacts(FILE, { description: "Within {fact:nope}." }, "2026-12-01");
    expect(result.problems).toEqual([
      "content/guides/x.mdx: description: {fact:nope} is not a fact; `npm run facts:report` lists every id",
    ]);
  });
});

describe("figures typed by hand", () => {
  it("flags a fact's figure next to the words that name it, and says what to write instead", () => {
    expect(
      findHandTypedFigures(FILE, [
        { text: "Open a PayPal dispute within 180 days of paying. Then escalate within 20 days.", where: "line 7" },
        { text: "Card chargebacks: Visa allows 120 days.", where: "faq.1.answer" },
        { text: "Card-scheme limits of about 120 days apply.", where: "line 9" },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx: line 7: "180 days" next to "PayPal" is fact paypal-inr-window typed by hand; write <Fact id="paypal-inr-window" /> instead",
        "content/guides/x.mdx: line 7: "20 days" next to "escalate" is fact paypal-escalation-window typed by hand; write <Fact id="paypal-escalation-window" /> instead",
        "content/guides/x.mdx: faq.1.answer: "120 days" next to "chargebacks" is fact card-chargeback-window typed by hand; write {fact:card-chargeback-window} instead",
        "content/guides/x.mdx: line 9: "120 days" next to "Card-scheme" is fact card-chargeback-window typed by hand; write <Fact id="card-chargeback-window" /> instead",
      ]
    `);
  });

  it("leaves figures alone that the registry wrote, or that stand apart from the words naming a fact", () => {
    expect(
      findHandTypedFigures(FILE, [
        { text: `Open a PayPal dispute within ${FACT_MARK} of paying.`, where: "line 3" },
        { text: "The seller promised delivery in 180 days. PayPal can help if it never comes.", where: "line 4" },
        { text: "Keep photos for 1180 days near PayPal.", where: "line 5" },
      ]),
    ).toEqual([]);
  });

  it("recognises each kind of figure however it is written", () => {
    const money = handTypedPattern({ kind: "money", amount: "1000", currency: "AUD" });
    expect(money?.test("goods over A$1,000")).toBe(true);
    expect(money?.test("goods over 1000 AUD")).toBe(true);
    expect(money?.test("goods over A$10,000")).toBe(false);
    const usd = handTypedPattern({ kind: "money", amount: "800", currency: "USD" });
    expect(usd?.test("the $800 de minimis")).toBe(true);
    const percent = handTypedPattern({ kind: "percent", value: "8.1" });
    expect(percent?.test("VAT of 8.1 %")).toBe(true);
    expect(percent?.test("VAT of 18.1%")).toBe(false);
    const days = handTypedPattern(getFact("card-chargeback-window").value);
    expect(days?.test("a 120-day window")).toBe(true);
    expect(days?.test("120 calendar days")).toBe(true);
  });
});

describe("registry dates", () => {
  it("refuses a fact verified in the future and warns when one has gone unchecked too long", () => {
    const fact = getFact("paypal-inr-window");
    expect(checkFactDates("2026-11-30", [fact]).problems).toEqual([
      "lib/facts: fact paypal-inr-window: lastVerified: must not be in the future (got 2026-12-01, today is 2026-11-30)",
    ]);
    expect(checkFactDates("2027-06-01", [fact]).warnings).toEqual([
      "lib/facts: fact paypal-inr-window: last verified 182 days ago (2026-12-01); check it against its source and update lastVerified",
    ]);
    expect(checkFactDates("2027-05-29", [fact])).toEqual({ problems: [], warnings: [] });
  });
});
