import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays, calendarDate, daysBetween, isBefore } from "@/lib/dates";
import { COUNTRIES, type DeadlineInput, PAYMENT_METHODS, PLATFORMS, PROBLEMS } from "./inputs";
import { type Deadline, type DeadlinePlan, nextDeadline, planDeadlines } from "./plan";
import { DEADLINE_RULES, type RuleId, isOfficialSourceUrl } from "./rules";

const d = calendarDate;
const TODAY = d("2026-11-27");

function plan(input: Partial<DeadlineInput> & Pick<DeadlineInput, "paid">, today: CalendarDate = TODAY): DeadlinePlan {
  return planDeadlines(
    { country: "other", payment: "other", platform: "other", problem: "not-delivered", ...input },
    { today },
  );
}

function find(result: DeadlinePlan, id: RuleId): Deadline {
  const deadline = result.deadlines.find((candidate) => candidate.id === id);
  if (deadline === undefined) throw new Error(`expected deadline ${id}; got ${result.deadlines.map((x) => x.id).join(", ")}`);
  return deadline;
}

function ids(result: DeadlinePlan): string[] {
  return result.deadlines.map((deadline) => deadline.id);
}

describe("the worked example from the brief", () => {
  // /tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress
  const result = plan({ country: "GB", payment: "paypal", platform: "aliexpress", problem: "not-delivered", paid: d("2026-09-01") });

  it("shows the PayPal dispute deadline on 28 February 2027", () => {
    const paypal = find(result, "paypal-dispute");
    expect(paypal.date).toBe("2027-02-28");
    expect(paypal.daysLeft).toBe(93);
    expect(paypal.status).toBe("upcoming");
    expect(paypal.confidence).toBe("high");
    expect(paypal.kind).toBe("scheme");
    expect(paypal.lastChecked).toBe("2026-11-27");
    expect(paypal.calculation).toBe("1 September 2026 (payment date) + 180 days");
    expect(paypal.source.url).toMatch(/^https:\/\/www\.paypal\.com\//);
  });

  it("lists the undated deadlines with reasons, after the dated ones", () => {
    expect(ids(result)).toEqual(["paypal-dispute", "paypal-escalation", "uk-cancellation", "aliexpress-dispute"]);
    expect(find(result, "paypal-escalation").unavailableReason).toMatch(/day you open the PayPal dispute/);
    expect(find(result, "uk-cancellation").unavailableReason).toMatch(/receive the goods/);
    expect(find(result, "aliexpress-dispute").unavailableReason).toMatch(/Purchase Protection countdown/);
  });

  it("warns about friends-and-family payments and notes PayPal breaks Section 75", () => {
    expect(result.warnings.map((w) => w.id)).toContain("paypal-friends-and-family");
    expect(result.notes.map((n) => n.id)).toContain("uk-paypal-breaks-section-75");
    expect(result.notes.map((n) => n.id)).toContain("enter-expected-delivery");
  });
});

describe("card chargeback (Visa / Mastercard): 120 days, capped at 540 days from the transaction", () => {
  it("counts from the expected delivery date when goods never arrived", () => {
    const result = plan({ payment: "credit-card", paid: d("2026-01-10"), expected: d("2026-03-15") });
    const chargeback = find(result, "card-chargeback");
    expect(chargeback.date).toBe("2026-07-13");
    expect(chargeback.countsFrom).toEqual({ event: "expected-delivery", date: "2026-03-15" });
    expect(chargeback.confidence).toBe("medium");
    expect(chargeback.note).toMatch(/shorter internal deadline/);
  });

  it("falls back to the payment date without an expected date, across a month end", () => {
    const chargeback = find(plan({ payment: "debit-card", paid: d("2026-10-31") }), "card-chargeback");
    expect(chargeback.date).toBe("2027-02-28");
    expect(chargeback.note).toMatch(/no expected delivery date was entered/);
  });

  it("lands on 29 February in a leap year", () => {
    expect(find(plan({ payment: "credit-card", paid: d("2027-11-01") }), "card-chargeback").date).toBe("2028-02-29");
  });

  it("never goes past 540 days after the transaction", () => {
    const chargeback = find(plan({ payment: "credit-card", paid: d("2026-01-01"), expected: d("2027-05-01") }), "card-chargeback");
    expect(chargeback.date).toBe("2027-06-25");
    expect(daysBetween(d("2026-01-01"), d("2027-06-25"))).toBe(540);
    expect(chargeback.calculation).toMatch(/capped at 540 days after the payment date/);
  });

  it("counts from payment for quality problems and mentions the later receipt-based date", () => {
    const chargeback = find(
      plan({ payment: "credit-card", problem: "faulty", paid: d("2026-01-01"), delivered: d("2026-02-15") }),
      "card-chargeback",
    );
    expect(chargeback.date).toBe("2026-05-01");
    expect(chargeback.note).toMatch(/here 15 June 2026/);
  });

  it("does not apply to other payment methods", () => {
    for (const payment of ["paypal", "bank-transfer", "agent-wallet", "amex", "other"] as const) {
      expect(ids(plan({ payment, paid: d("2026-01-01") }))).not.toContain("card-chargeback");
    }
  });
});

describe("American Express", () => {
  it("shows the earliest official window (60 days) with low confidence", () => {
    const amex = find(plan({ payment: "amex", paid: d("2026-12-31") }), "amex-dispute");
    expect(amex.date).toBe("2027-03-01");
    expect(amex.confidence).toBe("low");
    expect(amex.lastChecked).toBeNull();
  });
});

describe("PayPal", () => {
  it("opens 180 days from payment across a leap February", () => {
    expect(find(plan({ payment: "paypal", paid: d("2027-09-02") }), "paypal-dispute").date).toBe("2028-02-29");
    expect(find(plan({ payment: "paypal", paid: d("2027-09-01") }), "paypal-dispute").date).toBe("2028-02-28");
  });

  it("escalates 20 days after the dispute was opened", () => {
    const escalation = find(
      plan({ payment: "paypal", paid: d("2028-01-20"), disputeOpened: d("2028-02-15") }),
      "paypal-escalation",
    );
    expect(escalation.date).toBe("2028-03-06");
    expect(escalation.countsFrom).toEqual({ event: "dispute-opened", date: "2028-02-15" });
  });

  it("explains that a change of mind isn't covered", () => {
    expect(find(plan({ payment: "paypal", problem: "return", paid: d("2026-01-01") }), "paypal-dispute").note).toMatch(
      /change of mind/,
    );
  });
});

describe("US Fair Credit Billing Act: notice within 60 days after the statement", () => {
  it("counts from the statement date with high confidence", () => {
    const fcba = find(
      plan({ country: "US", payment: "credit-card", paid: d("2026-12-02"), statementDate: d("2026-12-20") }),
      "us-fcba-billing-error",
    );
    expect(fcba.date).toBe("2027-02-18");
    expect(fcba.confidence).toBe("high");
    expect(fcba.kind).toBe("law");
  });

  it("estimates the earliest possible date from the payment date, with low confidence", () => {
    const fcba = find(plan({ country: "US", payment: "credit-card", paid: d("2026-12-31") }), "us-fcba-billing-error");
    expect(fcba.date).toBe("2027-03-01");
    expect(fcba.confidence).toBe("low");
    expect(fcba.note).toMatch(/Enter the statement date/);
  });

  it("covers American Express but not debit cards or other countries", () => {
    expect(ids(plan({ country: "US", payment: "amex", paid: d("2026-01-01") }))).toContain("us-fcba-billing-error");
    expect(ids(plan({ country: "US", payment: "debit-card", paid: d("2026-01-01") }))).not.toContain("us-fcba-billing-error");
    expect(ids(plan({ country: "GB", payment: "credit-card", paid: d("2026-01-01") }))).not.toContain("us-fcba-billing-error");
  });
});

describe("UK consumer law", () => {
  it("cancellation: 14 days after receipt, across a year end", () => {
    const cancel = find(plan({ country: "GB", problem: "return", paid: d("2026-12-01"), delivered: d("2026-12-25") }), "uk-cancellation");
    expect(cancel.date).toBe("2027-01-08");
    expect(cancel.enforcedBy).toMatch(/Consumer Contracts Regulations 2013/);
    expect(cancel.source.url).toBe("https://www.legislation.gov.uk/uksi/2013/3134/regulation/30");
  });

  it("short-term right to reject: 30 days after delivery, across 29 February", () => {
    const reject = find(plan({ country: "GB", problem: "faulty", paid: d("2028-01-20"), delivered: d("2028-01-31") }), "uk-short-term-reject");
    expect(reject.date).toBe("2028-03-01");
  });

  it("six-year limit from a 29 February delivery ends on 28 February", () => {
    const limit = find(plan({ country: "GB", problem: "not-as-described", paid: d("2028-02-20"), delivered: d("2028-02-29") }), "uk-six-year-limit");
    expect(limit.date).toBe("2034-02-28");
    expect(limit.confidence).toBe("medium");
  });

  it("the right to reject only applies to quality problems", () => {
    const result = plan({ country: "GB", problem: "return", paid: d("2026-01-01"), delivered: d("2026-01-10") });
    expect(ids(result)).not.toContain("uk-short-term-reject");
    expect(ids(result)).not.toContain("uk-six-year-limit");
  });

  it("lists Section 75 as an open route for credit cards only, with the letter that starts it", () => {
    const credit = plan({ country: "GB", payment: "credit-card", paid: d("2026-01-01") });
    expect(credit.routes.map((r) => r.id)).toEqual(["uk-section-75"]);
    expect(credit.routes[0]?.next.href).toBe("/tools/letters/section-75-claim");
    expect(credit.notes.map((n) => n.id)).not.toContain("uk-section-75");
    const debit = plan({ country: "GB", payment: "debit-card", paid: d("2026-01-01") });
    expect(debit.routes).toEqual([]);
    expect(debit.notes.map((n) => n.id)).toContain("uk-debit-chargeback-only");
  });
});

describe("EU consumer law", () => {
  it("withdrawal 14 days and legal guarantee 2 years from a 29 February delivery", () => {
    const result = plan({ country: "DE", problem: "faulty", paid: d("2028-02-20"), delivered: d("2028-02-29") });
    expect(find(result, "eu-withdrawal").date).toBe("2028-03-14");
    expect(find(result, "eu-legal-guarantee").date).toBe("2030-02-28");
    expect(find(result, "eu-legal-guarantee").calculation).toBe("29 February 2028 (delivery date) + 2 years");
  });

  it("applies to every member state and not to GB", () => {
    for (const country of ["AT", "FR", "GR", "IE", "SE"] as const) {
      expect(ids(plan({ country, paid: d("2026-01-01") }))).toContain("eu-withdrawal");
    }
    expect(ids(plan({ country: "GB", paid: d("2026-01-01") }))).not.toContain("eu-withdrawal");
  });

  it("can't date the withdrawal before receipt, and skips the guarantee for non-delivery", () => {
    const result = plan({ country: "FR", problem: "not-delivered", paid: d("2026-01-01") });
    expect(find(result, "eu-withdrawal").date).toBeNull();
    expect(ids(result)).not.toContain("eu-legal-guarantee");
  });
});

describe("platform windows", () => {
  it("Temu: 90 days from purchase (not the 30 days clone sites quote)", () => {
    const temu = find(plan({ platform: "temu", problem: "faulty", paid: d("2026-11-30") }), "temu-return");
    expect(temu.date).toBe("2027-02-28");
    expect(temu.source.url).toBe("https://www.temu.com/return-and-refund-policy.html");
    expect(temu.confidence).toBe("medium");
    expect(find(plan({ platform: "temu", problem: "not-delivered", paid: d("2026-11-30") }), "temu-return").date).toBeNull();
  });

  it("eBay: 30 days after the latest estimated delivery date", () => {
    expect(find(plan({ platform: "ebay", paid: d("2026-12-01"), expected: d("2026-12-31") }), "ebay-money-back").date).toBe("2027-01-30");
    expect(find(plan({ platform: "ebay", paid: d("2026-12-01") }), "ebay-money-back").date).toBeNull();
  });

  it("Amazon: 90 days after the maximum estimated delivery date, into a leap February", () => {
    expect(find(plan({ platform: "amazon", paid: d("2027-11-20"), expected: d("2027-12-01") }), "amazon-a-to-z").date).toBe("2028-02-29");
  });

  it("Amazon paid by card warns that a chargeback ends A-to-z", () => {
    expect(plan({ platform: "amazon", payment: "credit-card", paid: d("2026-01-01") }).warnings.map((w) => w.id)).toContain(
      "amazon-chargeback-ends-a-to-z",
    );
  });

  it("AliExpress: 15 days after completion, low confidence", () => {
    const delivered = find(plan({ platform: "aliexpress", problem: "faulty", paid: d("2027-01-10"), delivered: d("2027-02-20") }), "aliexpress-dispute");
    expect(delivered.date).toBe("2027-03-07");
    expect(delivered.confidence).toBe("low");
    const expected = find(plan({ platform: "aliexpress", paid: d("2027-01-10"), expected: d("2027-02-20") }), "aliexpress-dispute");
    expect(expected.date).toBe("2027-03-07");
    expect(expected.note).toMatch(/assumes the Purchase Protection countdown ends/);
  });

  it("Taobao through an agent: no date, low confidence, a typical range in words", () => {
    const agent = find(plan({ platform: "taobao-agent", paid: d("2026-01-01") }), "agent-return");
    expect(agent.date).toBeNull();
    expect(agent.confidence).toBe("low");
    expect(agent.rule).toMatch(/3 to 7 days/);
  });
});

describe("payment warnings", () => {
  it("says plainly when a payment method has no protection", () => {
    expect(plan({ payment: "bank-transfer", platform: "aliexpress", paid: d("2026-01-01") }).warnings.map((w) => w.id)).toEqual([
      "no-protection-bank-transfer",
    ]);
    const wallet = plan({ payment: "agent-wallet", platform: "other", paid: d("2026-01-01") }).warnings.map((w) => w.id);
    expect(wallet).toEqual(["no-protection-agent-wallet", "no-payment-or-platform-protection"]);
  });

  it("reminds card holders that banks set shorter deadlines", () => {
    expect(plan({ payment: "debit-card", paid: d("2026-01-01") }).warnings.map((w) => w.id)).toContain("bank-internal-deadlines");
  });

  it("asks to check a payment or delivery date in the future, but not an expected delivery date", () => {
    const future = plan({ paid: d("2026-12-01"), delivered: d("2026-12-05"), expected: d("2026-12-20") }, d("2026-11-27"));
    expect(future.datesToCheck).toEqual([
      { field: "paid", label: "payment date", date: "2026-12-01" },
      { field: "delivered", label: "delivery date", date: "2026-12-05" },
    ]);
    expect(plan({ paid: d("2026-11-27"), expected: d("2026-12-20") }, d("2026-11-27")).datesToCheck).toEqual([]);
  });
});

describe("days left and status", () => {
  it("is negative once passed, zero on the day", () => {
    const input = { payment: "paypal", paid: d("2026-01-01") } as const;
    expect(find(plan(input, d("2026-06-30")), "paypal-dispute")).toMatchObject({ date: "2026-06-30", daysLeft: 0, status: "today" });
    expect(find(plan(input, d("2026-07-02")), "paypal-dispute")).toMatchObject({ daysLeft: -2, status: "passed" });
  });

  it("nextDeadline skips passed ones", () => {
    const result = plan({ payment: "credit-card", country: "GB", problem: "faulty", paid: d("2026-01-01"), delivered: d("2026-01-05") }, d("2026-02-10"));
    expect(nextDeadline(result)?.id).toBe("card-chargeback");
  });
});

describe("rule data", () => {
  it("cites only official https sources", () => {
    for (const rule of DEADLINE_RULES) {
      for (const source of [rule.source, ...rule.otherSources]) expect(isOfficialSourceUrl(source.url), `${rule.id}: ${source.url}`).toBe(true);
    }
    expect(isOfficialSourceUrl("https://temuau.rest/blog/temu-returns-and-refunds")).toBe(false);
    expect(isOfficialSourceUrl("http://www.temu.com/return-and-refund-policy.html")).toBe(false);
    expect(isOfficialSourceUrl("https://notpaypal.com.evil.example/")).toBe(false);
  });

  it("gives high confidence only to facts cross-checked against the reviewed reference", () => {
    for (const rule of DEADLINE_RULES) {
      if (rule.lastChecked === null) expect(rule.confidence, rule.id).not.toBe("high");
      else expect(rule.lastChecked).toBe("2026-11-27");
    }
  });
});

const arbitraryInput = fc
  .record({
    country: fc.constantFrom(...COUNTRIES),
    payment: fc.constantFrom(...PAYMENT_METHODS),
    platform: fc.constantFrom(...PLATFORMS),
    problem: fc.constantFrom(...PROBLEMS),
    paidOffset: fc.integer({ min: -800, max: 400 }),
    expectedAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    deliveredAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    disputeAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    statementAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  })
  .map(({ paidOffset, expectedAfter, deliveredAfter, disputeAfter, statementAfter, ...rest }): DeadlineInput => {
    const paid = addDays(TODAY, paidOffset);
    const after = (days: number | undefined) => (days === undefined ? undefined : addDays(paid, days));
    return {
      ...rest,
      paid,
      expected: after(expectedAfter),
      delivered: after(deliveredAfter),
      disputeOpened: after(disputeAfter),
      statementDate: after(statementAfter),
    };
  });

describe("planner properties", () => {
  it("always returns sorted, consistent deadlines that never precede the date they count from", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = planDeadlines(input, { today: TODAY });
        const dated = result.deadlines.filter((x) => x.date !== null);
        const undated = result.deadlines.filter((x) => x.date === null);
        expect(result.deadlines).toEqual([...dated, ...undated]);
        for (let i = 1; i < dated.length; i++) {
          const previous = dated[i - 1]?.date;
          const current = dated[i]?.date;
          if (previous && current) expect(previous <= current).toBe(true);
        }
        for (const deadline of dated) {
          if (deadline.date === null || deadline.countsFrom === null) throw new Error("dated deadline without basis");
          expect(isBefore(deadline.date, deadline.countsFrom.date)).toBe(false);
          expect(deadline.daysLeft).toBe(daysBetween(TODAY, deadline.date));
          expect(deadline.unavailableReason).toBeNull();
        }
        for (const deadline of undated) expect(deadline.unavailableReason).toMatch(/\w/);
        if (input.payment === "credit-card" || input.payment === "debit-card") {
          const chargeback = result.deadlines.find((x) => x.id === "card-chargeback");
          expect(chargeback?.date).not.toBeNull();
          if (chargeback?.date) expect(daysBetween(input.paid, chargeback.date)).toBeLessThanOrEqual(540);
        }
      }),
    );
  });
});
