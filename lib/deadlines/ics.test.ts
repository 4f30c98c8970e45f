import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { getFact } from "@/lib/facts";
import { escapeText, foldLine, formatUtcDateTime, toIcs } from "./ics";
import { planDeadlines } from "./plan";

const NOW = new Date("2026-11-27T09:30:05Z");
const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

function examplePlan(today = "2026-11-27") {
  return planDeadlines(
    {
      country: "GB",
      payment: "paypal",
      platform: "aliexpress",
      problem: "not-delivered",
      paid: calendarDate("2026-09-01"),
      expected: calendarDate("2026-12-31"),
      disputeOpened: calendarDate("2026-12-10"),
    },
    { today: calendarDate(today) },
  );
}

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    const exactly75 = "X".repeat(75);
    expect(foldLine(exactly75)).toBe(exactly75);
  });

  it("folds ASCII at 75 octets, continuation lines carrying a leading space", () => {
    const folded = foldLine("D".repeat(200));
    const lines = folded.split("\r\n");
    expect(lines.map(octets)).toEqual([75, 75, 52]); // 75 + 74 + 51 characters of content
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe("D".repeat(200));
  });

  it("never splits a multibyte UTF-8 character", () => {
    // "订" is 3 octets and "😀" 4: neither fits evenly into 75, so a naive split would cut one.
    const text = `DESCRIPTION:${"订单号😀".repeat(30)}`;
    const folded = foldLine(text);
    for (const line of folded.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    }
    expect(unfold(folded)).toBe(text);
  });
});

describe("formatUtcDateTime", () => {
  it("writes a UTC basic-format date-time", () => {
    expect(formatUtcDateTime(NOW)).toBe("20261127T093005Z");
    expect(() => formatUtcDateTime(new Date("nope"))).toThrow(RangeError);
  });
});

describe("toIcs", () => {
  const ics = toIcs(examplePlan(), { now: NOW, url: "https://recourse.example/tools/deadlines?country=GB&paid=2026-09-01" });
  const lines = unfold(ics).split("\r\n");

  it("uses CRLF line endings only, and lines of at most 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("wraps events in a calendar with our PRODID", () => {
    expect(lines.slice(0, 3)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recourse//Deadlines//EN"]);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(lines.filter((line) => line === "END:VEVENT").length);
  });

  it("writes all-day events with DTEND on the next day", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20270228");
    expect(lines).toContain("DTEND;VALUE=DATE:20270301");
    // PayPal escalation: 10 December 2026 + 20 days = 30 December 2026.
    expect(lines).toContain("DTSTART;VALUE=DATE:20261230");
    expect(lines).toContain("DTEND;VALUE=DATE:20261231");
    expect(lines).toContain("DTSTAMP:20261127T093005Z");
  });

  it("names the deadline, what to do and the source", () => {
    expect(lines).toContain("SUMMARY:Deadline: Open a PayPal dispute");
    const description = lines.find((line) => line.startsWith("DESCRIPTION:Last day: Sunday 28 February 2027."));
    expect(description).toBeDefined();
    expect(description).toContain("What to do: Open a dispute in PayPal's Resolution Centre");
    expect(description).toContain(`Source: ${getFact("paypal-inr-window").sources[0]?.title}`);
    expect(description).toContain("\\n");
    expect(lines).toContain("URL:https://recourse.example/tools/deadlines?country=GB&paid=2026-09-01");
  });

  it("gives stable, unique UIDs", () => {
    const uids = lines.filter((line) => line.startsWith("UID:"));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => uid.endsWith("@recourse.example"))).toBe(true);
    const again = unfold(toIcs(examplePlan("2026-12-01"), { now: new Date("2026-12-01T00:00:00Z"), url: "https://recourse.example/x" }));
    for (const uid of uids) expect(again).toContain(uid);
  });

  it("leaves out deadlines that have passed unless asked", () => {
    const late = examplePlan("2027-03-01");
    expect(unfold(toIcs(late, { now: NOW }))).not.toContain("20270228");
    expect(unfold(toIcs(late, { now: NOW, includePassed: true }))).toContain("DTSTART;VALUE=DATE:20270228");
  });

  it("ignores an unsafe URL", () => {
    const unsafe = toIcs(examplePlan(), { now: NOW, url: "javascript:alert(1)" });
    expect(unsafe).not.toContain("javascript:");
    expect(unsafe).toContain("@recourse\r\n");
  });
});
