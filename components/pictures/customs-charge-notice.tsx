import { CATEGORY_LABELS } from "@/lib/import-tax";
import { formatLongDate } from "@/lib/import-tax/dates";
import { BADGE_R, FONT, noticeLayout } from "@/lib/pictures/layout";
import { chargeNoticeModel } from "@/lib/pictures/charge-notice";
import type { ExampleOrder } from "@/lib/pictures/landed-cost";
import { Badge, Lines, PICTURE, PictureFrame } from "./picture-frame";

/**
 * An example of the notice a carrier sends when it has paid import charges for you, each line
 * numbered and explained: which lines are tax (customs decide them, customs refund them) and which is
 * the carrier's own fee (only the carrier can refund it). Amounts come from the calculator's engine.
 */
export function CustomsChargeNotice({ id, order }: { id: string; order: Omit<ExampleOrder, "sellerCollectsTax"> }) {
  const model = chargeNoticeModel(order);
  const item = CATEGORY_LABELS[order.category].toLowerCase();
  const words = [
    ...model.rows.map((row) => `${row.label}, ${row.kind}: ${row.amountText}.`),
    ...model.notes.map((note) => `${note.number}. ${note.text}`),
  ];
  return (
    <PictureFrame
      id={id}
      title={`An example customs charge notice from ${model.carrier}, with what is tax and what is the carrier's fee`}
      words={words}
      caption={
        <>
          {`An illustration, not a real notice: ${item} at ${model.goodsText}${model.shippingText ? ` plus ${model.shippingText} postage` : ""}, sent by post to ${model.place}, amounts worked out by our calculator with the rules in force on ${formatLongDate(order.date)}. `}
          Got a real one? <a href="/tools/import-tax-calculator/check-bill">Check your bill</a> line by line.
        </>
      }
      draw={(width) => {
        const layout = noticeLayout(`${model.carrier}: customs charge to pay`, model.rows, model.notes, width);
        const { card } = layout;
        return {
          height: layout.height,
          content: (
            <g>
              <rect x={card.x + 1} y={card.y + 1} width={card.width - 2} height={card.height - 2} rx={PICTURE.radius} fill="var(--paper)" stroke="currentColor" strokeWidth={PICTURE.stroke} />
              <Lines lines={card.title.lines} x={FONT.pad + 4} y={card.title.y} font={card.title.font} weight={700} />
              <text x={FONT.pad + 4} y={card.subtitle.y} fontSize={FONT.detail} fill="var(--muted)">
                Example, not a real notice
              </text>
              {layout.rows.map((row, i) => {
                const labelX = FONT.pad + BADGE_R * 2 + 8;
                return (
                  <g key={i}>
                    <line
                      x1={FONT.pad}
                      x2={card.width - FONT.pad}
                      y1={row.y}
                      y2={row.y}
                      stroke={row.strong ? "currentColor" : "var(--line)"}
                      strokeWidth={row.strong ? PICTURE.stroke : 1}
                      strokeDasharray={row.strong ? undefined : "3 3"}
                    />
                    {row.badge ? <Badge x={row.badge.x} y={row.badge.y} number={row.note ?? 0} /> : null}
                    <Lines lines={row.label.lines} x={labelX} y={row.y + 8} font={FONT.label} weight={row.strong ? 700 : undefined} />
                    <Lines lines={row.kind.lines} x={labelX} y={row.y + 8 + row.label.height} font={FONT.detail} fill="var(--muted)" />
                    <text x={card.width - FONT.pad - 4} y={row.y + 8 + FONT.label} fontSize={FONT.label} fontWeight={row.strong ? 700 : undefined} textAnchor="end" fill="currentColor">
                      {row.amountText}
                    </text>
                  </g>
                );
              })}
              {layout.notes.map((note) => (
                <g key={note.number}>
                  {note.leader ? (
                    <path
                      d={`M ${note.leader.x1} ${note.leader.y1} C ${note.leader.x1 + 24} ${note.leader.y1}, ${note.leader.x2 - 24} ${note.leader.y2}, ${note.leader.x2 - BADGE_R} ${note.leader.y2}`}
                      fill="none"
                      stroke="var(--muted)"
                      strokeWidth={1.5}
                      strokeDasharray="4 3"
                    />
                  ) : null}
                  <Badge x={note.badge.x} y={note.badge.y} number={note.number} />
                  <Lines lines={note.text.lines} x={note.x} y={note.y - 2} font={note.text.font} />
                </g>
              ))}
            </g>
          ),
        };
      }}
    />
  );
}
