/** United Kingdom: £135 point-of-sale VAT and duty relief; above it, duty and import VAT at the border. */
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import type { DestinationInput } from "../schema";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  lowValue: { title: "HMRC customer forum: VAT on goods of £135 or less sold to UK consumers", url: "https://community-origin.hmrc.gov.uk/customerforums/" },
  overLimit: { title: "MyLawyer: ordering goods from abroad (duty and VAT over £135)", url: "https://www.mylawyer.co.uk/ordering-goods-from-abroad-a-A76053D78739/" },
  abolition: { title: "Deloitte Taxscape: customs duty relief for low-value imports to be abolished", url: "https://taxscape.deloitte.com/" },
  clothing: { title: "Textiles Scotland: UK Global Tariff on clothing (12 %)", url: "https://www.textilescotland.com/industry-news/8978847" },
  royalMail: { title: "Royal Mail: fees to pay on items sent to the UK", url: "https://personal.help.royalmail.com/app/answers/detail/a_id/143" },
  books: { title: "GOV.UK VAT Notice 701/10: zero-rating of books and printed matter", url: "https://www.gov.uk/guidance/zero-rating-books-and-printed-matter-vat-notice-70110" },
};

const limit = money("135", "GBP");
const intrinsicValue = (confidence: "high" | "medium") =>
  threshold(limit, { measure: "goods", confidence, note: "Intrinsic value: the goods' price without separately invoiced shipping and insurance, per consignment." });

export const GB: DestinationInput = {
  code: "GB",
  name: "United Kingdom",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "gb-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "GBP",
      summary: "UK rules: for consignments of £135 or less the seller or marketplace charges 20 % VAT at checkout (including on shipping) and no customs duty is due. Above £135, duty and import VAT are charged at the border.",
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [SOURCES.lowValue, SOURCES.overLimit, SOURCES.clothing, SOURCES.abolition],
      warnings: [
        "The £135 customs duty relief is to be abolished by March 2029 at the latest (announced in the November 2025 Budget); the start date is not set yet.",
      ],
      assumptions: [
        "The goods are bought from a business outside the UK (not a gift) and sent to Great Britain; Northern Ireland follows EU rules for goods and is not modelled.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: "UK point-of-sale VAT (£135 rule)",
        eligibility: intrinsicValue("high"),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: "For orders of £135 or less the seller or marketplace must charge UK VAT at checkout, on the price including shipping; nothing is collected at the border.",
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: "The seller should have charged VAT at checkout on an order of £135 or less. If they did not, the carrier usually collects the VAT from you before delivery, with its handling fee.",
          confidence: "medium",
        },
      },
      duty: {
        base: "cif",
        threshold: intrinsicValue("high"),
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: rate("4", "low", "No checked UK Global Tariff rate for this kind of goods: we use 4 %. Look up your product in the UK Trade Tariff for the exact rate."),
          byCategory: {
            clothing: rate("12", "high", "Almost all clothing pays 12 % under the UK Global Tariff; goods from China get no preference.", [SOURCES.clothing]),
            electronics: rate("0", "medium", "Most consumer electronics are duty-free (WTO Information Technology Agreement); some are not."),
            phones: rate("0", "medium", "Phones are duty-free (WTO Information Technology Agreement)."),
            books: rate("0", "medium", "Printed books are duty-free."),
          },
        },
      },
      tax: {
        name: "VAT",
        standard: rate("20", "high"),
        byCategory: { books: rate("0", "high", "Printed books are zero-rated for VAT in the UK.", [SOURCES.books]) },
        import: {
          // The £135 relief covers duty only. If an overseas seller does not charge VAT on a
          // low-value order, carriers such as Royal Mail collect it before delivery instead.
          threshold: null,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [
        {
          id: "royal-mail-fee",
          label: "Royal Mail handling fee",
          kind: "carrier",
          channels: ["post"],
          amount: money("8", "GBP"),
          goodsAbove: null,
          goodsAtMost: null,
          includedInTaxBase: false,
          confidence: "medium",
          asOf: REFERENCE_CHECKED,
          note: "Royal Mail charges £8 when it collects duty or VAT for you.",
          sources: [SOURCES.royalMail],
        },
      ],
    },
  ],
};
