import {
  type CalendarDate,
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  formatDayMonthYear,
  isAfter,
} from "@/lib/dates";
import { type DeadlineInput, type PaymentMethod, type Problem, isEuCountry } from "./inputs";
import {
  type Confidence,
  type DeadlineRule,
  type Period,
  type RuleId,
  type RuleKind,
  type Source,
  CONFIDENCE_LEVELS,
  DEADLINE_RULES,
} from "./rules";

export type DeadlineStatus = "passed" | "today" | "upcoming" | "unknown";

export type CaseEvent = "payment" | "expected-delivery" | "delivery" | "dispute-opened" | "statement";

export const CASE_EVENT_LABELS: Record<CaseEvent, string> = {
  payment: "payment date",
  "expected-delivery": "latest expected delivery date",
  delivery: "delivery date",
  "dispute-opened": "day you opened the dispute",
  statement: "statement date",
};

export interface CountsFrom {
  event: CaseEvent;
  date: CalendarDate;
}

export interface Deadline {
  id: RuleId;
  title: string;
  /** The last day to act, or null when it can't be computed from what we know (see unavailableReason). */
  date: CalendarDate | null;
  unavailableReason: string | null;
  /** Days from `today` to `date`; negative once passed. */
  daysLeft: number | null;
  status: DeadlineStatus;
  action: string;
  enforcedBy: string;
  kind: RuleKind;
  legalBasis: string;
  /** The rule in words. */
  rule: string;
  confidence: Confidence;
  source: Source;
  otherSources: Source[];
  lastChecked: CalendarDate | null;
  note: string;
  /** What it means once the date has passed, and what may still help. */
  whenPassed: string;
  countsFrom: CountsFrom | null;
  /** How the date was worked out, e.g. "1 September 2026 (payment date) + 180 days". */
  calculation: string | null;
}

export interface PlanMessage {
  id: string;
  text: string;
}

/**
 * A way to get money back that has no short deadline of its own, so it stays open after the dated
 * ones pass (Section 75, consumer guarantees). Shown with the open deadlines, never under "good to know".
 */
export interface OpenRoute {
  id: "uk-section-75" | "au-nz-guarantees";
  title: string;
  text: string;
  /** The tool or guide that acts on it. */
  next: { href: string; label: string };
}

/** A date the buyer entered that is after today, although it can only be in the past. */
export interface DateToCheck {
  field: "paid" | "delivered" | "disputeOpened" | "statementDate";
  label: string;
  date: CalendarDate;
}

export interface DeadlinePlan {
  input: DeadlineInput;
  today: CalendarDate;
  /** Dated deadlines first, earliest first; then those we couldn't date. */
  deadlines: Deadline[];
  /** Routes with no deadline of their own that stay open for this case. */
  routes: OpenRoute[];
  /** Dates after today that should be in the past: every deadline counts from them, so check them first. */
  datesToCheck: DateToCheck[];
  /** Things that can cost the buyer money: missing protection, shorter bank deadlines. */
  warnings: PlanMessage[];
  /** Context that helps read the dates. */
  notes: PlanMessage[];
}

type Outcome =
  | {
      date: CalendarDate;
      countsFrom: CountsFrom;
      cappedAt?: { days: number; date: CalendarDate };
      extraNote?: string;
      /** Lowers (never raises) the rule's confidence for this case. */
      confidence?: Confidence;
    }
  | { date: null; reason: string; extraNote?: string };

/** Returns null when the rule does not apply to this case at all. */
type Compute = (input: DeadlineInput, rule: DeadlineRule) => Outcome | null;

const CARD_PAYMENTS: readonly PaymentMethod[] = ["credit-card", "debit-card"];
const QUALITY_PROBLEMS: readonly Problem[] = ["faulty", "not-as-described"];

function addPeriod(date: CalendarDate, period: Period): CalendarDate {
  switch (period.unit) {
    case "days":
      return addDays(date, period.amount);
    case "months":
      return addMonths(date, period.amount);
    case "years":
      return addYears(date, period.amount);
  }
}

function requirePeriod(rule: DeadlineRule): Period {
  if (rule.period === null) throw new Error(`Rule ${rule.id} has no period to count with`);
  return rule.period;
}

