import { addDays, formatLong, toBasicFormat } from "@/lib/dates";
import { escapeText, foldLine, formatUtcDateTime, toIcs } from "@/lib/deadlines/ics";
import type { CasePlan } from "./plan";

/**
 * The plan as one calendar file: every deadline of the plan still ahead (written by the deadline
 * planner's own iCalendar export, so the two tools' events are the same and replace each other),
 * and the plan's reply-by date, when the next steps start if the seller hasn't answered.
 */
export function planToIcs(plan: CasePlan, options: { now: Date; url?: string }): string {
  const body = toIcs({ ...plan.deadlinePlan, deadlines: plan.calendar }, { now: options.now, url: options.url, includePassed: false });
  const next = plan.steps.filter((step) => step.phase === "next");
  if (plan.deadlinePlan.datesToCheck.length > 0 || next.length === 0) return body;
  const { country, problem, paid } = plan.input;
  const host = hostOf(options.url);
  const list = next.map((step) => `${step.number}. ${step.title}`).join("\n");
  const description = [
    `If the seller hasn't put things right by ${formatLong(plan.replyBy)}, start the next steps of your plan:`,
    list,
    ...(options.url === undefined ? [] : [`Your plan: ${options.url}`]),
  ].join("\n");
  const event = [
    "BEGIN:VEVENT",
    // Stable for the same order, so an updated file replaces this event instead of adding another.
    `UID:plan-reply-by-${country}-${problem}-${paid}@${host}`,
    `DTSTAMP:${formatUtcDateTime(options.now)}`,
    `DTSTART;VALUE=DATE:${toBasicFormat(plan.replyBy)}`,
    `DTEND;VALUE=DATE:${toBasicFormat(addDays(plan.replyBy, 1))}`,
    `SUMMARY:${escapeText("Reply-by date: no answer means the next step")}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ].map(foldLine);
  const end = "END:VCALENDAR\r\n";
  return `${body.slice(0, body.length - end.length)}${event.join("\r\n")}\r\n${end}`;
}

function hostOf(url: string | undefined): string {
  if (url === undefined) return "recourse";
  try {
    return new URL(url).hostname || "recourse";
  } catch {
    return "recourse";
  }
}
