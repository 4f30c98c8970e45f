import { COUNTRY_NAMES, isEuCountry, REGION_NAMES } from "@/lib/deadlines/inputs";
import type { RuleId } from "@/lib/deadlines/rules";
import { factMoney, factScope, factStatement, factText, factValueText, getFact } from "@/lib/facts";
import type { GuideSlug } from "@/lib/checklists/schema";
import type { LetterTemplateId } from "@/lib/letters/templates";
import { type ChainLink, type ChainLinkId, type ChainRoute, chainLinks } from "./chain";
import { isAgentPurchase, type PlanInput, type PlanProblem, SELLER_COUNTRY_NAMES, toDeadlineInput } from "./inputs";
import { consumerPlace, type Place, placeIn, scopeReaches } from "./scope";

/**
 * The router: from one case to the routes that can get the buyer's money back, in the order that
 * keeps the most options open, and the routes a buyer would expect that cannot help, each with why.
 * It decides which steps and in what order; dates come later, from the deadline planner
 * (lib/plan/plan.ts). Every figure comes from the fact registry, and every body's reach from its
 * scope fact (lib/plan/scope.ts), never from a list kept here.
 *
 * The ladder: the seller or agent → the platform's or agent's own dispute → the payment route
 * (chargeback, Section 75, PayPal, the buy-now-pay-later provider, a province's statutory card
 * reversal) → a body that can act for a trader in that country → court or small claims.
 */

export const RUNGS = ["seller", "platform", "payment", "body", "court"] as const;
export type Rung = (typeof RUNGS)[number];

export const RUNG_LABELS: Record<Rung, string> = {
  seller: "The seller or agent",
  platform: "The platform's or agent's own dispute",
  payment: "Your payment provider",
  body: "A body that can act",
  court: "A court or small claims",
};

export type StepId =
  | "answer-customs-notice"
  | "contact-carrier"
  | "query-customs-charge"
  | "customs-seizure-objection"
  | "reclaim-import-charges"
  | "message-seller"
  | "message-agent"
  | "return-from-warehouse"
  | "cancel-in-writing"
  | "platform-dispute"
  | "agent-compensation"
  | "fcba-notice"
  | "provincial-card-reversal"
  | "paypal-dispute"
  | "card-chargeback"
  | "amex-dispute"
  | "bnpl-dispute"
  | "bank-recall"
  | "ask-payment-provider"
  | "section-75"
  | "no-credit-claim"
  | "financial-ombudsman"
  | "cfpb-complaint"
  | "ecc-net"
  | "ukicc"
  | "national-consumer-body"
  | "ch-ecommerce-ombudsman"
  | "no-consumer-council"
  | "sg-case"
  | "jp-ccj"
  | "kr-cross-border-portal"
  | "au-state-agency"
  | "econsumer-report"
  | "eu-small-claims"
  | "uk-small-claims"
  | "nz-disputes-tribunal"
  | "local-small-claims";

export interface GuideLink {
  slug: GuideSlug;
  /** The heading id on the guide (lib/plan/plan.test.ts checks each exists), or null for the top. */
  section: string | null;
  /** What the link reads. */
  label: string;
}

/** A checklist item, by its list and its stable id (lib/checklists/data.ts). */
export interface EvidenceRef {
  checklist: "evidence" | "unboxing" | "before-a-dispute" | "return-overseas" | "before-objecting-to-a-seizure" | "lost-or-damaged-parcel";
  item: string;
}

/**
 * - "first": do it now, within the next 24 hours;
 * - "escalate": only if the steps before it haven't worked by the reply-by date (or its own deadline comes first);
 * - "open": a route with no short deadline of its own, there whenever the ones before fail.
 */
export type StepKind = "first" | "escalate" | "open";

export interface RoutedStep {
  id: StepId;
  rung: Rung;
  kind: StepKind;
  title: string;
  /** Who you deal with, and who owes you, at this step. */
  who: string;
  /** What to do, in a sentence or two. */
  action: string;
  /** Why the step is there, in one sentence; the guide link says more. */
  why: string;
  guide: GuideLink;
  /** Further guide sections that answer this step for this case (who owes what with an agent, whether it was a scam, the law where the buyer lives). */
  more?: readonly GuideLink[];
  /** The letter or message to send, filled in from the case by lib/plan/plan.ts; null when none fits. */
  letter: LetterTemplateId | null;
  /** What to gather first: the checklist items that matter here. */
  evidence: readonly EvidenceRef[];
  /** The deadline planner's rules whose dates govern this step (lib/deadlines/rules.ts). */
  rules: readonly RuleId[];
  /** A tool that does part of the step (the import-tax bill check). */
  tool?: { href: string; label: string };
  /** Done alongside the other steps of its phase rather than before them (claiming import charges back as the goods go back): listed after them. */
  alongside?: boolean;
  /** A caveat worth reading before acting (a route that may not apply, an order to keep). */
  caveat?: string;
}

/** A route a buyer might expect that cannot help here, and why, in one or two sentences. */
export interface NotOffered {
  id: string;
  rung: Rung;
  title: string;
  reason: string;
  /** Where the reason, and what still works instead, is explained. */
  guide?: GuideLink;
}

/** A route that opens or closes depending on an answer the buyer didn't give. */
export interface DependsOn {
  id: string;
  rung: Rung;
  title: string;
  /** The form field that would settle it. */
  field: "sellerCountry" | "region" | "amount" | "agentStage";
  /** What the answer would change, as a sentence that names the route. */
  text: string;
}

export interface ChainRouting {
  route: ChainRoute;
  links: readonly ChainLink[];
  highlight: ChainLinkId;
  /** Why that link, in one sentence. */
  why: string;
  /** The guide section that explains who owes what along this chain, or null when the plan's steps already do. */
  guide: GuideLink | null;
}

export interface Routing {
  /** Whether the goods have reached the buyer, as far as the answers tell. */
  arrived: boolean;
  /** Every step that can help, in ladder order. */
  steps: RoutedStep[];
  /**
   * Writing to the seller (or agent) once more, with a reply-by date: the first step when every
   * "first" step's window has closed (an eBay request reported too late), because a written
   * demand is never too late and every later route asks for one.
   */
  fallback: RoutedStep;
  notOffered: NotOffered[];
  dependsOn: DependsOn[];
  chain: ChainRouting;
}

type Group = "missing" | "quality" | "charges" | "refund" | "silent" | "return";

const GROUP: Record<PlanProblem, Group> = {
  "not-delivered": "missing",
  "stuck-at-customs": "missing",
  "delivered-not-received": "missing",
  faulty: "quality",
  "not-as-described": "quality",
  "wrong-item": "quality",
  "unexpected-charges": "charges",
  "refund-not-paid": "refund",
  "seller-unresponsive": "silent",
  return: "return",
};

/** The guide that explains each problem, and its "first 24 hours" section. */
const PROBLEM_GUIDE: Record<PlanProblem, GuideLink> = {
  "not-delivered": { slug: "delayed-or-missing-parcels", section: "what-to-do-in-the-first-24-hours", label: "Late or missing parcels: the first 24 hours" },
  "stuck-at-customs": { slug: "customs-charges-and-disputes", section: "what-to-do-in-the-first-24-hours", label: "Customs charges: the first 24 hours" },
  "delivered-not-received": { slug: "delayed-or-missing-parcels", section: "what-to-do-in-the-first-24-hours", label: "Late or missing parcels: the first 24 hours" },
  faulty: { slug: "unboxing-and-qc-photos", section: "something-is-wrong-what-to-do-today", label: "Something is wrong: what to do today" },
  "not-as-described": { slug: "counterfeit-or-not-as-described", section: "what-to-do-in-the-first-24-hours", label: "Fake or not as described: the first 24 hours" },
  "wrong-item": { slug: "counterfeit-or-not-as-described", section: "what-to-do-in-the-first-24-hours", label: "Fake or not as described: the first 24 hours" },
  "unexpected-charges": { slug: "customs-charges-and-disputes", section: "what-to-do-in-the-first-24-hours", label: "Customs charges: the first 24 hours" },
  "refund-not-paid": { slug: "returns-and-refunds-that-stall", section: "what-to-do-in-the-first-24-hours", label: "Returns and refunds that stall: the first 24 hours" },
  "seller-unresponsive": { slug: "unresponsive-sellers-and-agents", section: "what-to-do-in-the-first-24-hours", label: "Sellers who stop answering: the first 24 hours" },
  return: { slug: "returns-and-refunds-that-stall", section: "return-windows-that-may-apply", label: "Return windows that may apply" },
};

/** What to gather before the first message, for each problem. */
const FIRST_EVIDENCE: Record<PlanProblem, readonly EvidenceRef[]> = {
  "not-delivered": [ev("evidence", "tracking-history"), ev("evidence", "order-confirmation"), ev("evidence", "all-messages")],
  "stuck-at-customs": [ev("evidence", "tracking-history"), ev("evidence", "customs-paperwork"), ev("evidence", "order-confirmation")],
  "delivered-not-received": [ev("evidence", "tracking-history"), ev("evidence", "all-messages"), ev("evidence", "steps-log")],
  faulty: [ev("evidence", "unboxing-video"), ev("unboxing", "keep-all-packaging"), ev("unboxing", "report-same-day")],
  "not-as-described": [ev("evidence", "listing-as-bought"), ev("evidence", "unboxing-video"), ev("unboxing", "show-labels-and-serials")],
  "wrong-item": [ev("evidence", "listing-as-bought"), ev("unboxing", "show-labels-and-serials"), ev("unboxing", "keep-all-packaging")],
  "unexpected-charges": [ev("evidence", "customs-paperwork"), ev("evidence", "order-confirmation"), ev("evidence", "payment-record")],
  "refund-not-paid": [ev("evidence", "all-messages"), ev("evidence", "payment-record"), ev("return-overseas", "keep-the-receipt")],
  "seller-unresponsive": [ev("evidence", "all-messages"), ev("evidence", "steps-log"), ev("evidence", "backup-outside-platform")],
  return: [ev("return-overseas", "get-return-approved"), ev("return-overseas", "ask-for-local-return"), ev("return-overseas", "tracked-to-destination")],
};

const DISPUTE_EVIDENCE: readonly EvidenceRef[] = [ev("before-a-dispute", "gather-the-evidence"), ev("before-a-dispute", "write-it-factually"), ev("before-a-dispute", "do-not-close-early")];
const PAYMENT_EVIDENCE: readonly EvidenceRef[] = [ev("evidence", "payment-record"), ev("evidence", "all-messages"), ev("evidence", "steps-log")];
const BODY_EVIDENCE: readonly EvidenceRef[] = [ev("evidence", "steps-log"), ev("evidence", "backup-outside-platform")];

function ev(checklist: EvidenceRef["checklist"], item: string): EvidenceRef {
  return { checklist, item };
}

/** The consumer-law rules the planner may date for this case; they belong with the first message, where the buyer invokes them. */
const LAW_RULES: readonly RuleId[] = [
  "uk-cancellation",
  "uk-short-term-reject",
  "eu-withdrawal",
  "eu-legal-guarantee",
  "ch-warranty",
  "no-withdrawal",
  "no-complaint-limit",
  "jp-mail-order-return",
  "kr-withdrawal",
  "kr-misdescribed-withdrawal",
  "sg-lemon-law",
  // Only the sender can open a postal inquiry, so the first message asks the seller or agent to.
  "postal-inquiry",
];

