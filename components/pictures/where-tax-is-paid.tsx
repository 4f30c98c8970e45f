import { formatLongDate } from "@/lib/import-tax/dates";
import { FONT, laneLayout, TAX_TAG_FONT } from "@/lib/pictures/layout";
import { placeName } from "@/lib/pictures/landed-cost";
import { taxCollectionModel } from "@/lib/pictures/tax-collection";
import { Lines, PICTURE, PictureFrame } from "./picture-frame";

/**
 * The UK's £135 rule or the EU's IOSS, as three cases side by side: what you pay at checkout and
 * what is left at your door, the box where the tax is paid marked in words and with a thick border.
 */
export function WhereTaxIsPaid({ id, destination, date }: { id: string; destination: string; date: string }) {
  const model = taxCollectionModel(destination, date);
  const uk = destination.toUpperCase() === "GB";
  const words = model.lanes.map((lane) => `${lane.label}: at checkout you pay ${lane.checkout.toLowerCase()}; at your door, ${lane.door.toLowerCase()}.`);
  return (
    <PictureFrame
      id={id}
      title={`Where the ${model.taxName} is paid under ${model.schemeName}: at checkout or at your door`}
      words={words}
      caption={
        <>
          {uk
            ? `Up to ${model.limit}, a seller who charges UK VAT at checkout leaves nothing to pay at your door. `
            : `Up to ${model.limit}, a seller registered for IOSS charges the VAT at checkout, and nothing is left to pay at your door. `}
          {`Worked out by our calculator for ${placeName(destination)}${uk ? "" : " (other EU countries differ in their VAT rate and fees)"}, rules in force on ${formatLongDate(date)}. `}
          <a href="/tools/import-tax-calculator">Work out your own order</a>.
        </>
      }
      draw={(width) => {
        const layout = laneLayout(model.lanes, width);
        const { header } = layout;
        return {
          height: layout.height,
          content: (
            <g>
              <text x={header.checkoutX} y={header.y} fontSize={FONT.label} fontWeight={700} fill="currentColor">
                At checkout
              </text>
              <text x={header.customsX} y={header.customsY} fontSize={FONT.detail} textAnchor="middle" fill="var(--muted)">
                customs
              </text>

              <text x={header.doorX} y={header.y} fontSize={FONT.label} fontWeight={700} fill="currentColor">
                At your door
              </text>
              {layout.lanes.map((lane, i) => {
                const arrowY = lane.checkout.y + lane.checkout.height / 2;
                const x1 = lane.checkout.x + lane.checkout.width + 6;
                const x2 = lane.door.x - 6;
                return (
                  <g key={i}>
                    <Lines lines={lane.label.lines} x={0} y={lane.label.y} font={FONT.label} weight={700} />
                    <line x1={layout.border.x} x2={layout.border.x} y1={lane.checkout.y - 4} y2={lane.checkout.y + lane.checkout.height + 4} stroke="var(--muted)" strokeWidth={1.5} strokeDasharray="4 4" />
                    {[lane.checkout, lane.door].map((box, k) => {
                      const content = (box.tax ? TAX_TAG_FONT * FONT.line + 2 : 0) + box.text.height;
                      const top = box.y + (box.height - content) / 2 - 3;
                      return (
                      <g key={k}>
                        <rect
                          x={box.x + 1}
                          y={box.y + 1}
                          width={box.width - 2}
                          height={box.height - 2}
                          rx={PICTURE.radius}
                          fill="var(--paper-alt)"
                          stroke={box.tax ? "var(--brand)" : "var(--line)"}
                          strokeWidth={box.tax ? PICTURE.stroke * 2 : PICTURE.stroke}
                        />
                        {box.tax ? (
                          <text x={box.x + FONT.pad} y={top + TAX_TAG_FONT} fontSize={TAX_TAG_FONT} fontWeight={700} fill="var(--brand)">
                            {`${model.taxName} paid here`}
                          </text>
                        ) : null}
                        <Lines lines={box.text.lines} x={box.x + FONT.pad} y={top + (box.tax ? TAX_TAG_FONT * FONT.line + 2 : 0)} font={FONT.label} />
                      </g>
                      );
                    })}
                    <g stroke="var(--brand)" strokeWidth={PICTURE.stroke} fill="var(--brand)">
                      <line x1={x1} x2={x2 - 8} y1={arrowY} y2={arrowY} />
                      <polygon points={`${x2},${arrowY} ${x2 - 9},${arrowY - 5} ${x2 - 9},${arrowY + 5}`} strokeWidth={0} />
                    </g>
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
