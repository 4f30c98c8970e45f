import { axisLabels, estimateTextWidth, placeInRows, type TimelineModel } from "@/lib/deadlines";
import { formatShort } from "@/lib/dates";

/**
 * The case on one line: the buyer's own dates above the axis (squares), deadlines below it as
 * numbered circles matching the numbered list (filled while open, hollow once passed). Every word is
 * placed by lib/deadlines/timeline.ts so nothing overlaps, at phone width or wide.
 */
export function DeadlineTimeline({ model, numbers }: { model: TimelineModel; numbers: ReadonlyMap<string, number> }) {
  // Two drawings, so the words stay a readable size: a narrow one for phones, a wide one above 640 px.
  return (
    <figure className="not-prose my-8">
      <div className="sm:hidden">
        <TimelineDrawing model={model} numbers={numbers} width={340} titleId="timeline-title-narrow" />
      </div>
      <div className="hidden sm:block">
        <TimelineDrawing model={model} numbers={numbers} width={720} titleId="timeline-title-wide" />
      </div>
      <figcaption className="mt-3 text-base text-muted">
        <Key /> Squares are your own dates. Numbered circles are the deadlines listed below: filled ones are still open, hollow ones have passed.
        {model.offScale.length > 0
          ? ` Later, off the scale: ${model.offScale.map((m) => `${numbers.get(m.id) ?? "?"}. ${m.label} (${formatShort(m.date)})`).join("; ")}.`
          : ""}
      </figcaption>
    </figure>
  );
}

/** The three marks, drawn as in the timeline, so the words after them need no colour to be read. */
function Key() {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 16" width="64" height="16" className="mr-1 inline-block align-[-2px] text-ink">
      <rect x="2" y="3" width="10" height="10" fill="currentColor" />
      <circle cx="30" cy="8" r="7" fill="var(--brand)" stroke="var(--brand)" strokeWidth="2" />
      <circle cx="53" cy="8" r="7" fill="var(--paper)" stroke="var(--muted)" strokeWidth="2" />
    </svg>
  );
}

const EVENT_FONT = 13;
const TICK_FONT = 12;
const ROW = 20;
const DOT_R = 11;
const DOT_ROW = 28;

function TimelineDrawing({ model, numbers, width, titleId }: { model: TimelineModel; numbers: ReadonlyMap<string, number>; width: number; titleId: string }) {
  const left = 14;
  const right = width - 14;
  const x = (position: number) => left + position * (right - left);
  const events = model.markers.filter((m) => m.kind !== "deadline");
  const deadlines = model.markers.filter((m) => m.kind === "deadline");

  const eventLabels = placeInRows(
    events.map((e) => ({ key: e.id, x: x(e.position), width: estimateTextWidth(e.label, EVENT_FONT) })),
    { width },
  );
  const eventRows = Math.max(1, ...eventLabels.map((l) => l.row + 1));
  const axisY = 10 + eventRows * ROW + 10;
  const ticks = axisLabels(model, { left, right, fontSize: TICK_FONT, width });
  const dots = placeInRows(
    deadlines.map((d) => ({ key: d.id, x: x(d.position), width: DOT_R * 2 + 2 })),
    { width, gap: 4 },
  );
  const firstDotY = axisY + 30 + DOT_R;
  const dotRows = Math.max(0, ...dots.map((dot) => dot.row + 1));
  const height = dotRows === 0 ? axisY + 30 : firstDotY + (dotRows - 1) * DOT_ROW + DOT_R + 4;
  const labelY = (row: number) => 10 + (eventRows - row) * ROW - 6;

  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} className="h-auto w-full max-w-3xl text-ink" data-timeline="">
      <title id={titleId}>
        {`Timeline from ${formatShort(model.start)} to ${formatShort(model.end)}: ${events.map((e) => `${e.label} ${formatShort(e.date)}`).join(", ")}; ${deadlines.length} deadline${deadlines.length === 1 ? "" : "s"}, numbered as in the list below.`}
      </title>
      <line x1={left} x2={right} y1={axisY} y2={axisY} stroke="currentColor" strokeWidth="2" />
      {events.map((event) => {
        const cx = x(event.position);
        const label = eventLabels.find((l) => l.key === event.id);
        const row = label?.row ?? 0;
        const today = event.kind === "today";
        return (
          <g key={`${event.id}-${event.date}`}>
            <line
              x1={cx}
              x2={cx}
              y1={axisY}
              y2={labelY(row) + 4}
              stroke={today ? "var(--warning)" : "var(--muted)"}
              strokeWidth={today ? 2 : 1.5}
              strokeDasharray={today ? undefined : "3 3"}
            />
            {today ? (
              <circle cx={cx} cy={axisY} r="6" fill="var(--warning)" />
            ) : (
              <rect x={cx - 5} y={axisY - 5} width="10" height="10" fill="currentColor" />
            )}
            <text x={label?.from ?? cx} y={labelY(row)} fontSize={EVENT_FONT} fontWeight={today ? 700 : 400} fill={today ? "var(--warning)" : "currentColor"} data-label="event">
              {event.label}
            </text>
          </g>
        );
      })}
      {deadlines.map((deadline) => {
        const cx = x(deadline.position);
        const dot = dots.find((d) => d.key === deadline.id);
        const dx = (dot?.from ?? cx - DOT_R) + DOT_R + 1;
        const cy = firstDotY + (dot?.row ?? 0) * DOT_ROW;
        const passed = deadline.status === "passed";
        return (
          <g key={deadline.id} data-label="deadline">
            <polyline points={`${cx},${axisY} ${cx},${axisY + 14} ${dx},${cy - DOT_R}`} fill="none" stroke={passed ? "var(--muted)" : "var(--brand)"} strokeWidth="2" />
            <circle cx={dx} cy={cy} r={DOT_R} fill={passed ? "var(--paper)" : "var(--brand)"} stroke={passed ? "var(--muted)" : "var(--brand)"} strokeWidth="2" />
            <text x={dx} y={cy + 4} textAnchor="middle" fontSize="12" fontWeight="700" fill={passed ? "var(--ink)" : "var(--brand-ink)"}>
              {numbers.get(deadline.id) ?? "?"}
            </text>
          </g>
        );
      })}
      {/* Drawn last, with a halo of the page colour, so a deadline's leader line passes behind the words. */}
      {ticks.map((tick) => (
        <g key={tick.date}>
          <line x1={tick.tickX} x2={tick.tickX} y1={axisY - 5} y2={axisY + 5} stroke="currentColor" strokeWidth="1" />
          <text x={tick.from} y={axisY + 20} fontSize={TICK_FONT} fill="var(--muted)" stroke="var(--paper)" strokeWidth="4" paintOrder="stroke" strokeLinejoin="round" data-label="tick">
            {tick.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
