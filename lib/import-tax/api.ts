/**
 * The JSON the API and the page receive: the same result with every amount converted from minor
 * units to plain numbers in major units (8.55, not 855), exact to the currency's minor unit.
 */
import { minorDigitsOf, minorToMajor, type CurrencyCode } from "./money";
import type { ChargeLine, LandedCostEstimate, LandedCostResult } from "./types";

const MONEY_FIELDS = ["goods", "shipping", "insurance", "duty", "tax", "fees", "total", "payAtCheckout", "payOnDelivery"] as const;

export type ApiChargeLine = ChargeLine;
export type ApiLandedCostResult = LandedCostResult & { currencyMinorDigits: number };
export type ApiLandedCostEstimate = Omit<LandedCostEstimate, "scenarios"> & {
  currencyMinorDigits: number;
  scenarios: { sellerCollects: ApiLandedCostResult; payOnDelivery: ApiLandedCostResult } | null;
};

function resultToMajor(result: LandedCostResult): ApiLandedCostResult {
  const currency: CurrencyCode = result.currency;
  const converted: ApiLandedCostResult = {
    ...result,
    currencyMinorDigits: minorDigitsOf(currency),
    lines: result.lines.map((line) => ({ ...line, amount: minorToMajor(line.amount, currency), basis: minorToMajor(line.basis, currency) })),
  };
  for (const field of MONEY_FIELDS) converted[field] = minorToMajor(result[field], currency);
  return converted;
}

export function toApiResponse(estimate: LandedCostEstimate): ApiLandedCostEstimate {
  const { scenarios, ...primary } = estimate;
  return {
    ...resultToMajor({ ...primary }),
    primaryScenario: estimate.primaryScenario,
    scenarios: scenarios ? { sellerCollects: resultToMajor(scenarios.sellerCollects), payOnDelivery: resultToMajor(scenarios.payOnDelivery) } : null,
  };
}
