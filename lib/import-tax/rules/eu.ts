/**
 * EU customs rules are common to all 27 members; VAT rates, currencies, small-amount waivers and
 * carrier fees differ. `defineEuMember` combines the shared regimes with one member's data and
 * splits the timeline wherever either changes, so each member module stays a few lines of data.
 */
import { factDate, factText, getFact, type Fact, type FactValue } from "../../facts";
import { addDays, formatLongDate, MODELLED_FROM, MODELLED_TO, type IsoDate } from "../dates";
import type { CurrencyCode } from "../money";
import type { RuleVersionInput } from "../schema";
import type { Confidence, Fee, Money, Source } from "../types";
import { converted, datedValues, dutyRate, factSources, money, REFERENCE_CHECKED, taxRate, threshold, type DatedValue } from "./helpers";

const LOW_VALUE_LIMIT = getFact("eu-low-value-limit");
const LOW_VALUE_DUTY = getFact("eu-low-value-duty");
const HANDLING_FEE = getFact("eu-handling-fee-proposed");

/** The EU law behind the customs value and the import VAT base, which hold no figure of their own. */
export const EU_SOURCES = {
  valuation: { title: "Union Customs Code, Regulation (EU) No 952/2013, Articles 70–71 (customs value includes transport and insurance to the EU border)", url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj" },
  importVatBase: { title: "VAT Directive 2006/112/EC, Articles 85–86 (taxable amount of import VAT)", url: "https://eur-lex.europa.eu/eli/dir/2006/112/oj" },
} satisfies Record<string, Source>;

/** Normal (third-country) duty rates for goods above the low-value limit. */
const EU_DUTY_RATES = {
  kind: "byCategory" as const,
  general: dutyRate(getFact("eu-duty-general")),
  byCategory: {
    clothing: dutyRate(getFact("eu-duty-clothing")),
    footwear: dutyRate(getFact("eu-duty-footwear")),
    bags: dutyRate(getFact("eu-duty-bags")),
    electronics: dutyRate(getFact("eu-duty-electronics")),
    phones: dutyRate(getFact("eu-duty-phones")),
    toys: dutyRate(getFact("eu-duty-toys")),
    cosmetics: dutyRate(getFact("eu-duty-cosmetics")),
    watches: dutyRate(getFact("eu-duty-watches")),
    jewellery: dutyRate(getFact("eu-duty-jewellery")),
    books: dutyRate(getFact("eu-duty-books")),
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

const RELIEF_END = factDate("eu-duty-relief-end");
const FLAT_DUTY_END = LOW_VALUE_DUTY.validTo ?? MODELLED_TO;
const BASE_SOURCES = [...factSources(LOW_VALUE_LIMIT), EU_SOURCES.valuation, EU_SOURCES.importVatBase];

const EU_REGIMES: EuRegime[] = [
  {
    id: "relief",
    from: MODELLED_FROM,
    to: RELIEF_END,
    confidence: "high",
    summary: factText(
      "EU rules until {eu-duty-relief-end}: parcels worth {eu-low-value-limit} or less pay no customs duty; VAT is due from the first cent, charged by the seller under IOSS or at import.",
    ),
    lowValueDuty: "relief",
    sources: [...BASE_SOURCES, ...factSources(getFact("eu-duty-relief-end"))],
    warnings: [],
  },
  {
    id: "flat-duty",
    from: LOW_VALUE_DUTY.validFrom,
    to: FLAT_DUTY_END,
    confidence: "high",
    summary: `EU rules from ${formatLongDate(LOW_VALUE_DUTY.validFrom)}: ${factText("the duty relief for parcels worth {eu-low-value-limit} or less is abolished; instead a temporary customs duty of {eu-low-value-duty} applies")} until ${formatLongDate(FLAT_DUTY_END)} (Council Regulation (EU) 2026/382).`,
    lowValueDuty: "flatPerLine",
    sources: [...BASE_SOURCES, ...factSources(LOW_VALUE_DUTY)],
    warnings: [],
  },
  {
    id: "normal-duty",
    from: addDays(FLAT_DUTY_END, 1),
    to: MODELLED_TO,
    confidence: "medium",
    summary: `EU rules from ${formatLongDate(addDays(FLAT_DUTY_END, 1))}: ${factText("the temporary flat duty ends and parcels worth {eu-low-value-limit} or less pay normal tariff rates.")} The detailed arrangements for this period are not final.`,
    lowValueDuty: "normal",
    sources: BASE_SOURCES,
    warnings: [factText("The rules for parcels worth {eu-low-value-limit} or less after the temporary flat duty ends are not final; treat this estimate as provisional.")],
  },
];

const UNION_HANDLING_FEE_FROM: IsoDate = HANDLING_FEE.validFrom;
const UNION_HANDLING_FEE_WARNING = factText(
  'A new EU "handling fee" on parcels ({eu-handling-fee-proposed} was proposed) was expected by the end of 2026, but we have found nothing confirming it was adopted or what it costs, so it is not included.',
);

export interface EuCurrencyPeriod {
  from: IsoDate;
  currency: CurrencyCode;
  /** How the € thresholds are turned into this currency; null for the euro itself. */
  euroRate: { rate: string; asOf: IsoDate; note: string; confidence: Confidence } | null;
}

export interface EuMemberSpec {
  code: string;
  name: string;
  currencies: EuCurrencyPeriod[];
  /** The member's standard VAT rate and its rate for printed books, each with its dated changes. */
  vatStandard: Fact;
  vatBooks: Fact;
  /** Carrier and national fees, optionally only between two dates. */
  fees?: { fee: Fee; from?: IsoDate; to?: IsoDate }[];
  /** Import charges the member does not collect (Germany: under €1 of duty and VAT together). */
  notCollected?: NonNullable<RuleVersionInput["tax"]["import"]["notCollected"]>;
  /** Member-specific notices, optionally dated, with the sources of what they say. */
  notices?: { from?: IsoDate; to?: IsoDate; text: string; sources?: Source[] }[];
  /** Sources for member-specific data that is not a fact (Bulgaria's fixed conversion rate). */
  extraSources?: Source[];
}

export const EURO_PERIOD: EuCurrencyPeriod = { from: MODELLED_FROM, currency: "EUR", euroRate: null };
export const EURO: EuCurrencyPeriod[] = [EURO_PERIOD];

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
        note:
          note ??
          factText(`Approximate market rate (1 EUR = ${rateText} ${currency}). Customs convert the {eu-low-value-limit} limit at an official rate set each year, so near the limit the outcome may differ.`),
      },
    },
  ];
}