/** The seizure windows the planner dates from a customs notice, and the guide section for each place. */
const SEIZURE_RULES: readonly RuleId[] = ["eu-seizure-objection", "gb-seizure-claim", "us-cbp-seizure-petition"];

/** Only these three places have a seizure window the planner can date from a notice. */
function datedSeizureSection(country: PlanInput["country"]): GuideLink | null {
  if (!isEuCountry(country) && country !== "GB" && country !== "US") return null;
  return seizureGuide(country);
}

const PLATFORM_NAMES = {
  aliexpress: "AliExpress",
  temu: "Temu",
  shein: "Shein",
  ebay: "eBay",
  amazon: "Amazon",
  "taobao-agent": "your shopping agent",
  other: "the shop",
} as const satisfies Record<PlanInput["platform"], string>;

interface Case {
  input: PlanInput;
  group: Group;
  agent: boolean;
  /** Whether the goods have reached the buyer, as far as we know. */
  arrived: boolean;
  consumer: Place;
  trader: Place;
  platformName: string;
}

/** Where the seller is, as a scope place: "unknown" when the buyer didn't say. */
function traderPlace(input: PlanInput): Place {
  return input.sellerCountry;
}

function sellerIsHome(c: Case): boolean {
  return c.trader === c.input.country;
}

function sellerWords(c: Case): string {
  if (c.trader === "unknown") return "the seller";
  return `a seller in ${SELLER_COUNTRY_NAMES[c.input.sellerCountry]}`;
}

export function routeCase(input: PlanInput): Routing {
  const group = GROUP[input.problem];
  const agent = isAgentPurchase(input);
  const arrived = group === "missing" ? false : agent ? input.agentStage === "delivered" || (input.agentStage === "unknown" && input.delivered !== undefined) : input.delivered !== undefined || group === "quality" || group === "refund" || group === "return";
  const c: Case = {
    input,
    group,
    agent,
    arrived,
    consumer: consumerPlace(input.country, input.region),
    trader: traderPlace(input),
    platformName: PLATFORM_NAMES[input.platform],
  };
  const steps: RoutedStep[] = [];
  const notOffered: NotOffered[] = [];
  const dependsOn: DependsOn[] = [];

  firstSteps(c, steps, notOffered);
  importChargeRepayment(c, steps);
  platformSteps(c, steps, notOffered);
  paymentSteps(c, steps, notOffered, dependsOn);
  bodySteps(c, steps, notOffered, dependsOn);
  courtSteps(c, steps, notOffered, dependsOn);

  return { arrived, steps, fallback: fallbackStep(c), notOffered, dependsOn, chain: chainFor(c) };
}

// ————— The seller or agent, and what to do in the first 24 hours —————

const SEIZURE_EVIDENCE = [ev("before-objecting-to-a-seizure", "read-the-notice"), ev("before-objecting-to-a-seizure", "check-it-is-genuine"), ev("before-objecting-to-a-seizure", "proof-goods-are-genuine")];
const FAKE_CUSTOMS_MESSAGES =
  "Fake customs messages asking for a “release fee” are a common scam: find the customs office's contact details on its official website, never through a link in a text or email.";

function firstSteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[]): void {
  const { input, group } = c;
  const seizure = input.notice === undefined ? null : datedSeizureSection(input.country);
  if (seizure !== null) {
    steps.push({
      id: "answer-customs-notice",
      rung: "seller",
      kind: "first",
      title: "Answer the customs notice before its deadline",
      who: input.country === "GB" ? "The Border Force office named on the notice" : input.country === "US" ? "The CBP office (U.S. Customs and Border Protection) named on the notice" : "The customs office named on the notice",
      action:
        "Read the notice for what it asks and by when. If you think the goods are genuine, or want them back, object or claim in writing before the deadline, with the order, proof of payment and the listing; if you accept the seizure, tell the seller and your payment route the goods were seized.",
      why: "The time to object to a seizure or destruction is short and counts from the notice, and silence can count as agreement.",
      guide: seizure,
      letter: "customs-seizure-objection",
      evidence: SEIZURE_EVIDENCE,
      rules: SEIZURE_RULES,
      caveat: FAKE_CUSTOMS_MESSAGES,
    });
  }
  if (input.problem === "stuck-at-customs" && seizure === null) {
    steps.push({
      id: "contact-carrier",
      rung: "seller",
      kind: "first",
      title: "Find out what customs is waiting for",
      who: "The carrier that has the parcel in your country",
      action:
        "Look up the tracking number on the local carrier's site (the last-mile number, if the tracking gives one) and read its customs notice: it may be waiting for a payment, a document or your ID. Do what it asks, or ask it in writing why the parcel is held.",
      why: "A parcel held at customs is usually waiting for something from you, and the charge or the form it asks for has its own time limit before the parcel is sent back.",
      guide: PROBLEM_GUIDE["stuck-at-customs"],
      letter: null,
      evidence: FIRST_EVIDENCE["stuck-at-customs"],
      rules: [],
    });
    steps.push({
      id: "customs-seizure-objection",
      rung: "seller",
      kind: "first",
      title: "If customs wrote that it seized or detained it, object before the notice's deadline",
      who: "The customs office or border agency named on the notice",
      action:
        "Only if you have a notice that the parcel is seized, detained or to be destroyed: note its reference and its deadline to reply, and if the goods are genuine or lawful, send your objection the way the notice asks, before that deadline. Tell the seller or agent too, with a photo of the notice.",
      why: "For small parcels of suspected fakes, customs can take silence as agreement to destroy the goods, and in the UK a seizure nobody challenges in time becomes final, so the notice's own deadline comes first.",
      guide: seizureGuide(input.country),
      letter: "customs-seizure-objection",
      evidence: SEIZURE_EVIDENCE,
      rules: [],
      caveat: FAKE_CUSTOMS_MESSAGES,
    });
  }
  if (input.problem === "delivered-not-received") {
    steps.push({
      id: "contact-carrier",
      rung: "seller",
      kind: "first",
      title: "Check around, then ask the carrier for proof of delivery",
      who: "The local carrier that marked it delivered",
      action:
        "Check with neighbours, your building's mail room and any safe place, then ask the carrier in writing for its proof of delivery (photo, signature or GPS point) and to open a trace.",
      why: "The carrier holds the proof of where the parcel went, and the seller and the platform will ask to see it.",
      guide: { slug: "delayed-or-missing-parcels", section: "carrier-claims", label: "Carrier claims" },
      more: [{ slug: "lost-in-the-post", section: "if-the-loss-happened-in-your-own-country", label: "If the loss happened in your own country" }],
      letter: null,
      evidence: [ev("lost-or-damaged-parcel", "delivered-not-received"), ...FIRST_EVIDENCE["delivered-not-received"].slice(0, 2)],
      rules: [],
    });
  }
  if (group === "charges") {
    steps.push({
      id: "query-customs-charge",
      rung: "seller",
      kind: "first",
      title: "Check the bill, then question it if it's wrong",
      who: "The carrier that sent the bill, or the customs office it names",
      action:
        "Check the bill against what you paid at checkout with the bill check. If tax was already charged at checkout, or the value or the fee looks wrong, ask the carrier in writing before you pay, if you can.",
      why: "Import tax already paid at checkout must not be charged again, and customs, not the seller, decides the duty, so a wrong charge is put right with them.",
      guide: { slug: "customs-charges-and-disputes", section: "how-to-challenge-the-customs-assessment", label: "How to challenge the customs assessment" },
      more: [{ slug: "import-tax-refunds-when-you-return-or-reject-goods", section: "two-different-claims", label: "Getting import tax back: a wrong charge, or goods you send back" }],
      letter: "customs-charge-query",
      evidence: FIRST_EVIDENCE["unexpected-charges"],
      rules: [],
      tool: { href: input.country === "other" ? "/tools/import-tax-calculator/check-bill" : `/tools/import-tax-calculator/check-bill?destination=${input.country}`, label: "Check the bill" },
    });
  }

  if (c.agent) {
    agentFirstSteps(c, steps, notOffered);
    return;
  }
  // On eBay, Temu and Shein the first report goes through the platform itself (platformSteps).
  if (input.platform === "ebay" || input.platform === "temu" || input.platform === "shein") return;

  const toShop = input.platform === "other";
  const message = sellerMessage(c);
  steps.push({
    id: "message-seller",
    rung: "seller",
    kind: "first",
    title: message.title,
    who: toShop ? "The shop, at the email address in its terms or legal notice" : `The seller, through ${c.platformName}'s order messages`,
    action: message.action,
    why: message.why,
    guide: PROBLEM_GUIDE[input.problem],
    more: firstMessageMore(c),
    letter: message.letter,
    evidence: group === "charges" ? [ev("evidence", "listing-as-bought")] : FIRST_EVIDENCE[input.problem],
    rules: LAW_RULES,
    ...(input.platform === "aliexpress" && group === "missing"
      ? { caveat: "Never confirm receipt of an order you haven't received: it completes the order and ends AliExpress's protection." }
      : {}),
  });
  provincialCancellation(c, steps);
}

function fallbackStep(c: Case): RoutedStep {
  const { input } = c;
  const through = c.agent ? "the agent's support ticket" : input.platform === "other" ? "email to the address in the shop's terms" : `${c.platformName}'s order messages`;
  return {
    id: c.agent ? "message-agent" : "message-seller",
    rung: "seller",
    kind: "first",
    title: c.agent ? "Write to the agent once more, with a reply-by date" : "Write to the seller once more, with a reply-by date",
    who: c.agent ? "The shopping agent" : "The seller",
    action: `Send one short written demand through ${through}: what went wrong, what you want and the date you need an answer by. Keep a copy.`,
    why: "A written demand is never too late, and the routes still open below will ask whether you made one.",
    guide: { slug: "unresponsive-sellers-and-agents", section: "send-a-written-notice-with-a-deadline", label: "Send a written notice with a deadline" },
    letter: c.agent ? "agent-support-message" : c.arrived ? "refund-or-replacement" : "non-delivery-notice",
    evidence: [ev("evidence", "all-messages"), ev("evidence", "steps-log")],
    rules: [],
  };
}

/** The seizure section for the buyer's country, where the guide has one; the first 24 hours otherwise. */
function seizureGuide(country: PlanInput["country"]): GuideLink {
  if (isEuCountry(country)) return { slug: "parcel-seized-or-detained-by-customs", section: "in-the-eu-the-small-consignment-procedure", label: "Parcel seized in the EU: the small-consignment procedure" };
  if (country === "GB") return { slug: "parcel-seized-or-detained-by-customs", section: "in-the-uk-a-notice-of-seizure-and-notice-12a", label: "Parcel seized in the UK: a notice of seizure and Notice 12A" };
  if (country === "US") return { slug: "parcel-seized-or-detained-by-customs", section: "in-the-us-a-cbp-notice-of-seizure", label: "Parcel seized in the US: a CBP notice of seizure" };
  return { slug: "parcel-seized-or-detained-by-customs", section: "what-to-do-in-the-first-24-hours", label: "Parcel seized or detained: the first 24 hours" };
}

