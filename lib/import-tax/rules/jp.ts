/**
 * Japan: personal-use imports are taxed on 60 % of the overseas retail price; if the total taxable
 * value is ¥10,000 or less, duty and consumption tax are exempt (with exceptions). From 1 April 2028
 * the consumption-tax exemption ends for cross-border mail-order sales.
 */
import type { DestinationInput, RuleVersionInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  exemption: { title: "Japan Customs: tax exemption for small-value imports (¥10,000)", url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1006_e.htm" },
  sixtyPercent: { title: "Boket Japan: personal imports taxed on 60 % of the retail price", url: "https://www.boketjapan.com/blank-10" },
  postalFee: { title: "Japan Customs: postal items and the Japan Post handling charge", url: "https://www.customs.go.jp/english/c-answer_e/kokusaiyubin/6101_e.htm" },
  postalRates: { title: "Tokyo Customs: postal Q&A (leather shoes, duty-free electronics and watches)", url: "https://www.customs.go.jp/tokyo/english/yuubin/postal_qa/zeikingatakai.html" },
  reform: { title: "SK Advisory: Japan platform taxation and the end of the ¥10,000 exemption (FY2026 reform)", url: "https://skadvisory.jp/en/japan-platform-taxation" },
  simplifiedRates: { title: "Japan Customs: simplified duty rates for small-value imports", url: "https://www.customs.go.jp/tsukan/kanizeiritsu.htm" },
};

const smallValue = threshold(money("10000", "JPY"), {
  measure: "customsValue",
  confidence: "high",
  excludedCategories: ["footwear"],
  note: "Total taxable value of the parcel (60 % of the goods' price, plus shipping and insurance).",
});

function jpVersion(id: string, from: IsoDate, to: IsoDate, platformRules: boolean): RuleVersionInput {
  return {
    id,
    validFrom: from,
    validTo: to,
    currency: "JPY",
    summary: platformRules
      ? "Japanese rules from 1 April 2028: the ¥10,000 consumption-tax exemption no longer applies to cross-border mail-order sales. Large platforms charge consumption tax at checkout; otherwise it is charged at import. The duty exemption for a taxable value of ¥10,000 or less continues."
      : "Japanese rules: for personal use, duty and consumption tax are charged on 60 % of the overseas retail price (plus shipping), and nothing is charged if that taxable value is ¥10,000 or less (some goods, such as footwear, are excluded).",
    confidence: platformRules ? "medium" : "high",
    lastVerified: REFERENCE_CHECKED,
    sources: [SOURCES.exemption, SOURCES.sixtyPercent, SOURCES.postalFee, SOURCES.postalRates, SOURCES.simplifiedRates, ...(platformRules ? [SOURCES.reform] : [])],
    warnings: platformRules ? ["How the April 2028 reform treats sellers that are not large platforms is not yet clear; treat this estimate as provisional."] : [],
    assumptions: [
      "The goods are for your personal use, so the taxable value is 60 % of the price you paid; we add shipping and insurance in full (some guides apply the 60 % to shipping too, which gives a slightly lower figure).",
      "Japan Customs round the taxable value down to the nearest ¥1,000 and each tax down to the nearest ¥100; we round each line to the nearest yen, so our figures can be slightly higher.",
    ],
    categoryNotes: {
      footwear: "Footwear is never covered by the ¥10,000 exemption. Leather shoes pay 30 % or ¥4,300 per pair, whichever is more; we use 6.7 %, a typical rate for other shoes.",
      clothing: "Knitted or crocheted clothing (most T-shirts and jumpers) is not covered by the ¥10,000 exemption and pays its own rate; we treat clothing as woven.",
      bags: "Leather bags are not covered by the ¥10,000 exemption and pay a higher duty than we show.",
    },
    sellerScheme: platformRules
      ? {
          kind: "registeredSeller",
          name: "platform consumption tax (from April 2028)",
          eligibility: null,
          taxBase: ["goods", "shipping", "insurance"],
          duty: "importDuty",
          explanation: "A large platform (over ¥5 billion in sales) charges 10 % consumption tax at checkout on the price including shipping.",
          confidence: "medium",
          whenSellerDoesNotCollect: {
            note: "If the seller does not charge consumption tax, it is charged when the parcel is imported, from the first yen.",
            confidence: "medium",
          },
        }
      : {
          kind: "none",
          note: "Until April 2028 Japan has no scheme for overseas sellers to collect consumption tax on goods shipped from abroad. A seller that ships \"delivered duty paid\" (DDP) pays the duty and tax and builds them into your price.",
        },
    duty: {
      base: "personalUse60",
      threshold: smallValue,
      lowValue: { kind: "none" },
      rates: {
        kind: "byCategory",
        general: rate("3", "low", "No checked rate for this kind of goods: we use 3 %, a typical simplified rate for small personal imports. Check Japan Customs for your product."),
        byCategory: {
          electronics: rate("0", "high", "Electronics are duty-free.", [SOURCES.postalRates]),
          watches: rate("0", "high", "Watches are duty-free.", [SOURCES.postalRates]),
          phones: rate("0", "medium", "Phones are duty-free."),
          books: rate("0", "medium", "Printed books are duty-free."),
          cosmetics: rate("0", "low", "Cosmetics are usually duty-free; not checked item by item."),
          clothing: rate("10", "low", "Simplified rate for woven clothing; knitted clothing pays a different rate.", [SOURCES.simplifiedRates]),
          footwear: rate("6.7", "low", "Typical rate for non-leather shoes; leather shoes pay 30 % or ¥4,300 per pair, whichever is more.", [SOURCES.postalRates]),
        },
      },
    },
    tax: {
      name: "consumption tax",
      standard: rate("10", "high"),
      byCategory: {},
      import: {
        threshold: platformRules ? null : smallValue,
        // Import consumption tax is charged on the customs (taxable) value plus duty.
        base: ["customsValue", "duty"],
        notCollected: null,
      },
    },
    regions: [],
    fees: [
      {
        id: "japan-post-fee",
        label: "Japan Post customs handling charge",
        kind: "carrier",
        channels: ["post"],
        amount: money("200", "JPY"),
        goodsAbove: null,
        goodsAtMost: null,
        includedInTaxBase: false,
        confidence: "high",
        asOf: REFERENCE_CHECKED,
        note: "Japan Post charges ¥200 per parcel when it collects tax for you. Indicative.",
        sources: [SOURCES.postalFee],
      },
    ],
  };
}

export const JP: DestinationInput = {
  code: "JP",
  name: "Japan",
  group: "other",
  regionLabel: null,
  versions: [jpVersion("jp-2025-01-01", MODELLED_FROM, "2028-03-31", false), jpVersion("jp-2028-04-01", "2028-04-01", MODELLED_TO, true)],
};
