/**
 * Which exchange rate customs use for a price in a foreign currency, and the conversion itself.
 *
 * Customs convert the price into the destination's currency at their own official rate for the
 * import date; every threshold (€150, £135, A$1,000) is then tested on the converted value. So the
 * engine never sees a foreign amount: parse.ts converts each price here first.
 *
 * The order we look for a rate in, for an import date D:
 *  1. the destination's official customs rate for D (HMRC's monthly rate for GB; for the EU the ECB
 *     reference rate of the penultimate Wednesday of the month before, which Art. 146 of Commission
 *     Implementing Regulation (EU) 2015/2447 makes the customs rate for the whole month; the Bank of
 *     Canada rate for CA, which the CBSA uses);
 *  2. a central bank's reference rate for D itself or the last working day before it (the ECB's,
 *     crossed through the euro where neither currency is the euro);
 *  3. a stated fallback: the newest ECB rate we hold before D, however old, marked low confidence.
 * Nothing older than our first rate is guessed: the lookup returns null and the shopper is asked to
 * enter the price in the destination's currency instead.
 *
 * Rates are decimal text as published; the conversion is one exact fraction per amount, rounded
 * half-up once, with BigInt (no floating point anywhere).
 */
import { addDays, formatLongDate, type IsoDate } from "../dates";
import { minorDigitsOf, type CurrencyCode } from "../money";
import type { Confidence, Source } from "../types";
import ecbData from "./data/ecb.json";
import hmrcData from "./data/hmrc.json";
import bocData from "./data/boc.json";
import { bocTableSchema, ecbTableSchema, hmrcTableSchema, parseTable, type BocTable, type EcbTable, type HmrcTable } from "./schema";

export interface RateTables {
  ecb: EcbTable;
  hmrc: HmrcTable;
  boc: BocTable;
}

export const RATE_TABLES: RateTables = {
  ecb: parseTable(ecbTableSchema, "lib/import-tax/exchange-rates/data/ecb.json", ecbData),
  hmrc: parseTable(hmrcTableSchema, "lib/import-tax/exchange-rates/data/hmrc.json", hmrcData),
  boc: parseTable(bocTableSchema, "lib/import-tax/exchange-rates/data/boc.json", bocData),
};

/** How far we look back for "the rate of the day" over weekends and holidays before calling it stale. */
const WORKING_DAY_LOOKBACK = 5;
/** A rate older than this (against the import date) is shown with a warning and low confidence. */
export const STALE_AFTER_DAYS = 45;

export type RateBasis = "customs" | "reference" | "fallback";

/** The rate a conversion used, with everything a shopper needs to check it. */
export interface ExchangeRateUsed {
  from: CurrencyCode;
  to: CurrencyCode;
  /** Units of `to` for one unit of `from`, to 6 decimal places, for display. The conversion uses the exact fraction below. */
  rate: string;
  /** The day the rate was published for (for a monthly rate, the first day of the month it applies to). */
  date: IsoDate;
  source: Source;
  basis: RateBasis;
  /** "HMRC's customs rate for June 2026", "the ECB reference rate of 23 April 2025". */
  description: string;
  /** Exact: amount in `to` = amount in `from` × multiplyBy ÷ divideBy. */
  multiplyBy: string;
  divideBy: string;
  confidence: Confidence;
  /** Said next to the result when the rate is not the customs rate of the day (null when it is). */
  warning: string | null;
}

export interface DestinationForRates {
  code: string;
  group: "eu" | "other";
  currency: CurrencyCode;
  name: string;
}

export function findExchangeRate(
  destination: DestinationForRates,
  from: CurrencyCode,
  date: IsoDate,
  tables: RateTables = RATE_TABLES,
): ExchangeRateUsed | null {
  const to = destination.currency;
  if (from === to) return null;
  return customsRate(destination, from, date, tables) ?? referenceRate(destination, from, date, tables) ?? fallbackRate(destination, from, date, tables);
}

/** The earliest import date any rate we hold can serve (for error messages). */
export function firstRateDate(tables: RateTables = RATE_TABLES): IsoDate | null {
  return tables.ecb.days[0]?.date ?? null;
}

