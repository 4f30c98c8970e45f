import { PLATFORM_NAMES_IN_LETTERS } from "@/lib/case/case";
import { getChecklist } from "@/lib/checklists/data";
import { addDays, type CalendarDate } from "@/lib/dates";
import { COUNTRY_NAMES, isEuCountry } from "@/lib/deadlines/inputs";
import { type Deadline, type DeadlinePlan, planDeadlines } from "@/lib/deadlines/plan";
import { type PlanOverview, planOverview } from "@/lib/deadlines/overview";
import type { RuleId } from "@/lib/deadlines/rules";
import { DEFAULT_REPLY_DAYS, MAX_REPLY_DAYS, MIN_REPLY_DAYS } from "@/lib/letters/fields";
import { linkableValues } from "@/lib/letters/query";
import { formFieldsFor } from "@/lib/letters/render";
import { getLetterTemplate, type LetterTemplateId } from "@/lib/letters/templates";
import { type PlanInput, SELLER_COUNTRY_NAMES, toDeadlineInput } from "./inputs";
import { toPlanQuery, toPlannerQuery } from "./query";
import { type ChainRouting, type DependsOn, type GuideLink, type NotOffered, type Rung, type RoutedStep, routeCase, type Routing, type StepId, type StepKind } from "./route";

/**
 * Assembles the case plan: the router's steps (lib/plan/route.ts) with their dates from the deadline
 * planner (lib/deadlines: the plan works out no deadline of its own), the letter for each step filled
 * in with the case's non-personal facts, the checklist items to gather first, and the guide section
 * that explains it. It leads with what the buyer can still do: steps whose every deadline has passed
 * are listed as closed, with what passing means, and never as something to do.
 */

/** Days to leave between a reply-by date and the deadline it protects, so there is time to act if no answer comes. */
const SAFETY_DAYS = 7;
/** Fewer days than this to wait for a reply is no wait: the next step starts now, alongside the message. */
const SHORTEST_WAIT = 3;

export type Phase = "now" | "next" | "later";

export interface ResolvedLink {
  href: string;
  label: string;
}

export interface EvidenceItem {
  action: string;
  why: string;
  href: string;
}

export interface PlanStep {
  /** 1, 2, 3… in the order shown. */
  number: number;
  id: StepId;
  rung: Rung;
  /** "open": a route with no short deadline of its own (lib/plan/route.ts StepKind). */
  kind: StepKind;
  phase: Phase;
  title: string;
  who: string;
  action: string;
  why: string;
  guide: ResolvedLink;
  /** Further guide sections that answer this step for this case. */
  more: ResolvedLink[];
  caveat: string | null;
  /** The planner's deadlines for this step still open or not yet dated, earliest first. */
  deadlines: Deadline[];
  /** The planner's deadlines for this step that have passed (a law right that ran out, say). */
  passed: Deadline[];
  /** The earliest open dated deadline: the day to act by. */
  dueBy: Deadline | null;
  letter: (ResolvedLink & { recipient: string }) | null;
  evidence: EvidenceItem[];
  tool: ResolvedLink | null;
}

/** A route whose every deadline has passed: not a step any more, but the buyer should know why. */
export interface ClosedRoute {
  id: StepId;
  rung: Rung;
  title: string;
  passed: Deadline[];
}

/** An answer the buyer left out, and what it would change. */
export interface Unknown {
  field:
    | "expected"
    | "delivered"
    | "statementDate"
    | "disputeOpened"
    | "cancelled"
    | "posted"
    | "notice"
    | "complained"
    | "finalResponse"
    | "region"
    | "sellerCountry"
    | "amount"
    | "agentStage";
  label: string;
  text: string;
}

export interface CasePlan {
  input: PlanInput;
  today: CalendarDate;
  deadlinePlan: DeadlinePlan;
  overview: PlanOverview;
  /** The date given to the seller to answer by: the next steps start if there is no answer. */
  replyBy: CalendarDate;
  replyDays: number;
  /** A deadline is so close that the next step can't wait for the seller's reply. */
  urgent: boolean;
  steps: PlanStep[];
  closed: ClosedRoute[];
  notOffered: PlanNotOffered[];
  dependsOn: DependsOn[];
  unknowns: Unknown[];
  chain: PlanChain;
  /** Planner deadlines that belong to no step offered here (a court limit when no court route is), so none is lost. */
  otherDeadlines: Deadline[];
  /** Every dated deadline of the plan still ahead, earliest first: what the calendar file holds. */
  calendar: Deadline[];
  links: { self: string; planner: string; calendar: string };
}

/** A route that can't help here, with the guide section that explains why, where there is one. */
export type PlanNotOffered = Omit<NotOffered, "guide"> & { guide: ResolvedLink | null };

