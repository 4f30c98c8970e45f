import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { type CalendarDate, calendarDate } from "@/lib/dates";
import { factDuration, factValueText } from "@/lib/facts";
import { getLetterTemplate, type LetterTemplateId } from "@/lib/letters/templates";
import { toIcs } from "./ics";
import type { DeadlineInput } from "./inputs";
import { RULE_LINKS } from "./links";
import { type Deadline, type DeadlinePlan, planDeadlines } from "./plan";
import { parseDeadlineQuery, toDeadlineQuery } from "./query";
import type { RuleId } from "./rules";
import { timelineModel } from "./timeline";

/**
 * The statutory deadlines of Switzerland, Norway, Japan, South Korea and Singapore, and the deadline
 * kinds that count from a date other than the order's own (a customs notice, a complaint to the bank,
 * its final response, the posting date). Expected dates are worked out here by hand from each fact's
 * period, with plain UTC arithmetic rather than the planner's own helpers; the first test of each
 * block pins the period it assumes, so a corrected fact fails here loudly instead of silently.
 */

const d = calendarDate;
/** A Friday. */
const TODAY = d("2026-11-27");

function plan(input: Partial<DeadlineInput> & Pick<DeadlineInput, "paid">, today: CalendarDate = TODAY): DeadlinePlan {
  return planDeadlines({ country: "other", payment: "other", platform: "other", problem: "not-delivered", ...input }, { today });
}

function find(result: DeadlinePlan, id: RuleId): Deadline {
  const deadline = result.deadlines.find((candidate) => candidate.id === id);
  if (deadline === undefined) throw new Error(`expected deadline ${id}; got ${result.deadlines.map((x) => x.id).join(", ")}`);
  return deadline;
}

const ids = (result: DeadlinePlan) => result.deadlines.map((deadline) => deadline.id);

/** Independent date arithmetic: JavaScript's own UTC calendar. */
function plus(iso: string, { days = 0, months = 0, years = 0 }: { days?: number; months?: number; years?: number }): string {
  const [y, m, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1 + months, day + days));
  return date.toISOString().slice(0, 10);
}

