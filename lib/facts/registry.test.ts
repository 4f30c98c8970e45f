import { describe, expect, it } from "vitest";
import { defineFacts } from "./define";
import { fillTemplate, formatFactValue } from "./format";
import { FACTS, factChangeLog, factPeriods, factStatement, factText, factValueOn, getFact, validateFactFiles } from "./registry";
import type { FactInput } from "./schema";

const official = { title: "A rule", url: "https://example.gov/rules/a", publisher: "Regulator", official: true };

function fact(overrides: Partial<FactInput> = {}): FactInput {
  return {
    id: "test-window",
    statement: "Act within {value}.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2020-01-01",
    validTo: null,
    sources: [official],
    lastVerified: "2026-12-01",
    confidence: "high",
    ...overrides,
  };
}

function problemsFor(...facts: FactInput[]) {
  return validateFactFiles([defineFacts("test", facts)]).problems;
}

describe("the fact registry", () => {
  it("loads every fact in lib/facts/data without a problem", () => {
    expect(FACTS.length).toBeGreaterThan(0);
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
  });

  it("names an unknown fact id instead of returning nothing", () => {
    expect(() => getFact("paypal-inr-windw")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown fact "paypal-inr-windw": define it in lib/facts/data/ or fix the id]`,
    );
  });

  it("fills a statement from the fact's own value and the facts it names", () => {
    expect(factStatement("paypal-snad-window")).toBe(
      "Open a PayPal dispute for an item that is significantly not as described within 30 days of delivery, or within 180 days of the date you paid if that comes sooner.",
    );
    expect(factText("Escalate within {paypal-escalation-window}; a {paypal-inr-window:adjective} limit.")).toBe(
      "Escalate within 20 days; a 180-day limit.",
    );
  });
});

describe("fact validation messages", () => {
  it("names the file, the fact and the field for a malformed fact", () => {
    expect(problemsFor(fact({ statement: "Act within 14 days.", confidence: "certain" as never }))).toMatchInlineSnapshot(`
      [
        "lib/facts/data/test.ts: fact test-window:
        confidence: must be one of high, medium, low",
      ]
    `);
    expect(problemsFor(fact({ statement: "Act within 14 days." }))).toMatchInlineSnapshot(`
      [
        "lib/facts/data/test.ts: fact test-window:
        statement: must contain {value} where the figure goes, so the figure is written only once",
      ]
    `);
  });

  it("refuses a bare home page as a source and a secondary source without a reason", () => {
    expect(
      problemsFor(
        fact({
          confidence: "medium",
          sources: [
            { title: "Home", url: "https://www.example.org/", publisher: "Example", official: true },
            { title: "A blog", url: "https://blog.example.com/post", publisher: "Blog", official: false },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "lib/facts/data/test.ts: fact test-window:
        sources.0.url: is a bare home page (https://www.example.org/); link the page that states the figure
        sources.1.why: a secondary source needs \`why\`: say why no official page is cited for this figure",
      ]
    `);
  });

  it("refuses high confidence without an official source", () => {
    const secondary = { title: "A blog", url: "https://blog.example.com/post", publisher: "Blog", official: false, why: "No official page states it." };
    expect(problemsFor(fact({ sources: [secondary] }))).toMatchInlineSnapshot(`
      [
        "lib/facts/data/test.ts: fact test-window:
        confidence: cannot be high without an official source",
      ]
    `);
  });

  it("refuses duplicate ids and statements naming unknown facts", () => {
    expect(problemsFor(fact(), fact())).toEqual([
      "lib/facts/data/test.ts: fact test-window: id is already used in lib/facts/data/test.ts; each fact is defined once",
    ]);
    expect(problemsFor(fact({ statement: "Within {value}, or {no-such-fact}." }))).toEqual([
      "lib/facts/data/test.ts: fact test-window: statement: refers to {no-such-fact}, which is not a fact",
    ]);
  });

  it("requires validFrom to be the latest rule change, and changes oldest first", () => {
    const change = (date: string) => ({ date, kind: "rule-change" as const, from: { kind: "duration" as const, amount: 7, unit: "days" as const }, summary: "Longer." });
    expect(problemsFor(fact({ validFrom: "2024-01-01", changes: [change("2023-01-01")] }))).toMatchInlineSnapshot(`
      [
        "lib/facts/data/test.ts: fact test-window:
        validFrom: must be the date of the latest rule change (2023-01-01)",
      ]
    `);
    expect(problemsFor(fact({ validFrom: "2024-01-01", changes: [change("2024-01-01"), change("2023-01-01")] }))).toContain(
      "lib/facts/data/test.ts: fact test-window:\n  changes.1.date: changes must be listed oldest first\n  validFrom: must be the date of the latest rule change (2023-01-01)",
    );
  });
});