/** Every day on which something in the member's rules changes: a new version starts there. */
function changeDates(spec: EuMemberSpec, vatStandard: DatedValue[], vatBooks: DatedValue[]): IsoDate[] {
  const dated = [...(spec.notices ?? []), ...(spec.fees ?? [])];
  const dates = new Set<IsoDate>([
    ...EU_REGIMES.map((r) => r.from),
    ...vatStandard.map((v) => v.from),
    ...vatBooks.map((v) => v.from),
    ...spec.currencies.map((c) => c.from),
    ...dated.flatMap((d) => [d.from, d.to ? addDays(d.to, 1) : undefined]).filter((d): d is IsoDate => d !== undefined && d > MODELLED_FROM && d <= MODELLED_TO),
  ]);
  return [...dates].sort();
}

export function defineEuMember(spec: EuMemberSpec): { code: string; name: string; group: "eu"; regionLabel: null; versions: RuleVersionInput[] } {
  const vatStandard = datedValues(spec.vatStandard);
  const vatBooks = datedValues(spec.vatBooks);
  const starts = changeDates(spec, vatStandard, vatBooks);
  const versions = starts.map((from, index) => {
    const next = starts[index + 1];
    const to = next ? addDays(next, -1) : MODELLED_TO;
    return buildVersion(spec, from, to, latestStartingBy(vatStandard, from, "VAT rate").value, latestStartingBy(vatBooks, from, "books VAT rate").value);
  });
  return { code: spec.code, name: spec.name, group: "eu", regionLabel: null, versions };
}

