/**
 * The JSON the API and the page receive: the same result with every amount converted from minor
 * units to plain numbers in major units (8.55, not 855), exact to the currency's minor unit.
 */
import { minorDigitsOf, minorToMajor, type CurrencyCode } from "./money";
import type { ChargeLine, ChargeRange, LandedCostEstimate, LandedCostResult, Source, UnknownCharge } from "./types";
import type { ExchangeRateUsed, RateBasis } from "./exchange-rates";

const MONEY_FIELDS = ["goods", "shipping", "insurance", "duty", "tax", "fees", "total", "payAtCheckout", "payOnDelivery"] as const;

export type ApiChargeLine = ChargeLine;

/** The rate the prices were converted at: units of `to` for one `from`, published on `date` by `source`. */
export interface ApiExchangeRate {
  from: CurrencyCode;
  to: CurrencyCode;
  rate: string;
  date: string;
  source: Source;
  basis: RateBasis;
  description: string;
}

export type ApiUnknownCharge = Omit<UnknownCharge, "range"> & { range: (Omit<ChargeRange, "min" | "max"> & { min: number; max: number }) | null };

export type ApiLandedCostResult = Omit<LandedCostResult, "exchangeRate" | "unknownCharges"> & {
  currencyMinorDigits: number;
  exchangeRate: ApiExchangeRate | null;
  unknownCharges: ApiUnknownCharge[];
};
export type ApiLandedCostEstimate = Omit<LandedCostEstimate, "scenarios" | "exchangeRate" | "unknownCharges"> &
  ApiLandedCostResult & {
    scenarios: { sellerCollects: ApiLandedCostResult; payOnDelivery: ApiLandedCostResult } | null;
  };

export function toApiExchangeRate(rate: ExchangeRateUsed | null): ApiExchangeRate | null {
  if (!rate) return null;
  return { from: rate.from, to: rate.to, rate: rate.rate, date: rate.date, source: rate.source, basis: rate.basis, description: rate.description };
}

function resultToMajor(result: LandedCostResult): ApiLandedCostResult {
  const currency: CurrencyCode = result.currency;
  const major = (minor: number) => minorToMajor(minor, currency);
  const converted: ApiLandedCostResult = {
    ...result,
    currencyMinorDigits: minorDigitsOf(currency),
    lines: result.lines.map((line) => ({ ...line, amount: major(line.amount), basis: line.basis === null ? null : major(line.basis) })),
    totalRange: result.totalRange ? { min: major(result.totalRange.min), max: major(result.totalRange.max) } : null,
    unknownCharges: result.unknownCharges.map((charge) => ({ ...charge, range: charge.range ? { ...charge.range, min: major(charge.range.min), max: major(charge.range.max) } : null })),
    exchangeRate: toApiExchangeRate(result.exchangeRate),
  };
  for (const field of MONEY_FIELDS) converted[field] = major(result[field]);
  return converted;
}

export function toApiResponse(estimate: LandedCostEstimate): ApiLandedCostEstimate {
  const { scenarios, primaryScenario, scenarioLabels, ...primary } = estimate;
  return {
    ...resultToMajor(primary),
    primaryScenario,
    scenarioLabels,
    scenarios: scenarios ? { sellerCollects: resultToMajor(scenarios.sellerCollects), payOnDelivery: resultToMajor(scenarios.payOnDelivery) } : null,
  };
}
