import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIcs } from "./ics";
import { COUNTRIES, PAYMENT_METHODS, PLATFORMS, PROBLEMS } from "./inputs";
import { planDeadlines } from "./plan";
import { parseDeadlineQuery, readParam, toDeadlineQuery } from "./query";
import { timelineModel } from "./timeline";
import { calendarDate, EARLIEST_INPUT_DATE, fromDayNumber, LATEST_INPUT_DATE, toDayNumber } from "@/lib/dates";

describe("parseDeadlineQuery", () => {
  it("parses the example URL and plans the PayPal deadline for 28 February 2027", () => {
    const url = new URL("https://recourse.example/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress");
    const result = parseDeadlineQuery(url.searchParams);
    expect(result).toEqual({
      ok: true,
      input: { country: "GB", payment: "paypal", platform: "aliexpress", problem: "not-delivered", paid: "2026-09-01" },
    });
    if (!result.ok) return;
    const plan = planDeadlines(result.input, { today: calendarDate("2026-11-27") });
    expect(plan.deadlines.find((x) => x.id === "paypal-dispute")?.date).toBe("2027-02-28");
  });

  it("accepts Next's searchParams objects, repeated keys, spaces, case and aliases", () => {
    const result = parseDeadlineQuery({
      country: " uk ",
      payment: ["PayPal", "amex"],
      platform: "AliExpress",
      problem: "faulty",
      paid: "2026-09-01",
      delivered: "2026-09-20",
      expected: "",
    });
    expect(result).toEqual({
      ok: true,
      input: { country: "GB", payment: "paypal", platform: "aliexpress", problem: "faulty", paid: "2026-09-01", delivered: "2026-09-20" },
    });
    expect(parseDeadlineQuery({ country: "el", payment: "other", platform: "other", problem: "return", paid: "2026-01-01" }).ok).toBe(true);
  });

  it("reads the case plan's finer problems as its own, so a link from the plan keeps the case", () => {
    const base = "country=GB&payment=paypal&platform=aliexpress&paid=2026-09-01";
    const expected = {
      "stuck-at-customs": "not-delivered",
      "delivered-not-received": "not-delivered",
      "wrong-item": "not-as-described",
      "refund-not-paid": "return",
      "unexpected-charges": "not-delivered",
      "seller-unresponsive": "not-delivered",
      faulty: "faulty",
    } as const;
    for (const [problem, planner] of Object.entries(expected)) {
      const result = parseDeadlineQuery(new URLSearchParams(`${base}&problem=${problem}`));
      expect(result.ok && result.input.problem, problem).toBe(planner);
    }
    // Once the goods have arrived, charges and silence are about the goods: their deadlines count from delivery.
    for (const problem of ["unexpected-charges", "Seller-Unresponsive"]) {
      const result = parseDeadlineQuery(new URLSearchParams(`${base}&problem=${problem}&delivered=2026-09-20`));
      expect(result.ok && result.input.problem, problem).toBe("not-as-described");
    }
  });

  it("takes every country the import-tax calculator covers", () => {
    for (const country of ["CH", "NO", "JP", "KR", "SG"]) {
      expect(parseDeadlineQuery(new URLSearchParams(`country=${country}&payment=bnpl&platform=shein&problem=faulty&paid=2026-09-01`)).ok, country).toBe(true);
    }
  });

  it("reads the region in its short or ISO 3166-2 form, and plans with it", () => {
    const base = "payment=credit-card&platform=other&problem=not-delivered&paid=2026-08-01";
    for (const region of ["QC", "qc", "CA-QC"]) {
      const result = parseDeadlineQuery(new URLSearchParams(`country=CA&region=${region}&${base}`));
      expect(result.ok && result.input.region).toBe("QC");
    }
    const scotland = parseDeadlineQuery(new URLSearchParams(`country=UK&region=gb-sct&${base}`));
    expect(scotland.ok && scotland.input.region).toBe("SCT");
    const quebec = parseDeadlineQuery(new URLSearchParams(`country=CA&region=QC&cancelled=2026-10-05&${base}`));
    if (!quebec.ok) throw new Error("expected a valid query");
    expect(quebec.input.cancelled).toBe("2026-10-05");
    expect(planDeadlines(quebec.input, { today: calendarDate("2026-11-27") }).deadlines.map((x) => x.id)).toContain("ca-qc-card-reversal");
  });

  it("gives a plain field error for an unknown region, or one that isn't in the country", () => {
    const base = "payment=credit-card&platform=other&problem=not-delivered&paid=2026-08-01";
    expect(parseDeadlineQuery(new URLSearchParams(`country=CA&region=XX&${base}`))).toEqual({
      ok: false,
      errors: [{ path: "region", message: "“XX” isn't a region we know. Choose one from the list, or leave it empty." }],
    });
    expect(parseDeadlineQuery(new URLSearchParams(`country=GB&region=QC&${base}`))).toEqual({
      ok: false,
      errors: [{ path: "region", message: "Quebec isn't a region of the country you chose (United Kingdom). Choose where you live from the list, or leave it empty." }],
    });
    expect(parseDeadlineQuery(new URLSearchParams(`country=US&region=ON&${base}`))).toEqual({
      ok: false,
      errors: [{ path: "region", message: "We only ask for a region in the United Kingdom and Canada. Leave it empty for any other country." }],
    });
    expect(parseDeadlineQuery(new URLSearchParams(`country=CA&region=&${base}`)).ok).toBe(true);
  });

  it("explains every missing required field in plain English", () => {
    const result = parseDeadlineQuery({});
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: "country", message: "Choose the country you live in." },
        { path: "payment", message: "Choose how you paid." },
        { path: "platform", message: "Choose where you bought it, or “other”." },
        { path: "problem", message: "Choose what went wrong." },
        { path: "paid", message: "Enter the date you paid." },
      ],
    });
  });

  it("names bad values and impossible dates", () => {
    const result = parseDeadlineQuery(
      new URLSearchParams("country=XX&payment=cash&platform=wish&problem=late&paid=2026-02-30&expected=tomorrow"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: "country", message: "“XX” isn't a country we cover. Use a two-letter code such as GB, DE or US, or choose “other”." },
      { path: "payment", message: "“cash” isn't a payment method we know. Choose one from the list, or “other”." },
      { path: "platform", message: "“wish” isn't a platform we know. Choose one from the list, or “other”." },
      { path: "problem", message: "“late” isn't a problem type we know. Choose one from the list." },
      { path: "paid", message: "2026-02-30 isn't a real date. Check the day and month." },
      { path: "expected", message: "Enter a date in the form YYYY-MM-DD, for example 2026-09-01." },
    ]);
  });

  it("rejects dates before the payment date", () => {
    const result = parseDeadlineQuery({
      country: "DE",
      payment: "paypal",
      platform: "temu",
      problem: "faulty",
      paid: "2026-09-01",
      delivered: "2026-08-31",
      disputeOpened: "2026-01-01",
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: "delivered", message: "The delivery date (31 August 2026) is before the payment date (1 September 2026). Check both dates." },
        {
          path: "disputeOpened",
          message: "The date you opened the PayPal dispute (1 January 2026) is before the payment date (1 September 2026). Check both dates.",
        },
      ],
    });
  });

  it("never throws on garbage", () => {
    const garbage = fc.oneof(
      fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined))),
      fc.anything(),
    );
    fc.assert(
      fc.property(garbage, (params) => {
        // Deliberately untyped input: the parser must cope with whatever a URL or caller sends.
        const result = parseDeadlineQuery(params as Parameters<typeof parseDeadlineQuery>[0]);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
    expect(parseDeadlineQuery(null).ok).toBe(false);
    expect(parseDeadlineQuery(new URLSearchParams("paid=" + "9".repeat(10_000))).ok).toBe(false);
  });

  it("refuses a date near year 9999 with a message instead of failing later", () => {
    const result = parseDeadlineQuery({ country: "GB", payment: "paypal", platform: "aliexpress", problem: "not-delivered", paid: "9999-12-30", expected: "1999-12-31" });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: "paid", message: "30 December 9999 is outside the dates this tool works with, 1 January 2000 to 31 December 2099. Check the year." },
        { path: "expected", message: "31 December 1999 is outside the dates this tool works with, 1 January 2000 to 31 December 2099. Check the year." },
      ],
    });
  });

  it("plans, draws and exports every query it accepts, at either end of the date range", () => {
    const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map(fromDayNumber);
    const first = toDayNumber(EARLIEST_INPUT_DATE);
    const last = toDayNumber(LATEST_INPUT_DATE);
    const query = fc.record({
      country: fc.constantFrom(...COUNTRIES),
      payment: fc.constantFrom(...PAYMENT_METHODS),
      platform: fc.constantFrom(...PLATFORMS),
      problem: fc.constantFrom(...PROBLEMS),
      paid: fc.oneof(day(first, first + 30), day(last - 30, last), day(first, last)),
      expected: fc.option(day(last - 10, last), { nil: undefined }),
      delivered: fc.option(day(last - 10, last), { nil: undefined }),
      statementDate: fc.option(day(last - 10, last), { nil: undefined }),
      disputeOpened: fc.option(day(last - 10, last), { nil: undefined }),
    });
    fc.assert(
      fc.property(query, day(first, last), (raw, today) => {
        const result = parseDeadlineQuery(toDeadlineQuery(raw));
        if (!result.ok) return;
        const plan = planDeadlines(result.input, { today });
        timelineModel(plan, { horizonDays: 400 });
        expect(toIcs(plan, { now: new Date("2026-12-01T00:00:00Z"), url: "https://recourse.example/x", includePassed: true })).toContain("BEGIN:VCALENDAR");
      }),
      { numRuns: 150 },
    );
    // Each run plans, draws and writes a calendar: seconds in all, more on a busy machine.
  }, 30_000);

  it("ignores inherited properties", () => {
    expect(readParam({}, "toString")).toBeUndefined();
    expect(readParam({}, "__proto__")).toBeUndefined();
  });
});

describe("toDeadlineQuery", () => {
  it("round-trips through parseDeadlineQuery", () => {
    const query = toDeadlineQuery({ country: "GB", payment: "paypal", platform: "aliexpress", paid: "2026-09-01", problem: "not-delivered", expected: "" });
    expect(new URLSearchParams(query).toString()).toBe("country=GB&payment=paypal&platform=aliexpress&paid=2026-09-01&problem=not-delivered");
    expect(parseDeadlineQuery(new URLSearchParams(query)).ok).toBe(true);
  });
});
