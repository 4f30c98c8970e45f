/**
 * Layout for the guides' pictures (components/pictures/): pure functions of the words and numbers
 * drawn, so a picture's geometry is tested here and the components only draw what these return.
 * Widths are estimated from character counts (the server draws the SVG and cannot measure text);
 * the estimate is the same generous one the deadline timeline uses.
 */

const CHAR_WIDTH = 0.62;

export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * CHAR_WIDTH);

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces; a single word too long for a line gets
 * a line of its own. A no-break space (U+00A0) keeps two words together ("carrier's fee").
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChainStep {
  label: string;
  detail?: string;
}

export interface PlacedStep extends ChainStep {
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: string[];
  detailLines: string[];
}

export interface ChainLayout {
  width: number;
  height: number;
  direction: "across" | "down";
  steps: PlacedStep[];
}

const PAD = 10;
const ARROW = 28;
const LABEL_FONT = 15;
const DETAIL_FONT = 13;
const LINE = 1.35;

/**
 * A chain of boxes joined by arrows (seller → agent → freight → customs → door): across when there
 * is room for every box at a readable width (110 units), otherwise down the page, as on a phone.
 * Every box in a chain has the same size, so the chain reads as a sequence of equals.
 */
export function chainLayout(steps: readonly ChainStep[], width: number): ChainLayout {
  const n = Math.max(1, steps.length);
  const acrossWidth = (width - ARROW * (n - 1)) / n;
  const direction = acrossWidth >= 110 ? "across" : "down";
  const boxWidth = direction === "across" ? acrossWidth : width;
  const inner = boxWidth - PAD * 2;
  const wrapped = steps.map((step) => ({
    labelLines: wrapText(step.label, inner, LABEL_FONT),
    detailLines: step.detail ? wrapText(step.detail, inner, DETAIL_FONT) : [],
  }));
  const boxHeight = Math.max(
    ...wrapped.map((w) => PAD * 2 + w.labelLines.length * LABEL_FONT * LINE + (w.detailLines.length ? 4 + w.detailLines.length * DETAIL_FONT * LINE : 0)),
  );
  const placed = steps.map((step, i) => ({
    ...step,
    ...(wrapped[i] ?? { labelLines: [], detailLines: [] }),
    x: direction === "across" ? i * (boxWidth + ARROW) : 0,
    y: direction === "across" ? 0 : i * (boxHeight + ARROW),
    width: boxWidth,
    height: boxHeight,
  }));
  const height = direction === "across" ? boxHeight : n * boxHeight + (n - 1) * ARROW;
  return { width, height: Math.ceil(height), direction, steps: placed };
}

export const CHAIN_FONTS = { label: LABEL_FONT, detail: DETAIL_FONT, line: LINE, pad: PAD, arrow: ARROW } as const;

export interface PeriodBar {
  label: string;
  days: number;
  /** What the number means in words, drawn at the bar's end ("120 days"). */
  valueText: string;
}

export interface PlacedBar extends PeriodBar {
  y: number;
  barWidth: number;
  /** Where the value text goes: after the bar, or inside it when the bar reaches the edge. */
  valueX: number;
  valueInside: boolean;
}

/**
 * Time windows on one scale (14 days, 30 days, 120 days, 180 days), each bar under its own label so
 * long labels never squeeze the bars on a phone. The longest bar leaves room for its value after it.
 */
