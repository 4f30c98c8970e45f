/**
 * New Zealand: the seller charges GST on orders up to the low-value limit; above it, Customs collects
 * duty, GST and its fees. The fees changed on 1 July 2025 and were replaced by levies on 1 April
 * 2026, so the rules are split there and each version reads the fees in force on its dates.
 */
import { factDate, factText, getFact } from "../../facts";
import type { DestinationInput, RuleVersionInput } from "../schema";
import type { Fee, Source } from "../types";
import { addDays, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { datedValues, dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("nz-low-value-limit");
const GST = getFact("nz-gst");
const ENTRY_FEE = getFact("nz-import-entry-fee");
const ENTRY_LEVY = getFact("nz-biosecurity-entry-levy");
const LEVIES_FROM = getFact("nz-levies-from");
const LOW_VALUE_LEVY = getFact("nz-low-value-levy");
const DUTY_CLOTHING_FOOTWEAR = dutyRate(getFact("nz-duty-clothing-footwear"));
const DUTY_FREE = dutyRate(getFact("nz-duty-free"));

const lowValueLimit = moneyFrom(LOW_VALUE_LIMIT.value, LOW_VALUE_LIMIT.id);
const limit = threshold(lowValueLimit, {
  measure: "goods",
  confidence: "medium",
  note: "Value of the goods in the consignment. Whether shipping counts toward the limit is not confirmed in our sources; we leave it out, as Australia does.",
});

/** The fees on an import entry (goods over the limit) in force from `from` until the levies began. */
function entryFees(from: IsoDate): Fee[] {
  const fee = datedValues(ENTRY_FEE).filter((v) => v.from <= from).at(-1);
  if (!fee) throw new Error(`No New Zealand import entry fee on ${from}`);
  return [
    feeFrom(ENTRY_FEE, {
      id: "nz-import-entry-fee",
      label: "Customs import entry transaction fee",
      kind: "government",
      channels: ["post", "courier"],
      goodsAbove: lowValueLimit,
      value: fee.value,
      note: "Customs' import entry transaction fee (GST included) on goods worth more than the low-value limit.",
    }),
    feeFrom(ENTRY_LEVY, {
      id: "nz-biosecurity-entry-levy",
      label: "Biosecurity system entry levy (Ministry for Primary Industries)",
      kind: "government",
      channels: ["post", "courier"],
      goodsAbove: lowValueLimit,
    }),
  ];
}

function nzVersion(from: IsoDate, to: IsoDate): RuleVersionInput {
  const levies = from >= factDate("nz-levies-from");
  const extraSources: Source[] = levies ? factSources(LEVIES_FROM, LOW_VALUE_LEVY) : factSources(ENTRY_FEE, ENTRY_LEVY);
  return {
    id: `nz-${from}`,
    validFrom: from,
    validTo: to,
    currency: "NZD",
    summary: factText(
      "New Zealand rules: for goods worth {nz-low-value-limit} or less the overseas seller charges {nz-gst} GST and Customs collects no GST or duty. Above {nz-low-value-limit}, GST is charged on the value plus duty, freight and insurance, and Customs' charges apply.",
    ),
    confidence: "high",
    lastVerified: REFERENCE_CHECKED,
    sources: [...factSources(LOW_VALUE_LIMIT, GST, getFact("nz-duty-clothing-footwear")), ...extraSources],
    warnings: levies
      ? [
          factText(
            "From {nz-levies-from} Customs' fees on import entries were replaced by levies. We could not confirm the levies on goods worth more than {nz-low-value-limit}, so none is included for them.",
          ),
          factText("Each courier or air-freight consignment worth {nz-low-value-limit} or less now carries a Customs and biosecurity levy of {nz-low-value-levy} plus GST; the courier may pass it on to you."),
        ]
      : [],
    assumptions: [
      "Duty is charged at the normal rate: goods from China can be duty-free under the NZ–China Free Trade Agreement only if origin is claimed.",
    ],
    sellerScheme: {
      kind: "registeredSeller",
      name: "GST on low-value imported goods",
      eligibility: limit,
      taxBase: ["goods", "shipping", "insurance"],
      duty: "none",
      explanation: factText("For goods worth {nz-low-value-limit} or less the overseas seller charges {nz-gst} GST at checkout."),
      confidence: "high",
      whenSellerDoesNotCollect: {
        note: factText("Customs collects no GST or duty on goods worth {nz-low-value-limit} or less (except alcohol and tobacco); a registered seller should have charged GST at checkout."),
        confidence: "high",
      },
    },
    duty: {
      base: "fob",
      threshold: limit,
      lowValue: { kind: "none" },
      rates: {
        kind: "byCategory",
        general: dutyRate(getFact("nz-duty-general")),
        byCategory: {
          clothing: DUTY_CLOTHING_FOOTWEAR,
          footwear: DUTY_CLOTHING_FOOTWEAR,
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
        base: ["goods", "shipping", "insurance", "duty"],
        notCollected: null,
      },
    },
    regions: [],
    fees: levies ? [] : entryFees(from),
  };
}

/** A new version wherever the entry fee changed, and when the levies replaced the fees. */
function nzVersions(): RuleVersionInput[] {
  const starts = [...new Set<IsoDate>([MODELLED_FROM, ...datedValues(ENTRY_FEE).map((v) => v.from), factDate("nz-levies-from")])].sort();
  return starts.map((from, i) => {
    const next = starts[i + 1];
    return nzVersion(from, next ? addDays(next, -1) : MODELLED_TO);
  });
}

export const NZ: DestinationInput = {
  code: "NZ",
  name: "New Zealand",
  group: "other",
  regionLabel: null,
  versions: nzVersions(),
};