/** Where the import-tax refunds guide explains the buyer's own customs' repayment of charges on goods sent back. */
const IMPORT_REPAYMENT_SECTIONS: Partial<Record<string, { section: string; place: string; limit?: string }>> = {
  GB: { section: "united-kingdom", place: "the UK", limit: "gb-rejected-imports-limit" },
  CA: { section: "canada", place: "Canada", limit: "ca-casual-refund-limit" },
  AU: { section: "australia", place: "Australia" },
  NZ: { section: "new-zealand", place: "New Zealand", limit: "nz-returned-goods-refund-window" },
};

/**
 * Goods sent back to a seller abroad: duty and import VAT or GST paid at the door are with customs,
 * not the seller, and come back only through customs' own claim, with proof the goods left. Offered
 * where the guide covers the buyer's customs, for direct purchases (an agent's parcel rarely goes back).
 */
function importChargeRepayment(c: Case, steps: RoutedStep[]): void {
  const { input, group } = c;
  if (c.agent || (group !== "quality" && group !== "return")) return;
  const where = isEuCountry(input.country) ? { section: "european-union", place: "the EU", limit: "eu-rejected-goods-limit" } : IMPORT_REPAYMENT_SECTIONS[input.country];
  if (where === undefined) return;
  steps.push({
    id: "reclaim-import-charges",
    rung: "seller",
    kind: "first",
    alongside: true,
    title: "If you send it back, claim back the import charges you paid at the door",
    who: "Your country's customs authority (in some countries through the carrier that declared the parcel)",
    action: [
      "Only if you paid duty or import VAT or GST to the carrier on delivery: keep the charge notice, post the goods back tracked with a customs declaration saying they are returned goods, and claim the charges from customs with the proof that they left. Tax the seller charged at checkout comes back from the seller, with the price.",
      where.limit === undefined ? "" : factStatement(where.limit),
    ]
      .filter(Boolean)
      .join(" "),
    why: "The duty and import tax you paid at the door went to customs, not the seller, so the seller's refund doesn't include them, and customs repays them only against proof that the goods left the country, within its own time limit.",
    guide: { slug: "import-tax-refunds-when-you-return-or-reject-goods", section: where.section, label: `Getting import tax back in ${where.place}` },
    letter: "customs-repayment-request",
    evidence: [ev("return-overseas", "declare-as-returned-goods"), ev("return-overseas", "keep-the-receipt"), ev("return-overseas", "reclaim-import-charges")],
    rules: [],
    ...(input.problem === "return" && input.country !== "NZ"
      ? { caveat: "Goods sent back only because you changed your mind may not count as rejected goods for customs: ask customs before you post them, and keep proof that they left either way." }
      : {}),
  });
}

/** The law where the buyer lives, for the countries whose guide the plan's later steps don't already link. */
const HOME_LAW: Partial<Record<string, { slug: GuideSlug; place: string; withdrawal: string; faults: string }>> = {
  EU: { slug: "your-rights-eu", place: "the EU", withdrawal: "the-withdrawal-right", faults: "the-legal-guarantee" },
  CH: { slug: "your-rights-switzerland", place: "Switzerland", withdrawal: "no-right-to-change-your-mind-online", faults: "faulty-fake-or-not-as-described-the-warranty" },
  NO: { slug: "your-rights-norway", place: "Norway", withdrawal: "withdrawing-from-an-online-purchase-angrerett", faults: "faults-fakes-and-goods-not-as-described-reklamasjon" },
  JP: { slug: "your-rights-japan", place: "Japan", withdrawal: "online-purchases-the-sellers-return-policy-decides", faults: "defective-fake-or-not-as-described" },
  KR: { slug: "your-rights-south-korea", place: "South Korea", withdrawal: "withdrawing-from-an-online-purchase-청약철회", faults: "goods-not-as-advertised" },
  SG: { slug: "your-rights-singapore", place: "Singapore", withdrawal: "no-cooling-off-for-online-purchases", faults: "defective-goods-the-lemon-law" },
};

/**
 * What to read beside the first message to a seller: who claims from the post when a parcel is
 * missing, the signs of a scam when the seller has gone quiet, and otherwise what the law where the
 * buyer lives gives for this problem (a right to change your mind, a guarantee, or none).
 */
function firstMessageMore(c: Case): GuideLink[] {
  const { input, group } = c;
  if (input.problem === "not-delivered" || input.problem === "delivered-not-received") {
    return [{ slug: "lost-in-the-post", section: "who-can-claim-from-the-post-or-carrier", label: "Who can claim from the post: the sender, not you" }];
  }
  if (group === "silent") return [SCAM_SIGNS];
  const law = HOME_LAW[isEuCountry(input.country) ? "EU" : input.country];
  if (law === undefined) return [];
  if (group === "return") return [{ slug: law.slug, section: law.withdrawal, label: `Changing your mind: the law in ${law.place}` }];
  if (group === "quality") return [{ slug: law.slug, section: law.faults, label: `Faulty or not as described: the law in ${law.place}` }];
  if (group === "refund") return [{ slug: law.slug, section: "the-route-that-gets-money-back", label: `The route that gets money back in ${law.place}` }];
  return [];
}

const SCAM_SIGNS: GuideLink = { slug: "scams-and-clone-sites", section: "scam-or-slow-seller", label: "Scam or slow seller? The signs" };

function sellerMessage(c: Case): { title: string; action: string; why: string; letter: LetterTemplateId } {
  const { input, group } = c;
  switch (group) {
    case "missing":
      return {
        title: "Tell the seller the parcel hasn't arrived",
        action: "Send the seller a short written message: the order, the promised date, and that you want it traced and then a refund or a replacement, with a reply-by date.",
        why: "The seller chose the carrier and answers for the parcel until it reaches you, and every dispute later asks whether you told it first.",
        letter: "non-delivery-notice",
      };
    case "quality":
      return {
        title: input.problem === "wrong-item" ? "Tell the seller you got the wrong item" : "Tell the seller what's wrong and what you want",
        action: "Write to the seller the same day with photos or the unboxing video: what you ordered, what arrived, and what you want (a refund, a replacement or a repair), with a reply-by date.",
        why: "Reporting a fault in writing straight away keeps your rights and starts the record every later route asks for.",
        letter: "refund-or-replacement",
      };
    case "charges":
      return {
        title: "If the listing said duties were included, ask the seller to pay them back",
        action: "Only if the listing or checkout promised duties or tax included: send the seller a screenshot of that promise and the carrier's bill, and ask for a refund of the charge, with a reply-by date.",
        why: "A seller that promised to pay the import charges broke that promise if you were billed on delivery; otherwise the charge is between you and customs.",
        letter: "refund-or-replacement",
      };
    case "refund":
      return {
        title: "Ask the seller in writing for the refund it promised",
        action: "Quote its promise (date, amount, where it said it), give your return's tracking and proof of delivery, and ask for the refund by a reply-by date.",
        why: "A refund promised in writing is an agreement, and your bank or the platform will want to see that you asked for it.",
        letter: "refund-or-replacement",
      };
    case "silent":
      return {
        title: "Send the seller one written notice with a reply-by date",
        action: "One short message through the order page, not several: what is wrong, what you want, the date you need an answer by, and that you will go to the platform and your payment provider after it.",
        why: "A dated notice the seller ignored is what the platform, your bank and any body will ask for before they step in.",
        letter: c.arrived ? "refund-or-replacement" : "non-delivery-notice",
      };
    case "return":
      return {
        title: "Tell the seller you're sending it back",
        action: "Tell the seller in writing that you are returning the item and ask where to send it; if the law gives you a right to cancel, say that you are using it.",
        why: "Where the law gives you a right to cancel an online order, as in the UK and the EU, its time runs from delivery, and a clear message to the seller within it is what uses the right.",
        letter: "refund-or-replacement",
      };
  }
}

function agentFirstSteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[]): void {
  const { input, group } = c;
  const stage = input.agentStage ?? "unknown";
  // A parcel gone missing after it left the warehouse: only the agent, as the sender, can claim from the carrier.
  const lostAfterShipping = (input.problem === "not-delivered" || input.problem === "delivered-not-received") && (stage === "international" || stage === "delivered");
  if (lostAfterShipping) {
    steps.push({
      id: "message-agent",
      rung: "seller",
      kind: "first",
      title: "Ask the agent to open a trace and a claim with the carrier",
      who: "The shopping agent's support team (ticket or order chat): it sent the parcel, so only it can claim from the carrier",
      action:
        "Write a ticket on the parcel with every tracking number: ask the agent to open a trace and a claim with the carrier today, to send you the claim reference and the carrier's answer, and to say what its own terms pay for a lost parcel and by when it needs your claim.",
      why: "The carrier's contract is with whoever sent the parcel, so the agent has to claim, and the agent's own claim window is often the shortest of all.",
      guide: { slug: "lost-in-the-post", section: "how-to-get-the-seller-or-agent-to-file", label: "How to get the seller or agent to file" },
      more: agentMore(c, stage),
      letter: "postal-claim-request",
      evidence: [ev("lost-or-damaged-parcel", "every-tracking-number"), ev("lost-or-damaged-parcel", "warehouse-record"), ev("lost-or-damaged-parcel", "ask-for-the-claim")],
      rules: LAW_RULES,
    });
    return;
  }
  steps.push({
    id: "message-agent",
    rung: "seller",
    kind: "first",
    title: group === "silent" ? "Open a support ticket with the agent, with a reply-by date" : "Open a support ticket with your agent",
    who: "The shopping agent's support team (ticket or order chat); it deals with the Chinese seller for you",
    action:
      group === "silent"
        ? "Write one ticket on the order, not several: what is wrong, what you want and the date you need an answer by. Ask the agent to contact the seller on the Chinese platform for you."
        : "Write a ticket on the order: the item, the parcel ID, what went wrong and what you want. Ask the agent to check its warehouse record and QC photos and to take it up with the seller.",
    why: "The agent is the one you have a contract with for buying, storing and shipping, and only it can reach the seller on Taobao, Weidian or 1688.",
    guide: { slug: "unresponsive-sellers-and-agents", section: "who-to-contact-at-each-leg-and-how", label: "Who to contact at each leg, and how" },
    more: agentMore(c, stage),
    letter: "agent-support-message",
    // Before the parcel reaches the buyer, the agent's own records are the evidence; after, what arrived is too.
    evidence: c.arrived ? [ev("evidence", "agent-qc-and-warehouse-log"), ...FIRST_EVIDENCE[input.problem].slice(0, 2)] : [ev("evidence", "agent-qc-and-warehouse-log"), ev("evidence", "all-messages")],
    rules: LAW_RULES,
  });

  const returnable = group === "quality" || group === "return" || (group === "missing" && stage === "not-shipped");
  if (!returnable) return;
  if (stage === "international" || stage === "delivered") {
    notOffered.push({
      id: "return-from-warehouse",
      rung: "seller",
      title: "A return to the seller through the agent",
      reason: "Once the parcel has left the agent's warehouse, a return to the seller is rarely possible; ask the agent what its own policy still covers.",
    });
    return;
  }
  steps.push({
    id: "return-from-warehouse",
    rung: "seller",
    kind: "first",
    title: stage === "not-shipped" ? "Ask the agent to cancel the order with the seller" : "Ask for a return or exchange before it ships",
    who: "Your agent, which returns the item to the seller in China",
    action:
      stage === "not-shipped"
        ? "The seller hasn't sent it to the agent yet: ask the agent to cancel the purchase with the seller and refund your balance."
        : factText(
            "Ask the agent today to return or exchange the item while it is still in its warehouse. A Chinese seller must take back most goods bought online within {cn-seven-day-return} of receipt, and the agent received them, so that time is already running.",
          ),
    why: "While the goods are still in China, the seller can take them back; once they have been shipped abroad, that is rarely possible.",
    guide: { slug: "unboxing-and-qc-photos", section: "agent-qc-photos-and-warehouse-logs-check-before-it-ships", label: "Agent QC photos: check before it ships" },
    letter: "agent-support-message",
    evidence: [ev("evidence", "agent-qc-and-warehouse-log")],
    rules: ["agent-return"],
    ...(stage === "unknown" ? { caveat: "Check the order's status on the agent's site first: this works only while the item hasn't left the warehouse." } : {}),
  });
}

