import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { handTypedPattern } from "@/lib/content/fact-checks";
import { addDays, calendarDate } from "@/lib/dates";
import { COUNTRIES, PAYMENT_METHODS, PLATFORMS, REGIONS_BY_COUNTRY } from "@/lib/deadlines/inputs";
import { FACTS, factValueText } from "@/lib/facts";
import { LETTER_FIELD_PRIVACY } from "@/lib/letters/fields";
import { formFieldsFor } from "@/lib/letters/render";
import { isLetterTemplateId } from "@/lib/letters/templates";
import { AGENT_STAGES, PLAN_PROBLEMS, type PlanInput, SELLER_COUNTRIES } from "./inputs";
import { buildCasePlan, type CasePlan } from "./plan";
import { parsePlanQuery } from "./query";
import { routeCase } from "./route";

const TODAY = calendarDate("2026-12-01");

/** The heading ids each guide has, as rehype-slug (github-slugger) makes them. */
function guideAnchors(): Map<string, Set<string>> {
  const dir = join(process.cwd(), "content/guides");
  const anchors = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".mdx"))) {
    const slugger = new GithubSlugger();
    const ids = new Set<string>();
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const heading = /^#{2,3}\s+(.+?)\s*$/.exec(line);
      if (heading?.[1]) ids.add(slugger.slug(heading[1].replace(/<[^>]+>/g, "").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")));
    }
    anchors.set(file.replace(/\.mdx$/, ""), ids);
  }
  return anchors;
}

const arbitraryInput: fc.Arbitrary<PlanInput> = fc
  .record({
    problem: fc.constantFrom(...PLAN_PROBLEMS),
    country: fc.constantFrom(...COUNTRIES),
    regionIndex: fc.option(fc.nat(), { nil: undefined }),
    platform: fc.constantFrom(...PLATFORMS),
    agentStage: fc.constantFrom(...AGENT_STAGES),
    sellerCountry: fc.constantFrom(...SELLER_COUNTRIES),
    payment: fc.constantFrom(...PAYMENT_METHODS),
    amount: fc.option(fc.constantFrom("20", "99.99", "150", "4999", "6000", "40000"), { nil: undefined }),
    currency: fc.constantFrom("GBP", "EUR", "USD", "CAD", "CNY"),
    paidOffset: fc.integer({ min: -2500, max: 0 }),
    expectedAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    deliveredAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    statementAfter: fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
    postedAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    noticeAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    complainedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    finalAfter: fc.option(fc.integer({ min: 200, max: 300 }), { nil: undefined }),
  })
  .map(({ paidOffset, expectedAfter, deliveredAfter, statementAfter, postedAfter, noticeAfter, complainedAfter, finalAfter, regionIndex, agentStage, currency, ...rest }) => {
    const paid = addDays(TODAY, paidOffset);
    const after = (days: number | undefined) => (days === undefined ? undefined : addDays(paid, days));
    const regions = REGIONS_BY_COUNTRY[rest.country];
    return {
      ...rest,
      region: regions === undefined || regionIndex === undefined ? undefined : regions[regionIndex % regions.length],
      agentStage: rest.platform === "taobao-agent" ? agentStage : null,
      currency: rest.amount === undefined ? undefined : currency,
      paid,
      expected: after(expectedAfter),
      delivered: after(deliveredAfter),
      statementDate: after(statementAfter),
      posted: after(postedAfter),
      notice: after(noticeAfter),
      complained: after(complainedAfter),
      finalResponse: after(finalAfter),
    } satisfies PlanInput;
  });

