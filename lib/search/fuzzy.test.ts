import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEdits, boundedDistance } from "./fuzzy";

/** Unbounded reference implementation (optimal string alignment) to check the fast one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe("allowedEdits", () => {
  it("allows none below 4 letters, one for 4–7, two for 8 and more", () => {
    expect([1, 3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("boundedDistance", () => {
  it("counts each kind of typo as one edit", () => {
    expect(boundedDistance("chargebak", "chargeback", 2)).toBe(1); // missing letter
    expect(boundedDistance("refunnd", "refund", 1)).toBe(1); // extra letter
    expect(boundedDistance("parcel", "parsel", 1)).toBe(1); // wrong letter
    expect(boundedDistance("reciev", "receiv", 1)).toBe(1); // swapped letters
  });

  it("stops early and reports max + 1 when the words are too far apart", () => {
    expect(boundedDistance("chargeback", "counterfeit", 2)).toBe(3);
    expect(boundedDistance("abc", "abcdefgh", 2)).toBe(3);
  });

  it("agrees with the unbounded algorithm whenever the distance is within the bound", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 500 },
    );
  });
});