/**
 * What to read beside the first ticket to an agent: whether a silent agent was a scam or leaked its
 * customers' data, the storage clock while the goods wait in its warehouse, what happens when its
 * shipping line is suspended, and otherwise which of the buyer's rights still work against an agent.
 */
function agentMore(c: Case, stage: NonNullable<PlanInput["agentStage"]>): GuideLink[] {
  const { input, group } = c;
  const stillWorks: GuideLink = { slug: "who-is-the-trader-with-an-agent", section: "what-still-works", label: "What still works with an agent" };
  // An agent that goes quiet may have been breached or raided (Pandabuy went silent after both).
  const dataLeak: GuideLink = { slug: "when-a-shop-or-agent-leaks-your-data", section: "what-to-change-now", label: "If the agent leaked your data: what to change now" };
  if (group === "silent") return [SCAM_SIGNS, stillWorks, dataLeak];
  if (stage === "at-warehouse") return [{ slug: "shopping-agents-from-the-inside", section: "how-long-can-items-stay-in-the-warehouse", label: "How long the agent keeps items in its warehouse" }, stillWorks];
  if (stage === "international" && input.problem === "not-delivered") {
    return [{ slug: "shopping-agents-from-the-inside", section: "when-a-shipping-line-is-suspended-mid-route", label: "When a shipping line is suspended mid-route" }];
  }
  return [stillWorks];
}

/** Ontario and Quebec: cancel in writing first; the card issuer's reversal counts from it. */
function provincialCancellation(c: Case, steps: RoutedStep[]): void {
  const reversal = provincialReversal(c);
  if (reversal !== "offered") return;
  const late = c.input.region === "QC" ? "{ca-qc-late-delivery}" : "{ca-on-late-delivery}";
  const province = REGION_NAMES[c.input.region === "QC" ? "QC" : "ON"];
  steps.push({
    id: "cancel-in-writing",
    rung: "seller",
    kind: "escalate",
    title: "Cancel the order in writing once it is late enough",
    who: "The seller",
    action: factText(
      `Once the goods are ${late} late (after the delivery date you were given, or after the purchase when none was given), tell the seller in writing that you are cancelling under ${province}'s Consumer Protection Act because they never arrived. Keep a copy and note the date you sent it.`,
    ),
    why: "The date you send the cancellation starts the clock for the credit card reversal the law gives you.",
    guide: { slug: "your-rights-canada", section: "if-the-goods-never-arrive-cancel-then-go-to-your-card", label: "If the goods never arrive: cancel, then go to your card" },
    letter: null,
    evidence: [ev("evidence", "steps-log"), ev("evidence", "order-confirmation")],
    rules: [],
  });
}

// ————— The platform's or agent's own dispute —————

const PLATFORM_GUIDE: Record<Exclude<PlanInput["platform"], "other" | "taobao-agent">, GuideLink> = {
  aliexpress: { slug: "platform-disputes", section: "aliexpress-buyer-protection-and-open-dispute", label: "AliExpress: buyer protection and disputes" },
  temu: { slug: "platform-disputes", section: "temu-returns-and-refunds", label: "Temu: returns and refunds" },
  shein: { slug: "platform-disputes", section: "how-long-do-you-have-on-each-platform", label: "How long you have on each platform" },
  ebay: { slug: "platform-disputes", section: "ebay-money-back-guarantee", label: "eBay: Money Back Guarantee" },
  amazon: { slug: "platform-disputes", section: "amazon-a-to-z-guarantee", label: "Amazon: A-to-z Guarantee" },
};

function platformSteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[]): void {
  const { input, group } = c;
  const letter: LetterTemplateId = c.arrived || group === "quality" || group === "refund" || group === "return" ? "refund-or-replacement" : "non-delivery-notice";
  switch (input.platform) {
    case "aliexpress":
      steps.push({
        id: "platform-dispute",
        rung: "platform",
        kind: "escalate",
        title: "Open an AliExpress dispute",
        who: "AliExpress (Buyer Protection), which decides between you and the seller",
        action: "Open the dispute from the order page before the Purchase Protection countdown ends, with your photos, video or tracking screenshots, even if the seller is still promising a fix.",
        why: "AliExpress holds the seller's money until the order completes, so its dispute is the quickest way to get it back, and the countdown on your order is a hard limit.",
        guide: PLATFORM_GUIDE.aliexpress,
        letter: null,
        evidence: [ev("before-a-dispute", "do-not-confirm-receipt"), ev("before-a-dispute", "extend-or-open-in-time"), ev("before-a-dispute", "gather-the-evidence")],
        rules: ["aliexpress-dispute"],
      });
      return;
    case "amazon":
      steps.push({
        id: "platform-dispute",
        rung: "platform",
        kind: "escalate",
        title: "Request an Amazon A-to-z Guarantee refund",
        who: "Amazon, which decides claims against its third-party sellers",
        action: factText("If the seller hasn't put it right within {amazon-seller-reply-wait} of your message, request an A-to-z Guarantee refund from Your Orders."),
        why: "Amazon refunds you itself when a third-party seller doesn't, and asking your bank first would end that guarantee.",
        guide: PLATFORM_GUIDE.amazon,
        letter: null,
        evidence: DISPUTE_EVIDENCE,
        rules: ["amazon-a-to-z"],
      });
      return;
    case "ebay":
      steps.push({
        id: "platform-dispute",
        rung: "platform",
        kind: "first",
        title: c.group === "charges" ? "If the seller promised duties included, report it on eBay" : c.group === "missing" || !c.arrived ? "Report it on eBay: “I didn't receive it”" : "Report it on eBay: “Return this item”",
        who: "The seller, through eBay's request; then eBay, under its Money Back Guarantee",
        action: factText(
          "Open the request from your purchase history: it tells the seller. If the seller doesn't put it right within {ebay-seller-response}, ask eBay to step in, within {ebay-step-in-window} of opening the request.",
        ),
        why: "eBay's Money Back Guarantee covers you only if you report the problem in time and ask eBay to step in before it closes the request.",
        guide: PLATFORM_GUIDE.ebay,
        more: firstMessageMore(c),
        letter,
        evidence: [...FIRST_EVIDENCE[input.problem].slice(0, 2), ev("before-a-dispute", "do-not-close-early")],
        rules: ["ebay-money-back", ...LAW_RULES],
      });
      return;
    case "temu":
      steps.push({
        id: "platform-dispute",
        rung: "platform",
        kind: "first",
        title: c.group === "charges" ? "Tell Temu if you were charged tax it had already collected" : !c.arrived ? "Report the missing parcel to Temu" : "Ask Temu for a refund or return",
        who: "Temu's customer service (you deal with Temu, not the seller)",
        action:
          c.group === "charges"
            ? "If Temu's checkout charged you import VAT or said duties were included, send its customer service the carrier's bill and ask it to refund the charge."
            : !c.arrived
            ? "Report it from the order in “Your orders” or Temu's support centre as soon as the latest delivery date has passed, and ask for a refund."
            : "Start the refund or return from the order in “Your orders”, with photos, then post the parcel in time if Temu asks for it back.",
        why: "Temu runs refunds and returns itself, and its windows count from the day you bought.",
        guide: PLATFORM_GUIDE.temu,
        more: firstMessageMore(c),
        letter,
        evidence: FIRST_EVIDENCE[input.problem],
        rules: ["temu-return", ...LAW_RULES],
      });
      return;
    case "shein":
      steps.push({
        id: "platform-dispute",
        rung: "platform",
        kind: "first",
        title: c.group === "charges" ? "Tell Shein if you were charged tax it had already collected" : !c.arrived ? "Report the missing parcel to Shein" : "Ask Shein for a refund or return",
        who: "Shein's customer service",
        action:
          c.group === "charges"
            ? "If Shein's checkout charged you import VAT or said duties were included, send its customer service the carrier's bill and ask it to refund the charge."
            : !c.arrived
            ? "Contact Shein's customer service from the order in “My Orders” once the delivery estimate has passed, and ask for a refund."
            : "Start the return or refund from the order in “My Orders”, with photos, and check whether the item can be returned at all.",
        why: "Shein handles refunds for its orders itself; on its US site, the return window counts from delivery.",
        guide: PLATFORM_GUIDE.shein,
        more: firstMessageMore(c),
        letter,
        evidence: FIRST_EVIDENCE[input.problem],
        rules: ["shein-return", ...LAW_RULES],
      });
      return;
    case "taobao-agent": {
      const stage = input.agentStage ?? "unknown";
      const inTransit = group === "missing" || (group === "quality" && input.problem === "faulty");
      if (inTransit && stage !== "not-shipped" && stage !== "at-warehouse") {
        steps.push({
          id: "agent-compensation",
          rung: "platform",
          kind: "escalate",
          title: "Claim under the agent's compensation or shipping insurance",
          who: "Your agent, under its shipping terms and any insurance you bought with the parcel",
          action:
            "If the agent doesn't sort it out by your reply-by date, make a formal claim under its compensation or insurance terms: lost parcels, and damage after its QC photos, are what they cover.",
          why: "The freight line is the agent's partner, so a parcel lost or damaged on the way is claimed from the agent, on its own terms.",
          guide: { slug: "shipping-insurance", section: "making-a-claim-that-gets-paid", label: "Making an insurance claim that gets paid" },
          letter: "agent-support-message",
          evidence: [ev("evidence", "agent-qc-and-warehouse-log"), ev("evidence", "tracking-history"), ev("unboxing", "weigh-sealed-parcel")],
          rules: [],
        });
      }
      return;
    }
    case "other":
      notOffered.push({
        id: "platform-dispute",
        rung: "platform",
        title: "A platform dispute",
        reason: "An independent web shop has no platform standing behind it, so after the shop itself your payment provider is the next step.",
      });
      return;
  }
}

// ————— Your payment provider —————

const CARD_GUIDE: GuideLink = { slug: "chargebacks-and-card-disputes", section: "how-to-ask-your-bank", label: "How to ask your bank for a chargeback" };

