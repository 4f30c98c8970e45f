import { z } from "zod/mini";

// zod/mini rather than zod: these schemas (and lib/deadlines/inputs, lib/letters/fields, lib/case)
// load in the browser, where the full zod was a 32 kB (gzipped) chunk taking ~110 ms to evaluate on
// the project's machine (over 400 ms of blocking on Lighthouse's throttled phone; 2026-11-27).
// zod's compiled fast path probes for eval with `new Function`, which the site's CSP forbids: in a
// browser the probe is refused and reported as a CSP violation. Every browser-side schema imports
// this module first, so switching it off here keeps the console and Lighthouse clean.
z.config({ jitless: true });

/**
 * A calendar day with no time and no time zone, as an ISO 8601 "YYYY-MM-DD" string.
 *
 * Deadlines in consumer law and card-scheme rules are counted in whole calendar days. Doing that
 * arithmetic with `Date` objects in local time silently shifts a day across daylight-saving changes
 * and time zones, so every calculation here goes through a day number (days since 1970-01-01)
 * computed with Howard Hinnant's "days from civil" algorithm:
 * https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 *
 * The brand means a value of this type has been validated (it is a real day, not 2026-02-30).
 */
export type CalendarDate = string & { readonly __brand: "CalendarDate" };

export interface CalendarParts {
  /** Full year, 1 to 9999 (the range a four-digit ISO year can hold). */
  y: number;
  /** Month, 1 to 12. */
  m: number;
  /** Day of the month, 1 to 31. */
  d: number;
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts({ y, m, d }: CalendarParts): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * The only place a string becomes a CalendarDate: callers have already checked the parts, so the
 * brand is applied once here rather than by casts scattered through the code base.
 */
function brand(parts: CalendarParts): CalendarDate {
  const text: string = `${pad(parts.y, 4)}-${pad(parts.m, 2)}-${pad(parts.d, 2)}`;
  return text as CalendarDate;
}

/** Builds a date from its parts, or returns null when the day does not exist (2026-02-30). */
export function fromParts(parts: CalendarParts): CalendarDate | null {
  return isValidParts(parts) ? brand(parts) : null;
}

/**
 * Parses a strict "YYYY-MM-DD" string (surrounding spaces allowed). Anything else, including
 * impossible days such as 2026-02-30 or 2027-02-29, gives null. Never throws.
 */
export function parseCalendarDate(input: unknown): CalendarDate | null {
  if (typeof input !== "string") return null;
  const match = ISO_DATE.exec(input.trim());
  if (!match) return null;
  return fromParts({ y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) });
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && parseCalendarDate(value) === value;
}

/**
 * Parses a date that must be valid, for literals in rule data and tests. Throws with the bad
 * value named, so a typo in data fails loudly at load time instead of producing a wrong deadline.
 */
export function calendarDate(input: string): CalendarDate {
  const parsed = parseCalendarDate(input);
  if (parsed === null) throw new RangeError(`Not a real calendar date in YYYY-MM-DD form: "${input}"`);
  return parsed;
}

export function toParts(date: CalendarDate): CalendarParts {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: CalendarDate): number {
  const { y, m, d } = toParts(date);
  // days_from_civil: shift the year to start in March so the leap day is the last day of the year.
  const shiftedYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of toDayNumber (civil_from_days). Throws outside years 1 to 9999. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Day number must be an integer: ${dayNumber}`);
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const m = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  const result = fromParts({ y, m, d });
  if (result === null) throw new RangeError(`Date out of range (years ${MIN_YEAR}–${MAX_YEAR}): day ${dayNumber}`);
  return result;
}

/**
 * Adds whole days. "Within N days of D" means the last allowed day is addDays(D, N): the day of
 * the event is not counted, the same convention as EU Regulation 1182/71 Art. 3(1) and the UK
 * Consumer Contracts Regulations ("14 days after the day on which…").
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months. When the day does not exist in the target month the result is the last
 * day of that month (31 January + 1 month = 28 or 29 February), which matches how EU Regulation
 * 1182/71 Art. 3(2)(c) ends a period expressed in months or years.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { y, m, d } = toParts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) throw new RangeError(`Date out of range: ${date} + ${months} months`);
  return brand({ y: targetYear, m: targetMonth, d: Math.min(d, daysInMonth(targetYear, targetMonth)) });
}

/** Adds calendar years; 29 February + 1 year = 28 February. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to`: positive when `to` is later. daysBetween(d, addDays(d, n)) === n. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Sort comparator: negative when a is earlier. ISO strings compare correctly as text. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return a > b;
}

