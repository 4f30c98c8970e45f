import type { TimelineModel } from "@/lib/deadlines";
import { formatShort } from "@/lib/dates";

/**
 * The case on one line: the order's own dates above the axis, deadlines below as numbered dots
 * that match the numbered list under it, so the picture stays readable on a phone.
 */
export function DeadlineTimeline({ model, numbers }: { model: TimelineModel; numbers: ReadonlyMap<string, number> }) {
  // Two drawings, so the labels stay a readable size: a narrow one for phones, a wide one above 640 px.
  return (
    <figure className="not-prose my-8">
      <div className="sm:hidden">
        <TimelineDrawing model={model} numbers={numbers} width={360} titleId="timeline-title-narrow" />
      </div>
      <div className="hidden sm:block">
        <TimelineDrawing model={model} numbers={numbers} width={720} titleId="timeline-title-wide" />
      </div>
      <figcaption className="mt-2 text-base text-muted">
        Numbered dots are the deadlines listed below; hollow ones have passed.
        {model.offScale.length > 0
          ? ` Later, off the scale: ${model.offScale.map((m) => `${numbers.get(m.id) ?? "?"}. ${m.label} (${formatShort(m.date)})`).join("; ")}.`
          : ""}
      </figcaption>
    </figure>
  );
}

function TimelineDrawing({ model, numbers, width, titleId }: { model: TimelineModel; numbers: ReadonlyMap<string, number>; width: number; titleId: string }) {
  const narrow = width < 500;
  const left = 24;
  const right = width - 24;
  const axisY = 92;
  const x = (position: number) => left + position * (right - left);
  const events = model.markers.filter((m) => m.kind !== "deadline");
  const deadlines = model.markers.filter((m) => m.kind === "deadline");

  // On a phone every other month label is dropped so they do not collide.
  const ticks = narrow && model.ticks.length > 6 ? model.ticks.filter((_, i) => i % 2 === 0) : model.ticks;
  return (
    <svg viewBox={`0 0 ${width} 205`} role="img" aria-labelledby={titleId} className="h-auto w-full max-w-3xl overflow-visible text-ink">
        <title id={titleId}>
          {`Timeline from ${formatShort(model.start)} to ${formatShort(model.end)}: ${events.map((e) => `${e.label} ${formatShort(e.date)}`).join(", ")}; ${deadlines.length} deadline${deadlines.length === 1 ? "" : "s"}, numbered as in the list below.`}
        </title>
        <line x1={left} x2={right} y1={axisY} y2={axisY} stroke="currentColor" strokeWidth="2" />
        {ticks.map((tick) => (
          <g key={tick.date}>
            <line x1={x(tick.position)} x2={x(tick.position)} y1={axisY - 5} y2={axisY + 5} stroke="currentColor" strokeWidth="1" />
            <text x={x(tick.position)} y={axisY + 20} textAnchor="middle" fontSize="12" fill="var(--muted)">
              {tick.label}
            </text>
          </g>
        ))}
        {events.map((event, i) => {
          const cx = x(event.position);
          const row = i % 2;
          const anchor = event.position < 0.1 ? "start" : event.position > 0.9 ? "end" : "middle";
          return (
            <g key={`${event.id}-${event.date}`}>
              <line x1={cx} x2={cx} y1={axisY} y2={row ? 46 : 26} stroke={event.kind === "today" ? "var(--warning)" : "var(--muted)"} strokeWidth="1.5" strokeDasharray={event.kind === "today" ? "0" : "3 3"} />
              <circle cx={cx} cy={axisY} r="6" fill={event.kind === "today" ? "var(--warning)" : "var(--paper)"} stroke={event.kind === "today" ? "var(--warning)" : "currentColor"} strokeWidth="2" />
              <text x={cx} y={row ? 40 : 20} textAnchor={anchor} fontSize="13" fontWeight={event.kind === "today" ? 700 : 400} fill="currentColor">
                {event.label}
              </text>
            </g>
          );
        })}
        {deadlines.map((deadline, i) => {
          const cx = x(deadline.position);
          // Three staggered rows keep dots for close dates apart.
          const cy = axisY + 44 + (i % 3) * 26;
          const passed = deadline.status === "passed";
          return (
            <g key={deadline.id}>
              <line x1={cx} x2={cx} y1={axisY} y2={cy - 11} stroke="var(--brand)" strokeWidth="2" />
              <circle cx={cx} cy={cy} r="11" fill={passed ? "var(--paper-alt)" : "var(--brand)"} stroke="var(--brand)" strokeWidth="2" />
              <text x={cx} y={cy + 4} textAnchor="middle" fontSize="12" fontWeight="700" fill={passed ? "var(--ink)" : "var(--brand-ink)"}>
                {numbers.get(deadline.id) ?? "?"}
              </text>
            </g>
          );
        })}
    </svg>
  );
}
