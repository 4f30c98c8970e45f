import { describe, expect, it } from "vitest";
import { isBelowCollectionMinimum, type CollectionMinimum } from "./collection-minimum";

const germany: CollectionMinimum = { amount: { currency: "EUR", minor: 100 }, when: "below", note: "Under €1 is not collected.", covers: "importCharges" };
const switzerland: CollectionMinimum = { amount: { currency: "CHF", minor: 500 }, when: "atOrBelow", note: "CHF 5 or less is not levied.", covers: "tax" };

describe("small import charges that customs do not collect", () => {
  it("Germany measures duty and VAT together: 91 cents of VAT is collected when €3 duty is due", () => {
    expect(isBelowCollectionMinimum(germany, 91, 300)).toBe(false);
    expect(isBelowCollectionMinimum(germany, 91, 0)).toBe(true);
    expect(isBelowCollectionMinimum(germany, 60, 39)).toBe(true);
    expect(isBelowCollectionMinimum(germany, 60, 40)).toBe(false);
  });

  it("Switzerland measures VAT alone, and CHF 5.00 itself is not levied", () => {
    expect(isBelowCollectionMinimum(switzerland, 500, 10_000)).toBe(true);
    expect(isBelowCollectionMinimum(switzerland, 501, 0)).toBe(false);
  });
});