function countFrom(rule: DeadlineRule, event: CaseEvent, date: CalendarDate): Outcome {
  return { date: addPeriod(date, requirePeriod(rule)), countsFrom: { event, date } };
}

function lowerConfidence(a: Confidence, b: Confidence | undefined): Confidence {
  if (b === undefined) return a;
  return CONFIDENCE_LEVELS.indexOf(b) > CONFIDENCE_LEVELS.indexOf(a) ? b : a;
}

/** The consumer's own receipt of the goods starts the 14-day cancellation period (UK and EU alike). */
function fromReceipt(rule: DeadlineRule, input: DeadlineInput): Outcome {
  if (input.delivered === undefined) {
    return {
      date: null,
      reason: "The 14 days start the day after you receive the goods. You can already cancel before they arrive.",
    };
  }
  return countFrom(rule, "delivery", input.delivered);
}

function fromDeliveryForQualityProblems(rule: DeadlineRule, input: DeadlineInput): Outcome | null {
  if (!QUALITY_PROBLEMS.includes(input.problem)) return null;
  if (input.delivered === undefined) {
    return { date: null, reason: "This counts from the day the goods were delivered. Enter the delivery date to see it." };
  }
  return countFrom(rule, "delivery", input.delivered);
}

function fromExpectedDelivery(rule: DeadlineRule, input: DeadlineInput, where: string): Outcome {
  if (input.expected === undefined) {
    return {
      date: null,
      reason: `This counts from the latest estimated delivery date shown on your ${where} order. Enter it to see the date.`,
    };
  }
  return countFrom(rule, "expected-delivery", input.expected);
}

