import { describe, expect, it } from "vitest";
import { estimateLandedCost } from "./estimate";
import { toApiResponse } from "./api";
import { getCalculatorMetadata } from "./metadata";
import { CATEGORIES } from "./categories";
import { quote } from "./test-support";

describe("toApiResponse", () => {
  it("converts every amount to major units, exact to the minor unit", () => {
    const result = toApiResponse(
      estimateLandedCost({ destination: "DE", region: null, date: "2026-08-15", items: [{ category: "clothing", unitPrice: 4000, quantity: 1 }], shipping: 500, insurance: 0, sellerCollectsTax: true, channel: "post" }),
    );
    expect(result).toMatchObject({ goods: 40, shipping: 5, insurance: 0, duty: 3, tax: 8.55, fees: 0, total: 56.55, payAtCheckout: 56.55, payOnDelivery: 0, currencyMinorDigits: 2 });
    expect(result.lines.map((l) => [l.id, l.amount, l.basis])).toEqual([
      ["duty-low-value-checkout", 3, 40],
      ["tax-1900-checkout", 8.55, 45],
    ]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("keeps yen and won whole and converts both scenarios", () => {
    const result = quote({ destination: "JP", date: "2026-08-15", items: [{ category: "clothing", price: 20000 }], shipping: 1000, sellerCollectsTax: null });
    expect(result.currencyMinorDigits).toBe(0);
    expect(result.scenarios?.payOnDelivery.total).toBe(23930);
    expect(result.scenarios?.sellerCollects.total).toBe(23730);
    expect(result.primaryScenario).toBe("payOnDelivery");
  });

  it("explains in sentences, with sources and a verification date", () => {
    const result = quote({ destination: "DE", date: "2026-06-15", items: [{ category: "clothing", price: 40 }], shipping: 5, sellerCollectsTax: true });
    expect(result.explanation).toContain("Your goods come to €40.00, no more than €150, so IOSS applies. Under the EU Import One-Stop Shop (IOSS) the seller or marketplace charges the VAT of your country at checkout, on the price including shipping, and no import VAT is due at the border.");
    expect(result.sources.length).toBeGreaterThan(0);
    expect(result.rulesVerified).toBe("2026-12-01");
  });
});

describe("getCalculatorMetadata", () => {
  it("lists destinations with currency, minor digits and Canadian regions, and the categories", () => {
    const metadata = getCalculatorMetadata("2026-11-27", "2026-11-27");
    expect(metadata.destinations).toHaveLength(37);
    expect(metadata.destinations.find((d) => d.code === "JP")).toMatchObject({ currency: "JPY", currencyMinorDigits: 0, regions: [] });
    const canada = metadata.destinations.find((d) => d.code === "CA");
    expect(canada?.regionLabel).toBe("Province or territory");
    expect(canada?.regions.map((r) => r.code)).toEqual(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]);
    expect(metadata.categories.map((c) => c.code)).toEqual([...CATEGORIES]);
  });

  it("gives the currency in force on the date (Bulgaria: lev in 2025, euro from 2026)", () => {
    expect(getCalculatorMetadata("2025-06-01", "2026-11-27").destinations.find((d) => d.code === "BG")?.currency).toBe("BGN");
    expect(getCalculatorMetadata("2030-01-01", "2026-11-27").destinations.find((d) => d.code === "BG")?.currency).toBe("EUR");
  });
});

describe("priceCurrency and exchangeRate in the API", () => {
  it("converts a yuan price and says which rate was used, its date and its source", () => {
    const result = quote({ destination: "DE", date: "2025-05-10", items: [{ category: "clothing", price: 400 }], shipping: 40, sellerCollectsTax: true, priceCurrency: "CNY" });
    // EU customs rate for May 2025: ECB of 23 April 2025, €1 = CN¥8.3199. CN¥400 → €48.08, CN¥40 → €4.81.
    expect(result).toMatchObject({ currency: "EUR", priceCurrency: "CNY", goods: 48.08, shipping: 4.81 });
    expect(result.exchangeRate).toMatchObject({ from: "CNY", to: "EUR", rate: "0.120194", date: "2025-04-23", basis: "customs" });
    expect(result.exchangeRate?.source.url).toMatch(/^https:\/\/www\.ecb\.europa\.eu\//);
    expect(Object.keys(result.exchangeRate ?? {}).sort()).toEqual(["basis", "date", "description", "from", "rate", "source", "to"]);
    expect(result.explanation.join(" ")).toMatch(/Your prices in CNY were converted to EUR as customs do/);
  });

  it("has no exchange rate when the prices are in the destination's currency", () => {
    const result = quote({ destination: "DE", date: "2025-05-10", items: [{ category: "clothing", price: 40 }], sellerCollectsTax: true });
    expect(result).toMatchObject({ priceCurrency: "EUR", exchangeRate: null, totalIsMinimum: false, totalRange: null });
  });

  it("says when a total is a minimum, with the range in major units", () => {
    const result = quote({ destination: "US", date: "2026-10-01", items: [{ category: "clothing", price: 50 }], sellerCollectsTax: false });
    expect(result).toMatchObject({ totalIsMinimum: true, totalRange: { min: 50, max: 66 } });
    expect(result.unknownCharges[0]?.range).toMatchObject({ min: 0, max: 16 });
    expect(result.lines).toEqual([]);
  });

  it("gives a flat fee no basis", () => {
    const result = quote({ destination: "GB", date: "2026-10-01", items: [{ category: "clothing", price: 200 }], sellerCollectsTax: false });
    expect(result.lines.find((l) => l.kind === "fee")).toMatchObject({ basis: null, amount: 8 });
  });
});

describe("calculator metadata for a date from a link", () => {
  it("falls back to today for a day that does not exist, instead of failing the page", () => {
    expect(getCalculatorMetadata("2026-02-30", "2026-11-27").date).toBe("2026-11-27");
    expect(getCalculatorMetadata("9999-12-31", "2026-11-27").date).toBe("2028-12-31");
  });
});
