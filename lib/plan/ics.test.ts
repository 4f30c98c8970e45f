import { describe, expect, it } from "vitest";
import { calendarDate, toBasicFormat } from "@/lib/dates";
import { planToIcs } from "./ics";
import { buildCasePlan } from "./plan";
import { parsePlanQuery } from "./query";

const TODAY = calendarDate("2026-12-01");
const NOW = new Date("2026-12-01T09:30:00Z");

function plan(query: string) {
  const parsed = parsePlanQuery(new URLSearchParams(query), { today: TODAY });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildCasePlan(parsed.input, { today: TODAY });
}

describe("the plan's calendar file", () => {
  const result = plan("problem=not-delivered&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-10&expected=2026-11-28");
  const ics = planToIcs(result, { now: NOW, url: "https://recourse.example/plan?problem=not-delivered" });

  it("holds every deadline of the plan still ahead, and the reply-by date", () => {
    const events = ics.match(/BEGIN:VEVENT/g) ?? [];
    expect(events.length).toBe(result.calendar.length + 1);
    for (const deadline of result.calendar) expect(ics).toContain(`DTSTART;VALUE=DATE:${toBasicFormat(deadline.date ?? TODAY)}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${toBasicFormat(result.replyBy)}`);
    expect(ics).toMatch(/SUMMARY:Reply-by date/);
  });

  it("is a valid iCalendar body: CRLF lines no longer than 75 octets, one calendar", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.match(/END:VCALENDAR/g)).toHaveLength(1);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("has no events to trust while a date needs checking, and no reply-by when nothing waits for it", () => {
    const allPassed = plan("problem=faulty&country=GB&region=SCT&platform=ebay&payment=debit-card&paid=2020-05-20&expected=2020-06-10&delivered=2020-06-01&sellerCountry=CN");
    expect(planToIcs(allPassed, { now: NOW }).match(/BEGIN:VEVENT/g)).toBeNull();
  });
});