/** Ontario's and Quebec's statutory reversal: offered, not offered (with why), or not relevant to this case. */
function provincialReversal(c: Case): "offered" | { reason: string } | null {
  const { input } = c;
  if (input.country !== "CA" || (input.region !== "ON" && input.region !== "QC")) return null;
  const name = REGION_NAMES[input.region];
  const credit = input.payment === "credit-card" || input.payment === "amex";
  // The planner dates the reversal for the cases it reads as "never arrived"; the plan offers it for the same ones.
  if (toDeadlineInput(input).problem !== "not-delivered") {
    return credit ? { reason: `${name}'s law makes your credit card issuer reverse the charge only for goods that never arrived; for this problem, use the platform's dispute and a card chargeback.` } : null;
  }
  if (!credit) return { reason: `${name}'s law reverses the charge through a credit card issuer; it doesn't reach other ways of paying.` };
  if (input.region === "ON" && input.amount !== undefined && input.currency === "CAD") {
    const threshold = factMoney("ca-on-internet-agreement-threshold");
    if (Number(input.amount) <= Number(threshold.amount)) {
      return { reason: factText("Ontario's rules for internet agreements, which give the reversal, apply only when you paid more than {ca-on-internet-agreement-threshold}.") };
    }
  }
  return "offered";
}

function paymentSteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[]): void {
  const { input } = c;
  const uk = input.country === "GB";
  const afterPlatform = input.platform === "amazon" ? " Only after Amazon has said no to an A-to-z claim: a chargeback ends that guarantee." : "";

  if (input.country === "US" && (input.payment === "credit-card" || input.payment === "amex")) {
    steps.push({
      id: "fcba-notice",
      rung: "payment",
      kind: "escalate",
      title: "Send your card issuer a written billing-error notice",
      who: "Your credit card issuer, under the Fair Credit Billing Act",
      action:
        "Write to the billing-error address on your statement (not the payment address): your name, account number, the amount and what went wrong, by tracked mail so it arrives in time.",
      why: factStatement("us-fcba-scope"),
      guide: { slug: "your-rights-us", section: "your-strongest-right-the-fair-credit-billing-act", label: "Your strongest right: the Fair Credit Billing Act" },
      letter: "chargeback-request",
      evidence: PAYMENT_EVIDENCE,
      rules: ["us-fcba-billing-error"],
    });
  }
  if (input.country === "US" && input.payment === "debit-card") {
    notOffered.push({
      id: "fcba-notice",
      rung: "payment",
      title: "A Fair Credit Billing Act notice",
      reason: `${factStatement("us-fcba-scope")} For a debit card, ask your bank for a card-network chargeback instead.`,
    });
  }

  const provincial = provincialReversal(c);
  if (provincial === "offered") {
    const rule: RuleId = input.region === "QC" ? "ca-qc-card-reversal" : "ca-on-card-reversal";
    steps.push({
      id: "provincial-card-reversal",
      rung: "payment",
      kind: "escalate",
      title: `${REGION_NAMES[input.region === "QC" ? "QC" : "ON"]}: ask your credit card issuer to reverse the charge`,
      who: "Your credit card issuer, which the law makes reverse the charge",
      action:
        "If the seller hasn't refunded you after your cancellation, write to your card issuer asking it to reverse the charge under the Consumer Protection Act, with a copy of your cancellation, the order and the amount.",
      why: "Provincial law, not the card scheme's goodwill, makes the issuer reverse the charge when a seller that missed delivery doesn't refund you.",
      guide: { slug: "your-rights-canada", section: "if-the-goods-never-arrive-cancel-then-go-to-your-card", label: "If the goods never arrive: cancel, then go to your card" },
      letter: "chargeback-request",
      evidence: [ev("evidence", "steps-log"), ...PAYMENT_EVIDENCE.slice(0, 2)],
      rules: [rule],
    });
  } else if (provincial !== null) {
    notOffered.push({ id: "provincial-card-reversal", rung: "payment", title: "The statutory credit card reversal", reason: provincial.reason });
  }
  if (input.country === "CA" && input.region === undefined && (input.payment === "credit-card" || input.payment === "amex") && toDeadlineInput(input).problem === "not-delivered") {
    dependsOn.push({
      id: "provincial-card-reversal",
      rung: "payment",
      title: "A statutory credit card reversal",
      field: "region",
      text: "In Ontario and Quebec, the law makes your credit card issuer reverse the charge if a seller misses delivery and doesn't refund you after you cancel; your province shows whether that applies, and by when.",
    });
  }

  switch (input.payment) {
    case "paypal":
      steps.push({
        id: "paypal-dispute",
        rung: "payment",
        kind: "escalate",
        title: "Open a PayPal dispute, and escalate it to a claim",
        who: "PayPal, under Buyer Protection",
        action: factText(
          "Open the dispute in PayPal's Resolution Centre (“Report a problem”). If the seller hasn't solved it, choose “Escalate to claim” within {paypal-escalation-window} of opening it, so PayPal decides.",
        ),
        why: "PayPal can take the money back from the seller for you, but only within its own time limits, and a dispute you don't escalate closes for good.",
        guide: { slug: "paypal-buyer-protection", section: "how-to-open-and-escalate", label: "How to open and escalate a PayPal dispute" },
        letter: "paypal-dispute-description",
        evidence: [ev("evidence", "payment-record"), ev("before-a-dispute", "gather-the-evidence"), ev("before-a-dispute", "do-not-close-early")],
        rules: ["paypal-dispute", "paypal-escalation"],
        caveat: "Only payments for goods and services are covered; a payment sent as “friends and family” has no protection.",
      });
      break;
    case "credit-card":
    case "debit-card":
      steps.push({
        id: "card-chargeback",
        rung: "payment",
        kind: "escalate",
        title: "Ask your bank for a chargeback",
        who: "Your bank (the card issuer), under Visa's or Mastercard's rules",
        action: `Use your bank's dispute form or app, with the order, your messages and proof of the problem. Ask well before the deadline: your bank may set an earlier one.${afterPlatform}`,
        why: "Your bank can take the payment back from the seller's bank under the card scheme's rules, whatever country the seller is in.",
        guide: CARD_GUIDE,
        letter: "chargeback-request",
        evidence: PAYMENT_EVIDENCE,
        rules: ["card-chargeback"],
        ...instalmentDefence(c),
      });
      break;
    case "amex":
      steps.push({
        id: "amex-dispute",
        rung: "payment",
        kind: "escalate",
        title: "Dispute the charge with American Express",
        who: "American Express",
        action: `Use American Express's online dispute form or call it, with the order, your messages and proof of the problem.${afterPlatform}`,
        why: "American Express can take the charge back from the seller, under its own dispute rules and time limits.",
        guide: { slug: "chargebacks-and-card-disputes", section: "how-long-do-you-have-to-ask-your-bank", label: "How long you have to ask your bank" },
        letter: "chargeback-request",
        evidence: PAYMENT_EVIDENCE,
        rules: ["amex-dispute"],
        ...instalmentDefence(c),
      });
      break;
    case "bnpl":
      steps.push({
        id: "bnpl-dispute",
        rung: "payment",
        kind: "escalate",
        title: "Report it to your buy-now-pay-later provider",
        who: "The provider you pay in instalments (Klarna, Afterpay, Clearpay and others)",
        action: "Report the problem in the provider's app, with the order and your messages, and ask it what its deadline is and what happens to your instalments while it looks into it.",
        why: "The provider paid the seller for you, so its own dispute process can take the money back; its time limits are in its terms, which we haven't checked yet.",
        guide: { slug: "paying-without-a-card", section: "buy-now-pay-later", label: "Buy now pay later: what protects you" },
        letter: null,
        evidence: PAYMENT_EVIDENCE,
        rules: [],
      });
      break;
    case "bank-transfer":
      steps.push({
        id: "bank-recall",
        rung: "payment",
        kind: "escalate",
        title: "If this was a scam, tell your bank at once",
        who: "Your bank",
        action: "Only if you think the seller was never going to deliver: report it to your bank as fraud straight away and ask it to try to recall the payment.",
        why: "A bank transfer has no chargeback and no buyer protection; a bank may try to recall money sent to a fraudster, but it doesn't have to.",
        guide: { slug: "scams-and-clone-sites", section: "bank-transfer", label: "Scams paid by bank transfer: what your bank can do" },
        more: [SCAM_SIGNS],
        letter: null,
        evidence: [ev("evidence", "payment-record"), ev("evidence", "all-messages")],
        rules: [],
        ...(input.country === "GB"
          ? { caveat: factText("If a scammer tricked you into paying from a UK account to another UK account by Faster Payments or CHAPS, your bank must normally pay you back, up to {uk-app-reimbursement-cap} per claim.") }
          : {}),
      });
      notOffered.push({
        id: "card-chargeback",
        rung: "payment",
        title: "A chargeback",
        reason: "A bank transfer has no chargeback and no buyer protection.",
        guide: { slug: "paying-without-a-card", section: "bank-transfers-crypto-and-gift-cards", label: "Bank transfers, crypto and gift cards" },
      });
      break;
    case "agent-wallet":
      notOffered.push({
        id: "card-chargeback",
        rung: "payment",
        title: "A chargeback or PayPal dispute",
        reason:
          "You paid from the agent's wallet: card and PayPal protection cover the top-up payment to the agent, not the items bought with the balance, so they rarely help. The agent's own policy is what protects the wallet.",
        guide: { slug: "paying-without-a-card", section: "agent-wallets-and-top-ups", label: "Agent wallets and top-ups" },
      });
      break;
    case "other":
      steps.push({
        id: "ask-payment-provider",
        rung: "payment",
        kind: "escalate",
        title: "Ask your payment provider whether it can dispute the payment",
        who: "Whoever took the payment for you",
        action: "Ask it today whether it has a dispute process for this payment and what its time limit is, then use it if the seller doesn't put things right.",
        why: "We don't know what protection your way of paying gives, and any dispute process it has will have a time limit.",
        guide: { slug: "paying-without-a-card", section: "at-a-glance", label: "What each way of paying protects" },
        letter: null,
        evidence: [ev("evidence", "payment-record")],
        rules: [],
      });
      break;
  }

  if (uk) section75(c, steps, notOffered, dependsOn);
  if (input.country === "NO") norwegianCreditClaim(c, steps);
}

/**
 * Japan and South Korea: a card bought on instalments gives a statutory right to stop paying the card
 * company for goods not delivered or defective, above a threshold; a single payment doesn't. Said
 * beside the card route, with where the guide explains it, since only the buyer knows how they paid.
 */
function instalmentDefence(c: Case): Pick<RoutedStep, "caveat" | "more"> {
  const { input } = c;
  if (input.payment !== "credit-card" && input.payment !== "amex") return {};
  if (input.country === "JP") {
    return {
      caveat: `If you paid in instalments or by revolving credit: ${factStatement("jp-installment-defence-min")}`,
      more: [{ slug: "your-rights-japan", section: "your-card-and-paypal", label: "Your card and PayPal in Japan" }],
    };
  }
  if (input.country === "KR") {
    return {
      caveat: `If you paid in instalments: ${factStatement("kr-instalment-defence-min")}`,
      more: [{ slug: "your-rights-south-korea", section: "your-card-and-paypal", label: "Your card and PayPal in South Korea" }],
    };
  }
  if (input.country === "CH" || input.country === "SG") {
    const law = HOME_LAW[input.country];
    return law === undefined ? {} : { more: [{ slug: law.slug, section: input.country === "CH" ? "your-card-and-paypal-the-routes-that-work-abroad" : "your-card-and-paypal", label: `Your card and PayPal in ${law.place}` }] };
  }
  return {};
}

