/**
 * United States. There is no federal VAT; the question is customs duty, and it has changed four
 * times since 2025. Goods are assumed to be made in and sent from mainland China, as they are for
 * most shoppers using this site, so de minimis ended for them on 2 May 2025, before it was
 * suspended for everyone. Where no rate is confirmed the duty is reported as unknown and left out
 * of the total rather than guessed.
 */
import { factDate, factText, getFact } from "../../facts";
import type { DestinationInput, RuleVersionInput } from "../schema";
import type { Confidence, Source } from "../types";
import { addDays, formatLongDate, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { dutyRate, factSources, moneyFrom, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const DE_MINIMIS = getFact("us-de-minimis");
const CHINA_END = getFact("us-de-minimis-china-end");
const SUSPENDED = getFact("us-de-minimis-suspended");
const POSTAL_SURCHARGE = getFact("us-postal-duty-surcharge");

const SOURCES = {
  transactionValue: {
    title: "19 U.S.C. § 1401a: value (transaction value excludes international freight and insurance)",
    url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title19-section1401a&num=0&edition=prelim",
  },
  interimRules: {
    title: "Alba Wheels Up: CBP interim final rules of 24 June 2026 (91 FR 37789 and 37801) codify the de minimis suspension and a new postal entry",
    url: "https://albawheelsup.com/trade_news/cbp-makes-it-official-de-minimis-is-gone-for-good-and-a-new-postal-entry-process-is-on-the-way/",
  },
} satisfies Record<string, Source>;

const deMinimis = threshold(moneyFrom(DE_MINIMIS.value, DE_MINIMIS.id), {
  measure: "goods",
  confidence: "high",
  note: "De minimis: the fair retail value of the goods, per shipment and per person per day.",
});

const NO_RATE_ABOVE_DE_MINIMIS = factText(
  "Above {us-de-minimis} the duty is the normal rate for your exact product plus the tariff surcharges in force for its country of origin in 2025; we do not model those.",
);

const CHINA_END_DATE = factDate("us-de-minimis-china-end");
const SUSPENDED_DATE = factDate("us-de-minimis-suspended");
const SURCHARGE_FROM = POSTAL_SURCHARGE.validFrom;
const SURCHARGE_TO = POSTAL_SURCHARGE.validTo ?? MODELLED_TO;

function usVersion(options: {
  from: IsoDate;
  to: IsoDate;
  summary: string;
  confidence: Confidence;
  sources: Source[];
  warnings: string[];
  deMinimis: boolean;
  rates: RuleVersionInput["duty"]["rates"];
}): RuleVersionInput {
  return {
    id: `us-${options.from}`,
    validFrom: options.from,
    validTo: options.to,
    currency: "USD",
    summary: options.summary,
    confidence: options.confidence,
    lastVerified: REFERENCE_CHECKED,
    sources: [...options.sources, SOURCES.transactionValue],
    warnings: [
      ...options.warnings,
      "The US has no national VAT or GST on imports. State sales tax, if the seller charges it, is not included.",
    ],
    assumptions: [
      "The goods are made in mainland China and sent from there to a private buyer; they are not a gift. Goods from other countries lost duty-free entry later, and some pay different duty.",
    ],
    sellerScheme: {
      kind: "none",
      note: "The US has no scheme for overseas sellers to collect import duty at checkout. A seller that ships \"delivered duty paid\" (DDP) pays the duty and builds it into your price.",
    },
    duty: {
      // US duty is assessed on transaction value, which excludes international freight (roughly FOB).
      base: "fob",
      threshold: options.deMinimis ? deMinimis : null,
      lowValue: { kind: "none" },
      rates: options.rates,
    },
    tax: {
      name: "no federal VAT",
      standard: rate("0", "high", "The US has no national VAT or GST on imports."),
      byCategory: {},
      import: { threshold: null, base: ["goods"], notCollected: null },
    },
    regions: [],
    fees: [],
  };
}

export const US: DestinationInput = {
  code: "US",
  name: "United States",
  group: "other",
  regionLabel: null,
  versions: [
    usVersion({
      from: MODELLED_FROM,
      to: addDays(CHINA_END_DATE, -1),
      summary: factText("US rules until the day before {us-de-minimis-china-end}: shipments worth {us-de-minimis} or less entered duty-free under the de minimis rule."),
      confidence: "high",
      sources: factSources(DE_MINIMIS, CHINA_END),
      warnings: [],
      deMinimis: true,
      rates: { kind: "unconfirmed", reason: NO_RATE_ABOVE_DE_MINIMIS },
    }),
    usVersion({
      from: CHINA_END_DATE,
      to: addDays(SUSPENDED_DATE, -1),
      summary: factText(
        "US rules from {us-de-minimis-china-end}: goods from mainland China and Hong Kong no longer qualify for the {us-de-minimis} de minimis (Executive Order 14256), so every commercial shipment from there pays duty.",
      ),
      confidence: "low",
      sources: factSources(CHINA_END, DE_MINIMIS, SUSPENDED),
      warnings: [
        factText(
          "Goods from other countries still entered duty-free up to {us-de-minimis} until the de minimis was suspended for everyone on {us-de-minimis-suspended}; if your goods were not from China or Hong Kong, no duty was due on them at or under that value.",
        ),
      ],
      deMinimis: false,
      rates: {
        kind: "unconfirmed",
        reason:
          "Goods from China and Hong Kong paid the special tariffs on Chinese goods in force at the time (several changed during 2025); parcels by post paid either a percentage of their value or a flat amount per item, at the carrier's choice. We cannot estimate it without the product, its value and the carrier's choice.",
      },
    }),
    usVersion({
      from: SUSPENDED_DATE,
      to: addDays(SURCHARGE_FROM, -1),
      summary: factText("US rules from {us-de-minimis-suspended}: duty-free de minimis is suspended for all countries (Executive Order 14324), so every commercial shipment pays duty."),
      confidence: "low",
      sources: factSources(SUSPENDED, CHINA_END),
      warnings: [],
      deMinimis: false,
      rates: {
        kind: "unconfirmed",
        reason:
          "The duty depended on the goods' country of origin (the emergency tariff rates then in force), and until 28 February 2026 postal operators could instead pay a flat amount per item. We cannot estimate it without the carrier's choice.",
      },
    }),
    usVersion({
      from: SURCHARGE_FROM,
      to: SURCHARGE_TO,
      summary: `US rules from ${formatLongDate(SURCHARGE_FROM)}: ${factText(
        "after the Supreme Court struck down the emergency tariffs, de minimis stayed suspended and postal parcels paid a duty equal to the temporary import surcharge of {us-postal-duty-surcharge}.",
      )}`,
      confidence: "medium",
      sources: factSources(POSTAL_SURCHARGE, SUSPENDED),
      warnings: [factText("CBP gives the postal duty as {us-postal-duty-surcharge}; some secondary sources said more.")],
      deMinimis: false,
      rates: {
        kind: "flat",
        rate: dutyRate(POSTAL_SURCHARGE),
        channels: ["post"],
        otherChannelsReason:
          "Courier shipments paid all applicable duties (the normal rate for the exact product plus surcharges), which we cannot estimate by category.",
      },
    }),
    usVersion({
      from: addDays(SURCHARGE_TO, 1),
      to: MODELLED_TO,
      summary: `US rules from ${formatLongDate(addDays(SURCHARGE_TO, 1))}: ${factText(
        "de minimis remains suspended in the regulations, and a new postal entry process collects all applicable duties. The import surcharge of {us-postal-duty-surcharge} legally expired that day.",
      )}`,
      confidence: "low",
      sources: [SOURCES.interimRules, ...factSources(SUSPENDED, POSTAL_SURCHARGE)],
      warnings: [],
      deMinimis: false,
      rates: {
        kind: "unconfirmed",
        reason:
          "No US duty rate for these parcels has been confirmed since the import surcharge expired on 24 July 2026 and CBP's new postal entry process began. Duty is due, but we will not guess the rate.",
      },
    }),
  ],
};
