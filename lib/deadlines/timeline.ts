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
  | {
      kind: "event";
      id: "paid" | "expected" | "delivered" | "dispute-opened" | "statement" | "posted" | "notice" | "complained" | "final-response";
      label: string;
      date: CalendarDate;
      position: number;
    }
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
  if (input.posted !== undefined) unplaced.push({ kind: "event", id: "posted", label: "Posted", date: input.posted });
  if (input.notice !== undefined) unplaced.push({ kind: "event", id: "notice", label: "Customs notice", date: input.notice });
  if (input.complained !== undefined) unplaced.push({ kind: "event", id: "complained", label: "Complained", date: input.complained });
  if (input.finalResponse !== undefined) unplaced.push({ kind: "event", id: "final-response", label: "Final response", date: input.finalResponse });
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

/**
 * Laying out the drawing's words so none overlap, whatever the span and however narrow the screen.
 * The SVG cannot measure text before it is drawn (and the server draws it), so widths are estimated
 * from the character count: generous enough for the system fonts the site uses.
 */

/** Average advance of a character, as a share of the font size, with room to spare. */
const CHAR_WIDTH = 0.62;
/** Clear space kept between two labels on the same line, in drawing units. */
export const LABEL_GAP = 8;

export const estimateTextWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * CHAR_WIDTH);

/**
 * Labels moved inwards at an edge keep this much room, because the estimate above can be a little
 * short for wide letters ("Mastercard", "W"), and a label a fraction of a pixel past the edge is cut.
 */
const EDGE_ROOM = 4;

export interface AxisLabel {
  date: CalendarDate;
  text: string;
  /** The tick's own x, where its mark is drawn. */
  tickX: number;
  /** Where the label's box starts and ends (the text is centred between them). */
  from: number;
  to: number;
}

const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/**
 * Labels for the axis ticks that fit the width: every tick when there is room, otherwise every
 * 2nd, 3rd… (months) or every 2nd, 5th… (years). Month labels carry the year only on the first label
 * and where the year changes ("Nov 2026", "Dec", "Jan 2027"), so they stay short. A label near an
 * edge is moved inwards rather than cut off.
 */
export function axisLabels(model: TimelineModel, layout: { left: number; right: number; fontSize: number; width: number }): AxisLabel[] {
  const { left, right, fontSize, width } = layout;
  const yearly = model.ticks.length > 0 && model.ticks.every((tick) => /^\d{4}$/.test(tick.label));
  const steps = yearly ? [1, 2, 5, 10] : MONTH_STEPS;
  for (const step of steps) {
    const chosen = model.ticks.filter((_, i) => i % step === 0);
    const labels: AxisLabel[] = [];
    let previousYear: number | null = null;
    for (const tick of chosen) {
      const { y } = toParts(tick.date);
      const month = formatShort(tick.date).split(" ")[1] ?? "";
      const text = yearly ? String(y) : previousYear === y ? month : `${month} ${y}`;
      previousYear = y;
      const tickX = left + tick.position * (right - left);
      const w = estimateTextWidth(text, fontSize);
      const from = Math.min(Math.max(EDGE_ROOM, tickX - w / 2), width - w - EDGE_ROOM);
      labels.push({ date: tick.date, text, tickX, from, to: from + w });
    }
    if (labels.every((label, i) => i === 0 || label.from >= (labels[i - 1]?.to ?? 0) + LABEL_GAP)) return labels;
  }
  // Not even one label a year fits (cannot happen above about 60 units wide): show the first only.
  return axisLabels({ ...model, ticks: model.ticks.slice(0, 1) }, layout);
}

export interface RowItem {
  key: string;
  /** Where the item points to on the axis. */
  x: number;
  width: number;
}

export interface PlacedItem extends RowItem {
  row: number;
  /** Where the box starts: centred on x, moved inwards at the edges. */
  from: number;
}

/**
 * Puts each item on the first row where it does not touch the one before it, left to right, so
 * close dates stack instead of overlapping. Rows are numbered from 0 (nearest the axis).
 */
export function placeInRows(items: readonly RowItem[], layout: { width: number; gap?: number }): PlacedItem[] {
  const gap = layout.gap ?? LABEL_GAP;
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.x - b.x)
    .map((item) => {
      const from = Math.min(Math.max(EDGE_ROOM, item.x - item.width / 2), layout.width - item.width - EDGE_ROOM);
      let row = rowEnds.findIndex((end) => from >= end + gap);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = from + item.width;
      return { ...item, row, from };
    });
}