const COMPUTE: Record<RuleId, Compute> = {
  "card-chargeback": (input, rule) => {
    if (!CARD_PAYMENTS.includes(input.payment)) return null;
    const period = requirePeriod(rule);
    const cap = rule.capDaysFromPayment === undefined ? null : { days: rule.capDaysFromPayment, date: addDays(input.paid, rule.capDaysFromPayment) };
    /** 120 days from `start`, but never past the 540-day cap from the transaction. */
    const lastDayFrom = (start: CalendarDate) => {
      const uncapped = addPeriod(start, period);
      return cap !== null && isAfter(uncapped, cap.date) ? { date: cap.date, capped: true } : { date: uncapped, capped: false };
    };
    // Visa and Mastercard both count from the latest expected delivery date when goods never
    // arrived; otherwise we count from the transaction, the earliest (safest) start.
    const base: CountsFrom =
      input.problem === "not-delivered" && input.expected !== undefined
        ? { event: "expected-delivery", date: input.expected }
        : { event: "payment", date: input.paid };
    const last = lastDayFrom(base.date);
    let extraNote: string | undefined;
    if (input.problem === "not-delivered" && base.event === "payment") {
      extraNote =
        "Counted from the payment date because no expected delivery date was entered; if the seller gave one, the 120 days count from it instead. When no date was given, Mastercard has banks wait 30 days after the transaction before raising a non-delivery chargeback.";
    } else if (input.problem !== "not-delivered") {
      const fromReceiptDate =
        input.delivered === undefined ? "" : ` (here ${formatDayMonthYear(lastDayFrom(input.delivered).date)})`;
      extraNote = `Counted from the payment date, the safest reading. For goods received not as described, faulty or returned, Visa may count the 120 days from the day you received them${fromReceiptDate}; ask your bank before relying on the later date.`;
    }
    return {
      date: last.date,
      countsFrom: base,
      ...(last.capped && cap !== null ? { cappedAt: cap } : {}),
      ...(extraNote === undefined ? {} : { extraNote }),
    };
  },

  "amex-dispute": (input, rule) => (input.payment === "amex" ? countFrom(rule, "payment", input.paid) : null),

  "paypal-dispute": (input, rule) => {
    if (input.payment !== "paypal") return null;
    const outcome = countFrom(rule, "payment", input.paid);
    if (input.problem === "return") {
      return {
        ...outcome,
        extraNote:
          "PayPal Buyer Protection doesn't cover a change of mind. It can help if you returned an item that was not as described and the seller kept it without refunding.",
      };
    }
    return outcome;
  },

  "paypal-escalation": (input, rule) => {
    if (input.payment !== "paypal") return null;
    if (input.disputeOpened === undefined) {
      return {
        date: null,
        reason: "The 20 days start on the day you open the PayPal dispute. Enter that date to see the deadline.",
      };
    }
    return countFrom(rule, "dispute-opened", input.disputeOpened);
  },

  "us-fcba-billing-error": (input, rule) => {
    if (input.country !== "US" || (input.payment !== "credit-card" && input.payment !== "amex")) return null;
    if (input.statementDate !== undefined) return countFrom(rule, "statement", input.statementDate);
    // Without the statement date we assume the statement went out the day you paid: the earliest it
    // could have, so the date shown is never later than the real one.
    return {
      ...countFrom(rule, "payment", input.paid),
      confidence: "low",
      extraNote:
        "You didn't enter the statement date, so this is the earliest the deadline could be (as if the first statement showing the charge was sent the day you paid). The real deadline is 60 days after that statement was sent, probably up to about a month later. Enter the statement date for an exact deadline.",
    };
  },

  "uk-cancellation": (input, rule) => (input.country === "GB" ? fromReceipt(rule, input) : null),

  "uk-short-term-reject": (input, rule) => (input.country === "GB" ? fromDeliveryForQualityProblems(rule, input) : null),

  "uk-six-year-limit": (input, rule) => (input.country === "GB" ? fromDeliveryForQualityProblems(rule, input) : null),

  "eu-withdrawal": (input, rule) => (isEuCountry(input.country) ? fromReceipt(rule, input) : null),

  "eu-legal-guarantee": (input, rule) => (isEuCountry(input.country) ? fromDeliveryForQualityProblems(rule, input) : null),

  "aliexpress-dispute": (input, rule) => {
    if (input.platform !== "aliexpress") return null;
    if (input.delivered !== undefined) {
      return {
        ...countFrom(rule, "delivery", input.delivered),
        extraNote: "This assumes you confirm receipt on the day it arrives, which completes the order.",
      };
    }
    if (input.expected !== undefined) {
      return {
        ...countFrom(rule, "expected-delivery", input.expected),
        extraNote: "This assumes the Purchase Protection countdown ends on your expected delivery date.",
      };
    }
    return {
      date: null,
      reason: "AliExpress shows this as the Purchase Protection countdown on your order page. Enter the expected delivery date for an estimate.",
    };
  },

  "temu-return": (input, rule) => {
    if (input.platform !== "temu") return null;
    if (input.problem === "not-delivered") {
      return {
        date: null,
        reason:
          "Temu's official policy gives a window for returns, not for parcels that never arrived. Report a missing parcel in Temu's support centre as soon as the delivery date passes.",
      };
    }
    return countFrom(rule, "payment", input.paid);
  },

  "ebay-money-back": (input, rule) => (input.platform === "ebay" ? fromExpectedDelivery(rule, input, "eBay") : null),

  "amazon-a-to-z": (input, rule) => (input.platform === "amazon" ? fromExpectedDelivery(rule, input, "Amazon") : null),

  "agent-return": (input) =>
    input.platform === "taobao-agent"
      ? {
          date: null,
          reason: "This counts from the day the item reached your agent's warehouse, and each agent sets its own window. Check your agent's warehouse log and help pages.",
        }
      : null,
};

function statusFor(daysLeft: number | null): DeadlineStatus {
  if (daysLeft === null) return "unknown";
  if (daysLeft < 0) return "passed";
  return daysLeft === 0 ? "today" : "upcoming";
}

function describePeriod(period: Period): string {
  const unit = period.amount === 1 ? period.unit.slice(0, -1) : period.unit;
  return `${period.amount} ${unit}`;
}

