/**
 * EU customs rules are common to all 27 members; VAT rates, currencies, small-amount waivers and
 * carrier fees differ. `defineEuMember` combines the shared regimes with one member's data and
 * splits the timeline wherever either changes, so each member module stays a few lines of data.
 */
import { addDays, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import type { CurrencyCode } from "../money";
import type { RuleVersionInput } from "../schema";
import type { Confidence, Fee, Money, Rate, Source } from "../types";
import { converted, money, rate, REFERENCE_CHECKED, threshold } from "./helpers";

export const EU_SOURCES = {
  ioss: { title: "DPD: the IOSS function (VAT charged at checkout up to €150)", url: "https://www.dpd.com/ch/en/faq/ioss-function" },
  intrinsicValue: { title: "EAS Project: how to calculate intrinsic value for the IOSS threshold (Commission Explanatory Notes)", url: "https://help.easproject.com/how-to-calculate-intrinsic-value-ioss-threshold" },
  flatDuty: { title: "Baker McKenzie: EU low-value consignment relief abolished and €3 customs duty introduced from 1 July 2026", url: "https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/" },
  flatDutyScope: { title: "Baker McKenzie: EU introduces €3 customs duty on low-value imports (26 June 2026)", url: "https://globalimportblog.bakermckenzie.com/2026/06/26/eu-eu-introduces-eur-3-customs-duty-on-low-value-imports-from-1-july-2026/" },
  flatDutyWiseTech: { title: "WiseTech Academy: EU applies €3 customs duty per item on low-value e-commerce consignments", url: "https://www.wisetechacademy.com/news/eu-applies-3-customs-duty-per-item-on-low-value-e-commerce-consignments/" },
  flatDutyCzech: { title: "dreport.cz: non-IOSS parcels and the €3 duty", url: "https://dreport.cz/en/?p=10241" },
  vatUnchanged: { title: "Spring GDS: EU customs reform 2026 FAQ (VAT unchanged by the €3 duty)", url: "https://www.spring-gds.com/en-gb/frequently-asked-questions/eu-customs-reform-2026/" },
  valuation: { title: "PwC Ireland: customs valuation of goods (CIF)", url: "https://www.pwc.com/ie/en/customs/valuation-of-goods.jhtml" },
  importVatBase: { title: "VATupdate: taxable amount of import VAT (VAT Directive Arts 85–86)", url: "https://www.vatupdate.com/?p=145613" },
  dutyRates: { title: "TariffPilot: EU import duty rates by product", url: "https://tariffpilot.ai/eu-import-duty" },
  unionHandlingFee: { title: "Passport: EU and UK customs developments (Union handling fee proposal)", url: "https://www.passportglobal.com/blog/eu-uk-customs-developments/" },
  vatRates: { title: "Eurofiscalis: VAT rates in the EU", url: "https://www.eurofiscalis.com/en/vat-rates-in-ue" },
  vatRatesCommission: { title: "European Commission: VAT rates", url: "https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/vat-rates_en" },
  vatRates2026: { title: "VAT rates in EU countries 2025 with 2026 changes (secondary list, December 2025)", url: "https://newcraft.dev/vat-rates-eu-countries" },
} satisfies Record<string, Source>;

/** Normal (third-country) duty rates for goods above €150. Where unchecked, a documented general rate at low confidence. */
const EU_DUTY_RATES = {
  kind: "byCategory" as const,
  general: rate("4", "low", "No checked EU rate for this kind of goods: we use 4 %, close to the EU's average duty on manufactured goods. Look up your product in TARIC for the exact rate."),
  byCategory: {
    clothing: rate("12", "high", "Most clothing pays 12 % under the EU Common Customs Tariff.", [EU_SOURCES.dutyRates]),
    footwear: rate("16.5", "medium", "Shoes with textile uppers; leather shoes pay 8 %.", [EU_SOURCES.dutyRates]),
    bags: rate("9.7", "low", "Handbags with a plastic or textile outer; leather ones pay 3 %. Not checked against TARIC."),
    electronics: rate("0", "medium", "Most consumer electronics are duty-free under the WTO Information Technology Agreement; some items (such as televisions) are not.", [EU_SOURCES.dutyRates]),
    phones: rate("0", "medium", "Phones are duty-free under the WTO Information Technology Agreement.", [EU_SOURCES.dutyRates]),
    toys: rate("4.5", "low", "One source gives 4.5 %, others 0 %: not yet verified in TARIC.", [EU_SOURCES.dutyRates]),
    cosmetics: rate("0", "low", "Cosmetics are usually duty-free; not checked against TARIC."),
    watches: rate("4.5", "low", "Typical rate for wristwatches; smartwatches are usually duty-free. Not checked against TARIC."),
    jewellery: rate("4", "low", "Typical rate for imitation jewellery; precious-metal jewellery is usually 2.5 %. Not checked against TARIC."),
    books: rate("0", "medium", "Printed books are duty-free."),
  },
};

interface EuRegime {
  id: string;
  from: IsoDate;
  to: IsoDate;
  confidence: Confidence;
  summary: string;
  lowValueDuty: "relief" | "flatPerLine" | "normal";
  sources: Source[];
  warnings: string[];
}

const EU_REGIMES: EuRegime[] = [
  {
    id: "relief",
    from: MODELLED_FROM,
    to: "2026-06-30",
    confidence: "high",
    summary: "EU rules until 30 June 2026: parcels worth €150 or less pay no customs duty; VAT is due from the first cent, charged by the seller under IOSS or at import.",
    lowValueDuty: "relief",
    sources: [EU_SOURCES.ioss, EU_SOURCES.intrinsicValue, EU_SOURCES.flatDuty, EU_SOURCES.valuation, EU_SOURCES.importVatBase],
    warnings: [],
  },
  {
    id: "flat-duty",
    from: "2026-07-01",
    to: "2028-06-30",
    confidence: "high",
    summary: "EU rules from 1 July 2026: the duty relief for parcels worth €150 or less is abolished; instead a temporary customs duty of €3 per tariff line applies until 30 June 2028 (Council Regulation (EU) 2026/382).",
    lowValueDuty: "flatPerLine",
    sources: [EU_SOURCES.ioss, EU_SOURCES.intrinsicValue, EU_SOURCES.flatDuty, EU_SOURCES.flatDutyScope, EU_SOURCES.flatDutyWiseTech, EU_SOURCES.flatDutyCzech, EU_SOURCES.vatUnchanged, EU_SOURCES.valuation, EU_SOURCES.importVatBase],
    warnings: [],
  },
  {
    id: "normal-duty",
    from: "2028-07-01",
    to: MODELLED_TO,
    confidence: "medium",
    summary: "EU rules from 1 July 2028: the temporary €3 duty ends and parcels worth €150 or less pay normal tariff rates. The detailed arrangements for this period are not final.",
    lowValueDuty: "normal",
    sources: [EU_SOURCES.ioss, EU_SOURCES.intrinsicValue, EU_SOURCES.flatDuty, EU_SOURCES.valuation, EU_SOURCES.importVatBase],
    warnings: ["The rules for parcels worth €150 or less after 30 June 2028 are not final; treat this estimate as provisional."],
  },
];

const UNION_HANDLING_FEE_FROM: IsoDate = "2026-11-01";
const UNION_HANDLING_FEE_WARNING =
  "A new EU \"handling fee\" on parcels (€2 per item was proposed) was expected by 1 November 2026, but we have found nothing confirming it was adopted or what it costs, so it is not included.";

export interface EuCurrencyPeriod {
  from: IsoDate;
  currency: CurrencyCode;
  /** How the € thresholds are turned into this currency; null for the euro itself. */
  euroRate: { rate: string; asOf: IsoDate; note: string; confidence: Confidence } | null;
}

export interface EuVatPeriod {
  from: IsoDate;
  standard: Rate;
  /** Printed books: most members apply a reduced rate. */
  books: Rate;
}

export interface EuMemberSpec {
  code: string;
  name: string;
  currencies: EuCurrencyPeriod[];
  vat: EuVatPeriod[];
  vatSources: Source[];
  fees?: Fee[];
  /** Import charges the member does not collect (Germany: under €1). */
  notCollected?: { amount: Money; when: "atOrBelow" | "below"; note: string };
  /** Member-specific notices, optionally dated. */
  notices?: { from?: IsoDate; to?: IsoDate; text: string }[];
}

export const EURO: EuCurrencyPeriod[] = [{ from: MODELLED_FROM, currency: "EUR", euroRate: null }];

/** A non-euro member: € thresholds converted at an assumed rate (the official customs rate differs). */
export function nationalCurrency(currency: CurrencyCode, rateText: string, confidence: Confidence, note?: string): EuCurrencyPeriod[] {
  return [
    {
      from: MODELLED_FROM,
      currency,
      euroRate: {
        rate: rateText,
        asOf: "2025-10-01",
        confidence,
        note: note ?? `Approximate market rate (1 EUR = ${rateText} ${currency}). Customs convert the €150 limit at an official rate set each year, so near the limit the outcome may differ.`,
      },
    },
  ];
}

export function vatFrom(from: IsoDate, standard: Rate, books: Rate): EuVatPeriod {
  return { from, standard, books };
}

export function defineEuMember(spec: EuMemberSpec): { code: string; name: string; group: "eu"; regionLabel: null; versions: RuleVersionInput[] } {
  const changeDates = new Set<IsoDate>([
    ...EU_REGIMES.map((r) => r.from),
    ...spec.vat.map((v) => v.from),
    ...spec.currencies.map((c) => c.from),
  ]);
  const starts = [...changeDates].sort();
  const versions = starts.map((from, index) => {
    const next = starts[index + 1];
    const to = next ? addDays(next, -1) : MODELLED_TO;
    return buildVersion(spec, from, to);
  });
  return { code: spec.code, name: spec.name, group: "eu", regionLabel: null, versions };
}

function latestStartingBy<T extends { from: IsoDate }>(periods: T[], date: IsoDate, what: string): T {
  const found = periods.filter((p) => p.from <= date).at(-1);
  if (!found) throw new Error(`No ${what} in force on ${date}`);
  return found;
}

function euroAmount(major: string, currency: EuCurrencyPeriod): Money {
  return currency.euroRate === null ? money(major, "EUR") : converted(major, "EUR", currency.currency, currency.euroRate);
}

function buildVersion(spec: EuMemberSpec, from: IsoDate, to: IsoDate): RuleVersionInput {
  const regime = latestStartingBy(EU_REGIMES, from, "EU regime");
  const vat = latestStartingBy(spec.vat, from, "VAT rate");
  const currency = latestStartingBy(spec.currencies, from, "currency");
  const limit = euroAmount("150", currency);
  // Intrinsic value excludes transport and insurance shown separately on the invoice, and the
  // €150 test is per consignment (Commission Explanatory Notes, via EAS Project).
  const lowValueTest = (confidence: Confidence) =>
    threshold(limit, { measure: "goods", confidence, note: "Intrinsic value: the goods' price without separately invoiced shipping and insurance, per consignment." });

  const notices = (spec.notices ?? [])
    .filter((n) => (n.from ?? MODELLED_FROM) <= to && (n.to ?? MODELLED_TO) >= from)
    .map((n) => n.text);
  const warnings = [...regime.warnings, ...notices];
  // Not a warning below the total but a charge that may be due: from its date the total is a minimum.
  const pendingCharges =
    to >= UNION_HANDLING_FEE_FROM ? [{ id: "eu-handling-fee", label: "EU handling fee", reason: UNION_HANDLING_FEE_WARNING, from: UNION_HANDLING_FEE_FROM }] : [];

  const confidences: Confidence[] = [regime.confidence, vat.standard.confidence];
  const versionConfidence: Confidence = confidences.includes("low") ? "low" : confidences.includes("medium") ? "medium" : "high";

  return {
    id: `${spec.code.toLowerCase()}-${from}`,
    validFrom: from,
    validTo: to,
    currency: currency.currency,
    summary: regime.summary,
    confidence: versionConfidence,
    lastVerified: REFERENCE_CHECKED,
    sources: [...regime.sources, ...spec.vatSources],
    warnings,
    pendingCharges,
    assumptions: [
      "The goods are sent from outside the EU (for example from China) to a private buyer.",
      ...(regime.lowValueDuty === "flatPerLine"
        ? ["We count one tariff line per category you entered. Customs count distinct tariff subheadings, so different kinds of goods within one category (a T-shirt and jeans) can make more lines."]
        : []),
    ],
    sellerScheme: {
      kind: "registeredSeller",
      name: "IOSS",
      eligibility: lowValueTest("high"),
      taxBase: ["goods", "shipping", "insurance"],
      duty: regime.lowValueDuty === "relief" ? "none" : regime.lowValueDuty === "flatPerLine" ? "lowValueDutyAtCheckout" : "normalDutyAtCheckout",
      explanation:
        "Under the EU Import One-Stop Shop (IOSS) the seller or marketplace charges the VAT of your country at checkout, on the price including shipping, and no import VAT is due at the border.",
      confidence: regime.lowValueDuty === "normal" ? "medium" : "high",
      whenSellerDoesNotCollect: {
        note: "Without IOSS, import VAT is charged when the parcel enters the EU, and the carrier collects it from you before delivery, usually with a handling fee.",
        confidence: "high",
      },
    },
    duty: {
      base: "cif",
      threshold: regime.lowValueDuty === "normal" ? null : lowValueTest("high"),
      lowValue:
        regime.lowValueDuty === "flatPerLine"
          ? {
              kind: "perTariffLine",
              amount: euroAmount("3", currency),
              // Open question 2 in the reference: sources disagree on parcels outside IOSS.
              confidence: "medium",
              note: "Sources disagree on whether the €3 duty applies to parcels sent without IOSS (one says such parcels pay normal tariff rates instead). We apply €3 per tariff line, as most sources do.",
            }
          : { kind: "none" },
      rates: EU_DUTY_RATES,
    },
    tax: {
      name: "VAT",
      standard: vat.standard,
      byCategory: { books: vat.books },
      import: {
        // Since July 2021 there is no VAT exemption for low-value imports: VAT from the first cent.
        threshold: null,
        // VAT Directive Arts 85–86: customs value (CIF) + duty + transport to the destination.
        base: ["goods", "shipping", "insurance", "duty"],
        notCollected: spec.notCollected ?? null,
      },
    },
    regions: [],
    fees: spec.fees ?? [],
  };
}

export { EU_DUTY_RATES };
