import type { DateToCheck, Deadline, DeadlinePlan, OpenRoute } from "./plan";
import type { RuleId } from "./rules";

/**
 * What the planner's page leads with. A plan lists every deadline by date; a buyer needs to see
 * first what they can still do. So: dates that cannot be right come first (every deadline counts
 * from them), then what is still open (dated deadlines, routes with no deadline of their own, and
 * deadlines that need one more date), and the deadlines that have passed last, each with what
 * passing means.
 */

export type NextStep =
  /** A date entered is after today but can only be in the past: check it before trusting anything. */
  | { kind: "check-dates"; dates: DateToCheck[] }
  /** The earliest deadline still open. */
  | { kind: "deadline"; deadline: Deadline }
  /** Nothing dated is left, but a route without a deadline of its own still is (Section 75). */
  | { kind: "route"; route: OpenRoute }
  /** Nothing dated is open; some deadlines need one more date to be worked out. */
  | { kind: "needs-date"; deadline: Deadline }
  /** Every deadline has passed and no open route is known. */
  | { kind: "all-passed" };

export interface PlanOverview {
  next: NextStep;
  /** Dated deadlines today or later, earliest first. */
  open: Deadline[];
  /** Routes with no short deadline of their own, still open. */
  routes: OpenRoute[];
  /** Deadlines we could not date without one more date from the buyer. */
  needsDate: Deadline[];
  /** Deadlines that have passed, most recent first (the one just missed is the one to ask about). */
  passed: Deadline[];
  /**
   * Deadlines worth putting in a calendar: only those still ahead, and none while a date needs
   * checking (a calendar full of wrong dates is worse than none).
   */
  forCalendar: Deadline[];
  /** The number each deadline carries in the list and on the timeline: open ones first. */
  numbers: ReadonlyMap<RuleId, number>;
  /** The plan's warnings that still matter: "your bank may set a shorter deadline" only while a card deadline is open. */
  warnings: DeadlinePlan["warnings"];
}

/** Card disputes a bank's own shorter deadline can cut short. */
const CARD_DEADLINES: readonly RuleId[] = ["card-chargeback", "amex-dispute", "us-fcba-billing-error"];

export function planOverview(plan: DeadlinePlan): PlanOverview {
  const open = plan.deadlines.filter((d) => d.status === "upcoming" || d.status === "today");
  const needsDate = plan.deadlines.filter((d) => d.status === "unknown");
  // plan.deadlines is earliest first; the most recently passed comes first here.
  const passed = plan.deadlines.filter((d) => d.status === "passed").reverse();
  const routes = plan.routes;

  let next: NextStep;
  const [firstOpen] = open;
  const [firstRoute] = routes;
  const [firstUndated] = needsDate;
  if (plan.datesToCheck.length > 0) next = { kind: "check-dates", dates: plan.datesToCheck };
  else if (firstOpen) next = { kind: "deadline", deadline: firstOpen };
  else if (firstRoute) next = { kind: "route", route: firstRoute };
  else if (firstUndated) next = { kind: "needs-date", deadline: firstUndated };
  else next = { kind: "all-passed" };

  const numbers = new Map<RuleId, number>();
  for (const deadline of [...open, ...needsDate, ...passed]) numbers.set(deadline.id, numbers.size + 1);

  return {
    next,
    open,
    routes,
    needsDate,
    passed,
    forCalendar: plan.datesToCheck.length > 0 ? [] : open,
    numbers,
    warnings: plan.warnings.filter((w) => w.id !== "bank-internal-deadlines" || open.some((d) => CARD_DEADLINES.includes(d.id))),
  };
}
