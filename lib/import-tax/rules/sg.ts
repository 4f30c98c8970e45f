/** Singapore: registered sellers charge GST on low-value goods; otherwise GST at import only above the limit (CIF). */
import { factText, getFact } from "../../facts";
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { dutyRate, factSources, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("sg-low-value-limit");
const GST = getFact("sg-gst");
const limit = moneyFrom(LOW_VALUE_LIMIT.value, LOW_VALUE_LIMIT.id);

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
      summary: factText(
        "Singapore rules: goods with a sales value of {sg-low-value-limit} or less arriving by air or post are low-value goods; GST-registered sellers charge {sg-gst} GST at checkout. From unregistered sellers, GST is charged at import only if the value including shipping and insurance (CIF) is over {sg-low-value-limit}.",
      ),
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: factSources(LOW_VALUE_LIMIT, GST),
      warnings: [],
      assumptions: ["The parcel arrives by air or post (sea freight is not modelled)."],
      sellerScheme: {
        kind: "registeredSeller",
        name: "GST on low-value goods (Overseas Vendor Registration)",
        eligibility: threshold(limit, {
          measure: "goods",
          confidence: "high",
          note: "Sales value of the goods, without shipping.",
        }),
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: factText("A GST-registered seller charges {sg-gst} GST at checkout on low-value goods ({sg-low-value-limit} or less), including on the delivery charge."),
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: factText("From a seller that is not GST-registered, GST is charged at import only if the value including shipping and insurance (CIF) is over {sg-low-value-limit}."),
          confidence: "high",
        },
      },
      duty: {
        base: "cif",
        threshold: null,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: dutyRate(getFact("sg-duty")),
          byCategory: {},
        },
      },
      tax: {
        name: "GST",
        standard: taxRate(GST),
        byCategory: {},
        import: {
          threshold: threshold(limit, {
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
