import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateProportionally, applyRate, convertMinor, decimalToMinor, formatMoney, formatRate, minorToMajor, numberToMinor } from "./money";

describe("decimal input to minor units", () => {
  it("rounds 1.475 half-up to 1.48 without floating-point drift", () => {
    expect(numberToMinor(1.475, 2)).toBe(148);
    expect(decimalToMinor("1.475", 2)).toBe(148);
  });

  it("does not inherit binary drift: 1.005 becomes 1.01, where Math.round(1.005 * 100) gives 1.00", () => {
    expect(Math.round(1.005 * 100)).toBe(100); // 1.005 * 100 === 100.49999999999999
    expect(numberToMinor(1.005, 2)).toBe(101);
  });

  it("rounds only on the first dropped digit", () => {
    expect(decimalToMinor("1.4749", 2)).toBe(147);
    expect(decimalToMinor("0.005", 2)).toBe(1);
    expect(decimalToMinor("0.004999", 2)).toBe(0);
    expect(decimalToMinor("100.5", 0)).toBe(101);
    expect(numberToMinor(0.1 + 0.2, 2)).toBe(30);
  });

  it("reads plain integers and rejects anything else", () => {
    expect(decimalToMinor("40", 2)).toBe(4000);
    expect(decimalToMinor("007.10", 2)).toBe(710);
    expect(decimalToMinor("1,5", 2)).toBeNull();
    expect(decimalToMinor("-1", 2)).toBeNull();
    expect(decimalToMinor("1e3", 2)).toBeNull();
    expect(decimalToMinor("9999999999999999", 2)).toBeNull();
    expect(numberToMinor(-1, 2)).toBeNull();
    expect(numberToMinor(Number.NaN, 2)).toBeNull();
    expect(numberToMinor(1e21, 2)).toBeNull();
    expect(numberToMinor(1e-7, 2)).toBe(0);
  });
});

describe("rate products", () => {
  it("rounds a tax line half-up: 10 % of 14.75 is 1.475 → 1.48", () => {
    expect(applyRate(1475, 1000)).toBe(148);
    expect(applyRate(4500, 1900)).toBe(855); // 19 % of 45.00 = 8.55 exactly
    expect(applyRate(4500, 2550)).toBe(1148); // 25.5 % of 45.00 = 11.475 → 11.48
  });

  it("equals exact rational rounding for any amount and rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        const exact = (BigInt(amount) * BigInt(bp) * 2n + 10_000n) / 20_000n; // half-up in BigInt
        expect(applyRate(amount, bp)).toBe(Number(exact));
      }),
    );
  });
});

describe("allocation", () => {
  it("splits exactly and by value", () => {
    expect(allocateProportionally(100, [4000, 200])).toEqual([95, 5]);
    expect(allocateProportionally(10, [0, 0])).toEqual([10, 0]);
    expect(allocateProportionally(0, [1, 2])).toEqual([0, 0]);
  });

  it("always sums to the total with no negative share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 50 }), (total, weights) => {
        const shares = allocateProportionally(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        expect(shares.every((s) => Number.isInteger(s) && s >= 0)).toBe(true);
      }),
    );
  });
});

describe("conversion and formatting", () => {
  it("converts a foreign-currency threshold at a decimal rate", () => {
    expect(convertMinor(15000, "EUR", "PLN", "4.27")).toBe(64050);
    expect(convertMinor(15000, "USD", "KRW", "1400")).toBe(210000);
    expect(convertMinor(15000, "EUR", "BGN", "1.95583")).toBe(29337); // 293.3745 → 293.37
  });

  it("formats money and rates for sentences", () => {
    expect(formatMoney(855, "EUR")).toBe("€8.55");
    expect(formatMoney(15000, "EUR", { compact: true })).toBe("€150");
    expect(formatMoney(1000000, "JPY")).toBe("¥1,000,000");
    expect(formatMoney(500, "CHF", { compact: true })).toBe("CHF 5");
    expect(formatRate(1900)).toBe("19%");
    expect(formatRate(810)).toBe("8.1%");
    expect(formatRate(550)).toBe("5.5%");
    expect(minorToMajor(855, "EUR")).toBe(8.55);
    expect(minorToMajor(23930, "JPY")).toBe(23930);
  });
});