export function minDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((earliest, date) => (date < earliest ? date : earliest), first);
}

export function maxDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((latest, date) => (date > latest ? date : latest), first);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? "";
}

/** "Sunday 28 February 2027" (British order, no ordinal, as GOV.UK writes dates). */
export function formatLong(date: CalendarDate): string {
  return `${weekdayName(date)} ${formatDayMonthYear(date)}`;
}

/** "28 February 2027". */
export function formatDayMonthYear(date: CalendarDate): string {
  const { y, m, d } = toParts(date);
  return `${d} ${MONTH_NAMES[m - 1] ?? ""} ${y}`;
}

/** "28 Feb 2027", for narrow spaces such as timeline labels. */
export function formatShort(date: CalendarDate): string {
  const { y, m, d } = toParts(date);
  return `${d} ${(MONTH_NAMES[m - 1] ?? "").slice(0, 3)} ${y}`;
}

/** "2027年2月28日", the form Chinese-language customer service uses. */
export function formatChinese(date: CalendarDate): string {
  const { y, m, d } = toParts(date);
  return `${y}年${m}月${d}日`;
}

/** "20270228", the iCalendar DATE value form (RFC 5545 §3.3.4). */
export function toBasicFormat(date: CalendarDate): string {
  return date.replaceAll("-", "");
}

/**
 * Today's calendar date by the caller's clock. Pass the current instant explicitly (`new Date()`
 * at the edge of the app) so logic stays testable. With a time-zone name the day is the one in
 * that zone; without, it is the runtime's local day, which in a browser is the user's own day.
 */
export function todayIn(now: Date, timeZone?: string): CalendarDate {
  if (Number.isNaN(now.getTime())) throw new RangeError("todayIn needs a valid Date");
  if (timeZone === undefined) {
    return brand({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(now);
  const read = (type: "year" | "month" | "day") => Number(parts.find((part) => part.type === type)?.value);
  const result = fromParts({ y: read("year"), m: read("month"), d: read("day") });
  if (result === null) throw new RangeError(`Could not read today's date in time zone ${timeZone}`);
  return result;
}

/** Zod schema for a "YYYY-MM-DD" field; trims, rejects impossible days, outputs a CalendarDate. */
export const calendarDateSchema = z.pipe(
  z.string({ error: "Enter a date in the form YYYY-MM-DD, for example 2026-09-01." }),
  z.transform((value: string, ctx) => {
    const parsed = parseCalendarDate(value);
    if (parsed === null) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: ISO_DATE.test(value.trim())
          ? `${value.trim()} isn't a real date. Check the day and month.`
          : "Enter a date in the form YYYY-MM-DD, for example 2026-09-01.",
      });
      return z.NEVER;
    }
    return parsed;
  }),
);

/**
 * The dates a buyer may type into a tool. A deadline counts months or years on from the dates it is
 * given, and the arithmetic stops at year 9999: a payment date in 9999 made the deadline planner,
 * its calendar file and the letters fail with a server error (issue 16). No order these tools help
 * with was paid before 2000 or will be after 2099, so anything outside is refused with a message.
 */
export const EARLIEST_INPUT_DATE = calendarDate("2000-01-01");
export const LATEST_INPUT_DATE = calendarDate("2099-12-31");

export function isWithinInputRange(date: CalendarDate): boolean {
  return date >= EARLIEST_INPUT_DATE && date <= LATEST_INPUT_DATE;
}

/** calendarDateSchema for what a person types: also refuses dates outside EARLIEST/LATEST_INPUT_DATE. */
export const inputDateSchema = calendarDateSchema.check(
  z.refine(isWithinInputRange, {
    error: (issue) =>
      `${typeof issue.input === "string" ? formatDayMonthYear(calendarDate(issue.input)) : "That date"} is outside the dates this tool works with, ${formatDayMonthYear(EARLIEST_INPUT_DATE)} to ${formatDayMonthYear(LATEST_INPUT_DATE)}. Check the year.`,
  }),
);
