import { z } from "zod/mini";
import { formatDayMonthYear, inputDateSchema, isCalendarDate } from "@/lib/dates";
// Modules, not package indexes: this loads in the browser, and the indexes bring the deadline
// rules, the letter templates and the full zod with them.
import {
  COUNTRIES,
  COUNTRY_NAMES,
  PAYMENT_LABELS,
  PAYMENT_METHODS,
  type Platform,
  PLATFORM_LABELS,
  PLATFORMS,
  PROBLEM_LABELS,
  PROBLEMS,
} from "@/lib/deadlines/inputs";
import { toDeadlineQuery } from "@/lib/deadlines/query";
import { type LetterFields, letterFieldSchema, optionalField } from "@/lib/letters/fields";

/**
 * One case, typed once: the order details the deadline planner, the letters and the checklists
 * share, kept in the browser's localStorage (no account). The key is versioned so a later format
 * can ignore, rather than misread, what older versions stored.
 */
export { CASE_STORAGE_KEY } from "./storage-key";

const text = letterFieldSchema.shape;

export const caseDetailsSchema = z.object({
  name: text.name,
  orderNumber: text.orderNumber,
  /** The day you ordered and paid (one date: card schemes and PayPal count from the payment). */
  paid: optionalField(inputDateSchema),
  /** The latest expected delivery date the seller or platform gave. */
  expected: optionalField(inputDateSchema),
  delivered: optionalField(inputDateSchema),
  amount: text.amount,
  currency: text.currency,
  platform: optionalField(z.enum(PLATFORMS)),
  sellerName: text.sellerName,
  country: optionalField(z.enum(COUNTRIES)),
  payment: optionalField(z.enum(PAYMENT_METHODS)),
  problem: optionalField(z.enum(PROBLEMS)),
  itemDescription: text.itemDescription,
});

export type CaseDetails = z.output<typeof caseDetailsSchema>;
export type CaseField = keyof CaseDetails;
export const CASE_FIELDS = [
  "name",
  "orderNumber",
  "paid",
  "expected",
  "delivered",
  "amount",
  "currency",
  "platform",
  "sellerName",
  "country",
  "payment",
  "problem",
  "itemDescription",
] as const satisfies readonly CaseField[];

/** A change to the case: a value sets a field, null or "" clears it, an absent key leaves it. */
export type CasePatch = { [K in CaseField]?: unknown };

function readFields(source: Record<string, unknown>, into: Record<string, unknown>): void {
  for (const field of CASE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(source, field)) continue;
    const parsed = caseDetailsSchema.shape[field].safeParse(source[field]);
    if (parsed.success && parsed.data !== undefined) into[field] = source[field];
  }
}

function build(raw: Record<string, unknown>): CaseDetails {
  // Each field was checked on its own; parsing the object normalises values (trim, upper-case…).
  const result = caseDetailsSchema.safeParse(raw);
  return result.success ? result.data : {};
}

/**
 * Reads what localStorage holds. Tolerant: null, broken JSON or a different shape give an empty
 * case, and a single bad or unknown field is dropped without losing the rest.
 */
export function parseStoredCase(raw: string | null): CaseDetails {
  if (raw === null || raw === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const fields: Record<string, unknown> = {};
  readFields(Object.fromEntries(Object.entries(parsed)), fields);
  return build(fields);
}

export function serializeCase(details: CaseDetails): string {
  return JSON.stringify(details);
}

/** Applies a patch; values that don't validate leave the old value in place. */
export function mergeCase(old: CaseDetails, patch: CasePatch): CaseDetails {
  const merged: Record<string, unknown> = { ...old };
  const updates: Record<string, unknown> = {};
  for (const field of CASE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(patch, field)) continue;
    const value = patch[field];
    if (value === undefined) continue;
    if (value === null || (typeof value === "string" && value.trim() === "")) delete merged[field];
    else updates[field] = value;
  }
  readFields(updates, merged);
  return build(merged);
}

/** A field whose saved value a proposed update would replace. */
export interface CaseChange {
  field: CaseField;
  saved: string;
  incoming: string;
}

/**
 * What saving `patch` over the saved case would do, so a tool can ask before it overwrites:
 * - "unchanged": the saved case already holds all of it;
 * - "fills-gaps": it only adds fields the saved case lacks, so nothing the buyer saved is lost;
 * - "conflict": it would replace saved values (another order, or a corrected date): ask first.
 * `result` is the case as it would be saved. Values are compared after validation, as stored.
 */
