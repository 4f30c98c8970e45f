import { describe, expect, it } from "vitest";
import { canonicalFromFormFields, defaultFormState, formStateFromQuery, formStateToQuery } from "./form-state";

describe("calculator URL state", () => {
  const defaults = defaultFormState("DE", "2026-11-27");

  it("round-trips the shareable query", () => {
    const query = "destination=GB&date=2026-10-01&item=clothing%2C120%2C1&item=toys%2C5%2C2&shipping=10&insurance=0&sellerCollectsTax=true&channel=post";
    const state = formStateFromQuery(new URLSearchParams(query), defaults);
    expect(state.items).toEqual([
      { category: "clothing", price: "120", quantity: "1" },
      { category: "toys", price: "5", quantity: "2" },
    ]);
    expect(formStateToQuery(state).toString()).toBe(query);
  });

  it("leaves out rows without a price", () => {
    const state = { ...defaults, items: [{ category: "books", price: " ", quantity: "1" }, { category: "toys", price: "3.50", quantity: "" }] };
    expect(formStateToQuery(state).getAll("item")).toEqual(["toys,3.50,1"]);
  });

  it("turns a no-JavaScript submission into the canonical query, dropping empty and removed rows", () => {
    const form = new URLSearchParams("destination=AU&category=clothing&price=1050&quantity=1&category=toys&price=&quantity=1&category=books&price=9&quantity=2&shipping=50&channel=post&sellerCollectsTax=false&remove=2");
    expect(canonicalFromFormFields(form)?.toString()).toBe("destination=AU&shipping=50&sellerCollectsTax=false&channel=post&item=clothing%2C1050%2C1");
    expect(canonicalFromFormFields(new URLSearchParams("destination=AU&item=clothing,1,1"))).toBeNull();
  });

  it("writes a decimal comma as a point, so the link never splits a price (issue 13.4)", () => {
    const state = { ...defaults, items: [{ category: "clothing", price: "39,99", quantity: "1" }], shipping: "4,50" };
    const query = formStateToQuery(state);
    expect(query.getAll("item")).toEqual(["clothing,39.99,1"]);
    expect(query.get("shipping")).toBe("4.50");
    const form = new URLSearchParams("destination=DE&category=clothing&price=39%2C99&quantity=1&shipping=4%2C50");
    expect(canonicalFromFormFields(form)?.getAll("item")).toEqual(["clothing,39.99,1"]);
    expect(canonicalFromFormFields(form)?.get("shipping")).toBe("4.50");
  });

  it("keeps the price currency in the link only when it is not the destination's own", () => {
    expect(formStateToQuery(defaults).has("priceCurrency")).toBe(false);
    const query = formStateToQuery({ ...defaults, priceCurrency: "CNY", items: [{ category: "toys", price: "99", quantity: "1" }] });
    expect(query.get("priceCurrency")).toBe("CNY");
    expect(formStateFromQuery(query, defaults).priceCurrency).toBe("CNY");
    expect(canonicalFromFormFields(new URLSearchParams("destination=GB&priceCurrency=CNY&category=toys&price=99&billedTax=12,40"))?.toString()).toBe(
      "destination=GB&priceCurrency=CNY&billedTax=12.40&item=toys%2C99%2C1",
    );
  });
});