export type PlanChain = Omit<ChainRouting, "guide"> & { guide: ResolvedLink | null };

function guideHref(guide: GuideLink): ResolvedLink {
  return { href: `/guides/${guide.slug}${guide.section === null ? "" : `#${guide.section}`}`, label: guide.label };
}

function evidenceItems(step: RoutedStep): EvidenceItem[] {
  return step.evidence.map(({ checklist, item }) => {
    const list = getChecklist(checklist);
    const found = list?.items.find((candidate) => candidate.id === item);
    if (list === undefined || found === undefined) throw new Error(`lib/plan/route.ts: step ${step.id} names checklist item ${checklist}/${item}, which does not exist`);
    return { action: found.action, why: found.why, href: `/tools/checklists/${checklist}#${checklist}-${item}` };
  });
}

function byDate(a: Deadline, b: Deadline): number {
  if (a.date !== null && b.date !== null) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return a.date === null ? (b.date === null ? 0 : 1) : -1;
}

function isOpen(deadline: Deadline): boolean {
  return deadline.status === "upcoming" || deadline.status === "today";
}

/** The letter for a step, with only the case's non-personal facts in its address (lib/letters LETTER_FIELD_PRIVACY). */
function letterLink(template: LetterTemplateId, input: PlanInput, step: RoutedStep, replyDays: number): ResolvedLink & { recipient: string } {
  const planner = toDeadlineInput(input);
  const consumerBody =
    step.id === "ecc-net" ? `European Consumer Centre ${COUNTRY_NAMES[input.country]}` : step.id === "ukicc" ? "UK International Consumer Centre" : undefined;
  const sellerCountry = input.sellerCountry === "unknown" || input.sellerCountry === "other" ? undefined : SELLER_COUNTRY_NAMES[input.sellerCountry];
  const toSeller = step.rung === "seller" || step.kind === "first";
  const values = linkableValues({
    orderDate: input.paid,
    currency: input.amount === undefined ? undefined : input.currency,
    // An agent buys on Taobao, Weidian or 1688: which one is for the buyer to fill in.
    platform: input.platform === "taobao-agent" ? undefined : PLATFORM_NAMES_IN_LETTERS[input.platform],
    problemKind: planner.problem,
    remedy: input.problem === "faulty" || input.problem === "wrong-item" ? undefined : "refund",
    // The seller is asked to answer by the plan's reply-by date; banks and bodies keep the letter's default.
    replyDays: toSeller ? String(replyDays) : undefined,
    expectedDelivery: input.expected,
    consumerBody,
    sellerCountry,
  });
  const used = new Set<string>(formFieldsFor(template));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && used.has(name)) query.set(name, value);
  const letter = getLetterTemplate(template);
  const search = query.toString();
  return { href: `/tools/letters/${template}${search ? `?${search}` : ""}`, label: letter.title, recipient: letter.recipient };
}

/**
 * How long the seller gets to answer: a fortnight (the letters' default) unless an escalation's
 * deadline is sooner, in which case the reply-by date leaves a week before it; when even that leaves
 * under a few days, the escalation starts now.
 */
function replyWindow(escalationDeadlines: readonly Deadline[]): { replyDays: number; urgent: boolean } {
  const soonest = escalationDeadlines.filter((d) => isOpen(d) && d.daysLeft !== null).sort(byDate)[0];
  if (soonest?.daysLeft === undefined || soonest.daysLeft === null) return { replyDays: DEFAULT_REPLY_DAYS, urgent: false };
  const room = soonest.daysLeft - SAFETY_DAYS;
  if (room >= SHORTEST_WAIT) return { replyDays: Math.min(DEFAULT_REPLY_DAYS, room), urgent: false };
  return { replyDays: Math.min(MAX_REPLY_DAYS, Math.max(MIN_REPLY_DAYS, Math.min(SHORTEST_WAIT, soonest.daysLeft))), urgent: true };
}

