/**
 * United States. There is no federal VAT; the question is customs duty, and it has changed four
 * times since 2025. Where no rate is confirmed (reference, open question 1) the duty is reported as
 * unknown and left out of the total rather than guessed.
 */
import type { DestinationInput, RuleVersionInput } from "../schema";
import type { Confidence, Source } from "../types";
import { MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  suspension: { title: "Mallory Group: executive order suspending duty-free de minimis treatment (EO 14324)", url: "https://www.mallorygroup.com/executive-order-suspending-duty-free-de-minimis-treatment/" },
  postalOptions: { title: "JP Reports: US postal duty options after the de minimis suspension", url: "https://jp-reports.com/en/articles/8cZwiZQH" },
  supremeCourt: { title: "Perkins Coie: Supreme Court holds IEEPA tariffs unlawful", url: "https://perkinscoie.com/insights/update/" },
  section122: { title: "JM Rodgers: CBP guidance on the temporary 10 % Section 122 import surcharge", url: "https://www.jmrodgers.com/cbp-issues-guidance-on-temporary-10-percent-section-122-import-surcharge" },
  interimRules: { title: "Supply Chain Dive: CBP readies more stringent data requirements for postal imports", url: "https://www.supplychaindive.com/news/cbp-readies-more-stringent-data-requirements-for-postal-imports/823923/" },
  interimRulesAlba: { title: "Alba Wheels Up: CBP makes the de minimis suspension official", url: "https://www.albawheelsup.com/trade_news/" },
  fob: { title: "TariffPilot: duty valuation basis (US: transaction value, excluding international freight)", url: "https://tariffpilot.ai/eu-import-duty" },
  chinaDeMinimis: { title: "Federal Register: Executive Order 14256 (de minimis ends for goods from China and Hong Kong, 2 May 2025)", url: "https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=14256" },
} satisfies Record<string, Source>;

const deMinimis = threshold(money("800", "USD"), {
  measure: "goods",
  confidence: "high",
  note: "De minimis: the fair retail value of the goods, per shipment and per person per day.",
});

const NO_RATE_ABOVE_DE_MINIMIS =
  "Above US$800 the duty is the normal (MFN) rate for your exact product plus the tariff surcharges in force for its country of origin in 2025; we do not model those.";

function usVersion(options: {
  id: string;
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
    id: options.id,
    validFrom: options.from,
    validTo: options.to,
    currency: "USD",
    summary: options.summary,
    confidence: options.confidence,
    lastVerified: REFERENCE_CHECKED,
    sources: [...options.sources, SOURCES.fob],
    warnings: [
      ...options.warnings,
      "The US has no national VAT or GST on imports. State sales tax, if the seller charges it, is not included.",
    ],
    assumptions: ["The goods are bought online and sent from outside the US to a private buyer; they are not a gift."],
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
      id: "us-2025-01-01",
      from: MODELLED_FROM,
      to: "2025-05-01",
      summary: "US rules until 1 May 2025: shipments worth US$800 or less entered duty-free under the de minimis rule.",
      confidence: "high",
      sources: [SOURCES.suspension],
      warnings: [],
      deMinimis: true,
      rates: { kind: "unconfirmed", reason: NO_RATE_ABOVE_DE_MINIMIS },
    }),
    usVersion({
      id: "us-2025-05-02",
      from: "2025-05-02",
      to: "2025-08-28",
      summary: "US rules from 2 May to 28 August 2025: the US$800 de minimis still applied to most countries, but no longer to goods from mainland China and Hong Kong.",
      confidence: "medium",
      sources: [SOURCES.suspension, SOURCES.chinaDeMinimis],
      warnings: [
        "From 2 May 2025 goods from mainland China and Hong Kong no longer qualified for the US$800 de minimis and paid duty at special rates; if your parcel came from there, duty was due and is not estimated here.",
      ],
      deMinimis: true,
      rates: { kind: "unconfirmed", reason: NO_RATE_ABOVE_DE_MINIMIS },
    }),
    usVersion({
      id: "us-2025-08-29",
      from: "2025-08-29",
      to: "2026-02-23",
      summary: "US rules from 29 August 2025: duty-free de minimis is suspended for all countries (Executive Order 14324), so every commercial shipment pays duty.",
      confidence: "low",
      sources: [SOURCES.suspension, SOURCES.postalOptions],
      warnings: [],
      deMinimis: false,
      rates: {
        kind: "unconfirmed",
        reason:
          "The duty depended on the goods' country of origin (IEEPA tariff rates), and until 28 February 2026 postal operators could instead pay a flat US$80, US$160 or US$200 per item. We cannot estimate it without the origin and the carrier's choice.",
      },
    }),
    usVersion({
      id: "us-2026-02-24",
      from: "2026-02-24",
      to: "2026-07-23",
      summary: "US rules from 24 February 2026: after the Supreme Court struck down the IEEPA tariffs, de minimis stayed suspended and postal parcels paid a duty equal to the temporary Section 122 surcharge.",
      confidence: "medium",
      sources: [SOURCES.supremeCourt, SOURCES.section122, SOURCES.suspension],
      warnings: ["CBP guidance gives the Section 122 postal duty as 10 %; some sources say 15 %."],
      deMinimis: false,
      rates: {
        kind: "flat",
        rate: rate("10", "medium", "Section 122 surcharge collected on postal parcels (CBP CSMS #67844987); some sources say 15 %.", [SOURCES.section122]),
        channels: ["post"],
        otherChannelsReason:
          "Courier shipments paid all applicable duties (the normal rate for the exact product plus surcharges), which we cannot estimate by category.",
      },
    }),
    usVersion({
      id: "us-2026-07-24",
      from: "2026-07-24",
      to: MODELLED_TO,
      summary: "US rules from 24 July 2026: de minimis remains suspended in the regulations, and a new postal entry process collects all applicable duties. The Section 122 surcharge legally expired that day.",
      confidence: "low",
      sources: [SOURCES.interimRules, SOURCES.interimRulesAlba, SOURCES.suspension],
      warnings: [],
      deMinimis: false,
      rates: {
        kind: "unconfirmed",
        reason:
          "No US duty rate for these parcels has been confirmed since the Section 122 surcharge expired on 24 July 2026 and CBP's new postal entry process began. Duty is due, but we will not guess the rate.",
      },
    }),
  ],
};