/** Norway: paying on credit lets the buyer claim from the card issuer itself (finansavtaleloven), read from its scope fact. */
function norwegianCreditClaim(c: Case, steps: RoutedStep[]): void {
  if (c.input.payment !== "credit-card") return;
  if (scopeReaches("no-credit-card-claim-scope", c.consumer, c.trader) === "no") return;
  steps.push({
    id: "no-credit-claim",
    rung: "payment",
    kind: "open",
    title: "Claim from your credit card issuer under the Financial Contracts Act",
    who: "Your Norwegian credit card issuer, which the law lets you claim from when the seller doesn't put things right",
    action:
      "Write to the card issuer with the order, your complaint to the seller and its answer (or silence), and what you claim; you can ask for a chargeback at the same time. If the bank refuses, complain to it in writing, then to Finansklagenemnda, the Norwegian Financial Services Complaints Board.",
    why: factStatement("no-credit-card-claim-scope"),
    guide: { slug: "your-rights-norway", section: "your-credit-card-a-claim-against-the-card-issuer", label: "Your credit card in Norway: a claim against the card issuer" },
    more: [{ slug: "ombudsmen-and-their-clocks", section: "elsewhere", label: "When your bank says no: Finansklagenemnda and others" }],
    letter: "chargeback-request",
    evidence: PAYMENT_EVIDENCE,
    rules: [],
    caveat: "The pages we read don't say whether the claim reaches a seller outside Norway; card issuers have accepted such claims, so make it and let the issuer, or Finansklagenemnda, decide.",
  });
}

const AGENT_SECTION_75: GuideLink = { slug: "who-is-the-trader-with-an-agent", section: "section-75-and-card-protection", label: "Section 75 and card protection with an agent" };

function section75(c: Case, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[]): void {
  const { input } = c;
  const scope = factScope("uk-section-75-scope");
  const title = "A Section 75 claim against your credit card issuer";
  if (input.payment !== "credit-card" && input.payment !== "amex") {
    const reason: Partial<Record<PlanInput["payment"], string>> = {
      "debit-card": `Debit cards aren't covered: ${scope.summary}. Your bank's chargeback is the card route for a debit card.`,
      paypal: "Paying through PayPal usually breaks the link between the card and the seller that Section 75 needs, even if PayPal charged your credit card.",
      bnpl: `We don't offer it as a step: ${scope.summary}. Ask your buy-now-pay-later provider whether your plan gives you the same right.`,
      "agent-wallet": "You paid the agent's wallet, not the seller, so there is no credit card payment to the seller for Section 75 to cover.",
    };
    const why = reason[input.payment];
    if (why !== undefined) notOffered.push({ id: "section-75", rung: "payment", title, reason: why, ...(input.payment === "agent-wallet" ? { guide: AGENT_SECTION_75 } : {}) });
    return;
  }
  const min = factMoney("uk-section-75-min");
  if (input.amount !== undefined && input.currency === min.currency) {
    const amount = Number(input.amount);
    if (amount <= Number(min.amount)) {
      notOffered.push({
        id: "section-75",
        rung: "payment",
        title,
        reason: factText("Section 75 covers a single item with a cash price over {uk-section-75-min}; you paid less than that in all. A chargeback is the card route for smaller amounts."),
      });
      return;
    }
  } else if (input.amount === undefined) {
    dependsOn.push({
      id: "section-75",
      rung: "payment",
      title,
      field: "amount",
      text: factText("Section 75 covers one item with a cash price over {uk-section-75-min} and up to {uk-section-75-max}; what you paid shows whether it can apply."),
    });
  }
  const caveats = [
    input.payment === "amex" ? "It covers credit cards, not charge cards: if your American Express card is a charge card, it doesn't apply." : "",
    c.agent ? "Whether it covers a purchase paid through a shopping agent has not been settled." : "",
    factText("The limits are per item, not per order: an item must cost more than {uk-section-75-min} on its own."),
  ].filter(Boolean);
  steps.push({
    id: "section-75",
    rung: "payment",
    kind: "open",
    title: "Make a Section 75 claim with your credit card issuer",
    who: "Your UK credit card issuer, which the law makes equally liable with the seller",
    action: "Write to your card issuer claiming under section 75 of the Consumer Credit Act 1974. You can ask alongside a chargeback, or after one is refused.",
    why: factStatement("uk-section-75-scope"),
    guide: { slug: "your-rights-uk", section: "section-75-your-credit-card-provider-is-liable-too", label: "Section 75: your credit card provider is liable too" },
    ...(c.agent ? { more: [AGENT_SECTION_75] } : {}),
    letter: "section-75-claim",
    evidence: PAYMENT_EVIDENCE,
    rules: ["uk-court-time-limit"],
    caveat: caveats.join(" "),
  });
}

// ————— A body that can act —————

function bodySteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[]): void {
  const { input } = c;
  const uk = input.country === "GB";

  paymentOmbudsman(c, steps);

  // ECC-Net: consumers in the EU, Norway and Iceland, traders in another of those or the UK.
  const ecc = scopeReaches("ecc-net-scope", c.consumer, c.trader, { crossBorder: true });
  // Only buyers the network certainly serves hear about it at all.
  const eccConsumer = placeIn(factScope("ecc-net-scope").consumersIn, c.consumer) === "yes";
  if (eccConsumer) {
    const eccTitle = "The European Consumer Centre in your country";
    if (ecc === "yes") {
      steps.push({
        id: "ecc-net",
        rung: "body",
        kind: "open",
        title: "Ask the European Consumer Centre in your country for help",
        who: `The European Consumer Centre ${COUNTRY_NAMES[input.country]} (ECC-Net), which contacts the trader for you`,
        action: "Once the seller and the platform have failed, send the centre your complaint with your evidence; it takes the case up with its partner centre in the seller's country.",
        why: factStatement("ecc-net-scope"),
        guide: { slug: "consumer-bodies-and-mediation", section: "european-consumer-centres-for-traders-in-the-eu-norway-iceland-and-the-uk", label: "European Consumer Centres" },
        letter: "consumer-body-complaint",
        evidence: BODY_EVIDENCE,
        rules: [],
        caveat: "It works by persuasion: it has no enforcement powers, and it doesn't handle outright fraud.",
      });
    } else if (ecc === "no") {
      notOffered.push({
        id: "ecc-net",
        rung: "body",
        title: eccTitle,
        reason: sellerIsHome(c)
          ? "It takes cross-border complaints only; for a seller in your own country, go to your national consumer body or an ADR scheme instead."
          : `It can take up ${factScope("ecc-net-scope").summary}, so it can't act against ${sellerWords(c)}.`,
      });
    } else {
      dependsOn.push({
        id: "ecc-net",
        rung: "body",
        title: eccTitle,
        field: "sellerCountry",
        text: `The European Consumer Centres can take up ${factScope("ecc-net-scope").summary}.`,
      });
    }
    notOffered.push({ id: "eu-odr", rung: "body", title: "The EU Online Dispute Resolution platform", reason: factStatement("eu-odr-closed") });
  }

  if (uk) {
    const ukicc = scopeReaches("ukicc-scope", c.consumer, c.trader);
    const title = "The UK International Consumer Centre";
    if (ukicc === "yes") {
      steps.push({
        id: "ukicc",
        rung: "body",
        kind: "open",
        title: "Ask the UK International Consumer Centre for help",
        who: "The UK International Consumer Centre (UKICC), which contacts the trader through its partner abroad",
        action: "Once the seller and the platform have failed, send the UKICC your complaint with your evidence.",
        why: factStatement("ukicc-scope"),
        guide: { slug: "consumer-bodies-and-mediation", section: "uk-international-consumer-centre-for-uk-residents-but-not-for-china", label: "UK International Consumer Centre" },
        letter: "consumer-body-complaint",
        evidence: BODY_EVIDENCE,
        rules: [],
      });
    } else if (ukicc === "no") {
      notOffered.push({
        id: "ukicc",
        rung: "body",
        title,
        reason: sellerIsHome(c)
          ? "It helps with traders abroad; for a seller in the UK, ask Citizens Advice, or an ADR scheme the trader belongs to."
          : `It can take up ${factScope("ukicc-scope").summary}, so it can advise you but not contact ${sellerWords(c)}.`,
      });
    } else {
      dependsOn.push({ id: "ukicc", rung: "body", title, field: "sellerCountry", text: `The UK International Consumer Centre can take up ${factScope("ukicc-scope").summary}.` });
    }
  }

  const homeBody = HOME_BODIES[input.country];
  if (homeBody !== undefined) homeConsumerBody(c, homeBody, steps, notOffered, dependsOn);
  else if (sellerIsHome(c) && !uk) {
    steps.push({
      id: "national-consumer-body",
      rung: "body",
      kind: "open",
      title: "Ask your national consumer body, or the trader's ADR scheme",
      who: "The consumer body or alternative dispute resolution (ADR) scheme for traders in your country",
      action: "Check the shop's terms for an ADR scheme it belongs to, and ask your national consumer body what it can do.",
      why: "Bodies and ADR schemes mostly act for traders in their own country, which is where your seller is.",
      guide: WHO_CAN_HELP[input.country] ?? { slug: "consumer-bodies-and-mediation", section: "adr-bodies-and-ombudsmen-mostly-for-traders-in-your-own-country", label: "ADR bodies and ombudsmen" },
      letter: "consumer-body-complaint",
      evidence: BODY_EVIDENCE,
      rules: [],
    });
  }
  crossBorderBody(c, steps);
  if (input.country === "CH") {
    // Swiss buyers often expect Europe's network to help; its scope fact says whose consumers it serves.
    const scope = factScope("ecc-net-scope");
    if (placeIn(scope.consumersIn, c.consumer) === "no") {
      notOffered.push({
        id: "ecc-net",
        rung: "body",
        title: "The European Consumer Centres",
        reason: `${factStatement("ecc-net-scope")} Consumers living in Switzerland aren't among them.`,
        guide: WHO_CAN_HELP.CH,
      });
    }
  }

  if (input.country === "AU") {
    const reach = scopeReaches("au-consumer-guarantees-scope", c.consumer, c.trader);
    if (reach !== "no") {
      steps.push({
        id: "au-state-agency",
        rung: "body",
        kind: "open",
        title: "Ask your state or territory consumer agency",
        who: "Your state or territory's consumer protection agency (the ACCC deals with widespread issues, not single complaints)",
        action: "Tell the seller which consumer guarantee it broke, then, if it still won't put it right, complain to your state or territory agency.",
        why: factStatement("au-consumer-guarantees-scope"),
        guide: { slug: "your-rights-australia-and-new-zealand", section: "where-australian-help-stops", label: "Where Australian help stops" },
        letter: "consumer-body-complaint",
        evidence: BODY_EVIDENCE,
        rules: [],
        caveat: "Enforcing the guarantees against a seller abroad is hard; the payment routes above are what usually get money back.",
      });
    }
  }
  if (input.country === "NZ") {
    notOffered.push({
      id: "nz-commerce-commission",
      rung: "body",
      title: "The Commerce Commission",
      reason: "It enforces the Fair Trading Act but doesn't act for individual buyers; the Disputes Tribunal is the route for your own claim.",
    });
  }

  if (!sellerIsHome(c)) {
    steps.push({
      id: "econsumer-report",
      rung: "body",
      kind: "open",
      title: "Report the seller to econsumer.gov",
      who: "econsumer.gov, which shares reports with consumer protection agencies in many countries",
      action: "File a short report: it won't get your money back, but it helps agencies act against sellers who do this to many people.",
      why: factStatement("econsumer-gov-scope"),
      guide: { slug: "consumer-bodies-and-mediation", section: "econsumergov-a-report-not-a-rescue", label: "econsumer.gov: a report, not a rescue" },
      letter: null,
      evidence: [],
      rules: [],
    });
  }
}