describe("formatting values", () => {
  it("writes each kind of figure the way pages show it", () => {
    expect(formatFactValue({ kind: "duration", amount: 1, unit: "days" })).toBe("1 day");
    expect(formatFactValue({ kind: "duration", amount: 10, unit: "working-days" })).toBe("10 working days");
    expect(formatFactValue({ kind: "duration", amount: 10, unit: "working-days" }, "adjective")).toBe("10-working-day");
    expect(formatFactValue({ kind: "money", amount: "1000", currency: "AUD" })).toBe("A$1,000");
    expect(formatFactValue({ kind: "money", amount: "3", currency: "EUR", per: "tariff line" })).toBe("€3 per tariff line");
    expect(formatFactValue({ kind: "money", amount: "3", currency: "EUR", per: "tariff line" }, "adjective")).toBe("€3");
    expect(formatFactValue({ kind: "money", amount: "9.95", currency: "CAD" })).toBe("C$9.95");
    expect(formatFactValue({ kind: "money", amount: "60000", currency: "NZD" })).toBe("NZ$60,000");
    expect(formatFactValue({ kind: "percent", value: "8.1" })).toBe("8.1%");
    expect(formatFactValue({ kind: "date", date: "2026-07-01" })).toBe("1 July 2026");
    expect(formatFactValue({ kind: "count", amount: 1.3, noun: "million customers" })).toBe("1.3 million customers");
  });

  it("refuses {value} outside a fact, so a template cannot silently lose its figure", () => {
    expect(() => fillTemplate("Within {value}.", null, () => ({ kind: "percent", value: "1" }))).toThrow(/outside a fact/);
  });
});

describe("values over time", () => {
  it("gives each period of a fact's history from its rule changes, ignoring corrections", () => {
    const files = [
      defineFacts("test", [
        fact({
          id: "limit",
          statement: "Claims up to {value}.",
          value: { kind: "money", amount: "60000", currency: "NZD" },
          appliesTo: ["NZ"],
          validFrom: "2026-01-24",
          changes: [
            { date: "2026-01-24", kind: "rule-change", from: { kind: "money", amount: "30000", currency: "NZD" }, summary: "Raised." },
            { date: "2026-11-30", kind: "correction", from: { kind: "money", amount: "35000", currency: "NZD" }, summary: "Typo." },
          ],
        }),
      ]),
    ];
    expect(validateFactFiles(files).problems).toEqual([]);
  });

  it("answers the value in force on a date for facts in the registry", () => {
    const periods = factPeriods("paypal-snad-window");
    expect(periods).toHaveLength(1);
    expect(factValueOn("paypal-snad-window", "2026-12-01")).toEqual({ kind: "duration", amount: 30, unit: "days" });
    expect(factValueOn("paypal-snad-window", "2020-01-01")).toBeNull();
  });
});

describe("the change log", () => {
  it("gives each change with the value before and after it, newest first", () => {
    const log = factChangeLog(["paypal-snad-window"]);
    expect(log).toEqual([
      {
        factId: "paypal-snad-window",
        date: "2026-12-01",
        kind: "correction",
        from: { kind: "duration", amount: 180, unit: "days" },
        to: { kind: "duration", amount: 30, unit: "days" },
        summary: expect.stringContaining("30 days from delivery"),
      },
    ]);
  });
});