describe("every plan, whatever the case", () => {
  const anchors = guideAnchors();

  it("links each step (and each further read, route left out and the chain) to a guide section that exists, its letter with only the case's non-personal facts, and checklist items that exist", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildCasePlan(input, { today: TODAY });
        const routing = routeCase(input);
        const named = [
          ...[...routing.steps, routing.fallback].flatMap((step) => [step.guide, ...(step.more ?? [])]),
          ...routing.notOffered.flatMap((route) => (route.guide === undefined ? [] : [route.guide])),
          ...(routing.chain.guide === null ? [] : [routing.chain.guide]),
        ];
        for (const guide of named) {
          expect(anchors.has(guide.slug), guide.slug).toBe(true);
          if (guide.section !== null) expect(anchors.get(guide.slug)?.has(guide.section), `/guides/${guide.slug}#${guide.section}`).toBe(true);
        }
        for (const step of plan.steps) {
          expect(step.evidence.every((item) => item.action.length > 0)).toBe(true);
          if (step.letter === null) continue;
          const url = new URL(step.letter.href, "https://recourse.example");
          const template = url.pathname.replace("/tools/letters/", "");
          expect(isLetterTemplateId(template), template).toBe(true);
          if (!isLetterTemplateId(template)) continue;
          const fields = new Set<string>(formFieldsFor(template));
          for (const [name] of url.searchParams) {
            expect(fields.has(name), `${template} has no field ${name}`).toBe(true);
            expect(new Map(Object.entries(LETTER_FIELD_PRIVACY)).get(name), `${name} in a letter link`).toBe("case-fact");
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it("starts with something to do now, never offers a route it says can't help, and leads with what is still open", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildCasePlan(input, { today: TODAY });
        expect(plan.steps[0]?.phase).toBe("now");
        const offered = new Set<string>(plan.steps.map((s) => s.id));
        for (const entry of plan.notOffered) expect(offered.has(entry.id), entry.id).toBe(false);
        for (const step of plan.steps) {
          // A dated deadline shown as the day to act by is never one that has passed.
          if (step.dueBy !== null) expect(step.dueBy.status === "upcoming" || step.dueBy.status === "today").toBe(true);
          if (step.kind === "escalate" && step.rung !== "seller") {
            expect(step.deadlines.length > 0 || step.passed.length === 0, `${step.id} is offered though all its deadlines passed`).toBe(true);
          }
        }
        expect(plan.replyDays).toBeGreaterThanOrEqual(1);
        expect(plan.replyDays).toBeLessThanOrEqual(14);
      }),
      { numRuns: 250 },
    );
  });
});

describe("the plan's own pieces", () => {
  function plan(query: string): CasePlan {
    const parsed = parsePlanQuery(new URLSearchParams(query), { today: TODAY });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return buildCasePlan(parsed.input, { today: TODAY });
  }

  it("fills the letter to the seller with the plan's reply-by date, and never the amount", () => {
    const result = plan("problem=not-delivered&country=GB&platform=aliexpress&payment=credit-card&paid=2026-11-10&expected=2026-11-28&amount=149.99&currency=GBP");
    const message = result.steps.find((s) => s.id === "message-seller");
    const url = new URL(message?.letter?.href ?? "", "https://recourse.example");
    expect(url.pathname).toBe("/tools/letters/non-delivery-notice");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      orderDate: "2026-11-10",
      currency: "GBP",
      platform: "AliExpress",
      remedy: "refund",
      replyDays: String(result.replyDays),
      expectedDelivery: "2026-11-28",
    });
    expect(result.replyBy).toBe(addDays(TODAY, result.replyDays));
    expect(message?.letter?.href).not.toContain("149");
  });

  it("names the European Consumer Centre of the buyer's country in the complaint letter", () => {
    const result = plan("problem=faulty&country=DE&platform=ebay&payment=paypal&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-12&sellerCountry=FR");
    const ecc = result.steps.find((s) => s.id === "ecc-net");
    const url = new URL(ecc?.letter?.href ?? "", "https://recourse.example");
    expect(url.searchParams.get("consumerBody")).toBe("European Consumer Centre Germany");
    expect(url.searchParams.get("sellerCountry")).toBe("France");
  });

  it("reads Section 75's band and the small-claims limits from the registry, so a corrected fact moves the routing", () => {
    const base = "problem=faulty&country=GB&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&currency=GBP&amount=";
    const min = Number(factValueText("uk-section-75-min").replace(/[^\d.]/g, ""));
    expect(plan(`${base}${min}`).steps.map((s) => s.id)).not.toContain("section-75");
    expect(plan(`${base}${min + 0.01}`).steps.map((s) => s.id)).toContain("section-75");
  });

  it("puts the plan's reply-by date, and each deadline still ahead, in the calendar", () => {
    const result = plan("problem=not-delivered&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-10&expected=2026-11-28");
    expect(result.calendar.map((d) => d.id)).toEqual(expect.arrayContaining(["aliexpress-dispute", "paypal-dispute"]));
    expect(result.links.calendar).toBe(`/plan/calendar.ics?${result.links.self.split("?")[1]}`);
    expect(result.links.planner).toMatch(/^\/tools\/deadlines\?problem=not-delivered&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-10&expected=2026-11-28$/);
  });

  it("says what an unknown answer would change", () => {
    const result = plan("problem=not-delivered&country=GB&platform=taobao-agent&payment=credit-card&paid=2026-11-10");
    const fields = result.unknowns.map((u) => u.field);
    expect(fields).toEqual(expect.arrayContaining(["sellerCountry", "region", "amount", "agentStage", "expected"]));
    expect(result.unknowns.find((u) => u.field === "amount")?.text).toContain(factValueText("uk-section-75-min"));
    const us = plan("problem=not-delivered&country=US&platform=other&payment=credit-card&paid=2026-11-10");
    expect(us.unknowns.map((u) => u.field)).toContain("statementDate");
  });

  it("keeps a deadline no step carries in a list of its own, so none is lost", () => {
    // A debit card and a seller in China: no Section 75 and no court step carry the UK court time limit.
    const result = plan("problem=faulty&country=GB&region=ENG&platform=aliexpress&payment=debit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=CN");
    expect(result.otherDeadlines.map((d) => d.id)).toEqual(["uk-court-time-limit"]);
  });
});

