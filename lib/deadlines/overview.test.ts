import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays, calendarDate } from "@/lib/dates";
import { COUNTRIES, type DeadlineInput, PAYMENT_METHODS, PLATFORMS, PROBLEMS } from "./inputs";
import { planOverview } from "./overview";
import { planDeadlines } from "./plan";

const d = calendarDate;
const TODAY = d("2026-12-01");

function overview(input: Partial<DeadlineInput> & Pick<DeadlineInput, "paid">, today: CalendarDate = TODAY) {
  return planOverview(planDeadlines({ country: "other", payment: "other", platform: "other", problem: "not-delivered", ...input }, { today }));
}

describe("planOverview: lead with what is still open", () => {
  it("a UK credit-card buyer who paid 400 days ago is led to Section 75, not to a passed chargeback", () => {
    const result = overview({ country: "GB", payment: "credit-card", platform: "aliexpress", paid: addDays(TODAY, -400) });
    expect(result.next).toMatchObject({ kind: "route", route: { id: "uk-section-75" } });
    expect(result.open).toEqual([]);
    expect(result.passed.map((p) => p.id)).toEqual(["card-chargeback"]);
    expect(result.passed[0]?.whenPassed).toMatch(/can no longer raise a chargeback/);
    // Nothing ahead: no calendar to offer, and no "your bank may set a shorter deadline" for a chargeback already past.
    expect(result.forCalendar).toEqual([]);
    expect(result.warnings.map((w) => w.id)).not.toContain("bank-internal-deadlines");
    expect(overview({ country: "GB", payment: "credit-card", paid: addDays(TODAY, -10) }).warnings.map((w) => w.id)).toContain("bank-internal-deadlines");
  });

  it("leads with the earliest open deadline and offers only open ones for the calendar", () => {
    const result = overview({ country: "GB", payment: "paypal", platform: "aliexpress", paid: d("2026-09-01") });
    expect(result.next).toMatchObject({ kind: "deadline", deadline: { id: "paypal-dispute" } });
    expect(result.forCalendar.map((x) => x.id)).toEqual(["paypal-dispute"]);
    expect(result.needsDate.map((x) => x.id)).toEqual(["paypal-escalation", "uk-cancellation", "aliexpress-dispute", "postal-inquiry"]);
  });

  it("numbers open deadlines first, then undated, then passed (most recent first)", () => {
    const result = overview({
      country: "GB",
      payment: "credit-card",
      platform: "ebay",
      problem: "faulty",
      paid: d("2026-06-01"),
      expected: d("2026-06-10"),
      delivered: d("2026-06-08"),
    });
    const order = [...result.open, ...result.needsDate, ...result.passed].map((x) => x.id);
    expect(order.map((id) => result.numbers.get(id))).toEqual(order.map((_, i) => i + 1));
    expect(result.open.map((x) => x.id)).toEqual(["uk-court-time-limit"]);
    // uk-cancellation (22 Jun), ebay (10 Jul), uk-short-term-reject (8 Jul), card (29 Sep): latest first.
    expect(result.passed.map((x) => x.id)).toEqual(["card-chargeback", "ebay-money-back", "uk-short-term-reject", "uk-cancellation"]);
  });

  it("asks to check a payment date in the future before anything else, and offers no calendar", () => {
    const result = overview({ country: "GB", payment: "paypal", platform: "aliexpress", paid: addDays(TODAY, 200) });
    expect(result.next).toEqual({ kind: "check-dates", dates: [{ field: "paid", label: "payment date", date: addDays(TODAY, 200) }] });
    expect(result.open.length).toBeGreaterThan(0);
    expect(result.forCalendar).toEqual([]);
  });

  it("says so when every deadline has passed and nothing else is open", () => {
    const result = overview({ country: "US", payment: "debit-card", platform: "temu", problem: "faulty", paid: addDays(TODAY, -400) });
    expect(result.next).toEqual({ kind: "all-passed" });
    expect(result.passed.map((x) => x.id).sort()).toEqual(["card-chargeback", "temu-return"]);
  });

  it("puts a deadline that needs one more date ahead of 'all passed'", () => {
    const result = overview({ country: "GB", payment: "debit-card", platform: "other", paid: addDays(TODAY, -400) });
    expect(result.next).toMatchObject({ kind: "needs-date", deadline: { id: "uk-cancellation" } });
  });

  it("for any case, every deadline lands in exactly one group and the lead matches the groups", () => {
    const date = fc.integer({ min: -800, max: 300 }).map((offset) => addDays(TODAY, offset));
    const input = fc.record({
      country: fc.constantFrom(...COUNTRIES),
      payment: fc.constantFrom(...PAYMENT_METHODS),
      platform: fc.constantFrom(...PLATFORMS),
      problem: fc.constantFrom(...PROBLEMS),
      paid: date,
    });
    fc.assert(
      fc.property(input, (raw) => {
        const plan = planDeadlines(raw, { today: TODAY });
        const result = planOverview(plan);
        const grouped = [...result.open, ...result.needsDate, ...result.passed].map((x) => x.id).sort();
        expect(grouped).toEqual(plan.deadlines.map((x) => x.id).sort());
        expect(result.open.every((x) => (x.daysLeft ?? -1) >= 0)).toBe(true);
        expect(result.passed.every((x) => (x.daysLeft ?? 0) < 0)).toBe(true);
        expect(result.forCalendar.every((x) => (x.daysLeft ?? -1) >= 0)).toBe(true);
        if (raw.paid > TODAY) expect(result.next.kind).toBe("check-dates");
        else if (result.open.length > 0) expect(result.next).toMatchObject({ kind: "deadline", deadline: result.open[0] });
        else if (result.routes.length > 0) expect(result.next.kind).toBe("route");
      }),
      { numRuns: 300 },
    );
  });
});