export type CaseUpdatePlan =
  | { kind: "unchanged"; result: CaseDetails }
  | { kind: "fills-gaps"; result: CaseDetails; added: CaseField[] }
  | { kind: "conflict"; result: CaseDetails; changes: CaseChange[]; added: CaseField[] };

export function planCaseUpdate(saved: CaseDetails, patch: CasePatch): CaseUpdatePlan {
  const result = mergeCase(saved, patch);
  const changes: CaseChange[] = [];
  const added: CaseField[] = [];
  for (const field of CASE_FIELDS) {
    const before = saved[field];
    const after = result[field];
    if (before === after) continue;
    if (before === undefined) added.push(field);
    else changes.push({ field, saved: String(before), incoming: after === undefined ? "" : String(after) });
  }
  if (changes.length > 0) return { kind: "conflict", result, changes, added };
  return added.length > 0 ? { kind: "fills-gaps", result, added } : { kind: "unchanged", result };
}

/** How each case field is named when a tool shows it to the buyer. */
export const CASE_FIELD_LABELS: Record<CaseField, string> = {
  name: "Your name",
  orderNumber: "Order number",
  paid: "Date you paid",
  expected: "Latest expected delivery",
  delivered: "Date it was delivered",
  amount: "Amount paid",
  currency: "Currency",
  platform: "Where you bought it",
  sellerName: "Seller",
  country: "Where you live",
  payment: "How you paid",
  problem: "What went wrong",
  itemDescription: "What you bought",
};

/** A stored value as the buyer would say it: "1 September 2026", "PayPal", "It never arrived". */
export function describeCaseValue(field: CaseField, value: string): string {
  if (value === "") return "(none)";
  const lookup = (labels: Record<string, string>) => labels[value] ?? value;
  switch (field) {
    case "paid":
    case "expected":
    case "delivered":
      return isCalendarDate(value) ? formatDayMonthYear(value) : value;
    case "platform":
      return lookup(PLATFORM_LABELS);
    case "payment":
      return lookup(PAYMENT_LABELS);
    case "country":
      return lookup(COUNTRY_NAMES);
    case "problem":
      return lookup(PROBLEM_LABELS);
    default:
      return value;
  }
}

export function isCaseEmpty(details: CaseDetails): boolean {
  return CASE_FIELDS.every((field) => details[field] === undefined);
}

/** Search params for /tools/deadlines; fields the case doesn't have yet are left out. */
export function caseToDeadlineQuery(details: CaseDetails): Record<string, string> {
  return toDeadlineQuery({
    country: details.country,
    payment: details.payment,
    platform: details.platform,
    paid: details.paid,
    problem: details.problem,
    expected: details.expected,
    delivered: details.delivered,
  });
}

/** How each platform is named inside a letter; "other" leaves the field for the buyer to fill. */
export const PLATFORM_NAMES_IN_LETTERS: Record<Platform, string | undefined> = {
  aliexpress: "AliExpress",
  temu: "Temu",
  shein: "Shein",
  ebay: "eBay",
  amazon: "Amazon",
  "taobao-agent": "Taobao",
  other: undefined,
};

/** Prefills a letter from the case; fields the case doesn't have are left empty. */
export function caseToLetterFields(details: CaseDetails): LetterFields {
  const fields: LetterFields = {};
  if (details.name !== undefined) fields.name = details.name;
  if (details.orderNumber !== undefined) fields.orderNumber = details.orderNumber;
  if (details.paid !== undefined) fields.orderDate = details.paid;
  if (details.amount !== undefined) fields.amount = details.amount;
  if (details.currency !== undefined) fields.currency = details.currency;
  if (details.itemDescription !== undefined) fields.itemDescription = details.itemDescription;
  if (details.sellerName !== undefined) fields.sellerName = details.sellerName;
  const platform = details.platform === undefined ? undefined : PLATFORM_NAMES_IN_LETTERS[details.platform];
  if (platform !== undefined) fields.platform = platform;
  if (details.problem !== undefined) fields.problemKind = details.problem;
  if (details.expected !== undefined) fields.expectedDelivery = details.expected;
  return fields;
}