function latestStartingBy<T extends { from: IsoDate }>(periods: T[], date: IsoDate, what: string): T {
  const found = periods.filter((p) => p.from <= date).at(-1);
  if (!found) throw new Error(`No ${what} in force on ${date}`);
  return found;
}

/** A euro amount from a fact, in the member's currency on the version's dates. */
export function euroAmount(fact: Fact, currency: EuCurrencyPeriod): Money {
  if (fact.value.kind !== "money" || fact.value.currency !== "EUR") throw new Error(`Fact ${fact.id} is not a euro amount`);
  const major = fact.value.amount;
  return currency.euroRate === null ? money(major, "EUR") : converted(major, "EUR", currency.currency, currency.euroRate);
}

function overlaps(item: { from?: IsoDate; to?: IsoDate }, from: IsoDate, to: IsoDate): boolean {
  return (item.from ?? MODELLED_FROM) <= to && (item.to ?? MODELLED_TO) >= from;
}

function buildVersion(spec: EuMemberSpec, from: IsoDate, to: IsoDate, vatStandard: FactValue, vatBooks: FactValue): RuleVersionInput {
  const regime = latestStartingBy(EU_REGIMES, from, "EU regime");
  const currency = latestStartingBy(spec.currencies, from, "currency");
  const standardRate = taxRate(spec.vatStandard, vatStandard);
  const limit = euroAmount(LOW_VALUE_LIMIT, currency);
  // Intrinsic value excludes transport and insurance shown separately on the invoice, and the
  // limit is tested per consignment (Commission Explanatory Notes).
  const lowValueTest = (confidence: Confidence) =>
    threshold(limit, { measure: "goods", confidence, note: "Intrinsic value: the goods' price without separately invoiced shipping and insurance, per consignment." });

  const shownNotices = (spec.notices ?? []).filter((n) => overlaps(n, from, to));
  const notices = shownNotices.map((n) => n.text);
  const warnings = [...regime.warnings, ...notices];
  // Not a warning below the total but a charge that may be due: from its date the total is a minimum.
  const pendingCharges =
    to >= UNION_HANDLING_FEE_FROM ? [{ id: "eu-handling-fee", label: "EU handling fee", reason: UNION_HANDLING_FEE_WARNING, from: UNION_HANDLING_FEE_FROM }] : [];
  const handlingFeeShown = pendingCharges.length > 0;

  const confidences: Confidence[] = [regime.confidence, standardRate.confidence];
  const versionConfidence: Confidence = confidences.includes("low") ? "low" : confidences.includes("medium") ? "medium" : "high";

  return {
    id: `${spec.code.toLowerCase()}-${from}`,
    validFrom: from,
    validTo: to,
    currency: currency.currency,
    summary: regime.summary,
    confidence: versionConfidence,
    lastVerified: REFERENCE_CHECKED,
    sources: [...regime.sources, ...factSources(spec.vatStandard, spec.vatBooks), ...shownNotices.flatMap((n) => n.sources ?? []), ...(spec.extraSources ?? []), ...(handlingFeeShown ? factSources(HANDLING_FEE) : [])],
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
              amount: euroAmount(LOW_VALUE_DUTY, currency),
              confidence: LOW_VALUE_DUTY.confidence,
              note: factText(
                "The flat duty of {eu-low-value-duty} applies to parcels sent without IOSS too: the European Commission's guidance applies it to every sale to a consumer of a parcel worth up to {eu-low-value-limit}, whatever the VAT arrangement. We could not read the guidance itself, only reports of it.",
              ),
            }
          : { kind: "none" },
      rates: EU_DUTY_RATES,
    },
    tax: {
      name: "VAT",
      standard: standardRate,
      byCategory: { books: taxRate(spec.vatBooks, vatBooks) },
      import: {
        // Since July 2021 there is no VAT exemption for low-value imports: VAT from the first cent.
        threshold: null,
        // VAT Directive Arts 85–86: customs value (CIF) + duty + transport to the destination.
        base: ["goods", "shipping", "insurance", "duty"],
        notCollected: spec.notCollected ?? null,
      },
    },
    regions: [],
    fees: (spec.fees ?? []).filter((f) => overlaps(f, from, to)).map((f) => f.fee),
  };
}

export { EU_DUTY_RATES };
