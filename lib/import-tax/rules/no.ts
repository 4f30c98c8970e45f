/** Norway: VOEC sellers charge VAT at checkout on items under the VOEC limit; everything else pays VAT from the first krone at import. */
import { factText, getFact } from "../../facts";
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const VOEC_LIMIT = getFact("no-voec-limit");
const VAT_STANDARD = getFact("no-vat-standard");
const VAT_BOOKS = getFact("no-vat-books");
const NO_DUTY = dutyRate(getFact("no-duty-footwear-books"));

const SOURCES = {
  posten: { title: "Posten: receiving parcels from abroad (VAT from the first krone since 2024)", url: "https://www.posten.no/en/customs/receiving-from-abroad" },
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
      summary: factText(
        "Norwegian rules: sellers registered in VOEC charge {no-vat-standard} VAT at checkout on items worth under {no-voec-limit} each, and those items pay no customs duty. Other goods pay VAT from the first krone (plus any duty) when imported, with a carrier fee.",
      ),
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [...factSources(VOEC_LIMIT, VAT_STANDARD, getFact("no-duty-clothing"), VAT_BOOKS), SOURCES.posten],
      warnings: [],
      assumptions: ["The goods are not food, restricted goods or goods subject to special taxes, which VOEC does not cover."],
      categoryNotes: {
        clothing: "Some clothing pays Norwegian customs duty and some does not; the rate we use is not verified.",
      },
      sellerScheme: {
        kind: "registeredSeller",
        name: "VOEC",
        eligibility: threshold(moneyFrom(VOEC_LIMIT.value, VOEC_LIMIT.id), {
          measure: "goods",
          scope: "item",
          appliesWhen: "below",
          confidence: "high",
          note: "Each item's value, without transport and insurance.",
        }),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: factText("A VOEC-registered seller charges {no-vat-standard} Norwegian VAT at checkout on each item worth under {no-voec-limit}; those items pay no customs duty."),
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
          general: dutyRate(getFact("no-duty-general")),
          byCategory: {
            clothing: dutyRate(getFact("no-duty-clothing")),
            footwear: NO_DUTY,
            books: NO_DUTY,
          },
        },
      },
      tax: {
        name: "VAT",
        standard: taxRate(VAT_STANDARD),
        byCategory: { books: { ...taxRate(VAT_BOOKS), note: "Books for your own use are free of VAT." } },
        import: {
          // The old low-value limit ended on 1 January 2024: VAT from the first krone.
          threshold: null,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [feeFrom(getFact("no-posten-fee"), { id: "posten-clearance-fee", label: "Posten customs clearance fee", kind: "carrier", channels: ["post"] })],
    },
  ],
};
