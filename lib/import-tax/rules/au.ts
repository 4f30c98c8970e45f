/** Australia: the seller charges GST on orders of A$1,000 or less; above that, duty and GST at the border. */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  lowValue: { title: "Paccon: GST on low-value imported goods", url: "https://paccon.com/au/gst-on-low-value-imported-goods" },
  lowValueShipping: { title: "Rakuten Ichiba FAQ: Australian GST on orders (price including shipping)", url: "https://ichiba-en.faq.rakuten.net/detail/000034619" },
  ipc: { title: "Australian Border Force: import processing charge", url: "https://www.abf.gov.au/importing-exporting-and-manufacturing/importing/cost-of-importing-goods/import-processing-charge" },
  rates: { title: "FTO Australia: ABF example of duty on clothing and footwear (5 %)", url: "https://www.ftoaustralia.com/" },
};

// Customs value excludes freight and insurance; the A$1,000 test is per consignment.
const limit = threshold(money("1000", "AUD"), {
  measure: "goods",
  confidence: "high",
  note: "Customs value of the consignment: the goods' price without freight and insurance.",
});

export const AU: DestinationInput = {
  code: "AU",
  name: "Australia",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "au-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "AUD",
      summary:
        "Australian rules: for goods worth A$1,000 or less the seller or platform charges 10 % GST at checkout on the price including shipping, and nothing is collected at the border. Above A$1,000, duty is charged on the customs value and GST on the customs value plus duty, shipping and insurance.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.lowValue, SOURCES.lowValueShipping, SOURCES.ipc, SOURCES.rates],
      warnings: [],
      assumptions: [
        "Duty is charged at the general rate: goods from China can pay 0 % under the China–Australia Free Trade Agreement only if origin is claimed, which is rare for personal orders.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: "GST on low-value imported goods",
        eligibility: limit,
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "For goods worth A$1,000 or less the seller or platform charges 10 % GST at checkout, on the price including shipping.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "No GST, duty or charges are collected at the border on goods worth A$1,000 or less; a registered seller should have charged GST at checkout.",
          confidence: "high",
        },
      },
      duty: {
        base: "fob",
        threshold: limit,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("5", "low", "No checked rate for this kind of goods: we use 5 %, Australia's general tariff rate. Many goods are free; check the Working Tariff."),
          byCategory: {
            clothing: rate("5", "medium", "General rate for most clothing.", [SOURCES.rates]),
            footwear: rate("5", "medium", "General rate for most footwear.", [SOURCES.rates]),
            electronics: rate("0", "low", "Most consumer electronics are duty-free; not checked item by item."),
            phones: rate("0", "low", "Phones are duty-free under the WTO Information Technology Agreement."),
            books: rate("0", "low", "Printed books are duty-free."),
          },
        },
      },
      tax: {
        name: "GST",
        standard: rate("10", "high"),
        byCategory: {},
        import: {
          threshold: limit,
          // Value of the taxable importation: customs value + duty + transport and insurance.
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [
        {
          id: "import-processing-charge",
          label: "Import processing charge (Australian Border Force)",
          kind: "government",
          channels: ["post", "courier"],
          amount: money("50", "AUD"),
          goodsAbove: money("1000", "AUD"),
          goodsAtMost: money("10000", "AUD"),
          includedInTaxBase: false,
          confidence: "medium",
          asOf: REFERENCE_CHECKED,
          note: "About A$50 for an electronic import declaration between A$1,000 and A$10,000 (A$90 for a paper one); above A$10,000 the charge is higher and not modelled. Couriers and brokers may add their own fee. Indicative.",
          sources: [SOURCES.ipc],
        },
      ],
    },
  ],
};
