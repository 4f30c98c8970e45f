import {
  type CalendarDate,
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  formatDayMonthYear,
  isAfter,
  minDate,
} from "@/lib/dates";
import { factDuration, factStatement, factText, formatFactValue, getFact } from "@/lib/facts";
import {
  COUNTRY_NAMES,
  type Country,
  type DeadlineInput,
  type PaymentMethod,
  type Problem,
  PLATFORM_LABELS,
  REGION_NAMES,
  isEuCountry,
} from "./inputs";
import { type RuleLink, ruleLinks } from "./links";
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

export type CaseEvent =
  | "payment"
  | "expected-delivery"
  | "delivery"
  | "dispute-opened"
  | "statement"
  | "cancelled"
  | "notice"
  | "complained"
  | "final-response"
  | "posted";

export const CASE_EVENT_LABELS: Record<CaseEvent, string> = {
  payment: "payment date",
  "expected-delivery": "latest expected delivery date",
  delivery: "delivery date",
  "dispute-opened": "day you opened the dispute",
  statement: "statement date",
  cancelled: "day you sent the cancellation notice",
  notice: "date of the customs notice",
  complained: "day you complained",
  "final-response": "date of the final response",
  posted: "posting date",
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
  lastChecked: CalendarDate;
  note: string;
  /** What it means once the date has passed, and what may still help. */
  whenPassed: string;
  countsFrom: CountsFrom | null;
  /** How the date was worked out, e.g. "1 September 2026 (payment date) + " and the period in words. */
  calculation: string | null;
  /** The guide section that explains what to do, and the letter that does it (lib/deadlines/links.ts). */
  guide: RuleLink | null;
  letter: RuleLink | null;
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
  field: "paid" | "delivered" | "disputeOpened" | "statementDate" | "notice" | "complained" | "finalResponse" | "posted";
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

/** What a case changes about a rule: the fact it rests on for this case, and how sure we are. */
interface CaseBasis {
  /** The rule's sentence for this case (another of its facts' statements). */
  rule?: string;
  /** The source of that fact, shown first. */
  source?: Source;
  extraNote?: string;
  /** Lowers (never raises) the rule's confidence for this case. */
  confidence?: Confidence;
}

type DatedOutcome = CaseBasis & {
  date: CalendarDate;
  countsFrom: CountsFrom;
  /** The period added to countsFrom, for the calculation line. */
  period: Period;
  cappedAt?: { period: Period; date: CalendarDate };
  /** Replaces the "date + period" line when the date takes several steps. */
  calculation?: string;
};
type Outcome = DatedOutcome | (CaseBasis & { date: null; reason: string });

/** Returns null when the rule does not apply to this case at all. */
type Compute = (input: DeadlineInput, rule: DeadlineRule) => Outcome | null;

const CARD_PAYMENTS: readonly PaymentMethod[] = ["credit-card", "debit-card"];
const CREDIT_CARD_PAYMENTS: readonly PaymentMethod[] = ["credit-card", "amex"];
const QUALITY_PROBLEMS: readonly Problem[] = ["faulty", "not-as-described"];

/**
 * Monday to Friday after `date`. Public holidays are not working days either, so the real last day
 * can only be later than this one, never earlier (the rule's note says so).
 */
function addWorkingDays(date: CalendarDate, count: number): CalendarDate {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    const weekday = dayOfWeek(day);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

function addPeriod(date: CalendarDate, period: Period): CalendarDate {
  switch (period.unit) {
    case "days":
      return addDays(date, period.amount);
    case "working-days":
      return addWorkingDays(date, period.amount);
    case "weeks":
      return addDays(date, period.amount * 7);
    case "months":
      return addMonths(date, period.amount);
    case "years":
      return addYears(date, period.amount);
    default:
      // rules.ts refuses such periods at load; this guards facts read here directly.
      throw new Error(`The planner cannot count a period in ${period.unit}`);
  }
}

function requirePeriod(rule: DeadlineRule): Period {
  if (rule.period === null) throw new Error(`Rule ${rule.id} has no period to count with`);
  return rule.period;
}

function countWith(period: Period, event: CaseEvent, date: CalendarDate): DatedOutcome {
  return { date: addPeriod(date, period), countsFrom: { event, date }, period };
}

function countFrom(rule: DeadlineRule, event: CaseEvent, date: CalendarDate): DatedOutcome {
  return countWith(requirePeriod(rule), event, date);
}

function lowerConfidence(a: Confidence, b: Confidence | undefined): Confidence {
  if (b === undefined) return a;
  return CONFIDENCE_LEVELS.indexOf(b) > CONFIDENCE_LEVELS.indexOf(a) ? b : a;
}

/** The consumer's own receipt of the goods starts the cancellation or withdrawal period (UK and EU alike). */
function fromReceipt(rule: DeadlineRule, input: DeadlineInput): Outcome {
  if (input.delivered === undefined) {
    return {
      date: null,
      reason: `The ${formatFactValue(requirePeriod(rule))} start the day after you receive the goods. You can already cancel before they arrive.`,
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

/**
 * PayPal gives an item that never arrived a window from the payment, and an item significantly
 * not as described (or faulty, or returned unrefunded) a shorter one from delivery, capped by the
 * payment window. Where PayPal's pages disagree, the snad fact holds the earlier date.
 */
function paypalDispute(input: DeadlineInput, rule: DeadlineRule): Outcome | null {
  if (input.payment !== "paypal") return null;
  const inrWindow = factDuration("paypal-inr-window");
  if (input.problem === "not-delivered") return countWith(inrWindow, "payment", input.paid);
  const snadWindow = factDuration("paypal-snad-window");
  const outerLimit = addPeriod(input.paid, inrWindow);
  const snad = {
    rule: factStatement("paypal-snad-window"),
    source: getFact("paypal-snad-window").sources[0] ?? rule.source,
    extraNote:
      (getFact("paypal-snad-window").note ?? "") +
      (input.problem === "return"
        ? " PayPal Buyer Protection doesn't cover a change of mind. It can help if you returned an item that was not as described and the seller kept it without refunding."
        : ""),
  } satisfies CaseBasis;
  if (input.delivered === undefined) {
    return {
      ...snad,
      date: null,
      reason: factText(
        `For an item not as described, PayPal counts {paypal-snad-window} from delivery. Enter the delivery date to see your deadline. Whatever it is, the deadline is no later than ${formatDayMonthYear(outerLimit)}, {paypal-inr-window} after you paid.`,
      ),
    };
  }
  const fromDelivery = addPeriod(input.delivered, snadWindow);
  if (isAfter(fromDelivery, outerLimit)) {
    return { ...snad, ...countWith(snadWindow, "delivery", input.delivered), date: outerLimit, cappedAt: { period: inrWindow, date: outerLimit } };
  }
  return { ...snad, ...countWith(snadWindow, "delivery", input.delivered) };
}

/**
 * Ontario and Quebec make the credit card issuer reverse the charge when a seller who missed
 * delivery by the late-delivery period doesn't refund after you cancel. The request window counts
 * from the cancellation (Ontario, the earliest reading) or from the end of the refund period
 * (Quebec, section 54.14). Without the cancellation date, we show the earliest it could be: as if
 * you cancelled the first day you could.
 */
function provincialCardReversal(
  input: DeadlineInput,
  rule: DeadlineRule,
  province: { region: "ON" | "QC"; late: Period; refund: Period | null },
): Outcome | null {
  if (input.country !== "CA" || input.region !== province.region) return null;
  if (!CREDIT_CARD_PAYMENTS.includes(input.payment) || input.problem !== "not-delivered") return null;
  const request = requirePeriod(rule);
  const refundStep = province.refund === null ? "" : ` + ${formatFactValue(province.refund)} for the seller to refund`;
  const requestFrom = (cancelled: CalendarDate) => (province.refund === null ? cancelled : addPeriod(cancelled, province.refund));
  if (input.cancelled !== undefined) {
    const date = addPeriod(requestFrom(input.cancelled), request);
    return {
      date,
      countsFrom: { event: "cancelled", date: input.cancelled },
      period: request,
      calculation: `${formatDayMonthYear(input.cancelled)} (${CASE_EVENT_LABELS.cancelled})${refundStep} + ${formatFactValue(request)}`,
    };
  }
  const base: CountsFrom = input.expected !== undefined ? { event: "expected-delivery", date: input.expected } : { event: "payment", date: input.paid };
  const firstCancel = addPeriod(base.date, province.late);
  return {
    date: addPeriod(requestFrom(firstCancel), request),
    countsFrom: base,
    period: request,
    calculation: `${formatDayMonthYear(base.date)} (${CASE_EVENT_LABELS[base.event]}) + ${formatFactValue(province.late)} late before you can cancel${refundStep} + ${formatFactValue(request)}`,
    confidence: "low",
    extraNote:
      "You didn't enter the date you sent your cancellation notice, so this is the earliest the deadline could be: as if you cancelled on the first day the law allows" +
      (input.expected === undefined ? ", counting from the payment date because no delivery date was entered" : "") +
      ". Enter the cancellation date for the exact deadline." +
      (input.payment === "amex" ? " If your American Express card is a charge card rather than a credit card, ask American Express whether the Act applies." : ""),
  };
}

/** The UK nation's court time limit; without a nation, Scotland's, the shortest, with a note. */
function ukCourtTimeLimit(input: DeadlineInput, rule: DeadlineRule): Outcome | null {
  if (input.country !== "GB") return null;
  const outcome = fromDeliveryForQualityProblems(rule, input);
  if (outcome === null) return null;
  const nation =
    input.region === "ENG" || input.region === "WLS"
      ? { rule: factStatement("uk-limitation-eng-wls"), source: getFact("uk-limitation-eng-wls").sources[0], period: factDuration("uk-limitation-eng-wls") }
      : input.region === "NIR"
        ? { rule: factStatement("uk-limitation-nir"), source: getFact("uk-limitation-nir").sources[0], period: factDuration("uk-limitation-nir") }
        : input.region === "SCT"
          ? { rule: factStatement("uk-limitation-sct"), source: getFact("uk-limitation-sct").sources[0], period: factDuration("uk-limitation-sct") }
          : null;
  if (nation === null) {
    const extraNote = factText(
      "You didn't say which part of the UK you live in, so this shows Scotland's limit, the shortest. In England and Wales it is {uk-limitation-eng-wls}, and in Northern Ireland {uk-limitation-nir}.",
    );
    return { ...outcome, extraNote };
  }
  if (outcome.date === null) return { ...outcome, rule: nation.rule, source: nation.source };
  return { ...countWith(nation.period, "delivery", outcome.countsFrom.date), rule: nation.rule, source: nation.source };
}

/** Payment routes whose firm a UK buyer complains to before the Financial Ombudsman Service (fact uk-fos-scope). */
const FOS_PAYMENTS: readonly PaymentMethod[] = ["credit-card", "debit-card", "amex", "bank-transfer", "paypal", "bnpl"];
/** Of those, the firms the scope fact does not name (it names banks, card issuers and lenders). */
const FOS_UNNAMED_FIRMS: readonly PaymentMethod[] = ["paypal", "bnpl"];

/** UK buyers who have complained to a payment firm the ombudsman may cover; the clocks start with that complaint. */
function fosCase(input: DeadlineInput): CaseBasis | null {
  if (input.country !== "GB" || !FOS_PAYMENTS.includes(input.payment)) return null;
  if (input.complained === undefined && input.finalResponse === undefined) return null;
  if (!FOS_UNNAMED_FIRMS.includes(input.payment)) return {};
  return {
    confidence: "medium",
    extraNote: `The ombudsman takes complaints about firms that UK financial regulation covers; ${input.payment === "paypal" ? "PayPal" : "a buy-now-pay-later provider"} may or may not be one for your payment. Its final response must say whether you can go to the Financial Ombudsman Service: check it says so before you rely on these dates.`,
  };
}

/** A customs notice starts the seizure windows; without one, no seizure deadline is shown (most parcels are not seized). */
function fromCustomsNotice(rule: DeadlineRule, input: DeadlineInput, applies: (country: Country) => boolean): Outcome | null {
  if (!applies(input.country) || input.notice === undefined) return null;
  return countFrom(rule, "notice", input.notice);
}

/** A consumer-law window in one country, counted from delivery, for goods that are faulty or not as described. */
function countryQualityRule(country: Country) {
  return (input: DeadlineInput, rule: DeadlineRule): Outcome | null => (input.country === country ? fromDeliveryForQualityProblems(rule, input) : null);
}

function hongKongPostNote(posted: CalendarDate): string {
  const date = addPeriod(posted, factDuration("hkpost-enquiry-latest"));
  return factText(
    `If the parcel was posted in Hong Kong, Hongkong Post asks for the enquiry by ${formatDayMonthYear(date)}, {hkpost-enquiry-latest} after posting, because overseas posts refuse late ones.`,
  );
}

const COMPUTE: Record<RuleId, Compute> = {
  "card-chargeback": (input, rule) => {
    if (!CARD_PAYMENTS.includes(input.payment)) return null;
    const period = requirePeriod(rule);
    const capPeriod = factDuration("card-chargeback-cap");
    const cap = { period: capPeriod, date: addPeriod(input.paid, capPeriod) };
    /** The window from `start`, but never past the scheme's cap from the transaction. */
    const lastDayFrom = (start: CalendarDate) => {
      const uncapped = addPeriod(start, period);
      return isAfter(uncapped, cap.date) ? { date: cap.date, capped: true } : { date: uncapped, capped: false };
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
      extraNote = factText(
        "Counted from the payment date because no expected delivery date was entered; if the seller gave one, the {card-chargeback-window} count from it instead. When no date was given, Mastercard has banks wait {mastercard-no-date-wait} after the transaction before raising a non-delivery chargeback.",
      );
    } else if (input.problem !== "not-delivered") {
      const fromReceiptDate =
        input.delivered === undefined ? "" : ` (here ${formatDayMonthYear(lastDayFrom(input.delivered).date)})`;
      extraNote = factText(
        `Counted from the payment date, the safest reading. For goods received not as described, faulty or returned, Visa may count the {card-chargeback-window} from the day you received them${fromReceiptDate}; ask your bank before relying on the later date.`,
      );
    }
    return {
      date: last.date,
      countsFrom: base,
      period,
      ...(last.capped ? { cappedAt: cap } : {}),
      ...(extraNote === undefined ? {} : { extraNote }),
    };
  },

  "amex-dispute": (input, rule) => (input.payment === "amex" ? countFrom(rule, "payment", input.paid) : null),

  "paypal-dispute": paypalDispute,

  "paypal-escalation": (input, rule) => {
    if (input.payment !== "paypal") return null;
    if (input.disputeOpened === undefined) {
      return {
        date: null,
        reason: `The ${formatFactValue(requirePeriod(rule))} start on the day you open the PayPal dispute. Enter that date to see the deadline.`,
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
      extraNote: factText(
        "You didn't enter the statement date, so this is the earliest the deadline could be (as if the first statement showing the charge was sent the day you paid). The real deadline is {us-fcba-notice-window} after that statement was sent, probably up to about a month later. Enter the statement date for an exact deadline.",
      ),
    };
  },

  "ca-on-card-reversal": (input, rule) =>
    provincialCardReversal(input, rule, { region: "ON", late: factDuration("ca-on-late-delivery"), refund: null }),

  "ca-qc-card-reversal": (input, rule) =>
    provincialCardReversal(input, rule, { region: "QC", late: factDuration("ca-qc-late-delivery"), refund: factDuration("ca-qc-refund-window") }),

  "uk-cancellation": (input, rule) => (input.country === "GB" ? fromReceipt(rule, input) : null),

  "uk-short-term-reject": (input, rule) => (input.country === "GB" ? fromDeliveryForQualityProblems(rule, input) : null),

  "uk-court-time-limit": ukCourtTimeLimit,

  "eu-withdrawal": (input, rule) => (isEuCountry(input.country) ? fromReceipt(rule, input) : null),

  "eu-legal-guarantee": (input, rule) => (isEuCountry(input.country) ? fromDeliveryForQualityProblems(rule, input) : null),

  "aliexpress-dispute": (input, rule) => {
    if (input.platform !== "aliexpress") return null;
    const caveat = getFact("aliexpress-dispute-window").note ?? "";
    if (input.delivered !== undefined) {
      return {
        ...countFrom(rule, "delivery", input.delivered),
        extraNote: `This assumes you confirm receipt on the day it arrives, which completes the order. ${caveat}`,
      };
    }
    if (input.expected !== undefined) {
      return {
        ...countFrom(rule, "expected-delivery", input.expected),
        extraNote: `This assumes the Purchase Protection countdown ends on your expected delivery date. ${caveat}`,
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

  // Shein's window is read on its US site; other Shein sites may differ, so it is shown only there.
  "shein-return": (input, rule) => {
    if (input.platform !== "shein" || input.country !== "US" || input.problem === "not-delivered") return null;
    if (input.delivered === undefined) return { date: null, reason: "This counts from the day the order was delivered. Enter the delivery date to see it." };
    return countFrom(rule, "delivery", input.delivered);
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
  "ch-warranty": countryQualityRule("CH"),

  "no-withdrawal": (input, rule) => (input.country === "NO" ? fromReceipt(rule, input) : null),

  "no-complaint-limit": (input, rule) => {
    if (input.country !== "NO") return null;
    const outcome = fromDeliveryForQualityProblems(rule, input);
    if (outcome === null || outcome.date === null) return outcome;
    const long = addPeriod(outcome.countsFrom.date, factDuration("no-complaint-absolute-long"));
    return {
      ...outcome,
      extraNote: factText(
        `The long limit: for goods meant to last substantially longer in normal use (a phone, a laptop, a washing machine), the last day is ${formatDayMonthYear(long)}, {no-complaint-absolute-long} after you received them.`,
      ),
    };
  },

  // The day of receipt is the first of the window, so the last day is one before "receipt + period".
  "jp-mail-order-return": (input, rule) => {
    if (input.country !== "JP" || input.problem === "not-delivered") return null;
    const period = requirePeriod(rule);
    const platformPolicy =
      input.platform === "other"
        ? {}
        : {
            confidence: "low" as const,
            extraNote: `You bought on ${PLATFORM_LABELS[input.platform]}, which states its own return policy: that policy applies instead of this rule, so check its return window first.`,
          };
    if (input.delivered === undefined) {
      return {
        ...platformPolicy,
        date: null,
        reason: `The ${formatFactValue(period)} count from the day you receive the goods, that day included. Enter the delivery date to see the last day.`,
      };
    }
    return {
      ...platformPolicy,
      ...countFrom(rule, "delivery", input.delivered),
      date: addDays(addPeriod(input.delivered, period), -1),
      calculation: `${formatDayMonthYear(input.delivered)} (${CASE_EVENT_LABELS.delivery}) + ${formatFactValue(period)}, counting the delivery day as the first`,
    };
  },

  // The fact's safe reading: count from the contract document (the order confirmation, sent when you
  // pay), although the goods may arrive later.
  "kr-withdrawal": (input, rule) => {
    if (input.country !== "KR") return null;
    const fromDelivery = input.delivered === undefined ? "" : ` (here ${formatDayMonthYear(addPeriod(input.delivered, requirePeriod(rule)))})`;
    return {
      ...countFrom(rule, "payment", input.paid),
      extraNote: `Counted from the day you paid, when the order confirmation (the contract document) is usually sent. If the goods reached you later, the Act lets the period run from delivery${fromDelivery}, but we could not confirm that in the text we read, so go by the earlier date.`,
    };
  },

  "kr-misdescribed-withdrawal": (input, rule) => {
    if (input.country !== "KR" || !QUALITY_PROBLEMS.includes(input.problem)) return null;
    if (input.delivered === undefined) {
      return {
        date: null,
        reason: factText(
          "This counts from the day the goods reached you: {kr-misdescribed-window-known} from when you knew (or could have known) they differed, and never more than {kr-misdescribed-window-supply} after receiving them. Enter the delivery date to see it.",
        ),
      };
    }
    const known = factDuration("kr-misdescribed-window-known");
    const outer = addPeriod(input.delivered, requirePeriod(rule));
    const outcome = countWith(known, "delivery", input.delivered);
    return {
      ...outcome,
      date: minDate(outcome.date, outer),
      extraNote: factText(
        `Counted as if you could see the difference the day the goods arrived, the earliest reading. If you could only find it later, you have {kr-misdescribed-window-known} from then, but never past ${formatDayMonthYear(outer)}, {kr-misdescribed-window-supply} after delivery.`,
      ),
    };
  },

  "sg-lemon-law": countryQualityRule("SG"),

  // A claim runs from the breach: delivery of faulty goods, or the day goods that never came were due.
  "sg-small-claims": (input, rule) => {
    if (input.country !== "SG") return null;
    if (QUALITY_PROBLEMS.includes(input.problem)) return fromDeliveryForQualityProblems(rule, input);
    const base: CountsFrom = input.expected !== undefined ? { event: "expected-delivery", date: input.expected } : { event: "payment", date: input.paid };
    return {
      ...countFrom(rule, base.event, base.date),
      confidence: "medium",
      extraNote: `Counted from the ${CASE_EVENT_LABELS[base.event]}, the earliest day the seller could have broken the contract; the time may start later, but don't rely on that.`,
    };
  },

  "eu-seizure-objection": (input, rule) => fromCustomsNotice(rule, input, isEuCountry),

  "gb-seizure-claim": (input, rule) => fromCustomsNotice(rule, input, (country) => country === "GB"),

  "us-cbp-seizure-petition": (input, rule) => fromCustomsNotice(rule, input, (country) => country === "US"),

  "uk-fos-final-response": (input, rule) => {
    const basis = fosCase(input);
    // Once the final response has come, the firm's time to send one no longer matters.
    if (basis === null || input.finalResponse !== undefined) return null;
    if (input.complained === undefined) {
      return { ...basis, date: null, reason: "This counts from the day you complained to your bank or payment provider. Enter that date to see it." };
    }
    return { ...basis, ...countFrom(rule, "complained", input.complained) };
  },

  "uk-fos-referral": (input, rule) => {
    const basis = fosCase(input);
    if (basis === null) return null;
    if (input.finalResponse === undefined) {
      const noAnswerBy =
        input.complained === undefined
          ? ""
          : ` If none has come by ${formatDayMonthYear(addPeriod(input.complained, factDuration("uk-fos-firm-response-window")))}, you can go to the ombudsman without it.`;
      return {
        ...basis,
        date: null,
        reason: `The ${formatFactValue(requirePeriod(rule))} start on the date of the final response to your complaint. Enter it when it comes.${noAnswerBy}`,
      };
    }
    return { ...basis, ...countFrom(rule, "final-response", input.finalResponse) };
  },

  // Only a parcel that went missing has an inquiry: not one held at customs or billed for duty, whose
  // whereabouts are known.
  "postal-inquiry": (input, rule) => {
    if (input.problem !== "not-delivered" || input.detail === "stuck-at-customs" || input.detail === "unexpected-charges") return null;
    if (input.posted === undefined) {
      return {
        date: null,
        reason: `The ${formatFactValue(requirePeriod(rule))} count from the day the parcel was posted, which the tracking shows (the first scan). Enter the posting date to see the deadline, and ask the sender to open the inquiry now.`,
      };
    }
    return { ...countFrom(rule, "posted", input.posted), extraNote: hongKongPostNote(input.posted) };
  },
};

function statusFor(daysLeft: number | null): DeadlineStatus {
  if (daysLeft === null) return "unknown";
  if (daysLeft < 0) return "passed";
  return daysLeft === 0 ? "today" : "upcoming";
}

function buildDeadline(rule: DeadlineRule, outcome: Outcome, today: CalendarDate): Deadline {
  const note = outcome.extraNote === undefined ? rule.note : `${rule.note} ${outcome.extraNote}`;
  // A case-specific fact's source goes first; the rule's others follow, without repeats.
  const source = outcome.source ?? rule.source;
  const otherSources = [rule.source, ...rule.otherSources].filter((s) => s.url !== source.url);
  const base = {
    id: rule.id,
    title: rule.title,
    action: rule.action,
    enforcedBy: rule.enforcedBy,
    kind: rule.kind,
    legalBasis: rule.legalBasis,
    rule: outcome.rule ?? rule.rule,
    source,
    otherSources,
    lastChecked: rule.lastChecked,
    note,
    confidence: lowerConfidence(rule.confidence, outcome.confidence),
    whenPassed: rule.whenPassed,
    guide: ruleLinks(rule.id)?.guide ?? null,
    letter: ruleLinks(rule.id)?.letter ?? null,
  };
  if (outcome.date === null) {
    return { ...base, date: null, unavailableReason: outcome.reason, daysLeft: null, status: "unknown", countsFrom: null, calculation: null };
  }
  const daysLeft = daysBetween(today, outcome.date);
  const from = outcome.countsFrom;
  let calculation = outcome.calculation ?? `${formatDayMonthYear(from.date)} (${CASE_EVENT_LABELS[from.event]}) + ${formatFactValue(outcome.period)}`;
  if (outcome.cappedAt !== undefined) {
    calculation += `, capped at ${formatFactValue(outcome.cappedAt.period)} after the payment date`;
  }
  return { ...base, date: outcome.date, unavailableReason: null, daysLeft, status: statusFor(daysLeft), countsFrom: from, calculation };
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
    case "bnpl":
      warnings.push({
        id: "bnpl-own-dispute",
        text: "Buy-now-pay-later providers run their own dispute process, in their app, with time limits set in their own terms, which we haven't checked yet. Report the problem to the provider as soon as the seller fails to fix it, and ask it what its deadline is.",
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
    const card = payment === "credit-card" || payment === "amex";
    if (input.region === "ON" || input.region === "QC") {
      if (card && input.problem !== "not-delivered") {
        notes.push({
          id: "ca-card-reversal-non-delivery-only",
          text: `${REGION_NAMES[input.region]}'s law makes your credit card issuer reverse the charge when a seller misses delivery and doesn't refund after you cancel; for goods that arrived faulty or not as described, use the platform's dispute and a card chargeback.`,
        });
      }
    } else if (input.region === undefined) {
      notes.push({
        id: "ca-choose-province",
        text: "In Canada, consumer protection is provincial. In Ontario and Quebec, the law makes your credit card issuer reverse the charge if a seller misses delivery and doesn't refund you after you cancel: choose your province to see those dates.",
      });
    } else {
      notes.push({
        id: "ca-provincial-law",
        text: `Consumer protection in ${REGION_NAMES[input.region]} has its own rules and periods, which we don't show here. Ask your provincial or territorial consumer affairs office.`,
      });
    }
  }
  if (country === "GB" && input.region === undefined && QUALITY_PROBLEMS.includes(input.problem)) {
    notes.push({
      id: "uk-choose-nation",
      text: "The time limit for a court claim differs between Scotland and the rest of the UK: choose which part of the UK you live in for your exact date.",
    });
  }
  if (country === "CH" && input.problem === "return") {
    notes.push({ id: "ch-no-online-cancellation", text: `${factStatement("ch-doorstep-cancellation-window")} Whether you can send it back depends on the shop's own terms.` });
  }
  if (country === "SG" && input.problem === "return") {
    notes.push({
      id: "sg-no-online-cooling-off",
      text: "Singapore's cooling-off right covers direct sales, not online shopping: whether you can send it back depends on the shop's own return policy.",
    });
  }
  if (input.problem === "not-delivered" && input.notice === undefined && (country === "GB" || country === "US" || isEuCountry(country))) {
    notes.push({
      id: "customs-notice-date",
      text: "If customs have seized or detained the parcel, add the date of their notice: the time to object or claim is short and counts from it.",
    });
  }
  if (input.platform === "shein" && country !== "US") {
    notes.push({
      id: "shein-local-policy",
      text: "Shein's return rules differ between its country sites, and we have read only the US one. Check the return policy on your country's Shein site.",
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
      text: factText(
        "Section 75 of the Consumer Credit Act 1974: if you paid by credit card and the item's cash price was over {uk-section-75-min} and up to {uk-section-75-max} (delivery not counted), the card issuer is equally liable with the seller, including for overseas sellers. It has no short deadline of its own (only the time limit for court claims: {uk-limitation-eng-wls} in England, Wales and Northern Ireland, {uk-limitation-sct} in Scotland), so it stays open after a chargeback window closes. It doesn't apply to American Express charge cards (only credit cards), and paying through a shopping agent may break this cover; that is unresolved.",
      ),
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
  ["notice", "date of the customs notice"],
  ["complained", "date you complained"],
  ["finalResponse", "date of the final response"],
  ["posted", "posting date"],
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
