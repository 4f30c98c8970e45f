/**
 * South Korea: personal-use parcels worth US$150 or less (US$200 from the US) are exempt; above
 * that, duty on CIF and 10 % VAT on CIF plus duty, on the whole value. The limit is in US dollars
 * while amounts here are in won, so it is converted at a stated, assumed rate.
 */
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { converted, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  guide: { title: "krutils: Korea customs duty and VAT guide 2026 (US$150 / US$200 limits)", url: "https://krutils.com/main/guides/korea-customs-guide-2026/" },
  freight: { title: "BoxOregon: Korea's customs clearance rules (international shipping excluded from the limit)", url: "https://boxoregon.com/blogs/news/korea-s-customs-regulations-have-been-changed-all-shipment-need-arc-number" },
  rates: { title: "Ulsan Online: duty charges for shopping online (CIF, clothing 13 %, bags 8 %, cosmetics 6.5 %)", url: "https://ulsanonline.com/faq/duty-charges-for-shopping-online/" },
};

const limit = threshold(
  converted("150", "USD", "KRW", {
    rate: "1400",
    asOf: "2026-11-27",
    confidence: "low",
    note: "Assumed 1 US$ = ₩1,400, not a verified rate. Korea Customs convert at its own weekly rate, so near the limit the outcome may differ.",
  }),
  {
    measure: "goods",
    confidence: "medium",
    note: "Price of the goods, without international shipping (sources disagree on whether shipping counts).",
  },
);

export const KR: DestinationInput = {
  code: "KR",
  name: "South Korea",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "kr-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "KRW",
      summary:
        "South Korean rules: personal-use parcels worth US$150 or less (US$200 if shipped from the US) clear without duty or VAT. Above the limit, duty is charged on the CIF value and 10 % VAT on CIF plus duty, on the whole value.",
      confidence: "medium",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.guide, SOURCES.freight, SOURCES.rates],
      warnings: [],
      assumptions: [
        "The parcel is shipped from outside the US (from the US the limit is US$200) and cleared as a personal-use list clearance.",
        "You enter amounts in won. The US$150 limit is converted at an assumed ₩1,400 per US$ (about ₩210,000).",
      ],
      sellerScheme: {
        kind: "none",
        note: "Korea has no scheme for overseas sellers to collect import VAT at checkout. A seller that ships \"delivered duty paid\" (DDP) pays the duty and VAT and builds them into your price.",
      },
      duty: {
        base: "cif",
        threshold: limit,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("8", "low", "No checked rate for this kind of goods: we use 8 %, Korea's basic rate for most manufactured goods."),
          byCategory: {
            clothing: rate("13", "medium", "Clothing pays 13 %.", [SOURCES.rates, SOURCES.guide]),
            bags: rate("8", "medium", "Bags pay 8 %.", [SOURCES.rates]),
            cosmetics: rate("6.5", "medium", "Cosmetics pay 6.5 %.", [SOURCES.rates, SOURCES.guide]),
            footwear: rate("13", "low", "Typical rate for footwear; not verified."),
            electronics: rate("0", "low", "Many electronics are duty-free, but some pay up to 8 %.", [SOURCES.guide]),
            phones: rate("0", "medium", "Phones are duty-free under the WTO Information Technology Agreement."),
            books: rate("0", "medium", "Printed books are duty-free."),
          },
        },
      },
      tax: {
        name: "VAT",
        standard: rate("10", "high"),
        byCategory: { books: rate("0", "medium", "Books are exempt from VAT in Korea.", [SOURCES.guide]) },
        import: {
          threshold: limit,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [],
    },
  ],
};