describe("lib/plan types no figure a fact holds", () => {
  it("has no hand-typed copy of any fact's figure in its source files", () => {
    const dir = join(process.cwd(), "lib/plan");
    const figures = FACTS.flatMap((fact) => {
      const pattern = handTypedPattern(fact.value);
      return pattern === null ? [] : [{ id: fact.id, pattern }];
    });
    const found: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const text = readFileSync(join(dir, name), "utf8");
      for (const { id, pattern } of figures) {
        const match = pattern.exec(text);
        if (match) found.push(`lib/plan/${name}: "${match[0]}" is fact ${id}; write {${id}} in factText`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the planner's newer deadlines in the plan", () => {
  const plan = (query: string) => {
    const parsed = parsePlanQuery(new URLSearchParams(query), { today: TODAY });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return buildCasePlan(parsed.input, { today: TODAY });
  };

  it("a customs notice in the EU becomes the first step, due by the objection deadline, with the objection letter", () => {
    const result = plan("problem=stuck-at-customs&country=DE&platform=aliexpress&payment=credit-card&paid=2026-11-01&notice=2026-11-25");
    const [first] = result.steps;
    expect(first?.id).toBe("answer-customs-notice");
    expect(first?.dueBy?.id).toBe("eu-seizure-objection");
    expect(first?.letter?.href).toMatch(/^\/tools\/letters\/customs-seizure-objection/);
    expect(first?.guide.href).toBe("/guides/parcel-seized-or-detained-by-customs#in-the-eu-the-small-consignment-procedure");
    expect(result.steps.map((s) => s.id)).not.toContain("contact-carrier");
    // Held at customs is not lost in the post.
    expect(result.deadlinePlan.deadlines.map((d) => d.id)).not.toContain("postal-inquiry");
    expect(result.links.planner).toContain("notice=2026-11-25");
    expect(result.links.self).toContain("notice=2026-11-25");
  });

  it("asks for the customs notice date when a parcel is held and none was given", () => {
    const result = plan("problem=stuck-at-customs&country=GB&platform=aliexpress&payment=credit-card&paid=2026-11-01");
    expect(result.unknowns.find((u) => u.field === "notice")?.text).toMatch(/counts from the date of their notice/);
  });

  it("puts the ombudsman's clocks on the ombudsman step for a UK card buyer who has complained", () => {
    const result = plan("problem=not-delivered&country=GB&platform=aliexpress&payment=credit-card&paid=2026-06-01&complained=2026-10-20");
    const fos = result.steps.find((s) => s.id === "financial-ombudsman");
    expect(fos?.deadlines.map((d) => d.id)).toEqual(["uk-fos-final-response", "uk-fos-referral"]);
    expect(result.unknowns.find((u) => u.field === "finalResponse")?.text).toMatch(/final response/);
  });

  it("puts a country's own law with the first message, and asks for the posting date for a lost parcel", () => {
    const norway = plan("problem=faulty&country=NO&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-10");
    const message = norway.steps.find((s) => s.id === "message-seller");
    expect(message?.deadlines.map((d) => d.id)).toEqual(["no-complaint-limit"]);
    expect(message?.passed.map((d) => d.id)).toEqual(["no-withdrawal"]);
    const lost = plan("problem=not-delivered&country=US&platform=other&payment=credit-card&paid=2026-11-01");
    expect(lost.unknowns.find((u) => u.field === "posted")?.text).toMatch(/posting date/);
  });

  it("refuses a posting date after today, as it does the other dates that have happened", () => {
    const parsed = parsePlanQuery(new URLSearchParams("problem=not-delivered&country=US&platform=other&payment=credit-card&paid=2026-11-01&posted=2026-12-20"), { today: TODAY });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(["posted"]);
  });
});
