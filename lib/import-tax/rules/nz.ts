/** New Zealand: the seller charges GST on orders of NZ$1,000 or less; above that, Customs collects duty, GST and fees. */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  customs: { title: "New Zealand Customs: duty and GST FAQs", url: "https://www.customs.govt.nz/personal/duty-and-gst/faqs/" },
  fees: { title: "What's My Duty: FAQ (import entry transaction fee and biosecurity levy, older figures)", url: "https://www.whatsmyduty.co.nz/faq" },
  tariffs: { title: "US International Trade Administration: New Zealand import tariffs (duty on FOB value; most 0–10 %)", url: "https://www.trade.gov/country-commercial-guides/new-zealand-import-tariffs" },
};

const limit = threshold(money("1000", "NZD"), {
  measure: "goods",
  confidence: "medium",
  note: "Value of the goods in the consignment. Whether shipping counts toward NZ$1,000 is not confirmed in our sources; we leave it out, as Australia does.",
});

export const NZ: DestinationInput = {
  code: "NZ",
  name: "New Zealand",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "nz-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "NZD",
      summary:
        "New Zealand rules: for goods worth NZ$1,000 or less the overseas seller charges 15 % GST and Customs collects no GST, duty or fees. Above NZ$1,000, GST is charged on the value plus duty, freight and insurance, and Customs fees apply.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.customs, SOURCES.tariffs, SOURCES.fees],
      warnings: [],
      assumptions: [
        "Duty is charged at the normal rate: goods from China can be duty-free under the NZ–China Free Trade Agreement only if origin is claimed.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: "GST on low-value imported goods",
        eligibility: limit,
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "For goods worth NZ$1,000 or less the overseas seller charges 15 % GST at checkout.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "Customs collects no GST, duty or fees on goods worth NZ$1,000 or less (except alcohol and tobacco); a registered seller should have charged GST at checkout.",
          confidence: "high",
        },
      },
      duty: {
        base: "fob",
        threshold: limit,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("5", "low", "No checked rate for this kind of goods: we use 5 %. Most New Zealand tariffs are 0–10 %; check the Working Tariff."),
          byCategory: {
            clothing: rate("10", "medium", "Clothing is among the goods that pay duty (up to 10 %).", [SOURCES.tariffs]),
            footwear: rate("10", "medium", "Footwear is among the goods that pay duty (up to 10 %).", [SOURCES.tariffs]),
            electronics: rate("0", "medium", "Nearly all computer hardware is duty-free.", [SOURCES.tariffs]),
            phones: rate("0", "low", "Phones are usually duty-free."),
            books: rate("0", "low", "Printed books are duty-free."),
          },
        },
      },
      tax: {
        name: "GST",
        standard: rate("15", "high"),
        byCategory: {},
        import: {
          threshold: limit,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [
        {
          id: "customs-entry-fees",
          label: "Customs import entry transaction fee and biosecurity levy",
          kind: "government",
          channels: ["post", "courier"],
          amount: money("49.24", "NZD"),
          goodsAbove: money("1000", "NZD"),
          goodsAtMost: null,
          includedInTaxBase: false,
          confidence: "low",
          asOf: REFERENCE_CHECKED,
          note: "NZ$29.26 + NZ$19.98 from an older version of a guide; the current amounts are in Customs' fee schedule. Indicative.",
          sources: [SOURCES.fees],
        },
      ],
    },
  ],
};
