import { describe, expect, it } from "vitest";
import { parseLandedCostJson } from "../parse";
import { quote } from "../test-support";
import { convertAmount, divideToDecimal, findExchangeRate, newestRateDate, penultimateWednesday, RATE_TABLES, type RateTables } from "./index";

const DE = { code: "DE", group: "eu" as const, currency: "EUR" as const, name: "Germany" };
const GB = { code: "GB", group: "other" as const, currency: "GBP" as const, name: "United Kingdom" };
const CA = { code: "CA", group: "other" as const, currency: "CAD" as const, name: "Canada" };
const PL = { code: "PL", group: "eu" as const, currency: "PLN" as const, name: "Poland" };
const today = { today: "2026-11-27" };

/** The checked-in tables plus a customs month and day in the shape rates:update writes them (sample figures for the test, not real rates). */
const withCustomsTables: RateTables = {
  ...RATE_TABLES,
  hmrc: { ...RATE_TABLES.hmrc, months: [{ month: "2025-05", rates: { CNY: "9.6245", USD: "1.3314" } }] },
  boc: { ...RATE_TABLES.boc, days: [{ date: "2025-04-24", rates: { CNY: "0.1898", USD: "1.3849" } }] },
};

describe("the EU customs rate for a month", () => {
  it("is set on the penultimate Wednesday of the month before (Art. 146, Reg. 2015/2447)", () => {
    expect(penultimateWednesday("2025-04-01")).toBe("2025-04-23"); // 30 April is the last Wednesday
    expect(penultimateWednesday("2026-02-10")).toBe("2026-02-18"); // last Wednesday 25 February
    expect(penultimateWednesday("2025-12-31")).toBe("2025-12-24");
  });

  it("converts a US-dollar price for May 2025 at the ECB rate of 23 April 2025", () => {
    const rate = findExchangeRate(DE, "USD", "2025-05-10");
    expect(rate).toMatchObject({ from: "USD", to: "EUR", date: "2025-04-23", basis: "customs", confidence: "high", divideBy: "1.1415", warning: null });
    expect(rate?.rate).toBe("0.876040"); // 1 ÷ 1.1415
    expect(convertAmount(10_000, rate!)).toBe(8_760); // US$100.00 → €87.60
  });

  it("crosses through the euro for a non-euro member and says its customs may differ", () => {
    const rate = findExchangeRate(PL, "CNY", "2025-05-10");
    expect(rate).toMatchObject({ basis: "reference", multiplyBy: "4.2915", divideBy: "8.3199", date: "2025-04-23" });
    expect(rate?.warning).toMatch(/Poland's customs may convert at its own central bank's rate/);
  });
});

describe("rounding", () => {
  it("rounds each converted amount half-up once, from the exact fraction", () => {
    // ¥1 at €1 = ¥200 is exactly half a cent: up to 1 cent. At ¥201 it is 0.4975 cents: down to 0.
    expect(convertAmount(1, { from: "JPY", to: "EUR", multiplyBy: "1", divideBy: "200" })).toBe(1);
    expect(convertAmount(1, { from: "JPY", to: "EUR", multiplyBy: "1", divideBy: "201" })).toBe(0);
    // Into a currency without minor units: US$1.00 at ¥161.68 per € and $1.1415 per € is ¥141.64 → ¥142.
    expect(convertAmount(100, { from: "USD", to: "JPY", multiplyBy: "161.68", divideBy: "1.1415" })).toBe(142);
  });

  it("shows the rate to six decimal places, rounded half-up", () => {
    expect(divideToDecimal("0.855", "8.2925", 6)).toBe("0.103105");
    expect(divideToDecimal("1", "3", 6)).toBe("0.333333");
    expect(divideToDecimal("2", "3", 6)).toBe("0.666667");
  });
});

