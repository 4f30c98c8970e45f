/**
 * Money arithmetic for the landed-cost engine.
 *
 * Every amount is an integer number of minor units (cents, pence, öre; yen and won have none).
 * Rates are integer basis points (1 bp = 0.01 %), so a rate product is `amount × bp / 10 000`
 * and the only rounding is one explicit half-up step per tax line. Amounts are capped at parse
 * time (see parse.ts) so `amount × bp` stays below Number.MAX_SAFE_INTEGER; only the value-weighted
 * allocation, whose products can be larger, uses BigInt.
 */

export { CURRENCIES, CURRENCY_CODES, isCurrencyCode, type CurrencyCode } from "../money/currencies";
import { CURRENCIES, type CurrencyCode } from "../money/currencies";

export function minorDigitsOf(currency: CurrencyCode): number {
  return CURRENCIES[currency].minorDigits;
}

/**
 * Largest amount we accept for one order, in MAJOR units of each currency. Roughly ten million
 * euros' worth or more; above that the input is a typo, not a parcel. Weak currencies get a larger
 * cap so an ordinary order is never rejected (₩10 million is only about €6,000).
 */
export const MAX_MAJOR_AMOUNT: Record<CurrencyCode, number> = {
  EUR: 10_000_000, GBP: 10_000_000, USD: 10_000_000, CAD: 10_000_000, AUD: 10_000_000,
  NZD: 10_000_000, CHF: 10_000_000, NOK: 100_000_000, JPY: 1_000_000_000, KRW: 10_000_000_000,
  SGD: 10_000_000, BGN: 20_000_000, CZK: 250_000_000, DKK: 100_000_000, HUF: 1_000_000_000,
  PLN: 50_000_000, RON: 50_000_000, SEK: 100_000_000, CNY: 100_000_000, HKD: 100_000_000,
};

export function maxMinorAmount(currency: CurrencyCode): number {
  return MAX_MAJOR_AMOUNT[currency] * 10 ** minorDigitsOf(currency);
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Converts a non-negative decimal string in major units to integer minor units, rounding half-up
 * on the first dropped digit ("1.475" → 148 with 2 digits). Working on the decimal text avoids
 * binary floating point entirely: 1.475 * 100 is 147.49999999999997 in IEEE 754.
 * Returns null for anything that is not a plain non-negative decimal or is too long to be safe.
 */
export function decimalToMinor(text: string, minorDigits: number): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  const wholeDigits = whole.replace(/^0+(?=\d)/, "");
  if (wholeDigits.length + minorDigits > 15) return null; // beyond any cap; keeps integers exact
  const kept = fraction.slice(0, minorDigits).padEnd(minorDigits, "0");
  const firstDropped = fraction.charAt(minorDigits);
  const minor = Number(wholeDigits + kept);
  return firstDropped !== "" && firstDropped >= "5" ? minor + 1 : minor;
}

/**
 * Same as decimalToMinor for a JSON number. `String(1.475)` is "1.475" (the shortest text that
 * round-trips), so the user's decimal is recovered exactly before rounding.
 */
export function numberToMinor(value: number, minorDigits: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  let text = String(value);
  if (text.includes("e")) {
    if (value >= 1) return null; // 1e21 and up: far beyond any cap
    text = value.toFixed(20);
  }
  return decimalToMinor(text, minorDigits);
}

/** Integer division rounded half-up, for non-negative integers. */
export function divideHalfUp(numerator: number, denominator: number): number {
  assertNonNegativeInteger(numerator, "numerator");
  if (!Number.isInteger(denominator) || denominator <= 0) throw new Error(`Bad denominator ${denominator}`);
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

export const BASIS_POINTS_PER_UNIT = 10_000;

/** `amount × rate`, rounded half-up to the minor unit (one rounding per tax line). */
export function applyRate(amountMinor: number, rateBasisPoints: number): number {
  assertNonNegativeInteger(rateBasisPoints, "rate");
  const product = amountMinor * rateBasisPoints;
  if (!Number.isSafeInteger(product)) throw new Error(`Amount too large for exact arithmetic: ${amountMinor}`);
  return divideHalfUp(product, BASIS_POINTS_PER_UNIT);
}

/**
 * Splits `total` into integer shares proportional to `weights` that add up to `total` exactly
 * (largest-remainder method; ties go to the earlier share). Customs apportion a single freight
 * charge across the goods on an invoice by value; we do the same for shipping and insurance.
 * `total × weight` can exceed 2^53 for large orders in forint or won, so the products use BigInt.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  assertNonNegativeInteger(total, "total");
  if (weights.length === 0) return [];
  weights.forEach((w) => assertNonNegativeInteger(w, "weight"));
  const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
  if (weightSum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const bigTotal = BigInt(total);
  const shares = weights.map((w) => (bigTotal * BigInt(w)) / weightSum);
  const remainders = weights.map((w, i) => ({ i, r: (bigTotal * BigInt(w)) % weightSum }));
  let left = bigTotal - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/**
 * Converts an amount between currencies at a decimal exchange rate given as text
 * ("4.27" target units per source unit), rounded half-up. Used only for thresholds that a law
 * defines in a foreign currency; the rate is always a dated assumption stored with the rule.
 */
export function convertMinor(
  amountMinor: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rateText: string,
): number {
  const match = DECIMAL.exec(rateText);
  if (!match) throw new Error(`Bad exchange rate "${rateText}"`);
  const rateDecimals = (match[2] ?? "").length;
  const rateScaled = Number((match[1] ?? "0") + (match[2] ?? ""));
  const numerator = amountMinor * rateScaled * 10 ** minorDigitsOf(to);
  const denominator = 10 ** rateDecimals * 10 ** minorDigitsOf(from);
  if (!Number.isSafeInteger(numerator)) throw new Error("Conversion too large for exact arithmetic");
  return divideHalfUp(numerator, denominator);
}

/** Minor units to a JSON number in major units. Division by a power of ten yields the double closest to the decimal. */
export function minorToMajor(minor: number, currency: CurrencyCode): number {
  return minor / 10 ** minorDigitsOf(currency);
}

/** "€1,234.50", "¥10,000", "CHF 5" (whole amounts drop ".00" when `compact`). */
export function formatMoney(minor: number, currency: CurrencyCode, options: { compact?: boolean } = {}): string {
  const digits = minorDigitsOf(currency);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const fraction = minor - whole * scale;
  const wholeText = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const showFraction = digits > 0 && !(options.compact && fraction === 0);
  const fractionText = showFraction ? "." + fraction.toString().padStart(digits, "0") : "";
  return `${CURRENCIES[currency].prefix}${wholeText}${fractionText}`;
}

/** 1900 → "19%", 810 → "8.1%", 997 → "9.97%". */
export function formatRate(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = (basisPoints % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? `${whole}%` : `${whole}.${fraction}%`;
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Expected a non-negative integer ${name}, got ${value}`);
}
