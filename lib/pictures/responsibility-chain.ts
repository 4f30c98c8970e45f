import { textWidth, wrapText } from "./layout";

/**
 * Layout for the responsibility chain (components/pictures/responsibility-chain.tsx): the links an
 * order passes through, each with who to claim from, and the link where a problem most likely
 * happened marked. Across on a wide drawing (numbered stops on a line, words under each), down on a
 * phone (stops down the left, words beside them). Pure, so the geometry is tested without drawing.
 */

export const RESPONSIBILITY_FONTS = { label: 15, claim: 13, tag: 13, line: 1.35 } as const;
/** The words that mark the highlighted link, so it never relies on colour alone. */
export const HIGHLIGHT_TAG = "Most likely here";

const RADIUS = 14;
const PAD = 8;
const GAP = 6;

export interface ChainStop {
  label: string;
  claim: string;
}

export interface PlacedStop extends ChainStop {
  /** The stop's circle. */
  cx: number;
  cy: number;
  r: number;
  /** Where its words start, and how they are aligned. */
  textX: number;
  textY: number;
  anchor: "middle" | "start";
  labelLines: string[];
  claimLines: string[];
  highlighted: boolean;
  /** The box drawn round a highlighted stop (and its words). */
  box: { x: number; y: number; width: number; height: number };
}

export interface ResponsibilityLayout {
  width: number;
  height: number;
  direction: "across" | "down";
  stops: PlacedStop[];
  /** HIGHLIGHT_TAG, wrapped to fit above (across) or beside (down) the highlighted stop. */
  tagLines: string[];
}

const { label: LABEL, claim: CLAIM, tag: TAG, line: LINE } = RESPONSIBILITY_FONTS;

export function responsibilityChainLayout(stops: readonly ChainStop[], width: number, highlight: number | null): ResponsibilityLayout {
  const n = Math.max(1, stops.length);
  // Across only when every column leaves room for a readable word ("Warehouse" at the label size).
  const column = width / n;
  const direction = column - PAD * 2 >= textWidth("Warehouse", LABEL) ? "across" : "down";
  return direction === "across" ? across(stops, width, column, highlight) : down(stops, width, highlight);
}

function across(stops: readonly ChainStop[], width: number, column: number, highlight: number | null): ResponsibilityLayout {
  const inner = column - PAD * 2;
  // The tag may use the column's whole width, inside the highlight's box.
  const tagLines = highlight === null ? [] : wrapText(HIGHLIGHT_TAG, column - 8, TAG);
  const top = tagLines.length * TAG * LINE + (tagLines.length > 0 ? 4 : 0);
  const cy = top + PAD + RADIUS;
  const wrapped = stops.map((stop) => ({ labelLines: wrapText(stop.label, inner, LABEL), claimLines: wrapText(stop.claim, inner, CLAIM) }));
  const textHeight = Math.max(...wrapped.map((w) => w.labelLines.length * LABEL * LINE + GAP + w.claimLines.length * CLAIM * LINE));
  const height = Math.ceil(cy + RADIUS + GAP + textHeight + PAD);
  return {
    width,
    height,
    direction: "across",
    tagLines,
    stops: stops.map((stop, i) => {
      const x = i * column;
      return {
        ...stop,
        ...(wrapped[i] ?? { labelLines: [], claimLines: [] }),
        cx: x + column / 2,
        cy,
        r: RADIUS,
        textX: x + column / 2,
        textY: cy + RADIUS + GAP,
        anchor: "middle",
        highlighted: i === highlight,
        box: { x: x + 1, y: 1, width: column - 2, height: height - 2 },
      };
    }),
  };
}

function down(stops: readonly ChainStop[], width: number, highlight: number | null): ResponsibilityLayout {
  const textX = PAD + RADIUS * 2 + 12;
  const inner = width - textX - PAD;
  const tagLines = highlight === null ? [] : wrapText(HIGHLIGHT_TAG, inner, TAG);
  let y = 0;
  const placed = stops.map((stop, i) => {
    const highlighted = i === highlight;
    const labelLines = wrapText(stop.label, inner, LABEL);
    const claimLines = wrapText(stop.claim, inner, CLAIM);
    const tag = highlighted ? tagLines.length * TAG * LINE : 0;
    const rowHeight = Math.max(RADIUS * 2, tag + labelLines.length * LABEL * LINE + 2 + claimLines.length * CLAIM * LINE) + PAD * 2;
    const top = y;
    y += rowHeight + GAP;
    return {
      ...stop,
      labelLines,
      claimLines,
      cx: PAD + RADIUS,
      cy: top + PAD + RADIUS,
      r: RADIUS,
      textX,
      textY: top + PAD + tag,
      anchor: "start" as const,
      highlighted,
      box: { x: 1, y: top + 1, width: width - 2, height: rowHeight - 2 },
    };
  });
  return { width, height: Math.ceil(y - GAP), direction: "down", stops: placed, tagLines };
}