/**
 * The financial ombudsman (or, in the US, the regulator's complaint service) that reviews how the
 * buyer's own card issuer handled a refused chargeback or card claim. Its scope fact's `tradersIn`
 * names where the firm is, the buyer's own bank, not the seller, so only the buyer's side is read.
 */
interface PaymentOmbudsman {
  id: "financial-ombudsman" | "cfpb-complaint";
  scope: string;
  title: string;
  who: string;
  action: string;
  section: string;
  label: string;
  caveat?: string;
  /** The planner's deadlines for this body's clocks, where the planner has them. */
  rules?: readonly RuleId[];
}

function paymentOmbudsmen(): readonly PaymentOmbudsman[] {
  return [
    {
      id: "financial-ombudsman",
      scope: "uk-fos-scope",
      title: "If your bank says no, complain to it, then to the Financial Ombudsman",
      who: "The Financial Ombudsman Service, about your bank (never about the seller)",
      action: factText(
        "If your bank refuses your chargeback or Section 75 claim, or mishandles it, complain to the bank in writing first. It has up to {uk-fos-firm-response-window} to send its final response; if that doesn't put it right, take it to the Financial Ombudsman Service within {uk-fos-referral-window} of the response.",
      ),
      section: "uk-the-financial-ombudsman-service",
      label: "The UK's Financial Ombudsman Service and its clocks",
      rules: ["uk-fos-final-response", "uk-fos-referral"],
    },
    {
      id: "financial-ombudsman",
      scope: "au-afca-scope",
      title: "If your bank says no, complain to it, then to AFCA",
      who: "The Australian Financial Complaints Authority (AFCA), about your bank or card issuer (never about the seller)",
      action: factText(
        "If your bank refuses the chargeback, or mishandles it, complain to it in writing first; it has up to {au-afca-idr-window} to give its final answer. If that doesn't put it right, lodge a complaint with AFCA within {au-afca-referral-window} of the answer.",
      ),
      section: "australia-afca",
      label: "Australia's AFCA and its clocks",
    },
    {
      id: "financial-ombudsman",
      scope: "ca-obsi-scope",
      title: "If your bank says no, complain to it, then to OBSI",
      who: "The Ombudsman for Banking Services and Investments (OBSI), about your bank or card issuer (never about the seller)",
      action: factText(
        "If your bank refuses the chargeback, or mishandles it, make a complaint through its complaint process; it has {ca-obsi-bank-response-window} to respond. If that doesn't put it right, bring the complaint to OBSI within {ca-obsi-referral-window} of the bank's final response.",
      ),
      section: "canada-obsi",
      label: "Canada's OBSI and its clocks",
      caveat: "Check that your card issuer takes part in OBSI: its website has a look-up tool.",
    },
    {
      id: "cfpb-complaint",
      scope: "us-cfpb-scope",
      title: "If your card issuer says no, complain to the CFPB",
      who: "The Consumer Financial Protection Bureau, about your card issuer (never about the seller)",
      action: factText(
        "If your card issuer refuses the dispute, or ignores the billing-error rules, send a complaint through the CFPB's complaint service with your evidence and the issuer's answer; the issuer is expected to respond within {us-cfpb-company-response}.",
      ),
      section: "us-the-cfpb-and-your-rights-under-card-law",
      label: "The US: the CFPB and your rights under card law",
    },
  ];
}

function paymentOmbudsman(c: Case, steps: RoutedStep[]): void {
  const { input } = c;
  if (input.payment !== "credit-card" && input.payment !== "debit-card" && input.payment !== "amex") return;
  const body = paymentOmbudsmen().find((o) => placeIn(factScope(o.scope).consumersIn, c.consumer) === "yes");
  if (body === undefined) return;
  steps.push({
    id: body.id,
    rung: "body",
    kind: "open",
    title: body.title,
    who: body.who,
    action: body.action,
    why: factStatement(body.scope),
    guide: { slug: "ombudsmen-and-their-clocks", section: body.section, label: body.label },
    letter: null,
    evidence: BODY_EVIDENCE,
    rules: body.rules ?? [],
    ...(body.caveat === undefined ? {} : { caveat: body.caveat }),
  });
}

/** Each country guide's "Who can help, and who can't", for the buyers the plan sends to a body there. */
const WHO_CAN_HELP: Partial<Record<string, GuideLink>> = {
  CH: { slug: "your-rights-switzerland", section: "who-can-help-and-who-cant", label: "Who can help in Switzerland, and who can't" },
  NO: { slug: "your-rights-norway", section: "who-can-help-and-who-cant", label: "Who can help in Norway, and who can't" },
  JP: { slug: "your-rights-japan", section: "who-can-help-and-who-cant", label: "Who can help in Japan, and who can't" },
  KR: { slug: "your-rights-south-korea", section: "who-can-help-and-who-cant", label: "Who can help in South Korea, and who can't" },
  SG: { slug: "your-rights-singapore", section: "who-can-help-and-who-cant", label: "Who can help in Singapore, and who can't" },
};

/** A body for complaints against traders in the buyer's own country, whose reach its scope fact gives. */
interface HomeBody {
  id: "ch-ecommerce-ombudsman" | "no-consumer-council" | "sg-case";
  scope: string;
  name: string;
  title: string;
  who: string;
  action: string;
}

const HOME_BODIES: Partial<Record<string, HomeBody>> = {
  CH: {
    id: "ch-ecommerce-ombudsman",
    scope: "ch-ecommerce-ombudsman-scope",
    name: "The Swiss E-commerce Ombudsman's Office",
    title: "Complain to the Swiss E-commerce Ombudsman's Office",
    who: "The Ombudsstelle E-Commerce, free of charge, once you have tried the shop's customer service",
    action: "Once the shop's customer service has failed, send the office your complaint with your evidence. Its decision is a recommendation both sides may accept or not; after it, the next step is the conciliation authority.",
  },
  NO: {
    id: "no-consumer-council",
    scope: "no-complaint-bodies-scope",
    name: "Forbrukerrådet and the Consumer Complaints Committee",
    title: "Ask Forbrukerrådet to mediate",
    who: "Forbrukerrådet (the Consumer Council), then the Consumer Complaints Committee (Forbrukerklageutvalget)",
    action: "Once the seller has failed, send Forbrukerrådet your complaint with your evidence. If its mediation fails, the Consumer Complaints Committee decides the case in writing.",
  },
  SG: {
    id: "sg-case",
    scope: "sg-case-scope",
    name: "The Consumers Association of Singapore (CASE)",
    title: "Ask the Consumers Association of Singapore (CASE) for help",
    who: "CASE, which advises for free and, for members, negotiates or mediates with the business",
    action: "Once the seller has failed, ask CASE for advice; as a member, you can ask it to take the complaint up with the business. If that fails, the Small Claims Tribunals are the next step.",
  },
};

function homeConsumerBody(c: Case, body: HomeBody, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[]): void {
  const reach = scopeReaches(body.scope, c.consumer, c.trader);
  const guide = WHO_CAN_HELP[c.input.country];
  if (guide === undefined) return;
  if (reach === "yes") {
    steps.push({
      id: body.id,
      rung: "body",
      kind: "open",
      title: body.title,
      who: body.who,
      action: body.action,
      why: factStatement(body.scope),
      guide,
      letter: "consumer-body-complaint",
      evidence: BODY_EVIDENCE,
      rules: [],
    });
  } else if (reach === "no") {
    notOffered.push({ id: body.id, rung: "body", title: body.name, reason: `${factStatement(body.scope)} It can't act against ${sellerWords(c)}.`, guide });
  } else {
    dependsOn.push({ id: body.id, rung: "body", title: body.name, field: "sellerCountry", text: factStatement(body.scope) });
  }
}

/**
 * Japan's and South Korea's public services for complaints about businesses abroad. They have no
 * power over a seller, but can advise and pass a complaint to a partner body where there is one.
 */
function crossBorderBody(c: Case, steps: RoutedStep[]): void {
  const { input } = c;
  if (sellerIsHome(c)) return;
  if (input.country === "JP" && scopeReaches("jp-ccj-scope", c.consumer, c.trader) !== "no") {
    steps.push({
      id: "jp-ccj",
      rung: "body",
      kind: "open",
      title: "Ask the Cross-border Consumer Center Japan (CCJ) for help",
      who: "The CCJ, online and in Japanese, which passes complaints to partner bodies abroad",
      action: "Once the seller and the platform have failed, send the CCJ your case through its online form. It advises you and, where it has a partner body in the seller's country, passes the complaint on.",
      why: factStatement("jp-ccj-scope"),
      guide: WHO_CAN_HELP.JP ?? { slug: "your-rights-japan", section: null, label: "Your rights in Japan" },
      letter: null,
      evidence: BODY_EVIDENCE,
      rules: [],
      ...(c.trader === "CN" || c.trader === "unknown" ? { caveat: "Mainland China isn't among its partner bodies in the pages we read, so for a seller there it can advise you but not pass the complaint on." } : {}),
    });
  }
  if (input.country === "KR" && scopeReaches("kr-kca-cross-border-scope", c.consumer, c.trader) !== "no") {
    steps.push({
      id: "kr-cross-border-portal",
      rung: "body",
      kind: "open",
      title: "Complain through the Korea Consumer Agency's cross-border portal",
      who: "The Korea Consumer Agency's Cross-Border Transaction Consumer Portal, in Korean, English or Chinese",
      action: "Once the seller and the platform have failed, file a complaint on the portal with your evidence. It can contact the business, or a partner body abroad, but it can't make a seller abroad pay.",
      why: factStatement("kr-kca-cross-border-scope"),
      guide: WHO_CAN_HELP.KR ?? { slug: "your-rights-south-korea", section: null, label: "Your rights in South Korea" },
      letter: null,
      evidence: BODY_EVIDENCE,
      rules: [],
    });
  }
}

// ————— A court or small claims —————