export function buildCasePlan(input: PlanInput, options: { today: CalendarDate }): CasePlan {
  const { today } = options;
  const deadlinePlan = planDeadlines(toDeadlineInput(input), { today });
  const overview = planOverview(deadlinePlan);
  const routing = routeCase(input);
  const byRule = new Map<RuleId, Deadline>(deadlinePlan.deadlines.map((d) => [d.id, d]));
  const deadlinesOf = (step: RoutedStep) => step.rules.flatMap((id) => byRule.get(id) ?? []);

  // A step whose every deadline has passed is closed. Writing to the seller never is, and neither
  // is a route with no short deadline of its own (Section 75): its passed court limit is shown with it.
  const live: RoutedStep[] = [];
  const closed: ClosedRoute[] = [];
  for (const step of routing.steps) {
    const own = deadlinesOf(step);
    const allPassed = own.length > 0 && own.every((d) => d.status === "passed");
    if (allPassed && step.rung !== "seller" && step.kind !== "open") closed.push({ id: step.id, rung: step.rung, title: step.title, passed: own });
    else live.push(step);
  }
  if (!live.some((step) => step.kind === "first" && step.alongside !== true)) live.unshift(routing.fallback);

  const escalations = live.filter((step) => step.kind !== "first").flatMap(deadlinesOf);
  const { replyDays, urgent } = replyWindow(escalations);
  const replyBy = addDays(today, replyDays);

  const phaseOf = (step: RoutedStep, dueBy: Deadline | null): Phase => {
    if (step.kind === "first") return "now";
    if (step.kind === "escalate") return dueBy?.daysLeft !== undefined && dueBy.daysLeft !== null && dueBy.daysLeft - replyDays < SAFETY_DAYS ? "now" : "next";
    return "later";
  };
  const drafts = live.map((step) => {
    const own = deadlinesOf(step);
    const openOrUndated = own.filter((d) => d.status !== "passed").sort(byDate);
    const dueBy = openOrUndated.find(isOpen) ?? null;
    return { step, own, openOrUndated, dueBy, phase: phaseOf(step, dueBy) };
  });
  // With nothing dated left to escalate to, the payment routes with no short deadline (Section 75) are the next step.
  if (!drafts.some((d) => d.phase === "next" && d.dueBy !== null)) {
    for (const draft of drafts) if (draft.phase === "later" && draft.step.rung === "payment") draft.phase = "next";
  }
  const PHASE_ORDER: Record<Phase, number> = { now: 0, next: 1, later: 2 };
  const RUNG_ORDER: Record<Rung, number> = { seller: 0, platform: 1, payment: 2, body: 3, court: 4 };
  // Ladder order within a phase, steps done alongside the others last; within a rung, the earlier deadline first.
  drafts.sort(
    (a, b) =>
      PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] ||
      Number(a.step.alongside === true) - Number(b.step.alongside === true) ||
      RUNG_ORDER[a.step.rung] - RUNG_ORDER[b.step.rung] ||
      (a.dueBy && b.dueBy ? byDate(a.dueBy, b.dueBy) : a.dueBy ? -1 : b.dueBy ? 1 : 0),
  );

  const steps: PlanStep[] = drafts.map(({ step, own, openOrUndated, dueBy, phase }, index) => ({
    number: index + 1,
    id: step.id,
    rung: step.rung,
    kind: step.kind,
    phase,
    title: step.title,
    who: step.who,
    action: step.action,
    why: step.why,
    guide: guideHref(step.guide),
    more: (step.more ?? []).map(guideHref),
    caveat: step.caveat ?? null,
    deadlines: openOrUndated,
    passed: own.filter((d) => d.status === "passed"),
    dueBy,
    letter: step.letter === null ? null : letterLink(step.letter, input, step, replyDays),
    evidence: evidenceItems(step),
    tool: step.tool ?? null,
  }));

  const placed = new Set<RuleId>(routing.steps.flatMap((step) => step.rules));
  const otherDeadlines = deadlinePlan.deadlines.filter((d) => !placed.has(d.id) && d.status !== "passed");
  const calendar = deadlinePlan.datesToCheck.length > 0 ? [] : deadlinePlan.deadlines.filter((d) => d.date !== null && isOpen(d));
  const query = new URLSearchParams(toPlanQuery(input)).toString();

  return {
    input,
    today,
    deadlinePlan,
    overview,
    replyBy,
    replyDays,
    urgent,
    steps,
    closed,
    notOffered: routing.notOffered.map((route) => ({ ...route, guide: route.guide === undefined ? null : guideHref(route.guide) })),
    dependsOn: routing.dependsOn,
    unknowns: collectUnknowns(input, deadlinePlan, routing),
    chain: { ...routing.chain, guide: routing.chain.guide === null ? null : guideHref(routing.chain.guide) },
    otherDeadlines,
    calendar,
    links: {
      self: `/plan?${query}`,
      planner: `/tools/deadlines?${new URLSearchParams(toPlannerQuery(input)).toString()}`,
      calendar: `/plan/calendar.ics?${query}`,
    },
  };
}

const DATE_LABELS = {
  expected: "Latest expected delivery date",
  delivered: "Delivery date",
  statementDate: "Card statement date",
  disputeOpened: "Date you opened the PayPal dispute",
  cancelled: "Date you sent the cancellation notice",
  posted: "Date the parcel was posted",
  notice: "Date of the customs seizure or detention notice",
  complained: "Date you complained to your bank or payment provider",
  finalResponse: "Date of its final response",
} as const;

