/** Small builders that keep the rule modules readable. Everything they build is zod-checked at load. */
import { CURRENCIES, convertMinor, decimalToMinor, type CurrencyCode } from "../money";
import type { Category } from "../categories";
import type { Confidence, Fee, Money, Rate, Source, Threshold } from "../types";
import { MODELLED_FROM, type IsoDate } from "../dates";
import { factPeriods, factStatement, factValueOn, type Fact, type FactValue } from "../../facts";

/**
 * The day the rule data was last checked: its figures come from the fact registry, whose import-tax
 * facts were verified against their sources on this day.
 */
export const REFERENCE_CHECKED: IsoDate = "2026-12-01";

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

// ---------------------------------------------------------------------------------------------
// Reading figures from the fact registry (lib/facts). Rule modules name each fact by a literal id
// (getFact("gb-low-value-limit")) and turn it into rule data here, so no figure is typed twice.

/** The facts' sources as rule sources, official ones first, each page once. */
export function factSources(...facts: Fact[]): Source[] {
  const all = facts.flatMap((f) => f.sources);
  const ordered = [...all.filter((s) => s.official), ...all.filter((s) => !s.official)];
  const seen = new Set<string>();
  return ordered.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true))).map((s) => ({ title: s.title, url: s.url }));
}

/** A money fact's value (or one of its dated values) as rule money. */
export function moneyFrom(value: FactValue | null, what: string): Money {
  if (value?.kind !== "money") throw new Error(`${what}: expected a money fact value, got ${value === null ? "nothing" : value.kind}`);
  return money(value.amount, value.currency);
}

/** One minor unit less: "under A$10,000" written as an at-most limit of A$9,999.99. */
export function justBelow(limit: Money): Money {
  return { ...limit, minor: limit.minor - 1 };
}

function percentText(value: FactValue | null, what: string): string {
  if (value?.kind !== "percent") throw new Error(`${what}: expected a percent fact value, got ${value === null ? "nothing" : value.kind}`);
  return value.value;
}

/**
 * A tax rate from a fact, or from one of its dated values. The fact's note is shown with the rate
 * only when we are unsure of it (a low-confidence reduced rate says so on the result).
 */
export function taxRate(fact: Fact, value: FactValue | null = fact.value): Rate {
  const note = fact.confidence === "low" ? fact.note : undefined;
  return rate(percentText(value, fact.id), fact.confidence, note, factSources(fact));
}

/** A duty rate from a fact; its statement (with the figure filled in) explains the rate on the result. */
export function dutyRate(fact: Fact): Rate {
  const note = fact.confidence === "low" && fact.note ? `${factStatement(fact.id)} ${fact.note}` : factStatement(fact.id);
  return rate(percentText(fact.value, fact.id), fact.confidence, note, factSources(fact));
}

export interface DatedValue {
  from: IsoDate;
  value: FactValue;
}

/**
 * A fact's values over the modelled dates, from its rule changes: the first starts on MODELLED_FROM.
 * Throws if the fact did not apply on some modelled day, so a rule can never silently lose a figure.
 */
export function datedValues(fact: Fact): DatedValue[] {
  const periods = factPeriods(fact.id).filter((p) => p.to === null || p.to >= MODELLED_FROM);
  const first = periods[0];
  if (!first || (first.from !== null && first.from > MODELLED_FROM)) {
    throw new Error(`Fact ${fact.id} has no value on ${MODELLED_FROM}; the calculator models every day from then`);
  }
  return periods.map((p, i) => ({ from: i === 0 || p.from === null || p.from < MODELLED_FROM ? MODELLED_FROM : p.from, value: p.value }));
}

/** A dated fact's value on `date`, or a thrown error naming the fact and the day. */
export function valueOn(fact: Fact, date: IsoDate): FactValue {
  const value = factValueOn(fact.id, date);
  if (value === null) throw new Error(`Fact ${fact.id} has no value on ${date}`);
  return value;
}

export interface FeeOptions {
  id: string;
  label: string;
  kind: Fee["kind"];
  channels: Fee["channels"];
  goodsAbove?: Money | null;
  goodsAtMost?: Money | null;
  includedInTaxBase?: boolean;
  /** What the result says about the fee; by default the fact's statement. */
  note?: string;
  /** The fee's value on the version's dates, for a fee that changed (defaults to the fact's value). */
  value?: FactValue;
}

/** A fee line from a money fact: amount, confidence, date checked and sources all come from the fact. */
export function feeFrom(fact: Fact, options: FeeOptions): Fee {
  return {
    id: options.id,
    label: options.label,
    kind: options.kind,
    channels: options.channels,
    amount: moneyFrom(options.value ?? fact.value, fact.id),
    goodsAbove: options.goodsAbove ?? null,
    goodsAtMost: options.goodsAtMost ?? null,
    includedInTaxBase: options.includedInTaxBase ?? false,
    confidence: fact.confidence,
    asOf: fact.lastVerified,
    note: options.note ?? factStatement(fact.id),
    sources: factSources(fact),
  };
}