function courtSteps(c: Case, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[]): void {
  const { input } = c;
  const abroadReason = (limitNote: string) =>
    `A court where you live can hear a claim, but getting ${sellerWords(c)} to take part, or to pay, is very hard; ${limitNote}`;

  if (isEuCountry(input.country)) {
    const reach = scopeReaches("eu-small-claims-scope", c.consumer, c.trader, { crossBorder: true });
    const title = "The European Small Claims Procedure";
    const limit = factMoney("eu-small-claims-limit");
    if (reach === "yes") {
      const over = input.amount !== undefined && input.currency === limit.currency && Number(input.amount) > Number(limit.amount);
      if (over) {
        notOffered.push({ id: "eu-small-claims", rung: "court", title, reason: `${factStatement("eu-small-claims-limit")} Your claim is larger, so it would go to an ordinary court.` });
      } else {
        steps.push({
          id: "eu-small-claims",
          rung: "court",
          kind: "open",
          title: "Claim through the European Small Claims Procedure",
          who: "A court, in writing, with a judgment that can be enforced in the seller's EU country",
          action: "If nothing else has worked, fill in the standard claim form and send it to the court that has jurisdiction, usually in your own country for a consumer.",
          why: factStatement("eu-small-claims-limit"),
          guide: { slug: "small-claims-and-arbitration", section: "european-small-claims-procedure-traders-in-another-eu-country", label: "European Small Claims Procedure" },
          letter: null,
          evidence: BODY_EVIDENCE,
          rules: [],
        });
      }
    } else if (reach === "no") {
      notOffered.push({
        id: "eu-small-claims",
        rung: "court",
        title,
        reason: sellerIsHome(c)
          ? "It is for claims across borders; against a seller in your own country, use your national small claims procedure."
          : `It is open to ${factScope("eu-small-claims-scope").summary}.`,
      });
      if (sellerIsHome(c)) localSmallClaims(c, steps, notOffered, dependsOn, "");
    } else {
      dependsOn.push({ id: "eu-small-claims", rung: "court", title, field: "sellerCountry", text: `The European Small Claims Procedure is open to ${factScope("eu-small-claims-scope").summary}.` });
    }
    return;
  }

  if (input.country === "GB") {
    const nation = input.region;
    const limitFact = nation === "SCT" ? "uk-small-claims-sct" : nation === "NIR" ? "uk-small-claims-nir" : "uk-small-claims-eng-wls";
    const title = "A small claim in a UK court";
    const limitWords =
      nation === undefined
        ? factText("the small claims limit is {uk-small-claims-eng-wls} in England and Wales, {uk-small-claims-sct} in Scotland and {uk-small-claims-nir} in Northern Ireland.")
        : `${factStatement(limitFact)}`;
    if (sellerIsHome(c)) {
      steps.push({
        id: "uk-small-claims",
        rung: "court",
        kind: "open",
        title: "Make a small claim in court",
        who: `The ${nation === "SCT" ? "sheriff court (simple procedure)" : "County Court (small claims)"}`,
        action: "If nothing else has worked, send the seller a letter before claim, then start a claim online. You usually pay a court fee, and winning doesn't mean you get paid.",
        why: limitWords.charAt(0).toUpperCase() + limitWords.slice(1),
        guide: { slug: "small-claims-and-arbitration", section: "uk-small-claims-the-limit-where-you-live", label: "UK small claims: the limit where you live" },
        letter: null,
        evidence: BODY_EVIDENCE,
        rules: ["uk-court-time-limit"],
      });
    } else if (c.trader === "unknown") {
      dependsOn.push({ id: "uk-small-claims", rung: "court", title, field: "sellerCountry", text: "Against a seller in the UK, a small claim in court is the last step; against a seller abroad, it rarely gets money back." });
    } else {
      notOffered.push({ id: "uk-small-claims", rung: "court", title, reason: abroadReason("your card and platform routes are the ones that get money back.") });
    }
    return;
  }

  if (input.country === "NZ") {
    const title = "The Disputes Tribunal";
    const limit = factStatement("nz-disputes-tribunal-limit");
    if (sellerIsHome(c)) {
      steps.push({
        id: "nz-disputes-tribunal",
        rung: "court",
        kind: "open",
        title: "Apply to the Disputes Tribunal",
        who: "New Zealand's Disputes Tribunal",
        action: factText("If nothing else has worked, apply to the tribunal; you present the case yourself. A claim must be filed within {nz-limitation} of what went wrong."),
        why: limit,
        guide: { slug: "your-rights-australia-and-new-zealand", section: "the-disputes-tribunal", label: "The Disputes Tribunal" },
        letter: null,
        evidence: BODY_EVIDENCE,
        rules: [],
      });
    } else if (c.trader === "unknown") {
      dependsOn.push({ id: "nz-disputes-tribunal", rung: "court", title, field: "sellerCountry", text: "Against a seller in New Zealand, the Disputes Tribunal is the last step; against a seller abroad, getting it to take part and enforcing an order are very hard." });
    } else {
      notOffered.push({ id: "nz-disputes-tribunal", rung: "court", title, reason: `${limit} ${getFact("nz-disputes-tribunal-limit").note ?? ""}`.trim() });
    }
    return;
  }

  // The US, Canada, Australia, and Switzerland, Norway, Japan, South Korea and Singapore (whose limits
  // the step quotes from the registry); a country outside the form's list has no court we can name.
  if (input.country === "other") return;
  localSmallClaims(c, steps, notOffered, dependsOn, abroadReason("your payment and platform routes are the ones that get money back."));
}

/** The small-claims route in each country guide, and the registry's limit for it. */
const LOCAL_SMALL_CLAIMS: Partial<Record<string, { guide: GuideLink; limit: string }>> = {
  CH: { guide: { slug: "your-rights-switzerland", section: "small-claims-conciliation-first", label: "Small claims in Switzerland: conciliation first" }, limit: "ch-simplified-procedure-limit" },
  NO: { guide: { slug: "your-rights-norway", section: "small-claims-the-conciliation-board", label: "Small claims in Norway: the conciliation board" }, limit: "no-conciliation-board-limit" },
  JP: { guide: { slug: "your-rights-japan", section: "small-claims-in-the-summary-court", label: "Small claims in Japan's summary court" }, limit: "jp-small-claims-limit" },
  KR: { guide: { slug: "your-rights-south-korea", section: "small-claims", label: "Small claims in South Korea" }, limit: "kr-small-claims-limit" },
  SG: { guide: { slug: "your-rights-singapore", section: "the-small-claims-tribunals", label: "Singapore's Small Claims Tribunals" }, limit: "sg-small-claims-limit" },
};

function localSmallClaims(c: Case, steps: RoutedStep[], notOffered: NotOffered[], dependsOn: DependsOn[], abroad: string): void {
  const { input } = c;
  const title = "Your local small claims court";
  const local = LOCAL_SMALL_CLAIMS[input.country];
  const guide: GuideLink =
    local !== undefined
      ? local.guide
      : input.country === "US"
      ? { slug: "small-claims-and-arbitration", section: "us-small-claims", label: "US small claims" }
      : input.country === "CA" || input.country === "AU"
        ? { slug: "small-claims-and-arbitration", section: "canada-australia-and-new-zealand", label: "Small claims in Canada, Australia and New Zealand" }
        : { slug: "small-claims-and-arbitration", section: "before-you-claim-is-it-worth-it", label: "Before you claim: is it worth it?" };
  if (sellerIsHome(c)) {
    steps.push({
      id: "local-small-claims",
      rung: "court",
      kind: "open",
      title: "Make a claim in your local small claims court",
      who: "Your local small claims court or tribunal",
      action: "If nothing else has worked, check your court's limit and fee, send the seller a final letter, then file the claim.",
      why: local === undefined ? "Against a seller in your own country, a small claim is the last step and can be enforced where the seller is." : factStatement(local.limit),
      guide,
      letter: null,
      evidence: BODY_EVIDENCE,
      rules: input.country === "SG" ? ["sg-small-claims"] : [],
    });
  } else if (c.trader === "unknown") {
    dependsOn.push({ id: "local-small-claims", rung: "court", title, field: "sellerCountry", text: "Against a seller in your own country, a small claim is the last step; against a seller abroad, it rarely gets money back." });
  } else {
    notOffered.push({ id: "local-small-claims", rung: "court", title, reason: abroad });
  }
}

// ————— Who is responsible —————

function chainFor(c: Case): ChainRouting {
  const { input } = c;
  const route: ChainRoute = c.agent ? "agent" : "direct";
  const stage = input.agentStage ?? "unknown";
  let highlight: ChainLinkId;
  let why: string;
  switch (input.problem) {
    case "stuck-at-customs":
    case "unexpected-charges":
      highlight = "customs";
      why = "Customs decides what is due and holds the parcel until it is paid or cleared; the carrier collects the charge and adds its own fee.";
      break;
    case "delivered-not-received":
      highlight = "carrier";
      why = "The local carrier marked it delivered, so it holds the proof of where the parcel went.";
      break;
    case "not-delivered":
      if (c.agent && stage === "not-shipped") {
        highlight = "seller";
        why = "The seller hasn't sent it to the agent's warehouse yet, so it is still the seller's to send or refund.";
      } else if (c.agent && stage === "at-warehouse") {
        highlight = "warehouse";
        why = "It is waiting in the agent's warehouse, so the agent has it and decides when it ships.";
      } else if (c.agent && stage === "delivered") {
        highlight = "carrier";
        why = "It was handed to the local carrier, so the last leg is where it went missing.";
      } else {
        highlight = "freight";
        why = c.agent
          ? "Most parcels that never arrive are lost or held on the international line, which the agent chose and answers for."
          : "Most parcels that never arrive are lost or held on the way, and the seller chose that carrier.";
      }
      break;
    case "faulty":
      if (c.agent && (stage === "international" || stage === "delivered")) {
        highlight = "warehouse";
        why = "Compare the agent's QC photos with what arrived: if it was fine in the photos, the damage happened later, on the freight line; if not, the seller sent it that way.";
      } else {
        highlight = "seller";
        why = "A fault that was there from the start is the seller's, and in a direct purchase so is damage on the way, because the seller chose the carrier.";
      }
      break;
    case "refund-not-paid":
    case "seller-unresponsive":
      highlight = c.agent ? "agent" : "seller";
      why = c.agent
        ? "The agent holds your order and your balance, and it is the one you have a contract with."
        : "The seller holds your money, and the platform and your payment provider can make it pay.";
      break;
    case "not-as-described":
    case "wrong-item":
    case "return":
      highlight = "seller";
      why = c.agent
        ? "The seller sent what it sent; the agent's QC photos show whether it was already wrong before it left the warehouse."
        : "The seller answers for sending what it described.";
      break;
  }
  return { route, links: chainLinks(route), highlight, why, guide: chainGuide(c) };
}

/** Who owes what along the chain: with an agent, who the trader is at each stage; direct, the guide's own "each leg" table. */
function chainGuide(c: Case): GuideLink | null {
  if (c.agent) return { slug: "who-is-the-trader-with-an-agent", section: "purchasing-agent-reseller-or-forwarder", label: "Who is the trader when you buy through an agent" };
  if (c.group === "charges" || c.input.problem === "stuck-at-customs") {
    return { slug: "customs-charges-and-disputes", section: "who-is-responsible-at-each-leg", label: "Customs charges: who is responsible at each leg" };
  }
  if (c.group === "missing") return { slug: "delayed-or-missing-parcels", section: "who-is-responsible-at-each-leg", label: "Late or missing parcels: who is responsible at each leg" };
  return null;
}
