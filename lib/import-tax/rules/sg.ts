/** Singapore: registered sellers charge 9 % GST on goods of S$400 or less; otherwise GST at import only above S$400 CIF. */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  lowValue: { title: "Singapore Customs: GST on low-value goods", url: "https://www.customs.gov.sg/personal-shipment/buying-from-overseas/gst-on-low-value-goods" },
};

export const SG: DestinationInput = {
  code: "SG",
  name: "Singapore",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "sg-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "SGD",
      summary:
        "Singapore rules: goods with a sales value of S$400 or less arriving by air or post are low-value goods; GST-registered sellers charge 9 % GST at checkout. From unregistered sellers, GST is charged at import only if the value including shipping and insurance (CIF) is over S$400.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.lowValue],
      warnings: [],
      assumptions: ["The parcel arrives by air or post (sea freight is not modelled)."],
      sellerScheme: {
        kind: "registeredSeller",
        name: "GST on low-value goods (Overseas Vendor Registration)",
        eligibility: threshold(money("400", "SGD"), {
          measure: "goods",
          confidence: "high",
          note: "Sales value of the goods, without shipping.",
        }),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "A GST-registered seller charges 9 % GST at checkout on low-value goods (S$400 or less), including on the delivery charge.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "From a seller that is not GST-registered, GST is charged at import only if the value including shipping and insurance (CIF) is over S$400.",
          confidence: "high",
        },
      },
      duty: {
        base: "cif",
        threshold: null,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("0", "medium", "Singapore charges customs duty only on liquor, tobacco, motor vehicles and petroleum products."),
          byCategory: {},
        },
      },
      tax: {
        name: "GST",
        standard: rate("9", "high"),
        byCategory: {},
        import: {
          threshold: threshold(money("400", "SGD"), {
            measure: "goodsShippingInsurance",
            confidence: "high",
            note: "Value including shipping and insurance (CIF).",
          }),
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [],
    },
  ],
};
