import { addDays, type CalendarDate, formatDayMonthYear, isAfter } from "@/lib/dates";
import { type FieldError, normaliseCountry, parseDeadlineQuery, type QueryParams, readParam } from "@/lib/deadlines/query";
import { MODELLED_FROM, MODELLED_TO } from "@/lib/import-tax/dates";
import { findRuleVersion, getDestination } from "@/lib/import-tax/rules";
import type { CurrencyCode } from "@/lib/money/currencies";
import { isAgentPurchase, PLAN_PROBLEMS, type PlanInput, planExtrasSchema } from "./inputs";

/**
 * The case plan's state is its address: every answer is a query parameter, so a plan can be
 * bookmarked, shared, printed and used without JavaScript. Nothing personal goes in it (no name,
 * order number or free text): the form asks for none.
 */

/** The keys in the order the form asks them: errors are listed in this order, and links are written in it. */
export const PLAN_QUERY_KEYS = [
  "problem",
  "country",
  "region",
  "platform",
  "agentStage",
  "sellerCountry",
  "payment",
  "amount",
  "currency",
  "paid",
  "expected",
  "delivered",
  "statementDate",
  "disputeOpened",
  "cancelled",
  "posted",
  "notice",
  "complained",
  "finalResponse",
] as const;
export type PlanQueryKey = (typeof PLAN_QUERY_KEYS)[number];

export type PlanQueryResult =
  | {
      ok: true;
      input: PlanInput;
      /** The currency was not given, so the plan took the buyer's country's. */
      currencyAssumed: boolean;
    }
  | { ok: false; errors: FieldError[] };

/** Dates of things that have already happened: more than a day after today is a typing mistake. */
const PAST_DATES = [
  ["paid", "The payment date"],
  ["delivered", "The delivery date"],
  ["statementDate", "The statement date"],
  ["disputeOpened", "The date you opened the PayPal dispute"],
  ["cancelled", "The date you sent the cancellation notice"],
  ["posted", "The posting date"],
  ["notice", "The date of the customs notice"],
  ["complained", "The date you complained to your bank or payment provider"],
  ["finalResponse", "The date of the final response"],
] as const;

/**
 * True when the address is a submitted form, not a link that only picks a first answer (home's
 * problem cards link to `/plan?problem=…`). The form always sends `paid`, even empty.
 */
export function isPlanSubmission(params: QueryParams): boolean {
  if (params === null || params === undefined || typeof params !== "object") return false;
  if (params instanceof URLSearchParams) return params.has("paid");
  return Object.prototype.hasOwnProperty.call(params, "paid");
}

/**
 * The buyer's country's currency on the day they paid (Bulgaria's changed in 2026), from the
 * calculator's dated rules; a payment before or after the years they model takes the nearest.
 */
function homeCurrency(country: string, paid: CalendarDate): CurrencyCode | undefined {
  const destination = getDestination(country);
  if (destination === undefined) return undefined;
  const on = paid < MODELLED_FROM ? MODELLED_FROM : paid > MODELLED_TO ? MODELLED_TO : paid;
  return findRuleVersion(destination, on)?.currency;
}

/**
 * Parses the plan's address. The planner's parameters go through the planner's own parser (the same
 * checks, messages and problem mapping), the plan's extras through its own schema; errors come
 * back keyed by parameter, in the form's order. `today` is the latest day it can be anywhere: a
 * payment or delivery after it is refused. Never throws.
 */
export function parsePlanQuery(params: QueryParams, options: { today: CalendarDate }): PlanQueryResult {
  const planner = parseDeadlineQuery(params);
  const raw = {
    agentStage: readParam(params, "agentStage")?.toLowerCase(),
    sellerCountry: sellerCountryParam(readParam(params, "sellerCountry")),
    amount: readParam(params, "amount"),
    currency: readParam(params, "currency"),
  };
  const extras = planExtrasSchema.safeParse(raw);
  const errors: FieldError[] = planner.ok ? [] : [...planner.errors];
  if (!extras.success) {
    for (const issue of extras.error.issues) {
      const path = issue.path.map(String).join(".") || "query";
      if (!errors.some((error) => error.path === path)) errors.push({ path, message: issue.message });
    }
  }
  if (planner.ok) {
    // A day's grace: the server counts in UTC, and somewhere it is already tomorrow.
    const latest = addDays(options.today, 1);
    for (const [key, words] of PAST_DATES) {
      const date = planner.input[key];
      if (date !== undefined && isAfter(date, latest)) {
        errors.push({ path: key, message: `${words} (${formatDayMonthYear(date)}) is after today. Enter the day it happened, or leave it empty if it hasn't.` });
      }
    }
  }
  if (!planner.ok || !extras.success || errors.length > 0) return { ok: false, errors: inFormOrder(errors) };

  const { problem: _plannerProblem, detail: _detail, ...deadline } = planner.input;
  // The planner has checked the problem is one of the plan's; this reads it before the planner's mapping.
  const problem = PLAN_PROBLEMS.find((candidate) => candidate === readParam(params, "problem")?.toLowerCase());
  if (problem === undefined) return { ok: false, errors: [{ path: "problem", message: "Choose what went wrong." }] };
  const agent = isAgentPurchase(deadline);
  const given = extras.data.currency;
  const currency = given ?? (extras.data.amount === undefined ? undefined : homeCurrency(deadline.country, deadline.paid));
  return {
    ok: true,
    input: {
      ...deadline,
      problem,
      agentStage: agent ? (extras.data.agentStage ?? "unknown") : null,
      sellerCountry: extras.data.sellerCountry ?? "unknown",
      amount: extras.data.amount,
      currency,
    },
    currencyAssumed: given === undefined && currency !== undefined,
  };
}

function sellerCountryParam(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  return lower === "unknown" || lower === "other" ? lower : normaliseCountry(value);
}

function inFormOrder(errors: FieldError[]): FieldError[] {
  const rank = (path: string) => {
    const index = (PLAN_QUERY_KEYS as readonly string[]).indexOf(path);
    return index === -1 ? PLAN_QUERY_KEYS.length : index;
  };
  return [...errors].sort((a, b) => rank(a.path) - rank(b.path));
}

/** The inverse of parsePlanQuery: the search params for a link to this plan, unknowns left out. */
export function toPlanQuery(input: PlanInput): Record<string, string> {
  const values: Record<PlanQueryKey, string | undefined> = {
    problem: input.problem,
    country: input.country,
    region: input.region,
    platform: input.platform,
    agentStage: input.agentStage === null || input.agentStage === "unknown" ? undefined : input.agentStage,
    sellerCountry: input.sellerCountry === "unknown" ? undefined : input.sellerCountry,
    payment: input.payment,
    amount: input.amount,
    currency: input.amount === undefined ? undefined : input.currency,
    paid: input.paid,
    expected: input.expected,
    delivered: input.delivered,
    statementDate: input.statementDate,
    disputeOpened: input.disputeOpened,
    cancelled: input.cancelled,
    posted: input.posted,
    notice: input.notice,
    complained: input.complained,
    finalResponse: input.finalResponse,
  };
  const query: Record<string, string> = {};
  for (const key of PLAN_QUERY_KEYS) {
    const value = values[key];
    if (value !== undefined && value !== "") query[key] = value;
  }
  return query;
}

/**
 * The deadline planner's address for this case: its own parameters only. The problem stays the
 * plan's (the planner reads it), so the planner's link back to the plan keeps it.
 */
export function toPlannerQuery(input: PlanInput): Record<string, string> {
  const { agentStage: _a, sellerCountry: _s, amount: _m, currency: _c, ...planner } = toPlanQuery(input);
  return planner;
}
