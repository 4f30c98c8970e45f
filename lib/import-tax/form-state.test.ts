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
});
