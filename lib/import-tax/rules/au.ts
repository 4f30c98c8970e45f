/** Australia: the seller charges GST on orders up to the low-value limit; above it, duty, GST and border charges. */
import { factText, getFact } from "../../facts";
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { dutyRate, factSources, feeFrom, justBelow, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("au-low-value-limit");
const GST = getFact("au-gst");
const IPC_HIGH_TIER_FROM = getFact("au-ipc-high-tier-from");
const IPC = getFact("au-ipc-electronic");
const IPC_HIGH = getFact("au-ipc-electronic-high");
const BIOSECURITY = getFact("au-biosecurity-air-charge");
const DUTY_FREE = dutyRate(getFact("au-duty-free"));

const lowValueLimit = moneyFrom(LOW_VALUE_LIMIT.value, LOW_VALUE_LIMIT.id);
const highTierFrom = moneyFrom(IPC_HIGH_TIER_FROM.value, IPC_HIGH_TIER_FROM.id);

// Customs value excludes freight and insurance; the limit is tested per consignment.
const limit = threshold(lowValueLimit, {
  measure: "goods",
  confidence: "high",
  note: "Customs value of the consignment: the goods' price without freight and insurance.",
});

const IPC_NOTE = factText(
  "The ABF's import processing charge for an electronic import declaration: {au-ipc-electronic} for goods worth more than {au-low-value-limit} and less than {au-ipc-high-tier-from}, {au-ipc-electronic-high} from {au-ipc-high-tier-from} ({au-ipc-documentary} and {au-ipc-documentary-high} for a paper declaration). Couriers and brokers may add their own fee.",
);

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
      summary: factText(
        "Australian rules: for goods worth {au-low-value-limit} or less the seller or platform charges {au-gst} GST at checkout on the price including shipping, and nothing is collected at the border. Above {au-low-value-limit}, duty is charged on the customs value and GST on the customs value plus duty, shipping and insurance, with the border's processing charges.",
      ),
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: factSources(LOW_VALUE_LIMIT, GST, IPC, getFact("au-duty-clothing")),
      warnings: [],
      assumptions: [
        "Duty is charged at the general rate: goods from China can enter duty-free under the China–Australia Free Trade Agreement only if origin is claimed, which is rare for personal orders.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: "GST on low-value imported goods",
        eligibility: limit,
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: factText("For goods worth {au-low-value-limit} or less the seller or platform charges {au-gst} GST at checkout, on the price including shipping."),
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: factText("No GST, duty or charges are collected at the border on goods worth {au-low-value-limit} or less; a registered seller should have charged GST at checkout."),
          confidence: "high",
        },
      },
      duty: {
        base: "fob",
        threshold: limit,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: dutyRate(getFact("au-duty-general")),
          byCategory: {
            clothing: dutyRate(getFact("au-duty-clothing")),
            footwear: dutyRate(getFact("au-duty-footwear")),
            electronics: DUTY_FREE,
            phones: DUTY_FREE,
            books: DUTY_FREE,
          },
        },
      },
      tax: {
        name: "GST",
        standard: taxRate(GST),
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
        // The charge steps up at the high tier ("less than A$10,000" / "A$10,000 or more"), so the
        // lower tier ends one cent below it and a dearer parcel never pays less.
        feeFrom(IPC, {
          id: "import-processing-charge",
          label: "Import processing charge (Australian Border Force)",
          kind: "government",
          channels: ["post", "courier"],
          goodsAbove: lowValueLimit,
          goodsAtMost: justBelow(highTierFrom),
          note: IPC_NOTE,
        }),
        feeFrom(IPC_HIGH, {
          id: "import-processing-charge-high",
          label: "Import processing charge (Australian Border Force)",
          kind: "government",
          channels: ["post", "courier"],
          goodsAbove: justBelow(highTierFrom),
          note: IPC_NOTE,
        }),
        feeFrom(BIOSECURITY, {
          id: "biosecurity-charge",
          label: "Biosecurity charge on an air import declaration",
          kind: "government",
          channels: ["courier"],
          goodsAbove: lowValueLimit,
          note: `${factText("The agriculture department's charge of {au-biosecurity-air-charge} on a full import declaration for goods arriving by air, collected by the ABF.")} ${BIOSECURITY.note ?? ""}`.trim(),
        }),
      ],
    },
  ],
};
