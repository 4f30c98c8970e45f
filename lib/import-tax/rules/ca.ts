/**
 * Canada. Above C$20 the CBSA collects duty and GST or HST on the value for duty. It collects HST
 * for residents of the HST provinces wherever the goods enter; it collects a province's PST only
 * under an agreement and only when the goods enter Canada in that province (CBSA, Courier Low Value
 * Shipment page). Most parcels from overseas enter through Vancouver, Toronto or Montréal, so PST
 * is usually NOT collected at the door: we show GST only for the PST provinces and say so.
 */
import type { DestinationInput, RuleVersionInput } from "../schema";
import type { Rate, Region, Source } from "../types";
import { MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import { money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

const SOURCES = {
  canadaPost: { title: "Canada Post: customs duty, taxes and exemptions", url: "https://www.canadapost-postescanada.ca/cpc/en/support/articles/customs-requirements/customs-duty-taxes-and-exemptions.page" },
  valueForDuty: { title: "CBSA Memorandum D13-3-3: transportation costs and value for duty", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-3-eng.html" },
  rates: { title: "CBSA: estimated rates of duty (most-favoured-nation rates)", url: "https://www.cbsa-asfc.gc.ca/travel-voyage/dte-acl/err-eng.html" },
  provincialTax: { title: "CBSA: PST and HST on casual goods imported by courier (collection depends on point of entry)", url: "https://www.cbsa-asfc.gc.ca/import/courier/lvs-efv/tax-taxe-eng.html" },
  provincialTaxMemo: { title: "CBSA Memorandum D17-1-22: HST and PST on casual importations (courier and commercial streams)", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d17/d17-1-22-eng.html" },
  taxBreak: { title: "CBSA: temporary GST/HST break on select imported goods (14 Dec 2024 – 15 Feb 2025)", url: "https://www.cbsa-asfc.gc.ca/import/postal-postale/dispute-contestation-eng.html" },
} satisfies Record<string, Source>;

const pstNote = (tax: string) =>
  `The CBSA collects ${tax} at the border only if your parcel enters Canada in your province under its agreement with the province; most overseas parcels enter elsewhere, so usually only GST is collected at the door. ${tax} is still owed: a registered seller may charge it at checkout, or you may have to self-assess it with your province.`;

type RegionSpec = { code: string; name: string; taxName: string; rate: Rate; notes?: string[] };

function regionsWith(novaScotiaHst: string, booksTaxFree: boolean): Region[] {
  const gst = rate("5", "high");
  const specs: RegionSpec[] = [
    { code: "AB", name: "Alberta", taxName: "GST", rate: gst },
    { code: "BC", name: "British Columbia", taxName: "GST", rate: rate("5", "medium"), notes: [pstNote("BC PST (7 %)")] },
    { code: "MB", name: "Manitoba", taxName: "GST", rate: rate("5", "medium"), notes: [pstNote("Manitoba RST (7 %)")] },
    { code: "NB", name: "New Brunswick", taxName: "HST", rate: rate("15", "medium") },
    { code: "NL", name: "Newfoundland and Labrador", taxName: "HST", rate: rate("15", "medium") },
    { code: "NS", name: "Nova Scotia", taxName: "HST", rate: rate(novaScotiaHst, "medium", "Nova Scotia's HST fell from 15 % to 14 % on 1 April 2025.") },
    { code: "NT", name: "Northwest Territories", taxName: "GST", rate: gst },
    { code: "NU", name: "Nunavut", taxName: "GST", rate: gst },
    { code: "ON", name: "Ontario", taxName: "HST", rate: rate("13", "high") },
    { code: "PE", name: "Prince Edward Island", taxName: "HST", rate: rate("15", "medium") },
    { code: "QC", name: "Quebec", taxName: "GST", rate: rate("5", "medium"), notes: [pstNote("Quebec QST (9.975 %)")] },
    { code: "SK", name: "Saskatchewan", taxName: "GST", rate: rate("5", "medium"), notes: [pstNote("Saskatchewan PST (6 %)")] },
    { code: "YT", name: "Yukon", taxName: "GST", rate: gst },
  ];
  return specs.map((spec) => ({
    code: spec.code,
    name: spec.name,
    taxName: spec.taxName,
    rate: spec.rate,
    // The 2024–25 GST/HST break covered printed books (and children's clothing, shoes and toys).
    byCategory: booksTaxFree ? { books: rate("0", "medium", "Printed books were free of GST/HST during the temporary tax break.", [SOURCES.taxBreak]) } : {},
    notes: spec.notes ?? [],
  }));
}

const postalLimit = threshold(money("20", "CAD"), {
  measure: "goods",
  confidence: "high",
  note: "Value for duty of the parcel, which excludes international shipping.",
});

function caVersion(id: string, from: IsoDate, to: IsoDate, novaScotiaHst: string, taxBreak: boolean): RuleVersionInput {
  return {
    id,
    validFrom: from,
    validTo: to,
    currency: "CAD",
    summary:
      "Canadian rules: parcels with a value for duty of C$20 or less pay no duty or tax. Above that, duty is charged on the value for duty and GST or HST on the value for duty plus duty, collected before delivery.",
    confidence: "high",
    lastVerified: REFERENCE_CHECKED,
    sources: [SOURCES.canadaPost, SOURCES.valueForDuty, SOURCES.rates, SOURCES.provincialTax, SOURCES.provincialTaxMemo, ...(taxBreak ? [SOURCES.taxBreak] : [])],
    warnings: taxBreak
      ? ["Until 15 February 2025 a temporary GST/HST break also covered children's clothing, children's shoes and children's toys; if your goods are for children, no GST/HST was due on them."]
      : [],
    assumptions: [
      "The goods ship from China or elsewhere overseas, not from the US or Mexico: the C$20 limit then applies by post and by courier. (Courier parcels from the US or Mexico get C$150 for duty and C$40 for tax under CUSMA.)",
    ],
    categoryNotes: {
      books: "Printed books may not qualify for the C$20 exemption, and some HST provinces rebate their part of the HST on printed books; check before relying on this figure.",
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
        general: rate("6.5", "low", "No checked Canadian rate for this kind of goods: we use 6.5 %, a common most-favoured-nation rate. Check the Customs Tariff for your product."),
        byCategory: {
          clothing: rate("18", "high", "Most-favoured-nation rate for most clothing (goods from China pay MFN rates).", [SOURCES.rates]),
          footwear: rate("18", "medium", "The usual maximum most-favoured-nation rate for shoes; some footwear pays less.", [SOURCES.rates]),
          bags: rate("10", "medium", "Most-favoured-nation rate for luggage; some bags pay slightly less.", [SOURCES.rates]),
          electronics: rate("0", "low", "Most consumer electronics are duty-free; not checked item by item."),
          phones: rate("0", "low", "Phones are duty-free under the WTO Information Technology Agreement."),
          books: rate("0", "low", "Printed books are duty-free."),
        },
      },
    },
    tax: {
      name: "GST",
      standard: rate("5", "high"),
      byCategory: {},
      import: {
        threshold: postalLimit,
        // GST/HST is charged on the value for duty plus duty (CBSA D13-3-3).
        base: ["goods", "duty"],
        notCollected: null,
      },
    },
    regions: regionsWith(novaScotiaHst, taxBreak),
    fees: [
      {
        id: "canada-post-fee",
        label: "Canada Post handling fee",
        kind: "carrier",
        channels: ["post"],
        amount: money("9.95", "CAD"),
        goodsAbove: null,
        goodsAtMost: null,
        includedInTaxBase: false,
        confidence: "high",
        asOf: REFERENCE_CHECKED,
        note: "Canada Post charges C$9.95 per dutiable or taxable item. Indicative.",
        sources: [SOURCES.canadaPost],
      },
    ],
  };
}

export const CA: DestinationInput = {
  code: "CA",
  name: "Canada",
  group: "other",
  regionLabel: "Province or territory",
  versions: [
    caVersion("ca-2025-01-01", MODELLED_FROM, "2025-02-15", "15", true),
    caVersion("ca-2025-02-16", "2025-02-16", "2025-03-31", "15", false),
    caVersion("ca-2025-04-01", "2025-04-01", MODELLED_TO, "14", false),
  ],
};
