import {
  type CalendarDate,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  formatShort,
  fromParts,
  isAfter,
  maxDate,
  minDate,
  toParts,
} from "@/lib/dates";
import type { DeadlinePlan, DeadlineStatus } from "./plan";
import type { Confidence } from "./rules";

export type TimelineMarker =
  | { kind: "event"; id: "paid" | "expected" | "delivered" | "dispute-opened" | "statement"; label: string; date: CalendarDate; position: number }
  | { kind: "today"; id: "today"; label: string; date: CalendarDate; position: number }
  | {
      kind: "deadline";
      id: string;
      label: string;
      date: CalendarDate;
      position: number;
      status: DeadlineStatus;
      confidence: Confidence;
    };

export interface TimelineTick {
  date: CalendarDate;
  label: string;
  position: number;
}

export interface TimelineModel {
  start: CalendarDate;
  end: CalendarDate;
  /** Days from start to end. */
  span: number;
  /** Sorted by position; positions run from 0 (start) to 1 (end). */
  markers: TimelineMarker[];
  /** Axis ticks: the first of each month, or of each year for spans over about 13 months. */
  ticks: TimelineTick[];
  /** Deadlines too far ahead to draw to scale (see `horizonDays`), to list beside the timeline. */
  offScale: Extract<TimelineMarker, { kind: "deadline" }>[];
}

export interface TimelineOptions {
  /**
   * Leave deadlines later than this many days after the payment off the scale, so a court time limit
   * years away doesn't squash the deadlines that matter this month. Default: draw all.
   */
  horizonDays?: number;
}

function firstOfMonthOnOrAfter(date: CalendarDate): CalendarDate {
  const { y, m, d } = toParts(date);
  const first = fromParts({ y, m, d: 1 });
  if (first === null) throw new Error(`unreachable: first of month for ${date}`);
  return d === 1 ? first : addMonths(first, 1);
}

function firstOfYearOnOrAfter(date: CalendarDate): CalendarDate {
  const { y, m, d } = toParts(date);
  const first = fromParts({ y, m: 1, d: 1 });
  if (first === null) throw new Error(`unreachable: first of year for ${date}`);
  return m === 1 && d === 1 ? first : addYears(first, 1);
}

/**
 * Positions for an SVG timeline of the case: the order's own dates, today, and each dated
 * deadline, scaled to 0..1 between the earliest and the latest. A single-day span puts
 * everything at 0.5. Off-scale deadlines get position 1 (the right edge) for an "later" arrow.
 */
export function timelineModel(plan: DeadlinePlan, options: TimelineOptions = {}): TimelineModel {
  const { input, today } = plan;
  const horizon = options.horizonDays === undefined ? null : addDays(input.paid, options.horizonDays);
  const offScale: TimelineModel["offScale"] = [];
  type Unplaced<T> = T extends unknown ? Omit<T, "position"> : never;
  const unplaced: Unplaced<TimelineMarker>[] = [{ kind: "event", id: "paid", label: "Paid", date: input.paid }];
  if (input.expected !== undefined) unplaced.push({ kind: "event", id: "expected", label: "Expected delivery", date: input.expected });
  if (input.delivered !== undefined) unplaced.push({ kind: "event", id: "delivered", label: "Delivered", date: input.delivered });
  if (input.statementDate !== undefined) unplaced.push({ kind: "event", id: "statement", label: "Card statement", date: input.statementDate });
  if (input.disputeOpened !== undefined) unplaced.push({ kind: "event", id: "dispute-opened", label: "Dispute opened", date: input.disputeOpened });
  unplaced.push({ kind: "today", id: "today", label: "Today", date: today });
  for (const deadline of plan.deadlines) {
    if (deadline.date === null) continue;
    const marker = {
      kind: "deadline",
      id: deadline.id,
      label: deadline.title,
      date: deadline.date,
      status: deadline.status,
      confidence: deadline.confidence,
    } as const;
    if (horizon !== null && isAfter(deadline.date, horizon)) offScale.push({ ...marker, position: 1 });
    else unplaced.push(marker);
  }

  const dates = unplaced.map((marker) => marker.date);
  const start = minDate(input.paid, ...dates);
  const end = maxDate(input.paid, ...dates);
  const span = daysBetween(start, end);
  const positionOf = (date: CalendarDate) => (span === 0 ? 0.5 : daysBetween(start, date) / span);

  const markers = unplaced
    .map((marker): TimelineMarker => ({ ...marker, position: positionOf(marker.date) }))
    .sort((a, b) => a.position - b.position);

  const yearly = span > 400;
  const ticks: TimelineTick[] = [];
  for (
    let tick = yearly ? firstOfYearOnOrAfter(start) : firstOfMonthOnOrAfter(start);
    tick <= end;
    tick = yearly ? addYears(tick, 1) : addMonths(tick, 1)
  ) {
    const { y } = toParts(tick);
    ticks.push({ date: tick, label: yearly ? String(y) : formatShort(tick).replace(/^1 /, ""), position: positionOf(tick) });
  }
  return { start, end, span, markers, ticks, offScale };
}
