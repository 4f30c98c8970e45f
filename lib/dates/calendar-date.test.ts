import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  calendarDate,
  calendarDateSchema,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  EARLIEST_INPUT_DATE,
  formatChinese,
  formatLong,
  formatShort,
  fromDayNumber,
  fromParts,
  inputDateSchema,
  isCalendarDate,
  isLeapYear,
  isWithinInputRange,
  LATEST_INPUT_DATE,
  maxDate,
  minDate,
  parseCalendarDate,
  toBasicFormat,
  toDayNumber,
  todayIn,
} from "./calendar-date";

const d = calendarDate;

/** A UTC-based oracle, independent of the day-number algorithm under test. */
function utcDayNumber(y: number, m: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round(date.getTime() / 86_400_000);
}

const arbitraryDate = fc
  .integer({ min: toDayNumber(d("1900-01-01")), max: toDayNumber(d("2200-12-31")) })
  .map(fromDayNumber);

describe("parseCalendarDate", () => {
  it("accepts real days and trims spaces", () => {
    expect(parseCalendarDate("2026-09-01")).toBe("2026-09-01");
    expect(parseCalendarDate(" 2028-02-29 ")).toBe("2028-02-29");
    expect(parseCalendarDate("2000-02-29")).toBe("2000-02-29");
  });

  it.each([
    "2026-02-30",
    "2027-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-5",
    "26-01-05",
    "2026/01/05",
    "2026-01-05T00:00:00Z",
    "0000-01-01",
    "",
    "not a date",
  ])("rejects %j", (input) => {
    expect(parseCalendarDate(input)).toBeNull();
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseCalendarDate(value);
        expect(result === null || isCalendarDate(result)).toBe(true);
      }),
    );
  });

  it("calendarDate throws with the bad value named", () => {
    expect(() => d("2026-02-30")).toThrow(/2026-02-30/);
  });
});

describe("leap years and month lengths", () => {
  it("follows the Gregorian rules", () => {
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("fromParts rejects days that do not exist", () => {
    expect(fromParts({ y: 2028, m: 2, d: 29 })).toBe("2028-02-29");
    expect(fromParts({ y: 2027, m: 2, d: 29 })).toBeNull();
    expect(fromParts({ y: 2026, m: 6, d: 1.5 })).toBeNull();
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber(d("1970-01-01"))).toBe(0);
    expect(toDayNumber(d("1969-12-31"))).toBe(-1);
    expect(toDayNumber(d("2000-03-01"))).toBe(11017);
  });

  it("agrees with a UTC oracle across 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, day) => {
        const date = fromParts({ y, m, d: day });
        fc.pre(date !== null);
        if (date === null) return;
        expect(toDayNumber(date)).toBe(utcDayNumber(y, m, day));
      }),
    );
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it("rejects years outside 1–9999", () => {
    expect(() => fromDayNumber(toDayNumber(d("9999-12-31")) + 1)).toThrow(RangeError);
    expect(() => addDays(d("0001-01-01"), -1)).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it("crosses month ends, year ends and leap days", () => {
    expect(addDays(d("2026-01-31"), 1)).toBe("2026-02-01");
    expect(addDays(d("2026-02-28"), 1)).toBe("2026-03-01");
    expect(addDays(d("2028-02-28"), 1)).toBe("2028-02-29");
    expect(addDays(d("2028-02-29"), 1)).toBe("2028-03-01");
    expect(addDays(d("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(d("2027-01-01"), -1)).toBe("2026-12-31");
    expect(addDays(d("2028-03-01"), -1)).toBe("2028-02-29");
  });

  it("gives the worked PayPal example: 1 September 2026 + 180 days = 28 February 2027", () => {
    expect(addDays(d("2026-09-01"), 180)).toBe("2027-02-28");
  });

  it("counts a 180-day window across a leap February", () => {
    expect(addDays(d("2027-09-01"), 180)).toBe("2028-02-28");
    expect(addDays(d("2027-09-02"), 180)).toBe("2028-02-29");
  });

  it("addDays(d, n) then daysBetween is n", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it("is associative: (d + a) + b = d + (a + b)", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (date, a, b) => {
        expect(addDays(addDays(date, a), b)).toBe(addDays(date, a + b));
      }),
    );
  });

  it("rejects fractional days", () => {
    expect(() => addDays(d("2026-01-01"), 1.5)).toThrow(RangeError);
  });
});

describe("addMonths and addYears", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(addMonths(d("2026-01-31"), 1)).toBe("2026-02-28");
    expect(addMonths(d("2028-01-31"), 1)).toBe("2028-02-29");
    expect(addMonths(d("2026-03-31"), -1)).toBe("2026-02-28");
    expect(addMonths(d("2026-08-31"), 1)).toBe("2026-09-30");
    expect(addMonths(d("2026-11-15"), 2)).toBe("2027-01-15");
    expect(addMonths(d("2027-01-15"), -2)).toBe("2026-11-15");
  });

  it("maps 29 February to 28 February in a common year", () => {
    expect(addYears(d("2028-02-29"), 2)).toBe("2030-02-28");
    expect(addYears(d("2028-02-29"), 4)).toBe("2032-02-29");
    expect(addYears(d("2026-03-10"), 2)).toBe("2028-03-10");
  });

  it("always lands in a valid date within the target month", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isCalendarDate(result)).toBe(true);
        const [y, m] = date.split("-").map(Number);
        const [ry, rm] = result.split("-").map(Number);
        expect((ry ?? 0) * 12 + (rm ?? 0)).toBe((y ?? 0) * 12 + (m ?? 0) + months);
      }),
    );
  });
});

