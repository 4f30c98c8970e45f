import type { z } from "zod";
import type { Category } from "./categories";
import type { CurrencyCode } from "./money";
import type { IsoDate } from "./dates";
import type { ExchangeRateUsed } from "./exchange-rates";
import type {
  channelSchema,
  confidenceSchema,
  destinationSchema,
  dutyRuleSchema,
  feeSchema,
  moneySchema,
  rateSchema,
  regionSchema,
  ruleVersionSchema,
  sourceSchema,
  thresholdSchema,
} from "./schema";

export type { Category, CurrencyCode, ExchangeRateUsed, IsoDate };

export type Confidence = z.infer<typeof confidenceSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Money = z.infer<typeof moneySchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type DutyRule = z.infer<typeof dutyRuleSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type Region = z.infer<typeof regionSchema>;
export type RuleVersion = z.infer<typeof ruleVersionSchema>;
export type Destination = z.infer<typeof destinationSchema>;

/**
 * What the engine needs. ALL AMOUNTS ARE INTEGER MINOR UNITS of the destination's currency on
 * `date` (cents, pence; yen and won have no minor unit). parse.ts builds this from shopper input.
 */
export interface LandedCostInput {
  destination: string;
  /** Province or territory code, required for Canada ("ON"); null elsewhere. */
  region: string | null;
  date: IsoDate;
  items: { category: Category; unitPrice: number; quantity: number }[];
  shipping: number;
  insurance: number;
  /** true: the seller charges the tax at checkout; false: it does not; null: the shopper does not know. */
  sellerCollectsTax: boolean | null;
  channel: Channel;
  /** The currency the shopper's prices were written in (the destination's when absent). */
  priceCurrency?: CurrencyCode;
  /** The rate parse.ts converted those prices at; the amounts above are already converted. */
  exchangeRate?: ExchangeRateUsed | null;
}

export type PaidWhen = "checkout" | "delivery";

export interface ChargeLine {
  id: string;
  kind: "duty" | "tax" | "fee";
  label: string;
  /** Minor units. */
  amount: number;
  /** The amount the rate was applied to, in minor units; null for a flat fee, which is not worked out on anything. */
  basis: number | null;
  /** "19%", "€3.00 × 2 tariff lines", "indicative flat fee". */
  rate: string;
  paidWhen: PaidWhen;
  explanation: string;
}

/** An amount we know is due but cannot estimate honestly (e.g. US duty after 24 July 2026). */
export interface UnknownCharge {
  id: string;
  label: string;
  reason: string;
  /** true: due, amount unknown (US duty); false: may be due, not confirmed (a proposed fee). */
  certain: boolean;
  /** Where an official tariff range exists for every category in the order: what the charge comes to at its ends. */
  range: ChargeRange | null;
}

/** The lowest and highest amounts (minor units) an official range of rates gives for this order. */
export interface ChargeRange {
  min: number;
  max: number;
  /** "Normal (MFN) US duty rates: clothing 0–32%". */
  basis: string;
  /** What the range leaves out (surcharges for the country of origin). */
  excludes: string;
  sources: Source[];
}

export type ScenarioName = "sellerCollects" | "payOnDelivery";

export interface LandedCostResult {
  destination: string;
  region: string | null;
  date: IsoDate;
  ruleVersion: string;
  scenario: ScenarioName;
  currency: CurrencyCode;
  /** All amounts below are minor units. total = goods + shipping + insurance + duty + tax + fees. */
  goods: number;
  shipping: number;
  insurance: number;
  duty: number;
  tax: number;
  taxName: string;
  /** The standard rate of the tax, in percent, for display (19, 8.1). Lines carry the rates applied. */
  taxRate: number;
  fees: number;
  total: number;
  /** True when a charge that is due could not be estimated: the total is then "at least". */
  totalIsMinimum: boolean;
  /** The total at the ends of the official ranges of the unknown charges, when every one has a range. */
  totalRange: { min: number; max: number } | null;
  /** total = payAtCheckout + payOnDelivery. */
  payAtCheckout: number;
  payOnDelivery: number;
  lines: ChargeLine[];
  /** Charges that are due but not in the total because no figure is confirmed. */
  unknownCharges: UnknownCharge[];
  explanation: string[];
  warnings: string[];
  assumptions: string[];
  sources: Source[];
  confidence: Confidence;
  rulesVerified: IsoDate;
  /** When the rules applied came into force, for "rules in force from 1 January 2025". */
  rulesInForceFrom: IsoDate;
  /** The currency the prices were entered in, and the rate used when it differs from `currency`. */
  priceCurrency: CurrencyCode;
  exchangeRate: ExchangeRateUsed | null;
}

export interface LandedCostEstimate extends LandedCostResult {
  /** Which scenario the top-level figures show. With an unknown seller, the dearer one. */
  primaryScenario: ScenarioName;
  /** Both outcomes when the shopper does not know whether the seller collects the tax; otherwise null. */
  scenarios: { sellerCollects: LandedCostResult; payOnDelivery: LandedCostResult } | null;
  /** Headings for the two scenarios, worded for the destination (no "VAT" where there is none). */
  scenarioLabels: { sellerCollects: string; payOnDelivery: string };
}
