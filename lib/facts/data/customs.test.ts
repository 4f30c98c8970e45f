import { describe, expect, it } from "vitest";
import { factFile, factPeriods, factValueOn, FACTS, getFact } from "..";

const CUSTOMS = FACTS.filter((f) => factFile(f.id)?.includes("/customs-"));

describe("import-tax facts", () => {
  it("are all checked on the same day, and any secondary source says why", () => {
    expect(CUSTOMS.length).toBeGreaterThan(150);
    for (const fact of CUSTOMS) {
      expect(fact.lastVerified, fact.id).toBe("2026-12-01");
      for (const source of fact.sources.filter((s) => !s.official)) expect(source.why, `${fact.id} ${source.url}`).toBeTruthy();
    }
  });

  it("New Zealand's entry fee by date: NZ$40.08, NZ$53.44 from 1 July 2025, replaced by levies from 1 April 2026", () => {
    expect(factValueOn("nz-import-entry-fee", "2025-06-30")).toEqual({ kind: "money", amount: "40.08", currency: "NZD" });
    expect(factValueOn("nz-import-entry-fee", "2025-07-01")).toEqual({ kind: "money", amount: "53.44", currency: "NZD" });
    expect(factValueOn("nz-import-entry-fee", "2026-03-31")).toMatchObject({ amount: "53.44" });
    expect(factValueOn("nz-import-entry-fee", "2026-04-01")).toBeNull();
    expect(factValueOn("nz-biosecurity-entry-levy", "2026-04-01")).toBeNull();
  });

  it("EU VAT changes of 2025–26 are rule changes with the old rate", () => {
    expect(factPeriods("ee-vat-standard").map((p) => [p.from, p.value])).toEqual([
      [null, { kind: "percent", value: "22" }],
      ["2025-07-01", { kind: "percent", value: "24" }],
    ]);
    expect(factValueOn("ro-vat-standard", "2025-07-31")).toEqual({ kind: "percent", value: "19" });
    expect(factValueOn("ro-vat-books", "2025-08-01")).toEqual({ kind: "percent", value: "11" });
  });

  it("the €3 EU duty applies only from 1 July 2026 to 30 June 2028", () => {
    expect(factValueOn("eu-low-value-duty", "2026-06-30")).toBeNull();
    expect(factValueOn("eu-low-value-duty", "2026-07-01")).toEqual({ kind: "money", amount: "3", currency: "EUR", per: "tariff line" });
    expect(factValueOn("eu-low-value-duty", "2028-07-01")).toBeNull();
  });

  it("records our own corrections separately from changes in the law", () => {
    expect(getFact("ch-post-fee-other").changes).toEqual([expect.objectContaining({ kind: "correction", from: { kind: "money", amount: "11.50", currency: "CHF" } })]);
    expect(factPeriods("ch-post-fee-other")).toHaveLength(1);
  });
});
