import { CHAIN_FONTS, type ChainStep, chainLayout } from "@/lib/pictures/layout";
import { PICTURE, PictureFrame } from "./picture-frame";

/**
 * A chain of hands a parcel or a claim passes through, in order (seller → agent → freight → customs →
 * door): across on a wide screen, down on a phone. `highlight` marks one step with a thicker brand
 * border and the word "here", for "this is where your problem is".
 */
export function FlowChain({ id, title, description, steps, highlight, caption }: { id: string; title: string; description: string; steps: readonly ChainStep[]; highlight?: number; caption?: React.ReactNode }) {
  return (
    <PictureFrame
      id={id}
      title={title}
      description={description}
      caption={caption}
      draw={(width) => {
        // "(here)" is part of the label before wrapping, so it never runs past the box.
        const layout = chainLayout(
          steps.map((step, i) => (i === highlight ? { ...step, label: `${step.label} (here)` } : step)),
          width,
        );
        const { label, detail, line, pad, arrow } = CHAIN_FONTS;
        return {
          height: layout.height + 4,
          content: (
            <g transform="translate(0 2)">
              {layout.steps.map((step, i) => {
                const marked = i === highlight;
                const next = layout.steps[i + 1];
                return (
                  <g key={i}>
                    <rect
                      x={step.x + 1}
                      y={step.y + 1}
                      width={step.width - 2}
                      height={step.height - 2}
                      rx={PICTURE.radius}
                      fill="var(--paper-alt)"
                      stroke={marked ? "var(--brand)" : "var(--line)"}
                      strokeWidth={marked ? PICTURE.stroke * 2 : PICTURE.stroke}
                    />
                    {step.labelLines.map((text, k) => (
                      <text key={k} x={step.x + pad} y={step.y + pad + label * (k + 1) * line - 4} fontSize={label} fontWeight={700} fill="currentColor">
                        {text}
                      </text>
                    ))}
                    {step.detailLines.map((text, k) => (
                      <text
                        key={k}
                        x={step.x + pad}
                        y={step.y + pad + step.labelLines.length * label * line + 4 + detail * (k + 1) * line - 3}
                        fontSize={detail}
                        fill="var(--muted)"
                      >
                        {text}
                      </text>
                    ))}
                    {next ? <Arrow from={step} to={next} direction={layout.direction} length={arrow} /> : null}
                  </g>
                );
              })}
            </g>
          ),
        };
      }}
    />
  );
}

function Arrow({ from, direction, length }: { from: { x: number; y: number; width: number; height: number }; to: unknown; direction: "across" | "down"; length: number }) {
  if (direction === "across") {
    const y = from.y + from.height / 2;
    const x1 = from.x + from.width + 4;
    const x2 = from.x + from.width + length - 4;
    return (
      <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="var(--brand)">
        <line x1={x1} x2={x2 - 6} y1={y} y2={y} />
        <polygon points={`${x2},${y} ${x2 - 8},${y - 5} ${x2 - 8},${y + 5}`} strokeWidth="0" />
      </g>
    );
  }
  const x = from.x + 28;
  const y1 = from.y + from.height + 4;
  const y2 = from.y + from.height + length - 4;
  return (
    <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="var(--brand)">
      <line x1={x} x2={x} y1={y1} y2={y2 - 6} />
      <polygon points={`${x},${y2} ${x - 5},${y2 - 8} ${x + 5},${y2 - 8}`} strokeWidth="0" />
    </g>
  );
}
