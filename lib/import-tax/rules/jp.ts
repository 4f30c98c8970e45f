/**
 * Japan: personal-use imports are taxed on a share of the overseas retail price (the engine's
 * personalUse60 base); if the total taxable value is within the small-value limit, duty and
 * consumption tax are exempt (with exceptions). From the platform-rule date the consumption-tax
 * exemption ends for cross-border mail-order sales.
 */
import { factDate, factText, getFact } from "../../facts";
import type { DestinationInput, RuleVersionInput } from "../schema";
import { addDays, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const SMALL_VALUE_LIMIT = getFact("jp-small-value-limit");
const PERSONAL_USE_SHARE = getFact("jp-personal-use-share");
const CONSUMPTION_TAX = getFact("jp-consumption-tax");
const PLATFORM_TAX_FROM = getFact("jp-platform-tax-from");
const DUTY_FREE = dutyRate(getFact("jp-duty-free"));
const DUTY_FREE_OTHER = dutyRate(getFact("jp-duty-free-other"));

const smallValue = threshold(moneyFrom(SMALL_VALUE_LIMIT.value, SMALL_VALUE_LIMIT.id), {
  measure: "customsValue",
  confidence: "high",
  excludedCategories: ["footwear"],
  note: factText("Total taxable value of the parcel ({jp-personal-use-share} of the goods' price, plus shipping and insurance)."),
});

function jpVersion(from: IsoDate, to: IsoDate, platformRules: boolean): RuleVersionInput {
  return {
    id: `jp-${from}`,
    validFrom: from,
    validTo: to,
    currency: "JPY",
    summary: platformRules
      ? factText(
          "Japanese rules from {jp-platform-tax-from}: the {jp-small-value-limit} consumption-tax exemption no longer applies to cross-border mail-order sales. Large platforms charge consumption tax at checkout; otherwise it is charged at import. The duty exemption for a taxable value of {jp-small-value-limit} or less continues.",
        )
      : factText(
          "Japanese rules: for personal use, duty and consumption tax are charged on {jp-personal-use-share} of the overseas retail price (plus shipping), and nothing is charged if that taxable value is {jp-small-value-limit} or less (some goods, such as footwear, are excluded).",
        ),
    confidence: platformRules ? "medium" : "high",
    lastVerified: REFERENCE_CHECKED,
    sources: factSources(SMALL_VALUE_LIMIT, PERSONAL_USE_SHARE, CONSUMPTION_TAX, getFact("jp-post-fee"), getFact("jp-duty-leather-shoes"), getFact("jp-duty-clothing"), ...(platformRules ? [PLATFORM_TAX_FROM] : [])),
    warnings: platformRules ? [factText("How the reform of {jp-platform-tax-from} treats sellers that are not large platforms is not yet clear; treat this estimate as provisional.")] : [],
    assumptions: [
      factText(
        "The goods are for your personal use, so the taxable value is {jp-personal-use-share} of the price you paid; we add shipping and insurance in full (some guides apply the same share to shipping too, which gives a slightly lower figure).",
      ),
      "Japan Customs round the taxable value down to the nearest thousand yen and each tax down to the nearest hundred yen; we round each line to the nearest yen, so our figures can be slightly higher.",
    ],
    categoryNotes: {
      footwear: factText(
        "Footwear is never covered by the {jp-small-value-limit} exemption. Leather shoes pay {jp-duty-leather-shoes} or {jp-duty-leather-shoes-per-pair}, whichever is more; we use {jp-duty-footwear}, a typical rate for other shoes.",
      ),
      clothing: factText("Knitted or crocheted clothing (most T-shirts and jumpers) is not covered by the {jp-small-value-limit} exemption and pays its own rate; we treat clothing as woven."),
      bags: factText("Leather bags are not covered by the {jp-small-value-limit} exemption and pay a higher duty than we show."),
    },
    sellerScheme: platformRules
      ? {
          kind: "registeredSeller",
          name: "platform consumption tax (from April 2028)",
          eligibility: null,
          taxBase: ["goods", "shipping", "insurance"],
          duty: "importDuty",
          explanation: factText("A large platform (more than {jp-platform-sales-threshold} a year in sales) charges {jp-consumption-tax} consumption tax at checkout on the price including shipping."),
          confidence: "medium",
          whenSellerDoesNotCollect: {
            note: "If the seller does not charge consumption tax, it is charged when the parcel is imported, from the first yen.",
            confidence: "medium",
          },
        }
      : {
          kind: "none",
          note: factText(
            'Until {jp-platform-tax-from} Japan has no scheme for overseas sellers to collect consumption tax on goods shipped from abroad. A seller that ships "delivered duty paid" (DDP) pays the duty and tax and builds them into your price.',
          ),
        },
    duty: {
      base: "personalUse60",
      threshold: smallValue,
      lowValue: { kind: "none" },
      rates: {
        kind: "byCategory",
        general: dutyRate(getFact("jp-duty-general")),
        byCategory: {
          electronics: DUTY_FREE,
          watches: DUTY_FREE,
          phones: DUTY_FREE_OTHER,
          books: DUTY_FREE_OTHER,
          cosmetics: DUTY_FREE_OTHER,
          clothing: dutyRate(getFact("jp-duty-clothing")),
          footwear: dutyRate(getFact("jp-duty-footwear")),
        },
      },
    },
    tax: {
      name: "consumption tax",
      standard: taxRate(CONSUMPTION_TAX),
      byCategory: {},
      import: {
        threshold: platformRules ? null : smallValue,
        // Import consumption tax is charged on the customs (taxable) value plus duty.
        base: ["customsValue", "duty"],
        notCollected: null,
      },
    },
    regions: [],
    fees: [feeFrom(getFact("jp-post-fee"), { id: "japan-post-fee", label: "Japan Post customs handling charge", kind: "carrier", channels: ["post"] })],
  };
}

export const JP: DestinationInput = {
  code: "JP",
  name: "Japan",
  group: "other",
  regionLabel: null,
  versions: [
    jpVersion(MODELLED_FROM, addDays(factDate("jp-platform-tax-from"), -1), false),
    jpVersion(factDate("jp-platform-tax-from"), MODELLED_TO, true),
  ],
};
