/** Switzerland: no duty on industrial goods since 2024; import VAT 8.1 % unless it comes to CHF 5 or less. */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { money, rate, REFERENCE_CHECKED } from "./helpers";

const SOURCES = {
  chch: { title: "ch.ch: ordering goods from abroad (CHF 5 rule)", url: "https://www.ch.ch/en/ordering-goods-abroad" },
  post: { title: "Swiss Post: import, customs and VAT on consignments", url: "https://www.post.ch/en/" },
  tariffs: { title: "Grant Thornton Switzerland: industrial tariffs abolished from 1 January 2024", url: "https://www.grantthornton.ch/" },
  mailOrder: { title: "Swiss Federal Tax Administration: mail-order trade (foreign sellers registered for Swiss VAT)", url: "https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-tax-liability/mail-order-trade.html" },
};

export const CH: DestinationInput = {
  code: "CH",
  name: "Switzerland",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "ch-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "CHF",
      summary:
        "Swiss rules: industrial goods pay no customs duty since 1 January 2024. Import VAT of 8.1 % is charged on goods, shipping, duty and the clearance fee, but not levied when it comes to CHF 5 or less.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.chch, SOURCES.post, SOURCES.tariffs, SOURCES.mailOrder],
      warnings: [],
      assumptions: ["The goods are industrial goods (tariff chapters 25–97); food and other farm products still pay duty and are not modelled."],
      sellerScheme: {
        kind: "registeredSeller",
        name: "Swiss mail-order rule",
        // Sellers with CHF 100,000 a year of small consignments to Switzerland must register; once
        // registered, every delivery is taxed as a domestic sale and no import tax is levied.
        eligibility: null,
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "A seller registered for Swiss VAT under the mail-order rule charges 8.1 % VAT at checkout on every order, and no import VAT is charged at the border.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "A seller not registered for Swiss VAT does not charge it; import VAT is then charged at the border unless it comes to CHF 5 or less.",
          confidence: "high",
        },
      },
      duty: {
        base: "cif",
        threshold: null,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("0", "high", "Switzerland abolished customs duty on industrial goods (chapters 25–97) from 1 January 2024.", [SOURCES.tariffs]),
          byCategory: {},
        },
      },
      tax: {
        name: "VAT",
        standard: rate("8.1", "high"),
        byCategory: { books: rate("2.6", "medium", "Printed books pay the reduced Swiss VAT rate of 2.6 %.") },
        import: {
          threshold: null,
          // The clearance fee is part of the import VAT base (ch.ch); the CHF 5 test is made before it.
          base: ["goods", "shipping", "insurance", "duty", "carrierFee"],
          notCollected: {
            amount: money("5", "CHF"),
            when: "atOrBelow",
            note: "Import VAT of CHF 5 or less is not levied (about CHF 62 of goods and shipping at 8.1 %).",
          },
        },
      },
      regions: [],
      fees: [
        {
          id: "swiss-post-clearance-fee",
          label: "Swiss Post customs clearance fee (minimum)",
          kind: "carrier",
          channels: ["post"],
          amount: money("11.50", "CHF"),
          goodsAbove: null,
          goodsAtMost: null,
          includedInTaxBase: true,
          confidence: "medium",
          asOf: REFERENCE_CHECKED,
          note: "Swiss Post charges at least CHF 11.50 and at most CHF 70, rising with the value; we show the minimum. Indicative.",
          sources: [SOURCES.chch],
        },
      ],
    },
  ],
};
