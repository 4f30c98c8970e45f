import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays, addMonths, addYears, calendarDate, daysBetween, isBefore } from "@/lib/dates";
import { FACTS, factDuration, factStatement, factValueText, getFact } from "@/lib/facts";
import { COUNTRIES, type DeadlineInput, PAYMENT_METHODS, PLATFORMS, PROBLEMS, REGIONS_BY_COUNTRY } from "./inputs";
import { type Deadline, type DeadlinePlan, nextDeadline, planDeadlines } from "./plan";
import { DEADLINE_RULES, type RuleId } from "./rules";

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
    expect(paypal.lastChecked).toBe(getFact("paypal-inr-window").lastVerified);
    expect(paypal.rule).toBe(factStatement("paypal-inr-window"));
    expect(paypal.calculation).toBe("1 September 2026 (payment date) + 180 days");
    expect(paypal.source.url).toMatch(/^https:\/\/www\.paypal\.com\//);
  });

  it("lists the undated deadlines with reasons, after the dated ones", () => {
    expect(ids(result)).toEqual(["paypal-dispute", "paypal-escalation", "uk-cancellation", "aliexpress-dispute", "postal-inquiry"]);
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
  it("shows the earliest official window with the fact's low confidence", () => {
    const amex = find(plan({ payment: "amex", paid: d("2026-12-31") }), "amex-dispute");
    expect(amex.date).toBe(addDays(d("2026-12-31"), factDuration("amex-dispute-window").amount));
    expect(amex.date).toBe("2027-03-01");
    expect(amex.confidence).toBe("low");
    expect(amex.lastChecked).toBe(getFact("amex-dispute-window").lastVerified);
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

  it("not as described: the example from the issue, a fake delivered on 20 October 2026, is due by 19 November 2026", () => {
    const paypal = find(
      plan({ payment: "paypal", problem: "not-as-described", paid: d("2026-10-01"), delivered: d("2026-10-20") }, d("2026-10-25")),
      "paypal-dispute",
    );
    expect(paypal.date).toBe("2026-11-19");
    expect(paypal.rule).toBe(factStatement("paypal-snad-window"));
    expect(paypal.calculation).toBe(`20 October 2026 (delivery date) + ${factValueText("paypal-snad-window")}`);
    expect(paypal.note).toContain(getFact("paypal-snad-window").note);
    expect(paypal.source.url).toBe(getFact("paypal-snad-window").sources[0]?.url);
  });

  it("not as described or faulty: the date is the delivery date plus the fact's window, whatever the fact says", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.constantFrom("not-as-described", "faulty", "return"), (deliveredAfter, problem) => {
        const paid = d("2026-10-01");
        const delivered = addDays(paid, deliveredAfter);
        const paypal = find(plan({ payment: "paypal", problem, paid, delivered }), "paypal-dispute");
        const fromDelivery = addDays(delivered, factDuration("paypal-snad-window").amount);
        const outerLimit = addDays(paid, factDuration("paypal-inr-window").amount);
        expect(paypal.date).toBe(isBefore(fromDelivery, outerLimit) ? fromDelivery : outerLimit);
      }),
    );
  });

  it("not as described: never later than the payment window, which caps a late delivery", () => {
    const paypal = find(plan({ payment: "paypal", problem: "not-as-described", paid: d("2026-01-01"), delivered: d("2026-06-20") }), "paypal-dispute");
    expect(paypal.date).toBe(addDays(d("2026-01-01"), factDuration("paypal-inr-window").amount));
    expect(paypal.calculation).toBe(
      `20 June 2026 (delivery date) + ${factValueText("paypal-snad-window")}, capped at ${factValueText("paypal-inr-window")} after the payment date`,
    );
  });

  it("not as described without a delivery date: asks for it and gives the outer limit as the latest possible", () => {
    const paypal = find(plan({ payment: "paypal", problem: "not-as-described", paid: d("2026-10-01") }), "paypal-dispute");
    expect(paypal.date).toBeNull();
    expect(paypal.unavailableReason).toContain(`PayPal counts ${factValueText("paypal-snad-window")} from delivery`);
    expect(paypal.unavailableReason).toContain("Enter the delivery date");
    expect(paypal.unavailableReason).toContain("no later than 30 March 2027");
  });

  it("item not received: the payment date plus the fact's window", () => {
    const paypal = find(plan({ payment: "paypal", problem: "not-delivered", paid: d("2026-10-01"), delivered: d("2026-10-20") }), "paypal-dispute");
    expect(paypal.date).toBe(addDays(d("2026-10-01"), factDuration("paypal-inr-window").amount));
    expect(paypal.rule).toBe(factStatement("paypal-inr-window"));
  });

  it("explains that a change of mind isn't covered", () => {
    expect(find(plan({ payment: "paypal", problem: "return", paid: d("2026-01-01") }), "paypal-dispute").note).toMatch(
      /change of mind/,
    );
  });
});

