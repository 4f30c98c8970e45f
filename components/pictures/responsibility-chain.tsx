import { type ChainLinkId, type ChainRoute, chainLinks, isChainLinkId, isChainRoute } from "@/lib/plan/chain";
import { HIGHLIGHT_TAG, RESPONSIBILITY_FONTS, type ResponsibilityLayout, responsibilityChainLayout } from "@/lib/pictures/responsibility-chain";
import { PICTURE, PictureFrame } from "./picture-frame";

/**
 * Who answers for each link an overseas order passes through (seller → agent → warehouse and QC →
 * freight line → customs → local carrier → you), with who to claim from under each link. The case
 * plan highlights the link where the buyer's problem most likely happened; guides place it without
 * a highlight (`<ResponsibilityChain />`, or `via="direct"` for a purchase without an agent).
 * Across on a wide screen, down on a phone; an img named by its title and described in words.
 */
export function ResponsibilityChain({
  via = "agent",
  highlight,
  claims,
  id = "responsibility-chain",
  caption,
}: {
  /** "agent" (the default): bought through a shopping agent; "direct": from a marketplace seller or a web shop. */
  via?: ChainRoute;
  /** The link to mark as where the problem most likely happened. */
  highlight?: ChainLinkId;
  /** Who to claim from at a link, in place of the general words (the plan names the platform). */
  claims?: Partial<Record<ChainLinkId, string>>;
  /** Unique on the page. */
  id?: string;
  caption?: React.ReactNode;
}) {
  // Guides pass these as MDX attributes, which no type checks: a wrong one fails the build here, named.
  if (!isChainRoute(via)) throw new Error(`<ResponsibilityChain via="${String(via)}">: via must be "agent" or "direct"`);
  const links = chainLinks(via);
  const index = highlight === undefined ? null : links.findIndex((link) => link.id === highlight);
  if (highlight !== undefined && (!isChainLinkId(highlight) || index === -1)) {
    throw new Error(`<ResponsibilityChain highlight="${String(highlight)}">: highlight must be one of ${links.map((l) => `"${l.id}"`).join(", ")} for via="${via}"`);
  }
  const stops = links.map((link) => ({ label: link.label, claim: claims?.[link.id] ?? link.claim }));
  const marked = index === null || index === -1 ? null : index;
  const title = marked === null ? "Who answers for each link of an overseas order" : "Where your problem most likely happened, and who to claim from";
  const description = [
    `The links in order, each with who to claim from: ${stops.map((stop, i) => `${i + 1}. ${stop.label}: ${stop.claim}`).join("; ")}.`,
    marked === null ? "" : ` ${HIGHLIGHT_TAG}: ${stops[marked]?.label}.`,
  ].join("");
  return (
    <PictureFrame
      id={id}
      title={title}
      description={description}
      caption={caption ?? (marked === null ? "Under each link: who to claim from when something goes wrong there." : undefined)}
      draw={(width) => {
        const layout = responsibilityChainLayout(stops, width, marked);
        return { height: layout.height, content: <Drawing layout={layout} /> };
      }}
    />
  );
}

const { label: LABEL, claim: CLAIM, tag: TAG, line: LINE } = RESPONSIBILITY_FONTS;

function Drawing({ layout }: { layout: ResponsibilityLayout }) {
  const { stops, direction, tagLines } = layout;
  return (
    <g>
      {stops.map((stop, i) => {
        const next = stops[i + 1];
        return next ? <Connector key={`c${i}`} from={stop} to={next} direction={direction} /> : null;
      })}
      {stops.map((stop, i) => {
        const labelTop = stop.textY;
        const claimTop = labelTop + stop.labelLines.length * LABEL * LINE + (direction === "across" ? 6 : 2);
        const tagTop = direction === "across" ? 4 : stop.textY - tagLines.length * TAG * LINE;
        return (
          <g key={i}>
            {stop.highlighted ? (
              <rect x={stop.box.x} y={stop.box.y} width={stop.box.width} height={stop.box.height} rx={PICTURE.radius} fill="none" stroke="var(--brand)" strokeWidth={PICTURE.stroke * 2} />
            ) : null}
            {stop.highlighted
              ? tagLines.map((text, k) => (
                  <text key={`t${k}`} x={direction === "across" ? stop.cx : stop.textX} y={tagTop + (k + 1) * TAG * LINE - 3} fontSize={TAG} fontWeight={700} textAnchor={stop.anchor} fill="currentColor">
                    {text}
                  </text>
                ))
              : null}
            <circle cx={stop.cx} cy={stop.cy} r={stop.r} fill={stop.highlighted ? "var(--brand)" : "var(--paper)"} stroke={stop.highlighted ? "var(--brand)" : "var(--muted)"} strokeWidth={PICTURE.stroke} />
            <text x={stop.cx} y={stop.cy + 5} fontSize={CLAIM} fontWeight={700} textAnchor="middle" fill={stop.highlighted ? "var(--brand-ink)" : "currentColor"}>
              {i + 1}
            </text>
            {stop.labelLines.map((text, k) => (
              <text key={`l${k}`} x={stop.textX} y={labelTop + (k + 1) * LABEL * LINE - 4} fontSize={LABEL} fontWeight={700} textAnchor={stop.anchor} fill="currentColor">
                {text}
              </text>
            ))}
            {stop.claimLines.map((text, k) => (
              <text key={`k${k}`} x={stop.textX} y={claimTop + (k + 1) * CLAIM * LINE - 3} fontSize={CLAIM} textAnchor={stop.anchor} fill="var(--muted)">
                {text}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}

function Connector({ from, to, direction }: { from: { cx: number; cy: number; r: number }; to: { cx: number; cy: number; r: number }; direction: "across" | "down" }) {
  if (direction === "across") {
    const x1 = from.cx + from.r + 4;
    const x2 = to.cx - to.r - 4;
    const y = from.cy;
    return (
      <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="var(--brand)">
        <line x1={x1} x2={x2 - 6} y1={y} y2={y} />
        <polygon points={`${x2},${y} ${x2 - 8},${y - 5} ${x2 - 8},${y + 5}`} strokeWidth="0" />
      </g>
    );
  }
  const x = from.cx;
  const y1 = from.cy + from.r + 4;
  const y2 = to.cy - to.r - 4;
  return (
    <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="var(--brand)">
      <line x1={x} x2={x} y1={y1} y2={y2 - 6} />
      <polygon points={`${x},${y2} ${x - 5},${y2 - 8} ${x + 5},${y2 - 8}`} strokeWidth="0" />
    </g>
  );
}