describe("Switzerland: the warranty for defects in new goods", () => {
  it("rests on a two-year period from delivery", () => {
    expect(factDuration("ch-warranty-new")).toEqual({ kind: "duration", amount: 2, unit: "years" });
  });

  it("counts from delivery for faulty goods, and says the law may not reach a seller abroad", () => {
    const result = plan({ country: "CH", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    const warranty = find(result, "ch-warranty");
    expect(warranty.date).toBe(plus("2026-10-10", { years: 2 }));
    expect(warranty.date).toBe("2028-10-10");
    expect(warranty.countsFrom).toEqual({ event: "delivery", date: "2026-10-10" });
    expect(warranty.note).toMatch(/no Swiss court can make a seller in China pay/);
    expect(warranty.note).toMatch(/exclude the warranty/);
    expect(warranty.guide?.href).toBe("/guides/your-rights-switzerland#faulty-fake-or-not-as-described-the-warranty");
  });

  it("asks for the delivery date, and has no warranty for a change of mind or a parcel that never came", () => {
    expect(find(plan({ country: "CH", problem: "faulty", paid: d("2026-10-01") }), "ch-warranty").unavailableReason).toMatch(/delivery date/);
    expect(ids(plan({ country: "CH", problem: "return", paid: d("2026-10-01"), delivered: d("2026-10-10") }))).not.toContain("ch-warranty");
    expect(ids(plan({ country: "CH", problem: "not-delivered", paid: d("2026-10-01") }))).not.toContain("ch-warranty");
  });

  it("says plainly there is no right to cancel an online purchase", () => {
    const result = plan({ country: "CH", problem: "return", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    expect(result.notes.find((n) => n.id === "ch-no-online-cancellation")?.text).toMatch(/no such right for online purchases/);
  });
});

describe("Norway: withdrawal (angrerett) and the complaint limits (reklamasjon)", () => {
  it("rests on the facts' periods", () => {
    expect(factDuration("no-withdrawal-window")).toEqual({ kind: "duration", amount: 14, unit: "days" });
    expect(factDuration("no-complaint-absolute")).toEqual({ kind: "duration", amount: 2, unit: "years" });
    expect(factDuration("no-complaint-absolute-long")).toEqual({ kind: "duration", amount: 5, unit: "years" });
  });

  it("counts the withdrawal from receipt, with the extension when the seller said nothing", () => {
    const result = plan({ country: "NO", problem: "return", paid: d("2026-11-01"), delivered: d("2026-11-20") });
    const withdrawal = find(result, "no-withdrawal");
    expect(withdrawal.date).toBe(plus("2026-11-20", { days: 14 }));
    expect(withdrawal.date).toBe("2026-12-04");
    expect(withdrawal.daysLeft).toBe(7);
    expect(withdrawal.note).toContain(factValueText("no-withdrawal-extension"));
    expect(withdrawal.note).toMatch(/sells to Norway/);
  });

  it("gives the two-year complaint limit, and the five-year limit as the long one", () => {
    const result = plan({ country: "NO", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    const limit = find(result, "no-complaint-limit");
    expect(limit.date).toBe("2028-10-10");
    expect(limit.note).toContain("10 October 2031");
    expect(limit.note).toContain(factValueText("no-complaint-relative"));
    expect(ids(result)).toContain("no-withdrawal");
  });

  it("shows a passed withdrawal window as passed, with what passing means", () => {
    const withdrawal = find(plan({ country: "NO", problem: "return", paid: d("2026-09-01"), delivered: d("2026-09-10") }), "no-withdrawal");
    expect(withdrawal.status).toBe("passed");
    expect(withdrawal.whenPassed).toMatch(/reklamasjon/);
  });
});

describe("Japan: the mail-order return rule", () => {
  it("rests on eight days, counting the day of receipt", () => {
    expect(factDuration("jp-mail-order-return-window")).toEqual({ kind: "duration", amount: 8, unit: "days" });
  });

  it("counts the delivery day as the first of the window", () => {
    const result = plan({ country: "JP", problem: "return", paid: d("2026-11-10"), delivered: d("2026-11-20") });
    const ret = find(result, "jp-mail-order-return");
    // 20 November is day 1, so day 8 is 27 November.
    expect(ret.date).toBe(plus("2026-11-20", { days: 8 - 1 }));
    expect(ret.date).toBe("2026-11-27");
    expect(ret.status).toBe("today");
    expect(ret.calculation).toMatch(/counting the delivery day as the first/);
    expect(ret.rule).toMatch(/states no return policy/);
    expect(ret.note).toMatch(/only if the seller states no return policy/);
  });

  it("says a platform's own return policy replaces it, with low confidence", () => {
    const ret = find(plan({ country: "JP", platform: "temu", problem: "faulty", paid: d("2026-11-10"), delivered: d("2026-11-20") }), "jp-mail-order-return");
    expect(ret.confidence).toBe("low");
    expect(ret.note).toMatch(/Temu, which states its own return policy/);
  });

  it("has nothing to return when the parcel never came", () => {
    expect(ids(plan({ country: "JP", problem: "not-delivered", paid: d("2026-11-10") }))).not.toContain("jp-mail-order-return");
  });
});

describe("South Korea: withdrawal, and withdrawal for goods that differ from the advertisement", () => {
  it("rests on the facts' periods", () => {
    expect(factDuration("kr-withdrawal-window")).toEqual({ kind: "duration", amount: 7, unit: "days" });
    expect(factDuration("kr-misdescribed-window-supply")).toEqual({ kind: "duration", amount: 3, unit: "months" });
    expect(factDuration("kr-misdescribed-window-known")).toEqual({ kind: "duration", amount: 30, unit: "days" });
  });

  it("counts the withdrawal from the order confirmation (payment), the fact's safe reading, and names the later date", () => {
    const withdrawal = find(plan({ country: "KR", problem: "return", paid: d("2026-11-01"), delivered: d("2026-11-10") }), "kr-withdrawal");
    expect(withdrawal.date).toBe(plus("2026-11-01", { days: 7 }));
    expect(withdrawal.countsFrom?.event).toBe("payment");
    expect(withdrawal.status).toBe("passed");
    expect(withdrawal.note).toContain("17 November 2026");
    expect(withdrawal.note).toMatch(/go by the earlier date/);
    expect(withdrawal.note).toMatch(/no Korean body can make a seller in China pay/);
  });

  it("gives goods not as described the earlier of the two limits, and names the outer one", () => {
    const result = plan({ country: "KR", problem: "not-as-described", paid: d("2026-11-01"), delivered: d("2026-11-10") });
    const misdescribed = find(result, "kr-misdescribed-withdrawal");
    expect(misdescribed.date).toBe(plus("2026-11-10", { days: 30 }));
    expect(misdescribed.date).toBe("2026-12-10");
    expect(misdescribed.note).toContain(`never past 10 February 2027`);
    expect(misdescribed.calculation).toBe("10 November 2026 (delivery date) + 30 days");
    expect(ids(plan({ country: "KR", problem: "return", paid: d("2026-11-01"), delivered: d("2026-11-10") }))).not.toContain("kr-misdescribed-withdrawal");
  });
});

describe("Singapore: the lemon law and the Small Claims Tribunals", () => {
  it("rests on the facts' periods", () => {
    expect(factDuration("sg-lemon-law-window")).toEqual({ kind: "duration", amount: 6, unit: "months" });
    expect(factDuration("sg-small-claims-time-limit")).toEqual({ kind: "duration", amount: 2, unit: "years" });
  });

  it("counts both from delivery for faulty goods, saying enforcing abroad is hard", () => {
    const result = plan({ country: "SG", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10") });
    expect(find(result, "sg-lemon-law").date).toBe(plus("2026-10-10", { months: 6 }));
    expect(find(result, "sg-lemon-law").note).toMatch(/difficult or impossible/);
    expect(find(result, "sg-small-claims").date).toBe("2028-10-10");
  });

  it("counts a claim for a parcel that never came from the day it was due, at medium confidence", () => {
    const claim = find(plan({ country: "SG", problem: "not-delivered", paid: d("2026-10-01"), expected: d("2026-10-20") }), "sg-small-claims");
    expect(claim.date).toBe("2028-10-20");
    expect(claim.confidence).toBe("medium");
    expect(ids(plan({ country: "SG", problem: "not-delivered", paid: d("2026-10-01") }))).not.toContain("sg-lemon-law");
  });
});

describe("the five countries get no promise from another country's law", () => {
  it("never offers Section 75, a UK or EU right, or the ombudsman", () => {
    for (const country of ["CH", "NO", "JP", "KR", "SG"] as const) {
      const result = plan({ country, payment: "credit-card", problem: "faulty", paid: d("2026-10-01"), delivered: d("2026-10-10"), complained: d("2026-10-20") });
      expect(result.routes).toEqual([]);
      expect(ids(result).filter((id) => /^(uk|eu|gb|us)-/.test(id))).toEqual([]);
      expect(result.notes.map((n) => n.id)).not.toContain("country-rules-coming");
      for (const deadline of result.deadlines) expect(deadline.action + deadline.note).not.toMatch(/Section 75/);
    }
  });
});

describe("customs seizure windows, from the date of the customs notice", () => {
  it("rest on the facts' periods", () => {
    expect(factDuration("eu-small-consignment-objection-window")).toEqual({ kind: "duration", amount: 10, unit: "working-days" });
    expect(factDuration("gb-seizure-claim-window")).toEqual({ kind: "duration", amount: 1, unit: "months" });
    expect(factDuration("us-cbp-seizure-petition-window")).toEqual({ kind: "duration", amount: 30, unit: "days" });
  });

  it("EU: counts ten working days, Monday to Friday, from the notice", () => {
    // Wed 18 Nov: Thu 19, Fri 20, Mon 23 … Fri 27 is the 7th, Mon 30 the 8th, Tue 1 Dec the 9th, Wed 2 Dec the 10th.
    const objection = find(plan({ country: "DE", paid: d("2026-11-01"), notice: d("2026-11-18") }), "eu-seizure-objection");
    expect(objection.date).toBe("2026-12-02");
    expect(objection.countsFrom).toEqual({ event: "notice", date: "2026-11-18" });
    expect(objection.calculation).toBe("18 November 2026 (date of the customs notice) + 10 working days");
    expect(objection.note).toMatch(/public holiday/);
    expect(objection.letter?.href).toBe("/tools/letters/customs-seizure-objection");
    // From a Friday: two full weeks, so the last day is a Friday again.
    expect(find(plan({ country: "FR", paid: d("2026-11-01"), notice: d("2026-11-13") }), "eu-seizure-objection")).toMatchObject({ date: "2026-11-27", status: "today" });
  });

  it("UK: a month from the notice (Notice 12A), with restoration's own limit in the note", () => {
    const claim = find(plan({ country: "GB", paid: d("2026-11-01"), notice: d("2026-11-10") }), "gb-seizure-claim");
    expect(claim.date).toBe(plus("2026-11-10", { months: 1 }));
    expect(claim.title).toMatch(/Notice 12A/);
    expect(claim.note).toContain(factValueText("gb-seized-goods-kept"));
    expect(claim.note).toMatch(/count from the seizure/);
    const passed = find(plan({ country: "GB", paid: d("2026-09-01"), notice: d("2026-10-01") }), "gb-seizure-claim");
    expect(passed).toMatchObject({ date: "2026-11-01", status: "passed" });
    expect(passed.whenPassed).toMatch(/restoration/);
  });

  it("US: thirty days from the mailing date on the notice", () => {
    const petition = find(plan({ country: "US", paid: d("2026-11-01"), notice: d("2026-11-10") }), "us-cbp-seizure-petition");
    expect(petition.date).toBe(plus("2026-11-10", { days: 30 }));
    expect(petition.note).toMatch(/mailing date/);
  });

  it("only in the place whose customs wrote, and only once there is a notice", () => {
    expect(ids(plan({ country: "GB", paid: d("2026-11-01"), notice: d("2026-11-10") }))).not.toContain("eu-seizure-objection");
    expect(ids(plan({ country: "DE", paid: d("2026-11-01"), notice: d("2026-11-10") }))).not.toContain("gb-seizure-claim");
    expect(ids(plan({ country: "CH", paid: d("2026-11-01"), notice: d("2026-11-10") })).filter((id) => id.includes("seizure"))).toEqual([]);
    expect(ids(plan({ country: "DE", paid: d("2026-11-01") }))).not.toContain("eu-seizure-objection");
    expect(plan({ country: "DE", paid: d("2026-11-01") }).notes.map((n) => n.id)).toContain("customs-notice-date");
  });
});

describe("the UK Financial Ombudsman's clocks", () => {
  it("rest on the facts' periods", () => {
    expect(factDuration("uk-fos-firm-response-window")).toEqual({ kind: "duration", amount: 8, unit: "weeks" });
    expect(factDuration("uk-fos-referral-window")).toEqual({ kind: "duration", amount: 6, unit: "months" });
  });

  it("gives the bank eight weeks from the complaint, and waits for the final response to date the referral", () => {
    const result = plan({ country: "GB", payment: "credit-card", paid: d("2026-09-01"), complained: d("2026-10-01") });
    const firm = find(result, "uk-fos-final-response");
    expect(firm.date).toBe(plus("2026-10-01", { days: 8 * 7 }));
    expect(firm.date).toBe("2026-11-26");
    expect(firm.status).toBe("passed");
    expect(firm.whenPassed).toMatch(/go to the Financial Ombudsman Service now/);
    const referral = find(result, "uk-fos-referral");
    expect(referral.date).toBeNull();
    expect(referral.unavailableReason).toMatch(/If none has come by 26 November 2026/);
    expect(firm.guide?.href).toBe("/guides/ombudsmen-and-their-clocks#uk-the-financial-ombudsman-service");
  });

  it("counts six months from the final response, and drops the bank's own clock once it has answered", () => {
    const result = plan({ country: "GB", payment: "debit-card", paid: d("2026-09-01"), complained: d("2026-10-01"), finalResponse: d("2026-11-20") });
    expect(find(result, "uk-fos-referral").date).toBe(plus("2026-11-20", { months: 6 }));
    expect(find(result, "uk-fos-referral").date).toBe("2027-05-20");
    expect(ids(result)).not.toContain("uk-fos-final-response");
  });

  it("is not shown outside the UK, before any complaint, or for a route with no UK financial firm", () => {
    expect(ids(plan({ country: "US", payment: "credit-card", paid: d("2026-09-01"), complained: d("2026-10-01") })).filter((id) => id.startsWith("uk-fos"))).toEqual([]);
    expect(ids(plan({ country: "GB", payment: "credit-card", paid: d("2026-09-01") })).filter((id) => id.startsWith("uk-fos"))).toEqual([]);
    expect(ids(plan({ country: "GB", payment: "agent-wallet", paid: d("2026-09-01"), complained: d("2026-10-01") })).filter((id) => id.startsWith("uk-fos"))).toEqual([]);
  });

  it("lowers the confidence for PayPal and buy-now-pay-later, whose cover the scope fact does not name", () => {
    const referral = find(plan({ country: "GB", payment: "paypal", paid: d("2026-09-01"), finalResponse: d("2026-11-01") }), "uk-fos-referral");
    expect(referral.confidence).toBe("medium");
    expect(referral.note).toMatch(/check it says so/);
  });
});

describe("the postal inquiry for a lost parcel", () => {
  it("rests on the facts' periods", () => {
    expect(factDuration("upu-inquiry-window")).toEqual({ kind: "duration", amount: 6, unit: "months" });
    expect(factDuration("hkpost-enquiry-latest")).toEqual({ kind: "duration", amount: 5, unit: "months" });
  });

  it("counts from the posting date, naming Hongkong Post's earlier limit", () => {
    const inquiry = find(plan({ country: "GB", paid: d("2026-10-01"), posted: d("2026-10-05") }), "postal-inquiry");
    expect(inquiry.date).toBe(plus("2026-10-05", { months: 6 }));
    expect(inquiry.kind).toBe("postal");
    expect(inquiry.note).toContain("5 March 2027");
    expect(inquiry.note).toMatch(/not an ordinary untracked small packet/);
    expect(inquiry.letter?.href).toBe("/tools/letters/postal-claim-request");
  });

  it("asks for the posting date, and is absent when the parcel arrived or sits at customs", () => {
    expect(find(plan({ country: "US", paid: d("2026-10-01") }), "postal-inquiry").unavailableReason).toMatch(/posting date/);
    expect(ids(plan({ country: "US", problem: "faulty", paid: d("2026-10-01"), posted: d("2026-10-05") }))).not.toContain("postal-inquiry");
    expect(ids(plan({ country: "US", detail: "stuck-at-customs", paid: d("2026-10-01"), posted: d("2026-10-05") }))).not.toContain("postal-inquiry");
  });
});

describe("the new dates in the query", () => {
  const base = "country=GB&payment=credit-card&platform=aliexpress&problem=not-delivered&paid=2026-10-01";

  it("reads them under short names and writes them back", () => {
    const result = parseDeadlineQuery(new URLSearchParams(`${base}&notice=2026-10-20&complained=2026-10-21&finalResponse=2026-11-02&posted=2026-10-03`));
    expect(result.ok && result.input).toMatchObject({ notice: "2026-10-20", complained: "2026-10-21", finalResponse: "2026-11-02", posted: "2026-10-03" });
    expect(toDeadlineQuery({ notice: "2026-10-20", posted: "2026-10-03", finalResponse: "2026-11-02", complained: "2026-10-21" })).toEqual({
      notice: "2026-10-20",
      complained: "2026-10-21",
      finalResponse: "2026-11-02",
      posted: "2026-10-03",
    });
  });

  it("keeps the case plan's finer problem beside the planner's reading of it", () => {
    const result = parseDeadlineQuery(new URLSearchParams(base.replace("not-delivered", "stuck-at-customs")));
    expect(result.ok && result.input).toMatchObject({ problem: "not-delivered", detail: "stuck-at-customs" });
  });

  it("refuses a notice before the payment, a final response before the complaint, and dates out of range, each by its field", () => {
    const errors = (query: string) => {
      const result = parseDeadlineQuery(new URLSearchParams(`${base}&${query}`));
      return result.ok ? [] : result.errors;
    };
    expect(errors("notice=2026-09-20")).toEqual([
      { path: "notice", message: "The date of the customs notice (20 September 2026) is before the payment date (1 October 2026). Check both dates." },
    ]);
    expect(errors("complained=2026-11-10&finalResponse=2026-11-01")).toEqual([
      { path: "finalResponse", message: "The date of the final response (1 November 2026) is before the date you complained (10 November 2026). Check both dates." },
    ]);
    // Before the payment as well: one message, the payment's.
    expect(errors("complained=2026-11-10&finalResponse=2026-09-01").map((e) => e.path)).toEqual(["finalResponse"]);
    expect(errors("finalResponse=2026-09-01")[0]?.message).toMatch(/^The date of the final response \(1 September 2026\) is before the payment date/);
    expect(errors("posted=2126-01-01")[0]?.path).toBe("posted");
    expect(errors("posted=2026-02-30")[0]?.path).toBe("posted");
    expect(errors("complained=yesterday")[0]?.path).toBe("complained");
  });

  it("asks for dates after today to be checked first", () => {
    const result = plan({ country: "GB", payment: "credit-card", paid: d("2026-10-01"), notice: d("2026-12-10") });
    expect(result.datesToCheck).toEqual([{ field: "notice", label: "date of the customs notice", date: "2026-12-10" }]);
  });
});

describe("the new deadlines in the timeline and the calendar file", () => {
  const result = plan({ country: "DE", payment: "credit-card", paid: d("2026-11-01"), notice: d("2026-11-18"), posted: d("2026-11-03") });

  it("draws the notice and the posting date as events, and the objection as a deadline", () => {
    const model = timelineModel(result);
    expect(model.markers.filter((m) => m.kind === "event").map((m) => m.id)).toEqual(["paid", "posted", "notice"]);
    expect(model.markers.some((m) => m.kind === "deadline" && m.id === "eu-seizure-objection")).toBe(true);
  });

  it("puts the source, the date checked, the guide and the letter in each event", () => {
    const ics = toIcs(result, { now: new Date("2026-11-27T09:00:00Z"), url: "https://recourse.example/tools/deadlines?country=DE" }).replace(/\r\n /g, "");
    const objection = ics.split("BEGIN:VEVENT").find((event) => event.includes("UID:eu-seizure-objection-"));
    expect(objection).toBeDefined();
    expect(objection).toContain("DTSTART;VALUE=DATE:20261202");
    expect(objection).toContain("https://eur-lex.europa.eu/eli/reg/2013/608/oj (checked 2026-12-01)");
    expect(objection).toContain("https://recourse.example/guides/parcel-seized-or-detained-by-customs#in-the-eu-the-small-consignment-procedure");
    expect(objection).toContain("https://recourse.example/tools/letters/customs-seizure-objection");
  });
});

/** The heading ids each guide has, as rehype-slug (github-slugger) makes them. */
function guideAnchors(): Map<string, Set<string>> {
  const dir = join(process.cwd(), "content/guides");
  const anchors = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".mdx"))) {
    const slugger = new GithubSlugger();
    const headingIds = new Set<string>();
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const heading = /^#{2,3}\s+(.+?)\s*$/.exec(line);
      if (heading?.[1]) headingIds.add(slugger.slug(heading[1].replace(/<[^>]+>/g, "").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")));
    }
    anchors.set(file.replace(/\.mdx$/, ""), headingIds);
  }
  return anchors;
}

describe("each deadline's guide section and letter exist", () => {
  const anchors = guideAnchors();
  for (const [id, links] of Object.entries(RULE_LINKS)) {
    it(id, () => {
      const match = /^\/guides\/([^#]+)#(.+)$/.exec(links.guide.href);
      expect(match, links.guide.href).not.toBeNull();
      const [, slug = "", section = ""] = match ?? [];
      expect(anchors.get(slug)?.has(section), links.guide.href).toBe(true);
      if (links.letter !== undefined) {
        const letterId = links.letter.href.replace("/tools/letters/", "") as LetterTemplateId;
        expect(getLetterTemplate(letterId).id).toBe(letterId);
      }
    });
  }
});