export function periodBarsLayout(bars: readonly PeriodBar[], width: number, fontSize = 14): { height: number; bars: PlacedBar[] } {
  const longest = Math.max(1, ...bars.map((b) => b.days));
  const valueRoom = Math.max(0, ...bars.map((b) => textWidth(b.valueText, fontSize))) + 8;
  const scale = (width - valueRoom) / longest;
  const row = fontSize * 1.4 + 22 + 14;
  return {
    height: Math.ceil(bars.length * row),
    bars: bars.map((bar, i) => {
      const barWidth = Math.max(2, bar.days * scale);
      const after = barWidth + 6;
      const valueInside = after + textWidth(bar.valueText, fontSize) > width;
      return { ...bar, y: i * row, barWidth, valueX: valueInside ? barWidth - 6 : after, valueInside };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// The guides' pictures (components/pictures/*.tsx): escalation ladder, one case's timeline, where the
// tax is paid, a landed-cost breakdown and an annotated charge notice. Each returns every box and
// line of text already wrapped, so the tests below can check nothing leaves the drawing or overlaps.

export const FONT = { label: LABEL_FONT, detail: DETAIL_FONT, line: LINE, pad: PAD } as const;

/** A block of wrapped text: lines at `font`, `height` including the line spacing. */
export interface TextBlock {
  lines: string[];
  font: number;
  height: number;
}

export function textBlock(text: string, maxWidth: number, font: number): TextBlock {
  const lines = text ? wrapText(text, maxWidth, font) : [];
  return { lines, font, height: Math.ceil(lines.length * font * LINE) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LadderInputStep {
  number: number;
  label: string;
  detail: string;
}

export interface LadderLayout {
  width: number;
  height: number;
  /** Top to bottom as drawn: the last step first, so the ladder is climbed from the bottom. */
  steps: (Box & { number: number; label: TextBlock; detail: TextBlock; rungY: number })[];
  rails: { left: number; right: number; top: number; bottom: number };
  /** The note that the payment clocks run all along; beside the first steps when there is room, else below. */
  clock: Box & { text: TextBlock; bracket: { x: number; top: number; bottom: number } | null };
  start: { x: number; y: number };
}

const LADDER = { rail: 36, gap: 14, boxLeft: 54, side: 230, iconRoom: 34 } as const;

/**
 * The five steps stacked as rungs, step 1 at the bottom. On a wide drawing the clock note stands to
 * the right, bracketing the steps whose clocks it is about (`clockSpan` from the bottom); on a phone
 * it sits under the ladder.
 */
export function ladderLayout(steps: readonly LadderInputStep[], clockText: string, width: number, clockSpan = 3): LadderLayout {
  const wide = width >= 600;
  const boxRight = wide ? width - LADDER.side : width;
  const boxWidth = boxRight - LADDER.boxLeft;
  const inner = boxWidth - PAD * 2;
  const blocks = steps.map((s) => ({ label: textBlock(s.label, inner, LABEL_FONT), detail: textBlock(s.detail, inner, DETAIL_FONT) }));
  const boxHeight = Math.max(...blocks.map((b) => PAD * 2 + b.label.height + 4 + b.detail.height));
  const top = 4;
  const ordered = steps.map((s, i) => ({ s, b: blocks[i]! })).reverse();
  const placed = ordered.map(({ s, b }, i) => {
    const y = top + i * (boxHeight + LADDER.gap);
    return { x: LADDER.boxLeft, y, width: boxWidth, height: boxHeight, number: s.number, label: b.label, detail: b.detail, rungY: y + boxHeight / 2 };
  });
  const ladderBottom = top + steps.length * boxHeight + (steps.length - 1) * LADDER.gap;
  const startY = ladderBottom + 8 + DETAIL_FONT;
  const rails = { left: 4, right: 4 + LADDER.rail, top: 0, bottom: ladderBottom + 2 };
  let clock: LadderLayout["clock"];
  let height: number;
  if (wide) {
    const x = boxRight + 34;
    const text = textBlock(clockText, width - x - 2, DETAIL_FONT + 1);
    const span = placed.slice(-Math.min(clockSpan, placed.length));
    const bracketTop = span[0]!.y;
    const bracketBottom = span.at(-1)!.y + boxHeight;
    const h = text.height + LADDER.iconRoom;
    const y = Math.max(0, (bracketTop + bracketBottom) / 2 - h / 2);
    clock = { x, y, width: width - x, height: h, text, bracket: { x: boxRight + 16, top: bracketTop, bottom: bracketBottom } };
    height = Math.max(startY + 6, y + h);
  } else {
    const y = startY + 18;
    const text = textBlock(clockText, width - PAD * 2 - LADDER.iconRoom, DETAIL_FONT + 1);
    const h = PAD * 2 + Math.max(text.height, 26);
    clock = { x: 0, y, width, height: h, text, bracket: null };
    height = y + h + 2;
  }
  return { width, height: Math.ceil(height), steps: placed, rails, clock, start: { x: 4, y: startY } };
}

export interface TimelineInputRow {
  kind: "step" | "window";
  label: string;
  detail?: string;
  from: number;
  to: number;
  dayText: string;
}

export interface PlacedTimelineRow extends Omit<TimelineInputRow, "label" | "detail"> {
  y: number;
  text: { label: string; detail: string | null };
  label: TextBlock & { y: number };
  detail: TextBlock & { y: number };
  track: Box;
  day: { x: number; y: number; anchor: "start" | "end"; inside: boolean };
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: PlacedTimelineRow[];
  axis: { y: number; left: number; right: number };
  x: (day: number) => number;
}

const TRACK = 18;
const MARK = 14;

/**
 * One case's steps (squares) and time limits (bars) on one scale of days, each under its own words,
 * so long labels never squeeze the scale on a phone. The day is written beside its mark, on
 * whichever side has room, or inside a bar that fills the width.
 */
export function timelineLayout(rows: readonly TimelineInputRow[], end: number, width: number): TimelineLayout {
  const left = MARK / 2 + 1;
  const right = width - MARK / 2 - 1;
  const x = (day: number) => left + (day / Math.max(1, end)) * (right - left);
  let y = 0;
  const placed = rows.map((row) => {
    const label = textBlock(row.label, width, LABEL_FONT);
    const detail = textBlock(row.detail ?? "", width, DETAIL_FONT);
    const rowTop = y;
    const labelY = y;
    const detailY = labelY + label.height;
    const trackY = detailY + detail.height + 6;
    const x1 = row.kind === "step" ? x(row.from) - MARK / 2 : x(row.from);
    const x2 = row.kind === "step" ? x(row.from) + MARK / 2 : Math.max(x(row.to), x1 + 3);
    const track = { x: x1, y: trackY, width: x2 - x1, height: TRACK };
    const textWidth_ = textWidth(row.dayText, DETAIL_FONT);
    const day =
      x2 + 6 + textWidth_ <= width
        ? { x: x2 + 6, anchor: "start" as const, inside: false }
        : x1 - 6 - textWidth_ >= 0
          ? { x: x1 - 6, anchor: "end" as const, inside: false }
          : { x: x1 + 8, anchor: "start" as const, inside: true };
    y = trackY + TRACK + 18;
    return { ...row, y: rowTop, text: { label: row.label, detail: row.detail ?? null }, label: { ...label, y: labelY }, detail: { ...detail, y: detailY }, track, day: { ...day, y: trackY + TRACK / 2 + DETAIL_FONT / 2 - 2 } };
  });
  const axisY = y + 2;
  return { width, height: axisY + 8 + DETAIL_FONT * 2 + 6, rows: placed, axis: { y: axisY, left, right }, x };
}

export interface LaneInput {
  label: string;
  checkout: string;
  door: string;
  taxAt: "checkout" | "door";
}

export interface LaneLayout {
  width: number;
  height: number;
  /** Column names on the first line; "customs" under them, over the dashed border line each case's parcel crosses. */
  header: { y: number; checkoutX: number; doorX: number; customsX: number; customsY: number };
  border: { x: number; top: number; bottom: number };
  lanes: { label: TextBlock & { y: number }; checkout: Box & { text: TextBlock; tax: boolean }; door: Box & { text: TextBlock; tax: boolean } }[];
  cellWidth: number;
  gap: number;
}

const LANE_GAP = 64;
export const TAX_TAG_FONT = 13;

/**
 * Cases as rows, each a pair of boxes: what you pay at checkout, then (past customs) what is left at
 * your door. The box where the tax is paid says so in words at its top.
 */
export function laneLayout(lanes: readonly LaneInput[], width: number): LaneLayout {
  const gap = width >= 600 ? 120 : LANE_GAP;
  const cellWidth = (width - gap) / 2;
  const inner = cellWidth - PAD * 2;
  const headerY = LABEL_FONT;
  const customsY = headerY + 6 + DETAIL_FONT;
  let y = customsY + 14;
  const placed = lanes.map((lane) => {
    const label = textBlock(lane.label, width, LABEL_FONT);
    const labelY = y;
    const checkoutText = textBlock(lane.checkout, inner, LABEL_FONT);
    const doorText = textBlock(lane.door, inner, LABEL_FONT);
    const tagRoom = TAX_TAG_FONT * LINE + 4;
    const h = PAD * 2 + tagRoom + Math.max(checkoutText.height, doorText.height);
    const boxY = labelY + label.height + 6;
    y = boxY + h + 22;
    return {
      label: { ...label, y: labelY },
      checkout: { x: 0, y: boxY, width: cellWidth, height: h, text: checkoutText, tax: lane.taxAt === "checkout" },
      door: { x: cellWidth + gap, y: boxY, width: cellWidth, height: h, text: doorText, tax: lane.taxAt === "door" },
    };
  });
  const last = placed.at(-1);
  return {
    width,
    height: Math.ceil(y - 14),
    header: { y: headerY, checkoutX: 0, doorX: cellWidth + gap, customsX: cellWidth + gap / 2, customsY },
    border: { x: cellWidth + gap / 2, top: customsY + 6, bottom: last ? last.door.y + last.door.height : customsY + 6 },
    lanes: placed,
    cellWidth,
    gap,
  };
}

export interface WaterfallInputRow {
  label: string;
  amountText: string;
  amount: number;
  group: "checkout" | "door" | "total";
  /** A charge that is due but has no figure (a courier's fee): a dashed box, not counted. */
  unknown?: boolean;
}

export const UNKNOWN_BAR = 28;

export interface WaterfallLayout {
  width: number;
  height: number;
  headings: { text: string; y: number; group: "checkout" | "door" }[];
  rows: (Omit<WaterfallInputRow, "label"> & { text: string; label: TextBlock & { y: number }; amountY: number; bar: Box })[];
}

/**
 * A landed cost as a waterfall: each charge a bar that starts where the last one ended, so the
 * total's make-up reads at a glance, grouped under when it is paid, amounts written at the right.
 */
export function waterfallLayout(rows: readonly WaterfallInputRow[], width: number, headings: { checkout: string; door: string }): WaterfallLayout {
  const total = Math.max(1, ...rows.filter((r) => r.group === "total").map((r) => r.amount), rows.filter((r) => r.group !== "total" && !r.unknown).reduce((s, r) => s + r.amount, 0));
  const scale = (width - 2) / total;
  const amountRoom = Math.max(...rows.map((r) => textWidth(r.amountText, LABEL_FONT))) + 12;
  let y = 0;
  let running = 0;
  let group: WaterfallInputRow["group"] | null = null;
  const placedHeadings: WaterfallLayout["headings"] = [];
  const placed = rows.map((row) => {
    if (row.group !== group && row.group !== "total") {
      y += group === null ? 0 : 8;
      placedHeadings.push({ text: row.group === "checkout" ? headings.checkout : headings.door, y: y + DETAIL_FONT + 1, group: row.group });
      y += DETAIL_FONT * LINE + 10;
    }
    if (row.group === "total") y += 8;
    group = row.group;
    const label = textBlock(row.label, width - amountRoom, LABEL_FONT);
    const labelY = y;
    const barY = labelY + label.height + 4;
    const start = row.group === "total" ? 0 : running;
    const barWidth = row.unknown ? UNKNOWN_BAR : Math.max(3, row.amount * scale);
    const bar = { x: 1 + Math.min(start * scale, width - 2 - barWidth), y: barY, width: barWidth, height: row.group === "total" ? 20 : 16 };
    if (row.group !== "total" && !row.unknown) running += row.amount;
    y = barY + bar.height + 14;
    return { ...row, text: row.label, label: { ...label, y: labelY }, amountY: labelY + LABEL_FONT, bar };
  });
  return { width, height: Math.ceil(y - 8), headings: placedHeadings, rows: placed };
}

export interface NoticeInputRow {
  label: string;
  kind: string;
  amountText: string;
  /** The annotation number shown beside the row, or null. */
  note: number | null;
  strong?: boolean;
}

export interface NoticeLayout {
  width: number;
  height: number;
  card: Box & { title: TextBlock & { y: number }; subtitle: { y: number } };
  rows: (Omit<NoticeInputRow, "label" | "kind"> & { y: number; height: number; label: TextBlock; kind: TextBlock; badge: { x: number; y: number } | null })[];
  notes: { number: number; text: TextBlock; x: number; y: number; badge: { x: number; y: number }; leader: { x1: number; y1: number; x2: number; y2: number } | null }[];
}

export const BADGE_R = 11;
const CARD_WIDTH = 340;

/**
 * An example carrier's notice as a card, rows numbered; the numbered notes say what each row is and
 * who to ask about it. Beside the card on a wide drawing (with a line to the row), under it on a phone.
 */
export const NOTICE_TITLE_FONT = LABEL_FONT + 2;

export function noticeLayout(title: string, rows: readonly NoticeInputRow[], notes: readonly { number: number; text: string }[], width: number): NoticeLayout {
  const wide = width >= 600;
  const cardWidth = wide ? CARD_WIDTH : width;
  const labelX = PAD + BADGE_R * 2 + 8;
  const amountRoom = Math.max(...rows.map((r) => textWidth(r.amountText, LABEL_FONT))) + PAD * 2;
  const labelWidth = cardWidth - labelX - amountRoom;
  const titleBlock = textBlock(title, cardWidth - PAD * 2 - 8, NOTICE_TITLE_FONT);
  const headerHeight = 14 + titleBlock.height + DETAIL_FONT * LINE + 10;
  let y = headerHeight;
  const placedRows = rows.map((row) => {
    const label = textBlock(row.label, labelWidth, LABEL_FONT);
    const kind = textBlock(row.kind, labelWidth, DETAIL_FONT);
    const height = 10 + label.height + kind.height + 8;
    const placed = { ...row, y, height, label, kind, badge: row.note === null ? null : { x: PAD + BADGE_R, y: y + 10 + LABEL_FONT / 2 + 2 } };
    y += height;
    return placed;
  });
  const card = { x: 0, y: 0, width: cardWidth, height: y + 6, title: { ...titleBlock, y: 12 }, subtitle: { y: 14 + titleBlock.height + DETAIL_FONT } };
  const noteX = wide ? cardWidth + 44 : 0;
  const noteWidth = (wide ? width - noteX : width) - BADGE_R * 2 - 10;
  let noteY = wide ? 0 : card.height + 18;
  const placedNotes = notes.map((note) => {
    const text = textBlock(note.text, noteWidth, DETAIL_FONT + 1);
    const row = placedRows.find((r) => r.note === note.number);
    const rowCentre = row ? row.y + 10 + LABEL_FONT / 2 + 2 : noteY;
    const y0 = wide ? Math.max(noteY, rowCentre - BADGE_R) : noteY;
    const badge = { x: noteX + BADGE_R, y: y0 + BADGE_R };
    noteY = y0 + Math.max(text.height, BADGE_R * 2) + 12;
    return {
      number: note.number,
      text,
      x: noteX + BADGE_R * 2 + 10,
      y: y0,
      badge,
      leader: wide && row ? { x1: cardWidth + 2, y1: rowCentre, x2: noteX - 2, y2: badge.y } : null,
    };
  });
  return { width, height: Math.ceil(Math.max(card.height, noteY - 12) + 2), card, rows: placedRows, notes: placedNotes };
}
