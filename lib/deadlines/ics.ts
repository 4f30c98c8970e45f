import { type CalendarDate, addDays, formatLong, toBasicFormat } from "@/lib/dates";
import type { Deadline, DeadlinePlan } from "./plan";

/**
 * iCalendar export of a deadline plan (RFC 5545: https://www.rfc-editor.org/rfc/rfc5545).
 * Each dated deadline becomes an all-day event on its last day, with a reminder a week before.
 */

export const ICS_PRODID = "-//Recourse//Deadlines//EN";
const CRLF = "\r\n";
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

export interface IcsOptions {
  /** The moment of export, for DTSTAMP. */
  now: Date;
  /** Link back to the tool with this case's inputs, added to each event. */
  url?: string;
  /** Include deadlines that have already passed (default: only today and later). */
  includePassed?: boolean;
}

/** RFC 5545 §3.3.11: escape backslash, semicolon, comma and line breaks in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 5545 §3.1 folding: break after at most 75 octets, continuing with CRLF and one space. Counts
 * UTF-8 octets and only breaks between code points, so a multibyte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  // The first line may hold 75 octets; continuation lines lose one to the leading space.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** UTC date-time in the basic form RFC 5545 §3.3.5 requires for DTSTAMP, e.g. 20261127T093000Z. */
export function formatUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("toIcs needs a valid `now`");
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** FNV-1a, 32 bits: a short, stable fingerprint so UIDs stay the same when a case is re-exported. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function uidHost(url: string | undefined): string {
  if (url === undefined) return "recourse";
  try {
    return new URL(url).hostname || "recourse";
  } catch {
    return "recourse";
  }
}

/**
 * The UID depends on the facts that identify the order, not on dates the buyer may correct later,
 * so importing an updated file replaces the event instead of adding a duplicate.
 */
function eventUid(plan: DeadlinePlan, deadline: Deadline, host: string): string {
  const { country, payment, platform, problem, paid } = plan.input;
  return `${deadline.id}-${fingerprint([country, payment, platform, problem, paid].join("|"))}@${host}`;
}

function eventDescription(deadline: Deadline, date: CalendarDate, url: string | undefined): string {
  const lines = [
    `Last day: ${formatLong(date)}.`,
    `What to do: ${deadline.action}`,
    `Enforced by: ${deadline.enforcedBy}.`,
    `Rule: ${deadline.rule}`,
  ];
  if (deadline.calculation !== null) lines.push(`Worked out as: ${deadline.calculation}.`);
  lines.push(`Confidence: ${deadline.confidence}. ${deadline.note}`);
  lines.push(`Source: ${deadline.source.title} ${deadline.source.url} (checked ${deadline.lastChecked})`);
  const origin = url === undefined ? undefined : new URL(url).origin;
  if (origin !== undefined && deadline.guide !== null) lines.push(`How to: ${deadline.guide.label} ${origin}${encodeURI(deadline.guide.href)}`);
  if (origin !== undefined && deadline.letter !== null) lines.push(`Letter: ${deadline.letter.label} ${origin}${deadline.letter.href}`);
  if (url !== undefined) lines.push(`Your case: ${url}`);
  return lines.join("\n");
}

function isSafeUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && !/[\r\n]/.test(url);
  } catch {
    return false;
  }
}

/** The plan as an iCalendar file body (CRLF line endings, folded lines, all-day events). */
export function toIcs(plan: DeadlinePlan, options: IcsOptions): string {
  const stamp = formatUtcDateTime(options.now);
  const url = isSafeUrl(options.url) ? options.url : undefined;
  const host = uidHost(url);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Recourse deadlines",
  ];
  for (const deadline of plan.deadlines) {
    const { date, daysLeft } = deadline;
    if (date === null) continue;
    if (!options.includePassed && daysLeft !== null && daysLeft < 0) continue;
    const summary = `Deadline: ${deadline.title}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${eventUid(plan, deadline, host)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${toBasicFormat(date)}`,
      // RFC 5545 §3.6.1: for an all-day event DTEND is the next day (non-inclusive).
      `DTEND;VALUE=DATE:${toBasicFormat(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(eventDescription(deadline, date, url))}`,
      ...(url === undefined ? [] : [`URL:${url}`]),
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(`In a week: ${deadline.title}`)}`,
      "TRIGGER:-P7D",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
