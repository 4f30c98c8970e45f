import { escalationModel, type Rung } from "@/lib/pictures/escalation";
import { FONT, ladderLayout } from "@/lib/pictures/layout";
import { Lines, PICTURE, PictureFrame } from "./picture-frame";

/**
 * The five steps out of a stuck case as a ladder climbed from the bottom, with the note that the
 * card and PayPal clocks run from the start. `highlight` marks the step a guide is about.
 */
export function EscalationLadder({ id, highlight }: { id: string; highlight?: Rung }) {
  const model = escalationModel();
  const steps = model.steps.map((s) => (s.id === highlight ? { ...s, label: `${s.label} (this page)` } : s));
  const words = [
    "Go up one step only when the one below has failed:",
    ...steps.map((s) => `${s.number}. ${s.label}: ${s.detail}`),
    model.clock,
  ];
  return (
    <PictureFrame
      id={id}
      title="The escalation ladder: five steps, climbed from the bottom"
      words={words}
      caption={
        <>
          Start at step 1 and go up only when a step fails. Don&apos;t wait for the platform before you note your bank or PayPal deadline:
          those clocks are already running.
        </>
      }
      draw={(width) => {
        const layout = ladderLayout(steps, model.clock, width);
        const { rails, clock } = layout;
        const mid = (rails.left + rails.right) / 2;
        return {
          height: layout.height,
          content: (
            <g>
              <g stroke="var(--muted)" strokeWidth={3} strokeLinecap="round">
                <line x1={rails.left} x2={rails.left} y1={rails.top} y2={rails.bottom} />
                <line x1={rails.right} x2={rails.right} y1={rails.top} y2={rails.bottom} />
              </g>
              {layout.steps.map((step) => {
                const marked = steps[step.number - 1]?.id === highlight;
                return (
                  <g key={step.number}>
                    <line x1={rails.left} x2={step.x} y1={step.rungY} y2={step.rungY} stroke="var(--muted)" strokeWidth={3} />
                    <circle cx={mid} cy={step.rungY} r={14} fill="var(--brand)" />
                    <text x={mid} y={step.rungY + 5} fontSize={15} fontWeight={700} textAnchor="middle" fill="var(--brand-ink)">
                      {step.number}
                    </text>
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
                    <Lines lines={step.label.lines} x={step.x + FONT.pad} y={step.y + FONT.pad - 2} font={FONT.label} weight={700} />
                    <Lines lines={step.detail.lines} x={step.x + FONT.pad} y={step.y + FONT.pad + step.label.height + 2} font={FONT.detail} fill="var(--muted)" />
                  </g>
                );
              })}
              <text x={layout.start.x} y={layout.start.y} fontSize={FONT.detail} fontWeight={700} fill="currentColor">
                Start at 1 and climb when a step fails
              </text>
              {clock.bracket ? (
                <path
                  d={`M ${clock.bracket.x - 8} ${clock.bracket.top + 2} H ${clock.bracket.x} V ${clock.bracket.bottom - 2} H ${clock.bracket.x - 8}`}
                  fill="none"
                  stroke="var(--brand)"
                  strokeWidth={PICTURE.stroke}
                />
              ) : (
                <rect x={1} y={clock.y + 1} width={clock.width - 2} height={clock.height - 2} rx={PICTURE.radius} fill="none" stroke="var(--brand)" strokeWidth={PICTURE.stroke} strokeDasharray="6 4" />
              )}
              <ClockIcon x={clock.bracket ? clock.x + 12 : FONT.pad + 12} y={clock.bracket ? clock.y + 12 : clock.y + FONT.pad + 12} />
              <Lines
                lines={clock.text.lines}
                x={clock.bracket ? clock.x : FONT.pad + 34}
                y={clock.bracket ? clock.y + 30 : clock.y + FONT.pad - 2}
                font={clock.text.font}
              />
            </g>
          ),
        };
      }}
    />
  );
}

function ClockIcon({ x, y }: { x: number; y: number }) {
  return (
    <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="none" strokeLinecap="round">
      <circle cx={x} cy={y} r={11} />
      <path d={`M ${x} ${y - 6} V ${y} L ${x + 5} ${y + 3}`} />
    </g>
  );
}