function buildDeadline(rule: DeadlineRule, outcome: Outcome, today: CalendarDate): Deadline {
  const note = outcome.extraNote === undefined ? rule.note : `${rule.note} ${outcome.extraNote}`;
  const base = {
    id: rule.id,
    title: rule.title,
    action: rule.action,
    enforcedBy: rule.enforcedBy,
    kind: rule.kind,
    legalBasis: rule.legalBasis,
    rule: rule.rule,
    source: rule.source,
    otherSources: rule.otherSources,
    lastChecked: rule.lastChecked,
    note,
    whenPassed: rule.whenPassed,
  };
  if (outcome.date === null) {
    return {
      ...base,
      date: null,
      unavailableReason: outcome.reason,
      daysLeft: null,
      status: "unknown",
      confidence: rule.confidence,
      countsFrom: null,
      calculation: null,
    };
  }
  const daysLeft = daysBetween(today, outcome.date);
  const from = outcome.countsFrom;
  let calculation =
    rule.period === null
      ? null
      : `${formatDayMonthYear(from.date)} (${CASE_EVENT_LABELS[from.event]}) + ${describePeriod(rule.period)}`;
  if (outcome.cappedAt !== undefined && calculation !== null) {
    calculation += `, capped at ${outcome.cappedAt.days} days after the payment date`;
  }
  return {
    ...base,
    date: outcome.date,
    unavailableReason: null,
    daysLeft,
    status: statusFor(daysLeft),
    confidence: lowerConfidence(rule.confidence, "confidence" in outcome ? outcome.confidence : undefined),
    countsFrom: from,
    calculation,
  };
}

function byDateThenRuleOrder(a: Deadline, b: Deadline): number {
  if (a.date !== null && b.date !== null) {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  } else if (a.date !== null) {
    return -1;
  } else if (b.date !== null) {
    return 1;
  }
  return ruleOrder(a.id) - ruleOrder(b.id);
}

function ruleOrder(id: RuleId): number {
  return DEADLINE_RULES.findIndex((rule) => rule.id === id);
}

function collectWarnings(input: DeadlineInput): PlanMessage[] {
  const warnings: PlanMessage[] = [];
  const hasPlatformProcess = input.platform !== "other";
  switch (input.payment) {
    case "bank-transfer":
      warnings.push({
        id: "no-protection-bank-transfer",
        text: "A bank transfer has no chargeback and no buyer protection. If you think this was fraud, tell your bank at once: it may try to recall the money, but it doesn't have to.",
      });
      break;
    case "agent-wallet":
      warnings.push({
        id: "no-protection-agent-wallet",
        text: "Money in a shopping agent's wallet is protected only by that agent's own policy. Card and PayPal protection cover the top-up payment to the agent, not the items you later bought with the balance, so they rarely help.",
      });
      break;
    case "paypal":
      warnings.push({
        id: "paypal-friends-and-family",
        text: "Only PayPal payments for goods and services are covered by Buyer Protection. A payment sent as “friends and family” has no protection at all.",
      });
      break;
    case "other":
      warnings.push({
        id: "unknown-payment-protection",
        text: "We don't know what protection your payment method gives. Ask your payment provider today whether it has a dispute process and what its time limit is.",
      });
      break;
    case "credit-card":
    case "debit-card":
    case "amex":
      warnings.push({
        id: "bank-internal-deadlines",
        text: "Card-scheme time limits bind the banks. Your own card issuer may set a shorter internal deadline for you to report a problem, so contact it as soon as the seller fails to fix things.",
      });
      break;
  }
  const unprotectedPayment = input.payment === "bank-transfer" || input.payment === "agent-wallet" || input.payment === "other";
  if (unprotectedPayment && !hasPlatformProcess) {
    warnings.push({
      id: "no-payment-or-platform-protection",
      text: "Neither your payment method nor a platform dispute process protects this purchase. Your routes are the seller, then consumer law where it reaches the seller, and in the end a court; no public body can get the money back for you.",
    });
  }
  if (input.platform === "amazon" && (CARD_PAYMENTS.includes(input.payment) || input.payment === "amex")) {
    warnings.push({
      id: "amazon-chargeback-ends-a-to-z",
      text: "If you ask your bank for a chargeback, Amazon no longer gives an A-to-z Guarantee refund for the order. Try A-to-z first if its deadline allows.",
    });
  }
  return warnings;
}

