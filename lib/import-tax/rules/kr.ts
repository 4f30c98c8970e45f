/**
 * South Korea: personal-use parcels within the low-value limit (higher from the US) are exempt;
 * above it, duty on CIF and VAT on CIF plus duty, on the whole value. The limit is in US dollars
 * while amounts here are in won, so it is converted at a stated, assumed rate.
 */
import { factText, getFact } from "../../facts";
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { formatMoney } from "../money";
import { converted, dutyRate, factSources, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("kr-low-value-limit");
const VAT = getFact("kr-vat");
const DUTY_FREE = dutyRate(getFact("kr-duty-free"));

/** An assumed exchange rate, not a legal figure: Korea Customs use their own weekly rate. */
const ASSUMED_USD_KRW = "1400";

function usdLimit(): string {
  if (LOW_VALUE_LIMIT.value.kind !== "money" || LOW_VALUE_LIMIT.value.currency !== "USD") throw new Error("kr-low-value-limit must be a US dollar amount");
  return LOW_VALUE_LIMIT.value.amount;
}

const limitInWon = converted(usdLimit(), "USD", "KRW", {
  rate: ASSUMED_USD_KRW,
  asOf: "2026-11-27",
  confidence: "low",
  note: `Assumed 1 US$ = ${formatMoney(Number(ASSUMED_USD_KRW), "KRW")}, not a verified rate. Korea Customs convert at its own weekly rate, so near the limit the outcome may differ.`,
});

const limit = threshold(limitInWon, {
  measure: "goods",
  confidence: "medium",
  note: "Price of the goods, without international shipping (sources disagree on whether shipping counts).",
});

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
      summary: factText(
        "South Korean rules: personal-use parcels worth {kr-low-value-limit} or less ({kr-low-value-limit-from-us} if shipped from the US) clear without duty or VAT. Above the limit, duty is charged on the CIF value and {kr-vat} VAT on CIF plus duty, on the whole value.",
      ),
      confidence: "medium",
      lastVerified: REFERENCE_CHECKED,
      sources: factSources(LOW_VALUE_LIMIT, VAT, getFact("kr-duty-clothing")),
      warnings: [],
      assumptions: [
        factText("The parcel is shipped from outside the US (from the US the limit is {kr-low-value-limit-from-us}) and cleared as a personal-use list clearance."),
        `${factText("You enter amounts in won. The {kr-low-value-limit} limit")} is converted at an assumed ${formatMoney(Number(ASSUMED_USD_KRW), "KRW")} per US$ (about ${formatMoney(limitInWon.minor, "KRW")}).`,
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
          general: dutyRate(getFact("kr-duty-general")),
          byCategory: {
            clothing: dutyRate(getFact("kr-duty-clothing")),
            bags: dutyRate(getFact("kr-duty-bags")),
            cosmetics: dutyRate(getFact("kr-duty-cosmetics")),
            footwear: dutyRate(getFact("kr-duty-footwear")),
            electronics: DUTY_FREE,
            phones: DUTY_FREE,
            books: DUTY_FREE,
          },
        },
      },
      tax: {
        name: "VAT",
        standard: taxRate(VAT),
        byCategory: { books: { ...taxRate(getFact("kr-vat-books")), note: "Books are exempt from VAT in Korea." } },
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
