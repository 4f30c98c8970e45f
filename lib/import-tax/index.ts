/** Public API of the import-tax (landed cost) rules engine. */
export { estimateLandedCost } from "./estimate";
export { parseLandedCostJson, parseLandedCostQuery, MAX_ERRORS, MAX_ITEMS, MAX_QUANTITY, PRICE_CURRENCIES, type FieldError, type ParseOptions, type ParseResult } from "./parse";
export { toApiResponse, type ApiExchangeRate, type ApiLandedCostEstimate, type ApiLandedCostResult, type ApiUnknownCharge } from "./api";
export { getCalculatorMetadata, type CalculatorMetadata, type DestinationMetadata } from "./metadata";
export { CATEGORIES, CATEGORY_LABELS, type Category } from "./categories";
export { CURRENCIES, type CurrencyCode } from "./money";
export { MODELLED_FROM, MODELLED_TO, type IsoDate } from "./dates";
export { DESTINATIONS, getDestination, findRuleVersion } from "./rules";
export type {
  Channel,
  ChargeLine,
  Confidence,
  LandedCostEstimate,
  LandedCostInput,
  LandedCostResult,
  PaidWhen,
  ScenarioName,
  Source,
  UnknownCharge,
} from "./types";
