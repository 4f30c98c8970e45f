import { z } from "zod/mini";
import { formatDayMonthYear, inputDateSchema, isBefore } from "@/lib/dates";

/** EU member states by ISO 3166-1 alpha-2 code (Greece is GR here; the EU itself writes EL). */
export const EU_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/**
 * The countries added after the first eight markets (the import-tax calculator covered them first). The
 * planner gives each its statutory deadlines from the fact registry (lib/deadlines/rules.ts).
 */
export const FURTHER_COUNTRIES = ["CH", "NO", "JP", "KR", "SG"] as const;

/** Every country the import-tax calculator covers (lib/import-tax/rules), and "other". */
export const COUNTRIES = [...EU_COUNTRIES, "GB", "US", "CA", "AU", "NZ", ...FURTHER_COUNTRIES, "other"] as const;
export const PAYMENT_METHODS = [
  "credit-card",
  "debit-card",
  "amex",
  "paypal",
  "bnpl",
  "bank-transfer",
  "agent-wallet",
  "other",
] as const;
export const PLATFORMS = ["aliexpress", "temu", "shein", "ebay", "amazon", "taobao-agent", "other"] as const;
export const PROBLEMS = ["not-delivered", "not-as-described", "faulty", "return"] as const;

/**
 * The case plan's finer problems (lib/plan), which the planner reads as one of its own so that a
 * link from the plan into the planner keeps the case. The plan also takes the four above as they are.
 */
export const DETAILED_PROBLEMS = [
  "stuck-at-customs",
  "delivered-not-received",
  "wrong-item",
  "unexpected-charges",
  "refund-not-paid",
  "seller-unresponsive",
] as const;

/**
 * Parts of a country whose rules differ: the UK's nations (court time limits) and Canada's
 * provinces and territories (consumer law is provincial). Codes are ISO 3166-2 without the
 * country prefix, as the `region` query parameter takes them ("SCT", "QC").
 */
export const GB_REGIONS = ["ENG", "WLS", "SCT", "NIR"] as const;
export const CA_REGIONS = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;
export const REGIONS = [...GB_REGIONS, ...CA_REGIONS] as const;

export type EuCountry = (typeof EU_COUNTRIES)[number];
export type Country = (typeof COUNTRIES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type Problem = (typeof PROBLEMS)[number];
export type DetailedProblem = (typeof DETAILED_PROBLEMS)[number];
export type Region = (typeof REGIONS)[number];

/** The countries that ask for a region, and the regions each offers. */
export const REGIONS_BY_COUNTRY: Partial<Record<Country, readonly Region[]>> = { GB: GB_REGIONS, CA: CA_REGIONS };

export const REGION_NAMES: Record<Region, string> = {
  ENG: "England",
  WLS: "Wales",
  SCT: "Scotland",
  NIR: "Northern Ireland",
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon",
};

/** The regions a country (as typed in a query) offers, if it asks for one. */
export function regionsFor(country: string | undefined): readonly Region[] | undefined {
  if (country === "GB") return GB_REGIONS;
  if (country === "CA") return CA_REGIONS;
  return undefined;
}


export const COUNTRY_NAMES: Record<Country, string> = {
  AT: "Austria",
  BE: "Belgium",
  BG: "Bulgaria",
  HR: "Croatia",
  CY: "Cyprus",
  CZ: "Czechia",
  DK: "Denmark",
  EE: "Estonia",
  FI: "Finland",
  FR: "France",
  DE: "Germany",
  GR: "Greece",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  LV: "Latvia",
  LT: "Lithuania",
  LU: "Luxembourg",
  MT: "Malta",
  NL: "Netherlands",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SK: "Slovakia",
  SI: "Slovenia",
  ES: "Spain",
  SE: "Sweden",
  GB: "United Kingdom",
  US: "United States",
  CA: "Canada",
  AU: "Australia",
  NZ: "New Zealand",
  CH: "Switzerland",
  NO: "Norway",
  JP: "Japan",
  KR: "South Korea",
  SG: "Singapore",
  other: "Another country",
};

export const PAYMENT_LABELS: Record<PaymentMethod, string> = {
  "credit-card": "Credit card (Visa or Mastercard)",
  "debit-card": "Debit card (Visa or Mastercard)",
  amex: "American Express",
  paypal: "PayPal",
  bnpl: "Buy now, pay later (Klarna, Afterpay, Clearpay and others)",
  "bank-transfer": "Bank transfer",
  "agent-wallet": "Shopping agent wallet or balance",
  other: "Something else",
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  aliexpress: "AliExpress",
  temu: "Temu",
  shein: "Shein",
  ebay: "eBay",
  amazon: "Amazon (third-party seller)",
  "taobao-agent": "A shopping agent (Taobao, Weidian or 1688)",
  other: "Another shop or platform",
};

export const PROBLEM_LABELS: Record<Problem, string> = {
  "not-delivered": "It never arrived",
  "not-as-described": "It isn't what was described (wrong, fake, different)",
  faulty: "It arrived faulty or damaged",
  return: "I want to return it, or my return is stuck",
};

/**
 * How the planner reads one of the plan's finer problems. A parcel held at customs or marked
 * delivered but not received has not reached you; a wrong item is not what was described; a refund
 * promised but not paid is a return gone wrong. Unexpected charges and a seller who stopped
 * answering depend on whether the goods arrived: before, they are a parcel not delivered; after,
 * goods not as described (whose deadlines count from delivery, the earlier reading).
 */
export function plannerProblem(problem: Problem | DetailedProblem, delivered: boolean): Problem {
  switch (problem) {
    case "stuck-at-customs":
    case "delivered-not-received":
      return "not-delivered";
    case "wrong-item":
      return "not-as-described";
    case "refund-not-paid":
      return "return";
    case "unexpected-charges":
    case "seller-unresponsive":
      return delivered ? "not-as-described" : "not-delivered";
    default:
      return problem;
  }
}

export function isDetailedProblem(value: string | undefined): value is DetailedProblem {
  return (DETAILED_PROBLEMS as readonly string[]).includes(value ?? "");
}

export function isEuCountry(country: Country): country is EuCountry {
  return (EU_COUNTRIES as readonly string[]).includes(country);
}

function enumField<const T extends readonly [string, ...string[]]>(values: T, missing: string, invalid: (value: string) => string) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? missing : invalid(String(issue.input))),
  });
}

