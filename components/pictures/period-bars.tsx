import { type PeriodBar, periodBarsLayout } from "@/lib/pictures/layout";
import { PICTURE, PictureFrame } from "./picture-frame";

/**
 * Time windows drawn to one scale ("you have 14 days here, 120 there"), each bar under its label, the
 * length in words at its end. The days come in as props from the fact registry, never typed here.
 */
export function PeriodBars({ id, title, description, bars, caption }: { id: string; title: string; description: string; bars: readonly PeriodBar[]; caption?: React.ReactNode }) {
  const font = 14;
  return (
    <PictureFrame
      id={id}
      title={title}
      description={description}
      caption={caption}
      draw={(width) => {
        const layout = periodBarsLayout(bars, width, font);
        return {
          height: layout.height,
          content: layout.bars.map((bar) => (
            <g key={bar.label}>
              <text x={0} y={bar.y + font} fontSize={font} fontWeight={700} fill="currentColor">
                {bar.label}
              </text>
              <rect x={0} y={bar.y + font + 6} width={bar.barWidth} height={22} rx={PICTURE.radius / 2} fill="var(--brand)" />
              <text
                x={bar.valueX}
                y={bar.y + font + 6 + 16}
                fontSize={font}
                textAnchor={bar.valueInside ? "end" : "start"}
                fill={bar.valueInside ? "var(--brand-ink)" : "currentColor"}
              >
                {bar.valueText}
              </text>
            </g>
          )),
        };
      }}
    />
  );
}
