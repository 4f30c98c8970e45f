import { type DeadlineInput, deadlineInputSchema, type DetailedProblem, isDetailedProblem, plannerProblem } from "./inputs";

/**
 * What a route receives as search params: Next's `searchParams` object, a URLSearchParams, or
 * anything else (garbage never throws).
 */
export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined> | null | undefined;

export interface FieldError {
  /** The query-parameter (and form-field) name the message is about. */
  path: string;
  message: string;
}

export type DeadlineQueryResult = { ok: true; input: DeadlineInput } | { ok: false; errors: FieldError[] };

/** The URL keys for each input field, in the order they appear in a shareable link. */
export const DEADLINE_QUERY_KEYS = [
  "country",
  "region",
  "payment",
  "platform",
  "paid",
  "problem",
  "expected",
  "delivered",
  "disputeOpened",
  "statementDate",
  "cancelled",
  "notice",
  "complained",
  "finalResponse",
  "posted",
] as const;
export type DeadlineQueryKey = (typeof DEADLINE_QUERY_KEYS)[number];

/** Common spellings people type or older links use. */
const COUNTRY_ALIASES: Record<string, string> = { UK: "GB", EL: "GR", OTHER: "other" };

const MAX_VALUE_LENGTH = 100;

/** Reads one parameter as a trimmed string; repeated keys take the first value; empty is absent. */
export function readParam(params: QueryParams, key: string): string | undefined {
  if (params === null || params === undefined || typeof params !== "object") return undefined;
  let raw: unknown;
  if (params instanceof URLSearchParams) {
    raw = params.get(key) ?? undefined;
  } else if (Object.prototype.hasOwnProperty.call(params, key)) {
    raw = params[key];
  }
  const first: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== "string") return undefined;
  const trimmed = first.trim().slice(0, MAX_VALUE_LENGTH);
  return trimmed === "" ? undefined : trimmed;
}

export function normaliseCountry(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  return COUNTRY_ALIASES[upper] ?? upper;
}

/** "sct", "GB-SCT" and "SCT" all name Scotland; "CA-QC" and "qc" name Quebec. */
export function normaliseRegion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.toUpperCase().replace(/^(?:GB|UK|CA)-/, "");
}

/**
 * The problem as the planner reads it: its own four as they are, and the case plan's finer ones
 * (`stuck-at-customs`, `wrong-item`…) as the one of the four that sets their deadlines.
 */
export function normaliseProblem(value: string | undefined, delivered: string | undefined): string | undefined {
  const lower = value?.toLowerCase();
  return isDetailedProblem(lower) ? plannerProblem(lower, delivered !== undefined) : lower;
}

/** The case plan's finer problem, kept beside the planner's reading of it (DeadlineInput.detail). */
function detailedProblem(value: string | undefined): DetailedProblem | undefined {
  const lower = value?.toLowerCase();
  return isDetailedProblem(lower) ? lower : undefined;
}

/**
 * Parses the deadline tool's URL state, e.g.
 * `/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress`.
 * Errors are in plain English and keyed by parameter name so the form can show each by its field.
 */
export function parseDeadlineQuery(params: QueryParams): DeadlineQueryResult {
  const raw = {
    country: normaliseCountry(readParam(params, "country")),
    region: normaliseRegion(readParam(params, "region")),
    payment: readParam(params, "payment")?.toLowerCase(),
    platform: readParam(params, "platform")?.toLowerCase(),
    problem: normaliseProblem(readParam(params, "problem"), readParam(params, "delivered")),
    detail: detailedProblem(readParam(params, "problem")),
    paid: readParam(params, "paid"),
    expected: readParam(params, "expected"),
    delivered: readParam(params, "delivered"),
    disputeOpened: readParam(params, "disputeOpened"),
    statementDate: readParam(params, "statementDate"),
    cancelled: readParam(params, "cancelled"),
    notice: readParam(params, "notice"),
    complained: readParam(params, "complained"),
    finalResponse: readParam(params, "finalResponse"),
    posted: readParam(params, "posted"),
  };
  const result = deadlineInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "query";
    // One message per field is enough for a form; the first is the most basic problem.
    if (!errors.some((error) => error.path === path)) errors.push({ path, message: issue.message });
  }
  return { ok: false, errors };
}

/** The inverse of parseDeadlineQuery: the search params for a shareable link, absent fields left out. */
export function toDeadlineQuery(input: Partial<Record<DeadlineQueryKey, string | undefined>>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of DEADLINE_QUERY_KEYS) {
    const value = input[key];
    if (value !== undefined && value !== "") query[key] = value;
  }
  return query;
}
