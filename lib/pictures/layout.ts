/**
 * Layout for the guides' pictures (components/pictures/): pure functions of the words and numbers
 * drawn, so a picture's geometry is tested here and the components only draw what these return.
 * Widths are estimated from character counts (the server draws the SVG and cannot measure text);
 * the estimate is the same generous one the deadline timeline uses.
 */

const CHAR_WIDTH = 0.62;

export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * CHAR_WIDTH);

/** Breaks text into lines no wider than `maxWidth`, at spaces; a single word too long for a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
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
