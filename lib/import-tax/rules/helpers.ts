/** Small builders that keep the rule modules readable. Everything they build is zod-checked at load. */
import { CURRENCIES, convertMinor, decimalToMinor, type CurrencyCode } from "../money";
import type { Category } from "../categories";
import type { Confidence, Money, Rate, Source, Threshold } from "../types";
import type { IsoDate } from "../dates";

/** The day the rule data was last checked against shared/reference/import-tax-rules.md. */
export const REFERENCE_CHECKED: IsoDate = "2026-11-27";

/** money("150", "EUR") → 15 000 cents. Writing major units in the data avoids miscounted zeros. */
export function money(major: string, currency: CurrencyCode): Money {
  const minor = decimalToMinor(major, CURRENCIES[currency].minorDigits);
  if (minor === null) throw new Error(`Bad amount "${major}" in rule data`);
  return { currency, minor };
}

/**
 * A threshold the law states in a foreign currency, converted at a dated, assumed rate. The
 * authorities convert at their own official rate (often weekly), so results near the limit are
 * flagged by the engine and never marked high confidence.
 */
export function converted(
  major: string,
  from: CurrencyCode,
  to: CurrencyCode,
  assumption: { rate: string; asOf: IsoDate; note: string; confidence: Confidence },
): Money {
  const source = money(major, from);
  return {
    currency: to,
    minor: convertMinor(source.minor, from, to, assumption.rate),
    conversion: { from, amount: major, rate: assumption.rate, asOf: assumption.asOf, note: assumption.note, confidence: assumption.confidence },
  };
}

/** rate("19", "high") → 1 900 basis points. */
export function rate(percent: string, confidence: Confidence, note?: string, sources?: Source[]): Rate {
  const basisPoints = decimalToMinor(percent, 2);
  if (basisPoints === null) throw new Error(`Bad rate "${percent}" in rule data`);
  return { basisPoints, confidence, ...(note ? { note } : {}), ...(sources ? { sources } : {}) };
}

export function threshold(
  limit: Money,
  options: {
    measure: Threshold["measure"];
    scope?: Threshold["scope"];
    appliesWhen?: Threshold["appliesWhen"];
    excludedCategories?: Category[];
    confidence: Confidence;
    note?: string;
  },
): Threshold {
  return {
    limit,
    measure: options.measure,
    scope: options.scope ?? "consignment",
    appliesWhen: options.appliesWhen ?? "atOrBelow",
    excludedCategories: options.excludedCategories ?? [],
    confidence: options.confidence,
    ...(options.note ? { note: options.note } : {}),
  };
}