describe("comparison", () => {
  it("orders dates", () => {
    expect(compareDates(d("2026-01-01"), d("2026-01-02"))).toBe(-1);
    expect(compareDates(d("2026-01-02"), d("2026-01-02"))).toBe(0);
    expect(compareDates(d("2027-01-01"), d("2026-12-31"))).toBe(1);
    expect(minDate(d("2026-05-01"), d("2026-01-01"), d("2026-03-01"))).toBe("2026-01-01");
    expect(maxDate(d("2026-05-01"), d("2026-01-01"), d("2026-03-01"))).toBe("2026-05-01");
  });

  it("daysBetween is negative for earlier targets", () => {
    expect(daysBetween(d("2026-03-01"), d("2026-02-01"))).toBe(-28);
    expect(daysBetween(d("2028-02-01"), d("2028-03-01"))).toBe(29);
    expect(daysBetween(d("2026-12-31"), d("2027-12-31"))).toBe(365);
  });
});

describe("formatting", () => {
  it("writes dates for people", () => {
    expect(formatLong(d("2027-02-28"))).toBe("Sunday 28 February 2027");
    expect(formatLong(d("2028-02-29"))).toBe("Tuesday 29 February 2028");
    expect(formatLong(d("2026-11-27"))).toBe("Friday 27 November 2026");
    expect(formatShort(d("2026-09-01"))).toBe("1 Sep 2026");
    expect(formatChinese(d("2027-02-28"))).toBe("2027年2月28日");
    expect(toBasicFormat(d("2027-02-28"))).toBe("20270228");
  });

  it("weekday agrees with UTC", () => {
    fc.assert(
      fc.property(arbitraryDate, (date) => {
        expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe("todayIn", () => {
  it("reads the calendar day in a given time zone", () => {
    const instant = new Date("2026-11-27T23:30:00Z");
    expect(todayIn(instant, "UTC")).toBe("2026-11-27");
    expect(todayIn(instant, "Europe/London")).toBe("2026-11-27");
    expect(todayIn(instant, "Asia/Shanghai")).toBe("2026-11-28");
    expect(todayIn(instant, "America/Los_Angeles")).toBe("2026-11-27");
    expect(todayIn(new Date("2026-03-01T02:00:00Z"), "America/New_York")).toBe("2026-02-28");
  });

  it("uses the runtime's local day without a zone", () => {
    const instant = new Date(2026, 10, 27, 12, 0, 0);
    expect(todayIn(instant)).toBe("2026-11-27");
  });

  it("rejects an invalid Date", () => {
    expect(() => todayIn(new Date("nope"))).toThrow(RangeError);
  });
});

describe("calendarDateSchema", () => {
  it("parses and explains", () => {
    expect(calendarDateSchema.parse(" 2026-09-01")).toBe("2026-09-01");
    const impossible = calendarDateSchema.safeParse("2026-02-30");
    expect(impossible.success).toBe(false);
    expect(impossible.error?.issues[0]?.message).toBe("2026-02-30 isn't a real date. Check the day and month.");
    const wrongForm = calendarDateSchema.safeParse("01/09/2026");
    expect(wrongForm.error?.issues[0]?.message).toBe("Enter a date in the form YYYY-MM-DD, for example 2026-09-01.");
    expect(calendarDateSchema.safeParse(20260901).success).toBe(false);
  });
});

describe("inputDateSchema", () => {
  it("accepts the dates a buyer could mean, from 2000 to 2099", () => {
    expect(inputDateSchema.parse(" 2026-09-01 ")).toBe("2026-09-01");
    expect(inputDateSchema.parse("2000-01-01")).toBe(EARLIEST_INPUT_DATE);
    expect(inputDateSchema.parse("2099-12-31")).toBe(LATEST_INPUT_DATE);
  });

  it("refuses dates outside that range with the range named", () => {
    const result = inputDateSchema.safeParse("9999-12-30");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "30 December 9999 is outside the dates this tool works with, 1 January 2000 to 31 December 2099. Check the year.",
    );
    expect(inputDateSchema.safeParse("1999-12-31").success).toBe(false);
  });

  it("still explains impossible days and wrong formats first", () => {
    expect(inputDateSchema.safeParse("2026-02-30").error?.issues[0]?.message).toBe("2026-02-30 isn't a real date. Check the day and month.");
    expect(inputDateSchema.safeParse("soon").error?.issues[0]?.message).toMatch(/^Enter a date in the form YYYY-MM-DD/);
  });

  it("leaves room for every deadline the planner counts on from an accepted date", () => {
    // The longest period is a six-year limitation period; the arithmetic itself stops at 9999.
    expect(() => addYears(LATEST_INPUT_DATE, 10)).not.toThrow();
    expect(isWithinInputRange(addDays(EARLIEST_INPUT_DATE, -1))).toBe(false);
  });
});
