import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { parseDeadlineQuery } from "@/lib/deadlines/query";
import { PLAN_PROBLEMS } from "./inputs";
import { isPlanSubmission, PLAN_QUERY_KEYS, parsePlanQuery, toPlannerQuery, toPlanQuery } from "./query";

const TODAY = calendarDate("2026-12-01");
const parse = (query: string) => parsePlanQuery(new URLSearchParams(query), { today: TODAY });
const BASE = "problem=not-delivered&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-01";

describe("parsePlanQuery", () => {
  it("reads a full case, with the plan's extras and the planner's parameters", () => {
    const result = parse(
      "problem=stuck-at-customs&country=uk&region=gb-sct&platform=taobao-agent&agentStage=international&sellerCountry=cn&payment=credit-card&amount=1%20249,50&currency=gbp&paid=2026-10-01&expected=2026-10-30&statementDate=2026-10-05",
    );
    expect(result).toEqual({
      ok: true,
      currencyAssumed: false,
      input: {
        problem: "stuck-at-customs",
        country: "GB",
        region: "SCT",
        platform: "taobao-agent",
        agentStage: "international",
        sellerCountry: "CN",
        payment: "credit-card",
        amount: "1249.50",
        currency: "GBP",
        paid: "2026-10-01",
        expected: "2026-10-30",
        statementDate: "2026-10-05",
      },
    });
  });

  it("treats every unanswered question as unknown, and the agent's stage only for agent purchases", () => {
    const result = parse(`${BASE}&agentStage=delivered`);
    expect(result.ok && result.input).toMatchObject({ sellerCountry: "unknown", agentStage: null, amount: undefined, currency: undefined });
    const agent = parse(BASE.replace("aliexpress", "taobao-agent"));
    expect(agent.ok && agent.input.agentStage).toBe("unknown");
    expect(parse(`${BASE}&sellerCountry=unknown`).ok).toBe(true);
  });

  it("takes the buyer's country's currency when only the amount is given, on the day they paid", () => {
    const uk = parse(`${BASE}&amount=120`);
    expect(uk.ok && uk.input.currency).toBe("GBP");
    expect(uk.ok && uk.currencyAssumed).toBe(true);
    // Bulgaria moved to the euro on 1 January 2026 (lib/import-tax/rules/eu-members.ts).
    const before = parse("problem=faulty&country=BG&platform=temu&payment=paypal&paid=2025-12-20&amount=50");
    const after = parse("problem=faulty&country=BG&platform=temu&payment=paypal&paid=2026-01-05&amount=50");
    expect(before.ok && before.input.currency).toBe("BGN");
    expect(after.ok && after.input.currency).toBe("EUR");
    const old = parse(`${BASE.replace("2026-11-01", "2019-03-01")}&amount=50`);
    expect(old.ok && old.input.currency).toBe("GBP");
    const other = parse(`${BASE.replace("country=GB", "country=other")}&amount=50`);
    expect(other.ok && other.input.currency).toBeUndefined();
  });

  it("accepts each of the plan's problems, and the deadline planner reads the same address", () => {
    for (const problem of PLAN_PROBLEMS) {
      const query = BASE.replace("not-delivered", problem);
      expect(parse(query).ok, problem).toBe(true);
      expect(parseDeadlineQuery(new URLSearchParams(query)).ok, problem).toBe(true);
    }
  });

  it("gives one plain message per field, in the form's order, for impossible dates, a delivery before payment and unknown values", () => {
    const result = parse(
      "problem=lost&country=XX&platform=wish&agentStage=space&sellerCountry=Narnia&payment=cash&amount=-5&currency=ABC&paid=2026-02-30&expected=2026-13-01",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["problem", "country", "platform", "agentStage", "sellerCountry", "payment", "amount", "currency", "paid", "expected"]);
    expect(result.errors.find((e) => e.path === "paid")?.message).toBe("2026-02-30 isn't a real date. Check the day and month.");
    expect(result.errors.find((e) => e.path === "amount")?.message).toMatch(/can't be negative/);
    expect(result.errors.find((e) => e.path === "sellerCountry")?.message).toMatch(/“NARNIA” isn't a country we can use here/);

    const order = parse(`${BASE}&delivered=2026-10-20&expected=2026-10-01`);
    expect(order.ok).toBe(false);
    if (order.ok) return;
    expect(order.errors).toEqual([
      { path: "expected", message: "The expected delivery date (1 October 2026) is before the payment date (1 November 2026). Check both dates." },
      { path: "delivered", message: "The delivery date (20 October 2026) is before the payment date (1 November 2026). Check both dates." },
    ]);
  });

  it("refuses a payment or delivery after tomorrow, but not an expected date", () => {
    expect(parse(BASE.replace("2026-11-01", "2026-12-02")).ok).toBe(true);
    const future = parse(`${BASE.replace("2026-11-01", "2026-12-10")}&delivered=2026-12-20&expected=2027-01-10`);
    expect(future.ok).toBe(false);
    if (future.ok) return;
    expect(future.errors.map((e) => e.path)).toEqual(["paid", "delivered"]);
    expect(future.errors[0]?.message).toBe("The payment date (10 December 2026) is after today. Enter the day it happened, or leave it empty if it hasn't.");
  });

  it("asks for what it can't plan without", () => {
    const result = parse("paid=");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: "problem", message: "Choose what went wrong." },
      { path: "country", message: "Choose the country you live in." },
      { path: "platform", message: "Choose where you bought it, or “other”." },
      { path: "payment", message: "Choose how you paid." },
      { path: "paid", message: "Enter the date you paid." },
    ]);
  });

  it("never throws, whatever the address holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PLAN_QUERY_KEYS, "x"), fc.oneof(fc.string(), fc.array(fc.string()))), (params) => {
        const result = parsePlanQuery(params, { today: TODAY });
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

describe("links", () => {
  it("round-trips a case through its address, leaving unknowns out", () => {
    const query = "problem=wrong-item&country=CA&region=QC&platform=taobao-agent&agentStage=at-warehouse&sellerCountry=CN&payment=amex&amount=80&currency=CAD&paid=2026-10-01&delivered=2026-10-20&cancelled=2026-10-22";
    const first = parse(query);
    if (!first.ok) throw new Error("expected a valid query");
    expect(new URLSearchParams(toPlanQuery(first.input)).toString()).toBe(query);
    const unknowns = parse(`${BASE}&sellerCountry=unknown`);
    if (!unknowns.ok) throw new Error("expected a valid query");
    expect(toPlanQuery(unknowns.input)).toEqual(Object.fromEntries(new URLSearchParams(BASE)));
  });

  it("gives the planner only its own parameters, with the plan's problem for it to read", () => {
    const result = parse("problem=stuck-at-customs&country=GB&platform=taobao-agent&agentStage=international&sellerCountry=CN&payment=paypal&amount=80&paid=2026-10-01");
    if (!result.ok) throw new Error("expected a valid query");
    const planner = toPlannerQuery(result.input);
    expect(planner).toEqual({ problem: "stuck-at-customs", country: "GB", platform: "taobao-agent", payment: "paypal", paid: "2026-10-01" });
    const parsed = parseDeadlineQuery(new URLSearchParams(planner));
    expect(parsed.ok && parsed.input.problem).toBe("not-delivered");
  });

  it("tells a submitted form from a link that only picks the first answer", () => {
    expect(isPlanSubmission(new URLSearchParams("problem=faulty"))).toBe(false);
    expect(isPlanSubmission(new URLSearchParams("problem=faulty&paid="))).toBe(true);
    expect(isPlanSubmission({ problem: "faulty", paid: "2026-01-01" })).toBe(true);
    expect(isPlanSubmission(undefined)).toBe(false);
  });
});