describe("thresholds are tested on the converted value, as customs do", () => {
  // €150 at $1.1415 = $171.225. $171.22 converts to €150.00 (at the limit, IOSS applies);
  // $171.24 converts to €150.01 (over it: no IOSS, VAT and duty at the border).
  it("US$171.22 is €150.00 after conversion: still under IOSS", () => {
    const result = quote({ destination: "DE", date: "2025-05-10", items: [{ category: "toys", price: "171.22" }], sellerCollectsTax: true, priceCurrency: "USD" });
    expect(result.goods).toBe(150);
    expect(result.payOnDelivery).toBe(0);
    expect(result.lines.every((l) => l.paidWhen === "checkout")).toBe(true);
    expect(result.exchangeRate).toEqual({
      from: "USD",
      to: "EUR",
      rate: "0.876040",
      date: "2025-04-23",
      source: RATE_TABLES.ecb.source,
      basis: "customs",
      description: "the EU customs rate for May 2025: the ECB reference rate of 23 April 2025 (€1 = 1.1415 USD)",
    });
  });

  it("US$171.24 is €150.01 after conversion: over the limit, charged at the border", () => {
    const result = quote({ destination: "DE", date: "2025-05-10", items: [{ category: "toys", price: "171.24" }], sellerCollectsTax: true, priceCurrency: "USD" });
    expect(result.goods).toBe(150.01);
    expect(result.payOnDelivery).toBeGreaterThan(0);
    expect(result.warnings.join(" ")).toMatch(/cannot apply: your goods come to €150\.01/);
  });

  it("HMRC's monthly rate decides the £135 limit for a yuan price", () => {
    // £135 × 9.6245 = CN¥1,299.3075: CN¥1,299.30 is £134.9999… → £135.00; CN¥1,299.40 is £135.01.
    const rate = (date: string) => findExchangeRate(GB, "CNY", date, withCustomsTables)!;
    expect(rate("2025-05-20")).toMatchObject({ basis: "customs", date: "2025-05-01", divideBy: "9.6245", confidence: "high" });
    expect(rate("2025-05-20").description).toBe("HMRC's customs exchange rate for May 2025 (£1 = 9.6245 CNY)");
    expect(convertAmount(129_930, rate("2025-05-20"))).toBe(13_500);
    expect(convertAmount(129_940, rate("2025-05-20"))).toBe(13_501);
  });

  it("Canada converts at the Bank of Canada rate of the day or the last business day before", () => {
    const rate = findExchangeRate(CA, "CNY", "2025-04-26", withCustomsTables);
    expect(rate).toMatchObject({ basis: "customs", date: "2025-04-24", multiplyBy: "0.1898" });
    expect(convertAmount(10_000, rate!)).toBe(1_898); // CN¥100 → C$18.98
  });
});

describe("when customs' own rate is missing", () => {
  it("uses the ECB reference rate of the day, crossed through the euro, and says so", () => {
    const rate = findExchangeRate(GB, "CNY", "2025-04-24");
    expect(rate).toMatchObject({ basis: "reference", date: "2025-04-24", multiplyBy: "0.855", divideBy: "8.2925", rate: "0.103105", confidence: "medium" });
    expect(rate?.warning).toMatch(/no customs exchange rate for United Kingdom/);
    expect(convertAmount(100_000, rate!)).toBe(10_311); // CN¥1,000 → £103.1052… → £103.11
  });

  it("falls back to the newest rate held, with its age, and low confidence once it is over 45 days old", () => {
    const recent = findExchangeRate(GB, "CNY", "2025-05-10");
    expect(recent).toMatchObject({ basis: "fallback", date: "2025-04-25", confidence: "medium" });
    expect(recent?.warning).toMatch(/newest we have, from 25 April 2025 \(15 days earlier\)/);
    expect(findExchangeRate(GB, "CNY", "2026-10-01")).toMatchObject({ basis: "fallback", confidence: "low" });
  });

  it("has no rate at all before the first one we hold: the shopper is asked to use the local currency", () => {
    expect(findExchangeRate(GB, "CNY", "2025-03-01")).toBeNull();
    const parsed = parseLandedCostJson({ destination: "GB", date: "2025-03-01", items: [{ category: "toys", price: 100 }], priceCurrency: "CNY" }, today);
    expect(parsed).toEqual({
      ok: false,
      errors: [{ path: "priceCurrency", message: "We have no exchange rate from CNY (Chinese yuan) to GBP for 1 March 2025 (our rates start on 17 April 2025). Enter the prices in GBP instead." }],
    });
  });

  it("needs no rate when the price is already in the destination's currency", () => {
    expect(findExchangeRate(GB, "GBP", "2025-03-01")).toBeNull();
    expect(parseLandedCostJson({ destination: "GB", date: "2025-03-01", items: [{ category: "toys", price: 100 }], priceCurrency: "gbp" }, today)).toMatchObject({
      ok: true,
      input: { priceCurrency: "GBP", exchangeRate: null },
    });
  });

  it("refuses a currency it cannot convert", () => {
    const parsed = parseLandedCostJson({ destination: "GB", items: [{ category: "toys", price: 100 }], priceCurrency: "XYZ" }, today);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(["priceCurrency"]);
  });
});

describe("the checked-in tables", () => {
  it("load, validate and say how old they are", () => {
    expect(RATE_TABLES.ecb.days.length).toBeGreaterThan(0);
    expect(newestRateDate()).toBe("2025-04-25");
    for (const code of ["CNY", "USD", "GBP", "HKD", "JPY", "KRW", "CAD", "AUD", "NZD", "CHF", "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "RON", "SGD"] as const) {
      expect(RATE_TABLES.ecb.days.at(-1)?.rates[code], code).toMatch(/^\d+(\.\d+)?$/);
    }
  });
});
