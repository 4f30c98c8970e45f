/** Norway: VOEC sellers charge 25 % VAT on items under NOK 3,000; everything else pays VAT from the first krone at import. */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  voec: { title: "Norwegian Customs: the VOEC scheme", url: "https://www.toll.no/en/online-shopping/the-voec-scheme" },
  voecValue: { title: "Norwegian Customs, Toll-ABC § 5-9: VOEC item value excludes transport and insurance", url: "https://www.toll.no/no/verktoy/regelverk/handboker/tollabc/5/5-9/" },
  posten: { title: "Posten: receiving parcels from abroad (VAT from the first krone since 2024)", url: "https://www.posten.no/en/customs/receiving-from-abroad" },
  clothes: { title: "Norwegian Customs: clothes and shoes you buy online", url: "https://www.toll.no/en/goods/clothes-and-shoes/clothes-and-shoes-you-buy-online/" },
  books: { title: "Norwegian Customs: online shopping questions and answers (no VAT or duty on books)", url: "https://www.toll.no/no/privat2/sporsmal-svar-private/netthandel-sporsmal-og-svar/" },
  postenFee: { title: "Posten: customs clearance when receiving from abroad (fee)", url: "https://www.posten.no/fortolling/motta-fra-utlandet" },
};

export const NO: DestinationInput = {
  code: "NO",
  name: "Norway",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "no-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "NOK",
      summary:
        "Norwegian rules: sellers registered in VOEC charge 25 % VAT at checkout on items worth under NOK 3,000 each, and those items pay no customs duty. Other goods pay VAT from the first krone (plus any duty) when imported, with a carrier fee.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.voec, SOURCES.voecValue, SOURCES.posten, SOURCES.clothes, SOURCES.books],
      warnings: [],
      assumptions: ["The goods are not food, restricted goods or goods subject to special taxes, which VOEC does not cover."],
      categoryNotes: {
        clothing: "Some clothing pays Norwegian customs duty and some does not; the rate we use is not verified.",
      },
      sellerScheme: {
        kind: "registeredSeller",
        name: "VOEC",
        eligibility: threshold(money("3000", "NOK"), {
          measure: "goods",
          scope: "item",
          appliesWhen: "below",
          confidence: "high",
          note: "Each item's value, without transport and insurance.",
        }),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "A VOEC-registered seller charges 25 % Norwegian VAT at checkout on each item worth under NOK 3,000; those items pay no customs duty.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "Goods from sellers not registered in VOEC are cleared by the carrier: VAT from the first krone, plus any duty and a clearance fee.",
          confidence: "high",
        },
      },
      duty: {
        base: "cif",
        threshold: null,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("0", "medium", "Norway charges no customs duty on most manufactured goods; clothing is the main exception."),
          byCategory: {
            clothing: rate("10.7", "low", "Some clothing pays duty; 10.7 % is a common rate but not verified for your item.", [SOURCES.clothes]),
            footwear: rate("0", "high", "Shoes pay no customs duty.", [SOURCES.clothes]),
            books: rate("0", "high", "No duty on books for your own use.", [SOURCES.books]),
          },
        },
      },
      tax: {
        name: "VAT",
        standard: rate("25", "high"),
        byCategory: { books: rate("0", "high", "Books for your own use are free of VAT.", [SOURCES.books]) },
        import: {
          // The NOK 350 limit ended on 1 January 2024: VAT from the first krone.
          threshold: null,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [
        {
          id: "posten-clearance-fee",
          label: "Posten customs clearance fee",
          kind: "carrier",
          channels: ["post"],
          amount: money("149", "NOK"),
          goodsAbove: null,
          goodsAtMost: null,
          includedInTaxBase: false,
          confidence: "low",
          asOf: REFERENCE_CHECKED,
          note: "NOK 149 for Posten's simplified clearance, from an older page; Posten says prices are now lower. Indicative.",
          sources: [SOURCES.postenFee],
        },
      ],
    },
  ],
};
