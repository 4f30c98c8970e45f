/**
 * Canada. Above C$20 the CBSA collects duty and GST or HST on the value for duty. It collects HST
 * for residents of the HST provinces wherever the goods enter; it collects a province's PST only
 * under an agreement and only when the goods enter Canada in that province (CBSA, Courier Low Value
 * Shipment page). Most parcels from overseas enter through Vancouver, Toronto or Montréal, so PST
 * is usually NOT collected at the door: we show GST only for the PST provinces and say so.
 */
import { factDate, factText, getFact, type FactValue } from "../../facts";
import type { DestinationInput, RuleVersionInput } from "../schema";
import type { Rate, Region, Source } from "../types";
import { addDays, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { datedValues, dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate, threshold } from "./helpers";

const LOW_VALUE_LIMIT = getFact("ca-low-value-limit");
const GST = getFact("ca-gst");
const NS_HST = getFact("ca-ns-hst");
const TAX_BREAK_END = getFact("ca-tax-break-end");

const SOURCES = {
  valueForDuty: { title: "CBSA Memorandum D13-3-3: transportation costs and value for duty", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-3-eng.html" },
  provincialTaxMemo: { title: "CBSA Memorandum D17-1-22: HST and PST on casual importations (courier and commercial streams)", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d17/d17-1-22-eng.html" },
} satisfies Record<string, Source>;

const pstNote = (tax: string) =>
  `The CBSA collects ${tax} at the border only if your parcel enters Canada in your province under its agreement with the province; most overseas parcels enter elsewhere, so usually only GST is collected at the door. ${tax} is still owed: a registered seller may charge it at checkout, or you may have to self-assess it with your province.`;

type RegionSpec = { code: string; name: string; taxName: string; rate: Rate; notes?: string[] };

function regionsWith(novaScotiaHst: FactValue, booksTaxFree: boolean): Region[] {
  const gst = taxRate(GST);
  const specs: RegionSpec[] = [
    { code: "AB", name: "Alberta", taxName: "GST", rate: gst },
    { code: "BC", name: "British Columbia", taxName: "GST", rate: gst, notes: [pstNote(factText("BC PST ({ca-bc-pst})"))] },
    { code: "MB", name: "Manitoba", taxName: "GST", rate: gst, notes: [pstNote(factText("Manitoba RST ({ca-mb-rst})"))] },
    { code: "NB", name: "New Brunswick", taxName: "HST", rate: taxRate(getFact("ca-nb-hst")) },
    { code: "NL", name: "Newfoundland and Labrador", taxName: "HST", rate: taxRate(getFact("ca-nl-hst")) },
    { code: "NS", name: "Nova Scotia", taxName: "HST", rate: taxRate(NS_HST, novaScotiaHst) },
    { code: "NT", name: "Northwest Territories", taxName: "GST", rate: gst },
    { code: "NU", name: "Nunavut", taxName: "GST", rate: gst },
    { code: "ON", name: "Ontario", taxName: "HST", rate: taxRate(getFact("ca-on-hst")) },
    { code: "PE", name: "Prince Edward Island", taxName: "HST", rate: taxRate(getFact("ca-pe-hst")) },
    { code: "QC", name: "Quebec", taxName: "GST", rate: gst, notes: [pstNote(factText("Quebec QST ({ca-qc-qst})"))] },
    { code: "SK", name: "Saskatchewan", taxName: "GST", rate: gst, notes: [pstNote(factText("Saskatchewan PST ({ca-sk-pst})"))] },
    { code: "YT", name: "Yukon", taxName: "GST", rate: gst },
  ];
  // The 2024–25 GST/HST break covered printed books (and children's clothing, shoes and toys).
  const booksDuringBreak: Rate = { basisPoints: 0, confidence: TAX_BREAK_END.confidence, note: "Printed books were free of GST/HST during the temporary tax break.", sources: factSources(TAX_BREAK_END) };
  return specs.map((spec) => ({
    code: spec.code,
    name: spec.name,
    taxName: spec.taxName,
    rate: spec.rate,
    byCategory: booksTaxFree ? { books: booksDuringBreak } : {},
    notes: spec.notes ?? [],
  }));
}

const postalLimit = threshold(moneyFrom(LOW_VALUE_LIMIT.value, LOW_VALUE_LIMIT.id), {
  measure: "goods",
  confidence: "high",
  note: "Value for duty of the parcel, which excludes international shipping.",
});

function caVersion(from: IsoDate, to: IsoDate, novaScotiaHst: FactValue, taxBreak: boolean): RuleVersionInput {
  return {
    id: `ca-${from}`,
    validFrom: from,
    validTo: to,
    currency: "CAD",
    summary: factText(
      "Canadian rules: parcels with a value for duty of {ca-low-value-limit} or less pay no duty or tax. Above that, duty is charged on the value for duty and GST or HST on the value for duty plus duty, collected before delivery.",
    ),
    confidence: "high",
    lastVerified: REFERENCE_CHECKED,
    sources: [
      ...factSources(LOW_VALUE_LIMIT, GST, getFact("ca-duty-clothing"), getFact("ca-bc-pst"), getFact("ca-canada-post-fee"), ...(taxBreak ? [TAX_BREAK_END] : [])),
      SOURCES.valueForDuty,
      SOURCES.provincialTaxMemo,
    ],
    warnings: taxBreak
      ? [factText("Until {ca-tax-break-end} a temporary GST/HST break also covered children's clothing, children's shoes and children's toys; if your goods are for children, no GST/HST was due on them.")]
      : [],
    assumptions: [
      factText(
        "The goods ship from China or elsewhere overseas, not from the US or Mexico: the {ca-low-value-limit} limit then applies by post and by courier. (Courier parcels from the US or Mexico pay no duty up to {ca-cusma-duty-limit} and no tax up to {ca-cusma-tax-limit} under CUSMA.)",
      ),
    ],
    categoryNotes: {
      books: factText("Printed books may not qualify for the {ca-low-value-limit} exemption, and some HST provinces rebate their part of the HST on printed books; check before relying on this figure."),
    },
    sellerScheme: {
      kind: "none",
      note: "Canada has no scheme for overseas sellers to collect GST/HST on goods shipped from abroad. A seller that ships \"delivered duty paid\" (DDP) pays the duty and tax and builds them into your price.",
    },
    duty: {
      // Value for duty excludes transport after the place of direct shipment (CBSA D13-3-3): roughly FOB.
      base: "fob",
      threshold: postalLimit,
      lowValue: { kind: "none" },
      rates: {
        kind: "byCategory",
        general: dutyRate(getFact("ca-duty-general")),
        byCategory: {
          clothing: dutyRate(getFact("ca-duty-clothing")),
          footwear: dutyRate(getFact("ca-duty-footwear")),
          bags: dutyRate(getFact("ca-duty-bags")),
          electronics: dutyRate(getFact("ca-duty-electronics")),
          phones: dutyRate(getFact("ca-duty-phones")),
          books: dutyRate(getFact("ca-duty-books")),
        },
      },
    },
    tax: {
      name: "GST",
      standard: taxRate(GST),
      byCategory: {},
      import: {
        threshold: postalLimit,
        // GST/HST is charged on the value for duty plus duty (CBSA D13-3-3).
        base: ["goods", "duty"],
        notCollected: null,
      },
    },
    regions: regionsWith(novaScotiaHst, taxBreak),
    fees: [feeFrom(getFact("ca-canada-post-fee"), { id: "canada-post-fee", label: "Canada Post handling fee", kind: "carrier", channels: ["post"] })],
  };
}

export const CA: DestinationInput = {
  code: "CA",
  name: "Canada",
  group: "other",
  regionLabel: "Province or territory",
  versions: caVersions(),
};

/** A new version wherever the tax break ends or Nova Scotia's HST changes. */
function caVersions(): RuleVersionInput[] {
  const breakEnd = factDate("ca-tax-break-end");
  const starts = new Set<IsoDate>([MODELLED_FROM, addDays(breakEnd, 1), ...datedValues(NS_HST).map((v) => v.from)]);
  const sorted = [...starts].filter((d) => d <= MODELLED_TO).sort();
  return sorted.map((from, i) => {
    const next = sorted[i + 1];
    const nsHst = datedValues(NS_HST).filter((v) => v.from <= from).at(-1);
    if (!nsHst) throw new Error(`No Nova Scotia HST on ${from}`);
    return caVersion(from, next ? addDays(next, -1) : MODELLED_TO, nsHst.value, from <= breakEnd);
  });
}