const optionalDate = z.optional(inputDateSchema);

/** Dates that must not come before the payment date, with the words used in error messages. */
const LATER_THAN_PAYMENT = [
  ["expected", "The expected delivery date"],
  ["delivered", "The delivery date"],
  ["disputeOpened", "The date you opened the PayPal dispute"],
  ["statementDate", "The statement date"],
  ["cancelled", "The date you sent the cancellation notice"],
  ["notice", "The date of the customs notice"],
  ["complained", "The date you complained to your bank or payment provider"],
  ["finalResponse", "The date of the final response"],
  ["posted", "The posting date"],
] as const;

export const deadlineInputSchema = z
  .object({
    country: enumField(
      COUNTRIES,
      "Choose the country you live in.",
      (value) => `“${value}” isn't a country we cover. Use a two-letter code such as GB, DE or US, or choose “other”.`,
    ),
    payment: enumField(
      PAYMENT_METHODS,
      "Choose how you paid.",
      (value) => `“${value}” isn't a payment method we know. Choose one from the list, or “other”.`,
    ),
    platform: enumField(
      PLATFORMS,
      "Choose where you bought it, or “other”.",
      (value) => `“${value}” isn't a platform we know. Choose one from the list, or “other”.`,
    ),
    /** The buyer's part of the country, where rules differ (see REGIONS_BY_COUNTRY). */
    region: z.optional(
      enumField(REGIONS, "Choose where you live, or leave it empty.", (value) => `“${value}” isn't a region we know. Choose one from the list, or leave it empty.`),
    ),
    problem: enumField(PROBLEMS, "Choose what went wrong.", (value) => `“${value}” isn't a problem type we know. Choose one from the list.`),
    /**
     * The case plan's finer problem, when the link gave one (`problem=stuck-at-customs`): the planner
     * dates by `problem`, but a parcel held at customs or a customs bill is not lost in the post.
     */
    detail: z.optional(z.enum(DETAILED_PROBLEMS)),
    /** The day you paid (card schemes count from the transaction; we use the payment day). */
    paid: z.pipe(
      z.string({ error: (issue) => (issue.input === undefined ? "Enter the date you paid." : "Enter the date you paid as YYYY-MM-DD.") }),
      inputDateSchema,
    ),
    /** The latest expected delivery date the seller or platform gave. */
    expected: optionalDate,
    /** The day the goods reached you. */
    delivered: optionalDate,
    /** The day you opened a PayPal dispute (starts PayPal's escalation window, fact paypal-escalation-window). */
    disputeOpened: optionalDate,
    /** The date of the first card statement that showed the charge (starts the US FCBA notice window). */
    statementDate: optionalDate,
    /** The day you sent the seller a cancellation notice (Ontario and Quebec count the card reversal from it). */
    cancelled: optionalDate,
    /**
     * The date of a customs seizure or detention notice (the EU's objection window, the UK's notice of
     * claim and a US petition count from it; for the US, the mailing date printed on the notice).
     */
    notice: optionalDate,
    /** The day you complained to your bank or payment firm (starts its time for a final response, UK). */
    complained: optionalDate,
    /** The date on the firm's final response to that complaint (starts the time to go to the ombudsman, UK). */
    finalResponse: optionalDate,
    /** The day the seller or agent posted the parcel (postal inquiries count from it). */
    posted: optionalDate,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.region !== undefined) {
        const allowed = REGIONS_BY_COUNTRY[value.country];
        if (allowed === undefined) {
          ctx.issues.push({
            code: "custom",
            input: value.region,
            path: ["region"],
            message: "We only ask for a region in the United Kingdom and Canada. Leave it empty for any other country.",
          });
        } else if (!allowed.includes(value.region)) {
          ctx.issues.push({
            code: "custom",
            input: value.region,
            path: ["region"],
            message: `${REGION_NAMES[value.region]} isn't a region of the country you chose (${COUNTRY_NAMES[value.country]}). Choose where you live from the list, or leave it empty.`,
          });
        }
      }
      const paid = value.paid;
      for (const [key, words] of LATER_THAN_PAYMENT) {
        const date = value[key];
        if (date !== undefined && isBefore(date, paid)) {
          ctx.issues.push({
            code: "custom",
            input: date,
            path: [key],
            message: `${words} (${formatDayMonthYear(date)}) is before the payment date (${formatDayMonthYear(paid)}). Check both dates.`,
          });
        }
      }
      const { complained, finalResponse } = value;
      // One message per field: a final response already before the payment has its message above.
      if (complained !== undefined && finalResponse !== undefined && isBefore(finalResponse, complained) && !isBefore(finalResponse, paid)) {
        ctx.issues.push({
          code: "custom",
          input: finalResponse,
          path: ["finalResponse"],
          message: `The date of the final response (${formatDayMonthYear(finalResponse)}) is before the date you complained (${formatDayMonthYear(complained)}). Check both dates.`,
        });
      }
    }),
  );

/** Everything the planner needs about one order. Dates are calendar days in the buyer's own zone. */
export type DeadlineInput = z.output<typeof deadlineInputSchema>;
