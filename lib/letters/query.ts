import { type CalendarDate, formatDayMonthYear, isAfter, isCalendarDate } from "@/lib/dates";
import { type FieldError, type QueryParams, readParam } from "@/lib/deadlines/query";
import { LETTER_FIELD_NAMES, type LetterFields, letterFieldSchema, LINKABLE_FIELD_NAMES, PAST_DATE_FIELDS } from "./fields";
import { isLetterTemplateId, type LetterTemplateId } from "./templates";

export interface LetterQueryResult {
  /** From `?template=…`; null when absent or unknown. */
  templateId: LetterTemplateId | null;
  /** Every field that parsed; a bad field is left out and reported, the rest still prefill the form. */
  fields: LetterFields;
  errors: FieldError[];
}

/**
 * Longer than any field may be (the longest is 1,500), so an over-long value reaches the schema and
 * is reported instead of cut. The deadline planner's readParam stops at 100 characters, which
 * silently shortened "What went wrong" and "More about what you want".
 */
const MAX_VALUE_LENGTH = 5000;

/** Like readParam, without its 100-character cut. */
function readField(params: QueryParams, key: string): string | undefined {
  if (params === null || params === undefined || typeof params !== "object") return undefined;
  let raw: unknown;
  if (params instanceof URLSearchParams) raw = params.get(key) ?? undefined;
  else if (Object.prototype.hasOwnProperty.call(params, key)) raw = params[key];
  const first: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== "string") return undefined;
  const trimmed = first.trim().slice(0, MAX_VALUE_LENGTH);
  return trimmed === "" ? undefined : trimmed;
}

export interface LetterQueryOptions {
  /**
   * The latest day it can be for the reader. With it, an order date (or a date the seller was
   * contacted) after it is refused: those have happened already. A browser passes its own day; the
   * server, which can't know the reader's time zone, passes tomorrow in UTC (somewhere it is).
   */
  today?: CalendarDate;
}

/**
 * Reads letter fields from a link's query or a submitted form so the server can prefill the form and
 * render the letter without JavaScript, e.g. `/tools/letters?template=non-delivery-notice&replyDays=10`.
 * Never throws.
 */
export function parseLetterQuery(params: QueryParams, options: LetterQueryOptions = {}): LetterQueryResult {
  const errors: FieldError[] = [];
  const template = readParam(params, "template");
  let templateId: LetterTemplateId | null = null;
  if (isLetterTemplateId(template)) templateId = template;
  else if (template !== undefined) errors.push({ path: "template", message: `“${template}” isn't a letter we have. Choose one from the list.` });

  const raw: Record<string, string> = {};
  for (const name of LETTER_FIELD_NAMES) {
    const value = readField(params, name);
    if (value === undefined) continue;
    const field = letterFieldSchema.shape[name].safeParse(value);
    if (!field.success) {
      errors.push({ path: name, message: field.error.issues[0]?.message ?? "This value isn't valid." });
      continue;
    }
    const past = futureDateError(name, field.data, options.today);
    if (past !== null) errors.push({ path: name, message: past });
    else raw[name] = value;
  }
  // Each field has passed on its own, so the object parse only normalises them.
  const parsed = letterFieldSchema.safeParse(raw);
  return { templateId, fields: parsed.success ? parsed.data : {}, errors };
}

const PAST_DATE_WORDS = new Map<string, string>(Object.entries(PAST_DATE_FIELDS));

function futureDateError(name: string, value: unknown, today: CalendarDate | undefined): string | null {
  const words = PAST_DATE_WORDS.get(name);
  if (today === undefined || words === undefined || !isCalendarDate(value) || !isAfter(value, today)) return null;
  return `${words} (${formatDayMonthYear(value)}) is after today. Enter the day it happened.`;
}

/** Search params for a letter link; empty fields are left out. */
export function toLetterQuery(templateId: LetterTemplateId | null, fields: LetterFields): Record<string, string> {
  const query: Record<string, string> = {};
  if (templateId !== null) query.template = templateId;
  for (const name of LETTER_FIELD_NAMES) {
    const value = fields[name];
    if (value !== undefined && value !== "") query[name] = String(value);
  }
  return query;
}

/**
 * The part of a letter's values that may go into its address: the case facts, never the personal
 * fields (lib/letters/fields LETTER_FIELD_PRIVACY). Values are kept as typed.
 */
export function linkableValues<T extends Partial<Record<string, string>>>(values: T): Partial<Record<(typeof LINKABLE_FIELD_NAMES)[number], string>> {
  const out: Partial<Record<(typeof LINKABLE_FIELD_NAMES)[number], string>> = {};
  for (const name of LINKABLE_FIELD_NAMES) {
    const value = values[name];
    if (typeof value === "string" && value.trim() !== "") out[name] = value;
  }
  return out;
}