describe("Canada: the provincial credit-card reversal", () => {
  const onCard = { country: "CA", region: "ON", payment: "credit-card", problem: "not-delivered" } as const;
  const qcCard = { country: "CA", region: "QC", payment: "credit-card", problem: "not-delivered" } as const;

  it("Ontario: the request window counts from the cancellation notice", () => {
    const reversal = find(plan({ ...onCard, paid: d("2026-08-01"), expected: d("2026-09-01"), cancelled: d("2026-10-05") }), "ca-on-card-reversal");
    expect(reversal.date).toBe(addDays(d("2026-10-05"), factDuration("ca-on-chargeback-request-window").amount));
    expect(reversal.date).toBe("2026-12-04");
    expect(reversal.countsFrom).toEqual({ event: "cancelled", date: "2026-10-05" });
    expect(reversal.rule).toBe(factStatement("ca-on-chargeback-request-window"));
    expect(reversal.confidence).toBe("low");
    expect(reversal.kind).toBe("law");
  });

  it("Ontario without a cancellation date: the earliest it could be, from the first day you could cancel", () => {
    const reversal = find(plan({ ...onCard, paid: d("2026-08-01"), expected: d("2026-09-01") }), "ca-on-card-reversal");
    const firstCancel = addDays(d("2026-09-01"), factDuration("ca-on-late-delivery").amount);
    expect(reversal.date).toBe(addDays(firstCancel, factDuration("ca-on-chargeback-request-window").amount));
    expect(reversal.confidence).toBe("low");
    expect(reversal.note).toMatch(/Enter the cancellation date/);
  });

  it("Quebec: the merchant's refund period, then the request window (section 54.14)", () => {
    const reversal = find(plan({ ...qcCard, paid: d("2026-08-01"), cancelled: d("2026-10-05") }), "ca-qc-card-reversal");
    const refundDue = addDays(d("2026-10-05"), factDuration("ca-qc-refund-window").amount);
    expect(reversal.date).toBe(addDays(refundDue, factDuration("ca-qc-chargeback-request-window").amount));
    expect(reversal.date).toBe("2026-12-19");
    expect(reversal.confidence).toBe("high");
    expect(reversal.calculation).toBe(
      `5 October 2026 (day you sent the cancellation notice) + ${factValueText("ca-qc-refund-window")} for the seller to refund + ${factValueText("ca-qc-chargeback-request-window")}`,
    );
    expect(reversal.source.url).toMatch(/^https:\/\/legisquebec\.gouv\.qc\.ca\//);
  });

  it("Quebec without a delivery date or cancellation: counts from the purchase, as the law does when no date was agreed", () => {
    const reversal = find(plan({ ...qcCard, paid: d("2026-08-01") }), "ca-qc-card-reversal");
    const firstCancel = addDays(d("2026-08-01"), factDuration("ca-qc-late-delivery").amount);
    const refundDue = addDays(firstCancel, factDuration("ca-qc-refund-window").amount);
    expect(reversal.date).toBe(addDays(refundDue, factDuration("ca-qc-chargeback-request-window").amount));
    expect(reversal.confidence).toBe("low");
  });

  it("applies only to credit cards, non-delivery and the province's own buyers", () => {
    expect(ids(plan({ ...qcCard, payment: "debit-card", paid: d("2026-08-01") }))).not.toContain("ca-qc-card-reversal");
    expect(ids(plan({ ...qcCard, problem: "faulty", paid: d("2026-08-01") }))).not.toContain("ca-qc-card-reversal");
    expect(ids(plan({ ...qcCard, region: "ON", paid: d("2026-08-01") }))).not.toContain("ca-qc-card-reversal");
    expect(ids(plan({ ...qcCard, payment: "amex", paid: d("2026-08-01") }))).toContain("ca-qc-card-reversal");
  });

  it("asks for the province when it is missing, and says when a province's rules aren't shown", () => {
    const noRegion = plan({ country: "CA", payment: "credit-card", paid: d("2026-08-01") });
    expect(noRegion.notes.map((n) => n.id)).toContain("ca-choose-province");
    expect(ids(noRegion)).not.toContain("ca-on-card-reversal");
    expect(plan({ country: "CA", region: "AB", payment: "credit-card", paid: d("2026-08-01") }).notes.map((n) => n.id)).toContain("ca-provincial-law");
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

  it("court time limit: England's six years from a 29 February delivery end on 28 February", () => {
    const limit = find(
      plan({ country: "GB", region: "ENG", problem: "not-as-described", paid: d("2028-02-20"), delivered: d("2028-02-29") }),
      "uk-court-time-limit",
    );
    expect(limit.date).toBe("2034-02-28");
    expect(limit.rule).toBe(factStatement("uk-limitation-eng-wls"));
    expect(limit.source.url).toBe("https://www.legislation.gov.uk/ukpga/1980/58/section/5");
    expect(limit.calculation).toBe("29 February 2028 (delivery date) + 6 years");
  });

  it("court time limit: each nation reads its own fact", () => {
    const limitIn = (region: "ENG" | "WLS" | "SCT" | "NIR") =>
      find(plan({ country: "GB", region, problem: "faulty", paid: d("2026-01-01"), delivered: d("2026-01-10") }), "uk-court-time-limit");
    expect(limitIn("WLS").date).toBe(addYears(d("2026-01-10"), factDuration("uk-limitation-eng-wls").amount));
    expect(limitIn("NIR").date).toBe(addYears(d("2026-01-10"), factDuration("uk-limitation-nir").amount));
    expect(limitIn("NIR").source.url).toBe("https://www.legislation.gov.uk/nisi/1989/1339/article/4");
    expect(limitIn("SCT").date).toBe(addYears(d("2026-01-10"), factDuration("uk-limitation-sct").amount));
    expect(limitIn("SCT").date).toBe("2031-01-10");
    expect(limitIn("SCT").rule).toBe(factStatement("uk-limitation-sct"));
  });

  it("court time limit without a nation: Scotland's, the shortest, and asks for the nation", () => {
    const result = plan({ country: "GB", problem: "faulty", paid: d("2026-01-01"), delivered: d("2026-01-10") });
    const limit = find(result, "uk-court-time-limit");
    expect(limit.date).toBe("2031-01-10");
    expect(limit.note).toMatch(/shows Scotland's limit, the shortest/);
    expect(result.notes.map((n) => n.id)).toContain("uk-choose-nation");
    expect(plan({ country: "GB", region: "SCT", problem: "faulty", paid: d("2026-01-01") }).notes.map((n) => n.id)).not.toContain("uk-choose-nation");
  });

  it("the right to reject only applies to quality problems", () => {
    const result = plan({ country: "GB", problem: "return", paid: d("2026-01-01"), delivered: d("2026-01-10") });
    expect(ids(result)).not.toContain("uk-short-term-reject");
    expect(ids(result)).not.toContain("uk-court-time-limit");
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
    expect(agent.rule).toContain(`within ${factValueText("cn-seven-day-return")} of receipt`);
  });
});

describe("the countries the calculator covers, Shein and buy now pay later", () => {
  it("Switzerland, Norway, Japan, South Korea and Singapore get the payment and platform deadlines and their own law's", () => {
    const own = { CH: ["ch-warranty"], NO: ["no-complaint-limit", "no-withdrawal"], JP: ["jp-mail-order-return"], KR: ["kr-misdescribed-withdrawal", "kr-withdrawal"], SG: ["sg-lemon-law", "sg-small-claims"] } as const;
    for (const country of ["CH", "NO", "JP", "KR", "SG"] as const) {
      const result = plan({ country, payment: "credit-card", platform: "ebay", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10"), expected: d("2026-10-12") });
      expect([...ids(result)].sort()).toEqual(["card-chargeback", "ebay-money-back", ...own[country]].sort());
      expect(result.notes.map((n) => n.id)).not.toContain("country-rules-coming");
    }
  });

  it("Shein: the US site's return window from delivery, only for US buyers, and a note for everyone else", () => {
    const us = plan({ country: "US", payment: "paypal", platform: "shein", problem: "return", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    const shein = find(us, "shein-return");
    expect(shein.date).toBe(addDays(d("2026-10-10"), factDuration("shein-return-window").amount));
    expect(shein.note).toContain(factValueText("shein-extra-return-fee"));
    expect(find(plan({ country: "US", platform: "shein", problem: "faulty", paid: d("2026-10-01") }), "shein-return").unavailableReason).toMatch(/delivery date/);
    expect(ids(plan({ country: "US", platform: "shein", problem: "not-delivered", paid: d("2026-10-01") }))).not.toContain("shein-return");
    const uk = plan({ country: "GB", platform: "shein", problem: "return", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    expect(ids(uk)).not.toContain("shein-return");
    expect(uk.notes.map((n) => n.id)).toContain("shein-local-policy");
  });

  it("buy now pay later: no card deadlines, and a warning that the provider's own limit applies", () => {
    const result = plan({ country: "GB", payment: "bnpl", platform: "temu", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    expect(ids(result)).not.toContain("card-chargeback");
    expect(result.routes).toEqual([]);
    expect(result.warnings.map((w) => w.id)).toEqual(["bnpl-own-dispute"]);
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

describe("rule data comes from the fact registry", () => {
  it("every rule's source is one of its facts' sources", () => {
    for (const rule of DEADLINE_RULES) {
      const factUrls = rule.facts.flatMap((fact) => fact.sources.map((source) => source.url));
      expect(factUrls, rule.id).toContain(rule.source.url);
      expect(rule.source.url, rule.id).toBe(rule.facts[0]?.sources[0]?.url);
      for (const other of rule.otherSources) expect(factUrls, rule.id).toContain(other.url);
    }
  });

  it("every rule's period is its main fact's value, and its date checked and confidence come from its facts", () => {
    const order = ["high", "medium", "low"];
    for (const rule of DEADLINE_RULES) {
      const [main] = rule.facts;
      if (rule.period !== null) expect(rule.period, rule.id).toEqual(main?.value);
      expect(rule.lastChecked, rule.id).toBe(rule.facts.map((fact) => fact.lastVerified).sort()[0]);
      const limit = rule.confidenceLimit === undefined ? 0 : order.indexOf(rule.confidenceLimit);
      const lowest = rule.facts.reduce((worst, fact) => Math.max(worst, order.indexOf(fact.confidence)), limit);
      expect(rule.confidence, rule.id).toBe(order[lowest]);
    }
  });

  it("every deadline a plan shows cites a source of one of its rule's facts", () => {
    const result = plan({ country: "GB", region: "SCT", payment: "paypal", platform: "aliexpress", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-20") });
    for (const deadline of result.deadlines) {
      const rule = DEADLINE_RULES.find((candidate) => candidate.id === deadline.id);
      expect(rule?.facts.flatMap((fact) => fact.sources.map((source) => source.url)), deadline.id).toContain(deadline.source.url);
    }
  });
});

const arbitraryInput = fc
  .record({
    country: fc.constantFrom(...COUNTRIES),
    regionIndex: fc.option(fc.nat(), { nil: undefined }),
    payment: fc.constantFrom(...PAYMENT_METHODS),
    platform: fc.constantFrom(...PLATFORMS),
    problem: fc.constantFrom(...PROBLEMS),
    paidOffset: fc.integer({ min: -800, max: 400 }),
    expectedAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    deliveredAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    disputeAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    statementAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    cancelledAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  })
  .map(({ paidOffset, expectedAfter, deliveredAfter, disputeAfter, statementAfter, cancelledAfter, regionIndex, ...rest }): DeadlineInput => {
    const paid = addDays(TODAY, paidOffset);
    const after = (days: number | undefined) => (days === undefined ? undefined : addDays(paid, days));
    const regions = REGIONS_BY_COUNTRY[rest.country];
    return {
      ...rest,
      region: regions === undefined || regionIndex === undefined ? undefined : regions[regionIndex % regions.length],
      paid,
      expected: after(expectedAfter),
      delivered: after(deliveredAfter),
      disputeOpened: after(disputeAfter),
      statementDate: after(statementAfter),
      cancelled: after(cancelledAfter),
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
