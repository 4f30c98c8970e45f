import { disputeTimelineModel, type DisputeExample, type DisputeRoute } from "@/lib/pictures/dispute-timeline";
import { FONT, timelineLayout } from "@/lib/pictures/layout";
import { Lines, PICTURE, PictureFrame } from "./picture-frame";

/**
 * One case from payment to the last day to act, drawn to scale in days: the reader's own steps as
 * squares (as in the deadline planner), time limits as bars, each day written beside its mark.
 */
export function DisputeTimeline({ id, route, example }: { id: string; route: DisputeRoute; example: DisputeExample }) {
  const model = disputeTimelineModel(route, example);
  const words = model.rows.map((row) => `${row.dayText}: ${row.label}.${row.detail ? ` ${row.detail}` : ""}`);
  return (
    <PictureFrame
      id={id}
      title={`${model.title}, day by day`}
      words={words}
      caption={
        <>
          An example, counted in days after paying. Squares are your own steps; bars are the time you have. Put your own dates into the{" "}
          <a href="/tools/deadlines">deadline planner</a> to get them as calendar dates.
        </>
      }
      draw={(width) => {
        const layout = timelineLayout(model.rows, model.end, width);
        const { axis } = layout;
        return {
          height: layout.height,
          content: (
            <g>
              {layout.rows.map((row, i) => {
                const centre = row.track.y + row.track.height / 2;
                return (
                  <g key={i}>
                    <Lines lines={row.label.lines} x={0} y={row.label.y} font={FONT.label} weight={700} />
                    <Lines lines={row.detail.lines} x={0} y={row.detail.y} font={FONT.detail} fill="var(--muted)" />
                    <line x1={axis.left} x2={axis.right} y1={centre} y2={centre} stroke="var(--line)" strokeWidth={1} strokeDasharray="2 4" />
                    {row.kind === "window" ? (
                      <rect x={row.track.x} y={row.track.y} width={row.track.width} height={row.track.height} rx={PICTURE.radius / 2} fill="var(--brand)" />
                    ) : (
                      <rect x={row.track.x} y={row.track.y + 2} width={row.track.width} height={row.track.height - 4} fill="currentColor" />
                    )}
                    <text
                      x={row.day.x}
                      y={row.day.y}
                      fontSize={FONT.detail}
                      fontWeight={700}
                      textAnchor={row.day.anchor}
                      fill={row.day.inside ? "var(--brand-ink)" : "currentColor"}
                    >
                      {row.dayText}
                    </text>
                  </g>
                );
              })}
              <line x1={axis.left} x2={axis.right} y1={axis.y} y2={axis.y} stroke="currentColor" strokeWidth={PICTURE.stroke} />
              <line x1={axis.left} x2={axis.left} y1={axis.y - 5} y2={axis.y + 5} stroke="currentColor" strokeWidth={PICTURE.stroke} />
              <line x1={axis.right} x2={axis.right} y1={axis.y - 5} y2={axis.y + 5} stroke="currentColor" strokeWidth={PICTURE.stroke} />
              <text x={0} y={axis.y + 8 + FONT.detail} fontSize={FONT.detail} fill="var(--muted)">
                Day 0
              </text>
              <text x={width / 2} y={axis.y + 8 + FONT.detail} fontSize={FONT.detail} textAnchor="middle" fill="var(--muted)">
                days after you paid
              </text>
              <text x={width} y={axis.y + 8 + FONT.detail} fontSize={FONT.detail} textAnchor="end" fill="var(--muted)">
                {`Day ${model.end}`}
              </text>
            </g>
          ),
        };
      }}
    />
  );
}