function collectNotes(input: DeadlineInput): PlanMessage[] {
  const notes: PlanMessage[] = [];
  const { country, payment } = input;
  if (country === "GB" && payment === "debit-card") {
    notes.push({
      id: "uk-debit-chargeback-only",
      text: "Debit cards have no Section 75 protection in the UK; you rely on the voluntary chargeback scheme.",
    });
  }
  if (country === "GB" && payment === "paypal") {
    notes.push({
      id: "uk-paypal-breaks-section-75",
      text: "Paying through PayPal usually means Section 75 doesn't apply, even if PayPal charged your credit card.",
    });
  }
  if (country === "GB" || isEuCountry(country)) {
    notes.push({
      id: "consumer-law-cross-border",
      text: "Your consumer-law rights bind an overseas seller only where it directs its sales at your country, and they are hard to enforce against a seller in China. Payment and platform deadlines are usually what gets money back.",
    });
  }
  if (country === "US") {
    notes.push({
      id: "us-no-federal-return-right",
      text: "US federal law gives no general right to return online purchases; your strongest routes are the platform, PayPal and your card issuer.",
    });
  }
  if (country === "CA") {
    notes.push({
      id: "ca-provincial-law",
      text: "In Canada, consumer protection is provincial, and periods differ by province. We don't show those dates here.",
    });
  }
  if (country === "other") {
    notes.push({
      id: "no-country-rules",
      text: "We don't have consumer-law deadlines for your country, so only payment and platform deadlines are shown.",
    });
  }
  if (input.platform === "other") {
    notes.push({
      id: "shop-own-policy",
      text: "Check the shop's own returns and dispute policy too: it may give you a window that isn't shown here.",
    });
  }
  if (input.problem === "not-delivered" && input.expected === undefined) {
    notes.push({
      id: "enter-expected-delivery",
      text: "Add the latest expected delivery date from your order page: several deadlines count from it.",
    });
  }
  return notes;
}

function collectRoutes(input: DeadlineInput): OpenRoute[] {
  const routes: OpenRoute[] = [];
  const { country, payment } = input;
  if (country === "GB" && (payment === "credit-card" || payment === "amex")) {
    routes.push({
      id: "uk-section-75",
      title: "Section 75 claim with your credit card issuer",
      text: "Section 75 of the Consumer Credit Act 1974: if you paid by credit card and the item's cash price was over £100 and up to £30,000 (delivery not counted), the card issuer is equally liable with the seller, including for overseas sellers. It has no short deadline of its own (the 6-year limit for court claims applies), so it stays open after a chargeback window closes. It doesn't apply to American Express charge cards (only credit cards), and paying through a shopping agent may break this cover; that is unresolved.",
      next: { href: "/tools/letters/section-75-claim", label: "Write a Section 75 claim" },
    });
  }
  if (country === "AU" || country === "NZ") {
    routes.push({
      id: "au-nz-guarantees",
      title: "Consumer guarantees (acceptable quality, matching the description)",
      text: "Australian and New Zealand consumer guarantees have no fixed deadline: they last a reasonable time for the product. They bind overseas businesses selling to you, but enforcing them abroad is hard.",
      next: { href: "/guides/your-rights-australia-and-new-zealand", label: "Your rights in Australia and New Zealand" },
    });
  }
  return routes;
}

const DATES_THAT_MUST_HAVE_HAPPENED = [
  ["paid", "payment date"],
  ["delivered", "delivery date"],
  ["disputeOpened", "date you opened the PayPal dispute"],
  ["statementDate", "statement date"],
] as const;

function collectDatesToCheck(input: DeadlineInput, today: CalendarDate): DateToCheck[] {
  const found: DateToCheck[] = [];
  for (const [field, label] of DATES_THAT_MUST_HAVE_HAPPENED) {
    const date = input[field];
    if (date !== undefined && isAfter(date, today)) found.push({ field, label, date });
  }
  return found;
}

/** Every deadline that applies to one order, dated and sourced, relative to `today`. */
export function planDeadlines(input: DeadlineInput, options: { today: CalendarDate }): DeadlinePlan {
  const { today } = options;
  const deadlines: Deadline[] = [];
  for (const rule of DEADLINE_RULES) {
    const outcome = COMPUTE[rule.id](input, rule);
    if (outcome !== null) deadlines.push(buildDeadline(rule, outcome, today));
  }
  deadlines.sort(byDateThenRuleOrder);
  return {
    input,
    today,
    deadlines,
    routes: collectRoutes(input),
    datesToCheck: collectDatesToCheck(input, today),
    warnings: collectWarnings(input),
    notes: collectNotes(input),
  };
}

/** The first deadline that has not passed, for "your next deadline" summaries. */
export function nextDeadline(plan: DeadlinePlan): Deadline | null {
  return plan.deadlines.find((deadline) => deadline.daysLeft !== null && deadline.daysLeft >= 0) ?? null;
}