/** The newest rate in any table, for the build's staleness warning. */
export function newestRateDate(tables: RateTables = RATE_TABLES): IsoDate | null {
  const dates = [tables.ecb.days.at(-1)?.date, tables.boc.days.at(-1)?.date, tables.hmrc.months.at(-1) ? `${tables.hmrc.months.at(-1)!.month}-01` : undefined].filter(
    (d): d is string => d !== undefined,
  );
  return dates.sort().at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------
// 1. Customs rates

function customsRate(destination: DestinationForRates, from: CurrencyCode, date: IsoDate, tables: RateTables): ExchangeRateUsed | null {
  if (destination.code === "GB") {
    const month = tables.hmrc.months.find((m) => m.month === date.slice(0, 7));
    const quoted = month?.rates[from];
    if (!month || !quoted) return null;
    return build({
      from,
      to: "GBP",
      multiplyBy: "1",
      divideBy: quoted,
      date: `${month.month}-01`,
      source: tables.hmrc.source,
      basis: "customs",
      description: `HMRC's customs exchange rate for ${monthName(month.month)} (£1 = ${quoted} ${from})`,
      confidence: "high",
      warning: null,
    });
  }
  if (destination.code === "CA") {
    const day = latestOnOrBefore(tables.boc.days, date, WORKING_DAY_LOOKBACK);
    const quoted = day?.rates[from];
    if (!day || !quoted) return null;
    return build({
      from,
      to: "CAD",
      multiplyBy: quoted,
      divideBy: "1",
      date: day.date,
      source: tables.boc.source,
      basis: "customs",
      description: `the Bank of Canada rate of ${formatLongDate(day.date)}, which the CBSA uses (1 ${from} = C$${quoted})`,
      confidence: "high",
      warning: null,
    });
  }
  if (destination.group === "eu") {
    const setOn = penultimateWednesday(addDays(`${date.slice(0, 7)}-01`, -1));
    const day = latestOnOrBefore(tables.ecb.days, setOn, WORKING_DAY_LOOKBACK);
    if (!day) return null;
    const cross = ecbCross(day, from, destination.currency);
    if (!cross) return null;
    const month = monthName(date.slice(0, 7));
    return build({
      from,
      to: destination.currency,
      ...cross,
      date: day.date,
      source: tables.ecb.source,
      basis: destination.currency === "EUR" ? "customs" : "reference",
      description:
        destination.currency === "EUR"
          ? `the EU customs rate for ${month}: the ECB reference rate of ${formatLongDate(day.date)} (€1 = ${cross.divideBy} ${from})`
          : `the ECB reference rates of ${formatLongDate(day.date)}, which set EU customs rates for ${month}, crossed through the euro`,
      confidence: destination.currency === "EUR" ? "high" : "medium",
      warning:
        destination.currency === "EUR"
          ? null
          : `${destination.name}'s customs may convert at its own central bank's rate, which can differ slightly from the ECB cross rate we used.`,
    });
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 2. Reference rate of the day

function referenceRate(destination: DestinationForRates, from: CurrencyCode, date: IsoDate, tables: RateTables): ExchangeRateUsed | null {
  const day = latestOnOrBefore(tables.ecb.days, date, WORKING_DAY_LOOKBACK);
  if (!day) return null;
  const cross = ecbCross(day, from, destination.currency);
  if (!cross) return null;
  return build({
    from,
    to: destination.currency,
    ...cross,
    date: day.date,
    source: tables.ecb.source,
    basis: "reference",
    description: `the ECB reference rates of ${formatLongDate(day.date)}${from === "EUR" || destination.currency === "EUR" ? "" : ", crossed through the euro"}`,
    confidence: "medium",
    warning: `We hold no customs exchange rate for ${destination.name} for this date, so we used the European Central Bank's reference rate of the day. Customs' own rate can differ by a little; near a threshold, check the customs rate.`,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Stated fallback: the newest rate we hold before the date

function fallbackRate(destination: DestinationForRates, from: CurrencyCode, date: IsoDate, tables: RateTables): ExchangeRateUsed | null {
  const day = latestOnOrBefore(tables.ecb.days, date, Number.POSITIVE_INFINITY);
  if (!day) return null;
  const cross = ecbCross(day, from, destination.currency);
  if (!cross) return null;
  const age = daysBetween(day.date, date);
  return build({
    from,
    to: destination.currency,
    ...cross,
    date: day.date,
    source: tables.ecb.source,
    basis: "fallback",
    description: `the ECB reference rates of ${formatLongDate(day.date)}, the newest we hold`,
    confidence: age > STALE_AFTER_DAYS ? "low" : "medium",
    warning: `We hold no exchange rate for ${formatLongDate(date)}, so we used the newest we have, from ${formatLongDate(day.date)} (${age} days earlier). Exchange rates move: the converted prices, and whether your order is under a limit, may differ from what customs work out.`,
  });
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

type EcbDay = EcbTable["days"][number];

/** `to` per `from` through the euro: amount_to = amount_from × rate(to) ÷ rate(from), with rate(EUR) = 1. */
function ecbCross(day: EcbDay, from: CurrencyCode, to: CurrencyCode): { multiplyBy: string; divideBy: string } | null {
  const rateOf = (currency: CurrencyCode) => (currency === "EUR" ? "1" : day.rates[currency]);
  const multiplyBy = rateOf(to);
  const divideBy = rateOf(from);
  return multiplyBy && divideBy ? { multiplyBy, divideBy } : null;
}

function build(rate: Omit<ExchangeRateUsed, "rate">): ExchangeRateUsed {
  return { ...rate, rate: divideToDecimal(rate.multiplyBy, rate.divideBy, 6) };
}

interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

function decimalFraction(text: string): Fraction {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`Bad decimal "${text}" in an exchange rate`);
  const fraction = match[2] ?? "";
  return { numerator: BigInt((match[1] ?? "0") + fraction), denominator: 10n ** BigInt(fraction.length) };
}

/** a ÷ b as decimal text with `places` digits, rounded half-up. */
export function divideToDecimal(a: string, b: string, places: number): string {
  const x = decimalFraction(a);
  const y = decimalFraction(b);
  const scale = 10n ** BigInt(places);
  const numerator = x.numerator * y.denominator * scale;
  const denominator = x.denominator * y.numerator;
  const scaled = halfUp(numerator, denominator);
  const digits = scaled.toString().padStart(places + 1, "0");
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

function halfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

/**
 * Converts minor units of `rate.from` into minor units of `rate.to`: one exact fraction, rounded
 * half-up once. ¥1,000 (JPY has no minor unit) at €1 = ¥161.68 is 100000 × 100 ÷ 161.68 = €6.19.
 */
export function convertAmount(amountMinor: number, rate: Pick<ExchangeRateUsed, "from" | "to" | "multiplyBy" | "divideBy">): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) throw new Error(`Expected a non-negative integer amount, got ${amountMinor}`);
  const m = decimalFraction(rate.multiplyBy);
  const d = decimalFraction(rate.divideBy);
  const numerator = BigInt(amountMinor) * m.numerator * d.denominator * 10n ** BigInt(minorDigitsOf(rate.to));
  const denominator = m.denominator * d.numerator * 10n ** BigInt(minorDigitsOf(rate.from));
  const result = halfUp(numerator, denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("Converted amount too large");
  return Number(result);
}

// ---------------------------------------------------------------------------------------------
// Dates

function latestOnOrBefore<T extends { date: IsoDate }>(days: readonly T[], date: IsoDate, maxAgeDays: number): T | null {
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i]!;
    if (day.date <= date) return daysBetween(day.date, date) <= maxAgeDays ? day : null;
  }
  return null;
}

function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

/** The penultimate Wednesday of the month containing `dayInMonth`. */
export function penultimateWednesday(dayInMonth: IsoDate): IsoDate {
  const [year, month] = dayInMonth.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - 3 + 7) % 7; // days back from the last day to the last Wednesday
  return new Date(Date.UTC(year, month - 1, last.getUTCDate() - back - 7)).toISOString().slice(0, 10);
}

function monthName(month: string): string {
  return formatLongDate(`${month}-01`).replace(/^1 /, "");
}
