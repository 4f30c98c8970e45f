/** United Kingdom: point-of-sale VAT and duty relief up to the low-value limit; above it, duty and import VAT at the border. */
import { factText, getFact } from "../../facts";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import type { DestinationInput } from "../schema";
import { dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("gb-low-value-limit");
const RELIEF_END = getFact("gb-low-value-relief-end");
const VAT_STANDARD = getFact("gb-vat-standard");
const VAT_BOOKS = getFact("gb-vat-books");
const DUTY_CLOTHING = getFact("gb-duty-clothing");
const ROYAL_MAIL_FEE = getFact("gb-royal-mail-fee");

const limit = moneyFrom(LOW_VALUE_LIMIT.value, LOW_VALUE_LIMIT.id);
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
      summary: factText(
        "UK rules: for consignments of {gb-low-value-limit} or less the seller or marketplace charges {gb-vat-standard} VAT at checkout (including on shipping) and no customs duty is due. Above {gb-low-value-limit}, duty and import VAT are charged at the border.",
      ),
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: factSources(LOW_VALUE_LIMIT, VAT_STANDARD, DUTY_CLOTHING, RELIEF_END),
      warnings: [
        factText("The {gb-low-value-limit} customs duty relief is to be abolished by {gb-low-value-relief-end} at the latest (announced in the November 2025 Budget); the start date is not set yet."),
      ],
      assumptions: [
        "The goods are bought from a business outside the UK (not a gift) and sent to Great Britain; Northern Ireland follows EU rules for goods and is not modelled.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: factText("UK point-of-sale VAT ({gb-low-value-limit} rule)"),
        eligibility: intrinsicValue("high"),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: factText("For orders of {gb-low-value-limit} or less the seller or marketplace must charge UK VAT at checkout, on the price including shipping; nothing is collected at the border."),
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: factText(
            "The seller should have charged VAT at checkout on an order of {gb-low-value-limit} or less. If they did not, the carrier usually collects the VAT from you before delivery, with its handling fee.",
          ),
          confidence: "medium",
        },
      },
      duty: {
        base: "cif",
        threshold: intrinsicValue("high"),
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: dutyRate(getFact("gb-duty-general")),
          byCategory: {
            clothing: dutyRate(DUTY_CLOTHING),
            electronics: dutyRate(getFact("gb-duty-electronics")),
            phones: dutyRate(getFact("gb-duty-phones")),
            books: dutyRate(getFact("gb-duty-books")),
          },
        },
      },
      tax: {
        name: "VAT",
        standard: taxRate(VAT_STANDARD),
        byCategory: { books: { ...taxRate(VAT_BOOKS), note: "Printed books are zero-rated for VAT in the UK." } },
        import: {
          // The low-value relief covers duty only. If an overseas seller does not charge VAT on a
          // low-value order, carriers such as Royal Mail collect it before delivery instead.
          threshold: null,
          base: ["goods", "shipping", "insurance", "duty"],
          notCollected: null,
        },
      },
      regions: [],
      fees: [feeFrom(ROYAL_MAIL_FEE, { id: "royal-mail-fee", label: "Royal Mail handling fee", kind: "carrier", channels: ["post"] })],
    },
  ],
};
