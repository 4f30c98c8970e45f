import { describe, expect, it } from "vitest";
import { parseLandedCostJson, parseLandedCostQuery, type ParseResult } from "./parse";

const today = { today: "2026-11-27" };
const example = {
  destination: "DE",
  region: null,
  date: "2026-08-15",
  items: [{ category: "clothing", price: 40, quantity: 1 }],
  shipping: 5,
  insurance: 0,
  sellerCollectsTax: true,
  channel: "post",
};

function errorsOf(result: ParseResult): Record<string, string> {
  if (result.ok) throw new Error("expected errors");
  return Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
}

describe("parseLandedCostJson", () => {
  it("reads the documented example into minor units", () => {
    expect(parseLandedCostJson(example, today)).toEqual({
      ok: true,
      input: {
        destination: "DE",
        region: null,
        date: "2026-08-15",
        items: [{ category: "clothing", unitPrice: 4000, quantity: 1 }],
        shipping: 500,
        insurance: 0,
        sellerCollectsTax: true,
        channel: "post",
        priceCurrency: "EUR",
        exchangeRate: null,
      },
    });
  });

  it("defaults the date to today, the seller to unknown and the channel to post", () => {
    const result = parseLandedCostJson({ destination: "gb", items: [{ category: "toys", price: "12.5" }] }, today);
    expect(result).toMatchObject({ ok: true, input: { destination: "GB", date: "2026-11-27", sellerCollectsTax: null, channel: "post", shipping: 0, items: [{ unitPrice: 1250, quantity: 1 }] } });
  });

  it("rounds major units half-up to the currency's minor unit (1.475 → 1.48; yen has none)", () => {
    expect(parseLandedCostJson({ ...example, items: [{ category: "toys", price: 1.475, quantity: 1 }] }, today)).toMatchObject({ input: { items: [{ unitPrice: 148 }] } });
    expect(parseLandedCostJson({ ...example, destination: "JP", items: [{ category: "toys", price: 1500.5, quantity: 1 }] }, today)).toMatchObject({ input: { items: [{ unitPrice: 1501 }] } });
  });

  it("rejects unknown destinations and categories in plain English", () => {
    const errors = errorsOf(parseLandedCostJson({ ...example, destination: "XX", items: [{ category: "cars", price: 10, quantity: 1 }] }, today));
    expect(errors.destination).toMatch(/We don't have rules for "XX"/);
    expect(errors["items.0.category"]).toMatch(/Choose a category from the list/);
  });

  it("rejects negative, non-numeric and absurd amounts", () => {
    const errors = errorsOf(
      parseLandedCostJson(
        { ...example, items: [{ category: "toys", price: -1, quantity: 1 }, { category: "toys", price: "12 €", quantity: 1 }, { category: "toys", price: 10_000_001, quantity: 1 }], shipping: -5 },
        today,
      ),
    );
    expect(errors).toMatchObject({
      "items.0.price": "The price can't be negative.",
      "items.1.price": expect.stringMatching(/must be a number/),
      "items.2.price": "The price is too large to estimate: enter at most €10,000,000.",
      shipping: "The shipping cost can't be negative.",
    });
  });

  it("rejects an order whose total is absurd even if each price is not", () => {
    const errors = errorsOf(parseLandedCostJson({ ...example, items: [{ category: "toys", price: 9_000_000, quantity: 2 }] }, today));
    expect(errors.items).toMatch(/too large to estimate/);
  });

  it("rejects more than 50 items and non-integer quantities", () => {
    const many = Array.from({ length: 51 }, () => ({ category: "toys", price: 1, quantity: 1 }));
    expect(errorsOf(parseLandedCostJson({ ...example, items: many }, today)).items).toMatch(/at most 50 items/);
    expect(errorsOf(parseLandedCostJson({ ...example, items: [{ category: "toys", price: 1, quantity: 1.5 }] }, today))["items.0.quantity"]).toMatch(/whole number from 1 to 1,000/);
    expect(errorsOf(parseLandedCostJson({ ...example, items: [] }, today)).items).toBe("Add at least one item.");
  });

  it("rejects dates outside the modelled range with a clear message", () => {
    expect(errorsOf(parseLandedCostJson({ ...example, date: "2029-01-01" }, today)).date).toBe(
      "We can only estimate for dates from 1 January 2025 to 31 December 2028: the rules outside that range are not modelled.",
    );
    expect(errorsOf(parseLandedCostJson({ ...example, date: "2026-02-30" }, today)).date).toMatch(/YYYY-MM-DD/);
  });

  it("requires a province for Canada and refuses one elsewhere", () => {
    expect(errorsOf(parseLandedCostJson({ ...example, destination: "CA" }, today)).region).toMatch(/Choose your province or territory/);
    expect(errorsOf(parseLandedCostJson({ ...example, destination: "CA", region: "ZZ" }, today)).region).toMatch(/"ZZ" is not a Canada province/);
    expect(parseLandedCostJson({ ...example, destination: "CA", region: "ab" }, today)).toMatchObject({ ok: true, input: { region: "AB", items: [{ unitPrice: 4000 }] } });
    expect(errorsOf(parseLandedCostJson({ ...example, region: "ON" }, today)).region).toMatch(/Only Canada needs a province/);
  });

  it("reads amounts in the currency of the date: Bulgarian leva in 2025", () => {
    expect(parseLandedCostJson({ ...example, destination: "BG", date: "2025-05-01" }, today)).toMatchObject({ ok: true, input: { items: [{ unitPrice: 4000 }] } });
  });

  it("rejects a body that is not an order", () => {
    expect(parseLandedCostJson("hello", today)).toEqual({ ok: false, errors: [{ path: "", message: "Send the order as a JSON object." }] });
    expect(errorsOf(parseLandedCostJson({ destination: "DE", items: [{ category: "toys" }] }, today))["items.0.price"]).toMatch(/Enter an amount/);
    expect(errorsOf(parseLandedCostJson({ ...example, sellerCollectsTax: "maybe", channel: "boat" }, today))).toMatchObject({
      sellerCollectsTax: expect.stringMatching(/true, false or unknown/),
      channel: "Choose how the parcel is sent: post or courier.",
    });
  });
});

describe("parseLandedCostQuery", () => {
  it("reads the documented URL", () => {
    const params = new URLSearchParams("destination=GB&date=2026-10-01&item=clothing,120,1&item=toys,5,2&shipping=10&insurance=0&sellerCollectsTax=true&channel=post");
    expect(parseLandedCostQuery(params, today)).toEqual({
      ok: true,
      input: {
        destination: "GB",
        region: null,
        date: "2026-10-01",
        items: [{ category: "clothing", unitPrice: 12000, quantity: 1 }, { category: "toys", unitPrice: 500, quantity: 2 }],
        shipping: 1000,
        insurance: 0,
        sellerCollectsTax: true,
        channel: "post",
        priceCurrency: "GBP",
        exchangeRate: null,
      },
    });
  });

  it("accepts Next.js searchParams records and sellerCollectsTax=unknown", () => {
    const result = parseLandedCostQuery({ destination: "CA", region: "ON", item: ["books,20"], sellerCollectsTax: "unknown", channel: undefined }, today);
    expect(result).toMatchObject({ ok: true, input: { region: "ON", sellerCollectsTax: null, items: [{ category: "books", unitPrice: 2000, quantity: 1 }] } });
  });

  it("explains a malformed item", () => {
    const errors = errorsOf(parseLandedCostQuery(new URLSearchParams("destination=DE&item=clothing&item=toys,1,2,3,4&item=toys,1,0"), today));
    // Never the link's internal format: say which item, and what to do.
    expect(errors["items.0"]).toBe("Item 1 could not be read from the link. Choose its type and enter its price again.");
    expect(errors["items.1"]).toMatch(/^Item 2 could not be read/);
    expect(Object.values(errors).join(" ")).not.toMatch(/category,price/);
    expect(errors["items.2.quantity"]).toMatch(/whole number/);
  });

  it("rejects an unknown sellerCollectsTax value", () => {
    expect(errorsOf(parseLandedCostQuery(new URLSearchParams("destination=DE&item=toys,1&sellerCollectsTax=yes"), today)).sellerCollectsTax).toMatch(/true, false or unknown/);
  });
});

describe("prices as people write them", () => {
  it("accepts a decimal comma: 39,99 is 39.99 (issue 13.4)", () => {
    expect(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "39,99", quantity: 1 }], shipping: "4,50" }, today)).toMatchObject({
      ok: true,
      input: { items: [{ unitPrice: 3999 }], shipping: 450 },
    });
    expect(parseLandedCostQuery({ destination: "DE", item: "clothing,39,99,1", date: "2026-08-15" }, today)).toMatchObject({ ok: true, input: { items: [{ unitPrice: 3999, quantity: 1 }] } });
  });

  it("reads thousands separators either way round and refuses an ambiguous 1,234", () => {
    expect(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "1.234,56" }] }, today)).toMatchObject({ input: { items: [{ unitPrice: 123456 }] } });
    expect(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "1,234.56" }] }, today)).toMatchObject({ input: { items: [{ unitPrice: 123456 }] } });
    expect(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "1 234,56" }] }, today)).toMatchObject({ input: { items: [{ unitPrice: 123456 }] } });
    const errors = errorsOf(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "1,234" }] }, today));
    expect(errors["items.0.price"]).toMatch(/can't tell whether "1,234" means a thousand or a decimal/);
  });

  it("never shows the link format or developer words in a price message", () => {
    const errors = errorsOf(parseLandedCostJson({ ...example, items: [{ category: "toys", price: "abc" }] }, today));
    expect(errors["items.0.price"]).toBe("The price must be a number, like 40 or 12.99, without a currency sign.");
  });
});