/** What the buyer left out and what knowing it would change, each once. */
function collectUnknowns(input: PlanInput, deadlinePlan: DeadlinePlan, { arrived, dependsOn }: Pick<Routing, "arrived" | "dependsOn">): Unknown[] {
  const unknowns: Unknown[] = [];
  const add = (unknown: Unknown) => {
    if (!unknowns.some((u) => u.field === unknown.field)) unknowns.push(unknown);
  };
  // Dates: the planner says which of its deadlines wait for one, and why.
  for (const deadline of deadlinePlan.deadlines) {
    if (deadline.status !== "unknown" || deadline.unavailableReason === null) continue;
    const field = DATE_NEEDED[deadline.id];
    if (field === undefined || input[field] !== undefined) continue;
    // A parcel that never arrived has no delivery date to give.
    if (field === "delivered" && !arrived) continue;
    add({ field, label: DATE_LABELS[field], text: `${deadline.title}: ${deadline.unavailableReason}` });
  }
  // Deadlines worked out from an assumption (the earliest the date could be).
  for (const deadline of deadlinePlan.deadlines) {
    if (deadline.id === "us-fcba-billing-error" && input.statementDate === undefined) {
      add({ field: "statementDate", label: DATE_LABELS.statementDate, text: "The Fair Credit Billing Act's date here is the earliest it could be. With the date of the first statement that showed the charge, it is exact, and probably later." });
    }
    if ((deadline.id === "ca-on-card-reversal" || deadline.id === "ca-qc-card-reversal") && input.cancelled === undefined) {
      add({ field: "cancelled", label: DATE_LABELS.cancelled, text: "The card reversal's date here is the earliest it could be, as if you cancelled on the first day the law allows. With the date you sent your cancellation, it is exact." });
    }
    if (deadline.id === "card-chargeback" && deadline.countsFrom?.event === "payment" && toDeadlineInput(input).problem === "not-delivered" && input.expected === undefined) {
      add({ field: "expected", label: DATE_LABELS.expected, text: "The chargeback date here counts from the payment, the earliest reading. With the latest expected delivery date, it counts from that, which is later." });
    }
  }
  for (const route of dependsOn) {
    const label = route.field === "sellerCountry" ? "Where the seller is based" : route.field === "region" ? "Your province or part of the UK" : route.field === "amount" ? "What you paid" : "How far the agent order got";
    const existing = unknowns.find((u) => u.field === route.field);
    if (existing) existing.text += ` ${route.text}`;
    else unknowns.push({ field: route.field, label, text: route.text });
  }
  if (input.problem === "stuck-at-customs" && input.notice === undefined && (input.country === "GB" || input.country === "US" || isEuCountry(input.country))) {
    add({
      field: "notice",
      label: DATE_LABELS.notice,
      text: "If customs have seized or detained the parcel, the time to object or claim is short and counts from the date of their notice: add it to see the deadline.",
    });
  }
  if (input.country === "GB" && input.region === undefined) {
    add({ field: "region", label: "Your part of the UK", text: "The time limit for a court claim, and the small claims limit, differ between Scotland, Northern Ireland and England and Wales; the dates here use the shortest." });
  }
  if (input.agentStage === "unknown") {
    add({ field: "agentStage", label: "How far the agent order got", text: "Whether the item can still go back to the seller, and who has the parcel now, depend on whether it has left the agent's warehouse." });
  }
  return unknowns;
}

/** The date each of the planner's undated deadlines waits for (agent and Temu windows wait for none the buyer can give). */
const DATE_NEEDED: Partial<Record<RuleId, keyof typeof DATE_LABELS>> = {
  "paypal-dispute": "delivered",
  "paypal-escalation": "disputeOpened",
  "uk-cancellation": "delivered",
  "uk-short-term-reject": "delivered",
  "uk-court-time-limit": "delivered",
  "eu-withdrawal": "delivered",
  "eu-legal-guarantee": "delivered",
  "shein-return": "delivered",
  "aliexpress-dispute": "expected",
  "ebay-money-back": "expected",
  "amazon-a-to-z": "expected",
  "ch-warranty": "delivered",
  "no-withdrawal": "delivered",
  "no-complaint-limit": "delivered",
  "jp-mail-order-return": "delivered",
  "kr-misdescribed-withdrawal": "delivered",
  "sg-lemon-law": "delivered",
  "sg-small-claims": "delivered",
  "uk-fos-final-response": "complained",
  "uk-fos-referral": "finalResponse",
  "postal-inquiry": "posted",
};