describe("limits (issue 16)", () => {
  it("answers a body with thousands of items with one error, before looking at any item", () => {
    const many = Array.from({ length: 8170 }, () => ({ category: "nope", price: -1 }));
    const result = parseLandedCostJson({ ...example, items: many }, today);
    expect(result).toEqual({ ok: false, errors: [{ path: "items", message: "You can add at most 50 items; group identical things into one item with a quantity." }] });
    const query = new URLSearchParams("destination=DE");
    for (let i = 0; i < 500; i++) query.append("item", "bad");
    expect(parseLandedCostQuery(query, today)).toEqual({ ok: false, errors: [{ path: "items", message: expect.stringMatching(/at most 50 items/) }] });
  });

  it("caps any error list at the first 20", () => {
    const items = Array.from({ length: 50 }, () => ({ category: "nope", price: "x", quantity: 0 }));
    const result = parseLandedCostJson({ ...example, items }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(20);
  });

  it("gives a year-9999 date a plain error", () => {
    expect(errorsOf(parseLandedCostJson({ ...example, date: "9999-12-31" }, today)).date).toMatch(/^We can only estimate for dates from 1 January 2025 to 31 December 2028/);
    expect(errorsOf(parseLandedCostQuery({ destination: "GB", item: "toys,5", date: "9999-12-31", priceCurrency: "CNY" }, today)).date).toMatch(/only estimate/);
    expect(errorsOf(parseLandedCostJson({ ...example, date: "+275760-09-13" }, today)).date).toMatch(/YYYY-MM-DD/);
  });
});
