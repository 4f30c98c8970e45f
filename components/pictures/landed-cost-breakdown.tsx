import { CATEGORY_LABELS } from "@/lib/import-tax";
import { formatLongDate } from "@/lib/import-tax/dates";
import { FONT, waterfallLayout, type WaterfallInputRow } from "@/lib/pictures/layout";
import { computeExample, lineWords, money, placeName, type ExampleOrder } from "@/lib/pictures/landed-cost";
import { Lines, PICTURE, PictureFrame } from "./picture-frame";

/**
 * What an order really costs, worked out by the calculator's engine at build time and drawn as a
 * waterfall: each charge a bar starting where the last ended, grouped under when it is paid. Bars
 * paid at the door are hatched as well as coloured, and their group says so in words.
 */
export function LandedCostBreakdown({ id, order }: { id: string; order: ExampleOrder }) {
  const { result, calculatorHref } = computeExample(order);
  const item = CATEGORY_LABELS[order.category];
  // Couriers charge their own fee for paying import charges for you; the calculator has no checked figure, so it is shown and not counted.
  const courierFeeUnknown = order.channel === "courier" && result.payOnDelivery > 0 && !result.lines.some((l) => l.kind === "fee" && l.paidWhen === "delivery");
  const rows: WaterfallInputRow[] = [
    { label: `${item} (the price)`, amount: result.goods, amountText: money(result.goods, result), group: "checkout" },
    ...(result.shipping > 0 ? [{ label: "Shipping", amount: result.shipping, amountText: money(result.shipping, result), group: "checkout" as const }] : []),
    ...result.lines
      .filter((l) => l.paidWhen === "checkout")
      .map((l) => ({ label: lineWords(l, result), amount: l.amount, amountText: money(l.amount, result), group: "checkout" as const })),
    ...result.lines
      .filter((l) => l.paidWhen === "delivery")
      .map((l) => ({ label: lineWords(l, result), amount: l.amount, amountText: money(l.amount, result), group: "door" as const })),
    ...(courierFeeUnknown ? [{ label: "The courier's own handling fee", amount: 0, amountText: "not included", group: "door" as const, unknown: true }] : []),
    {
      label: result.totalIsMinimum || courierFeeUnknown ? `Total${courierFeeUnknown ? ", before the courier's fee" : " (at least)"}` : "Total",
      amount: result.total,
      amountText: money(result.total, result),
      group: "total",
    },
  ];
  const headings = {
    checkout: `Paid at checkout: ${money(result.payAtCheckout, result)}`,
    door: `Paid at your door, before delivery: ${money(result.payOnDelivery, result)}`,
  };
  const nothingAtDoor = result.payOnDelivery === 0;
  const words = [
    `${headings.checkout}.`,
    ...rows.filter((r) => r.group === "checkout").map((r) => `${r.label}: ${r.amountText}.`),
    ...(nothingAtDoor ? ["Nothing to pay at your door."] : [`${headings.door}.`, ...rows.filter((r) => r.group === "door").map((r) => `${r.label}: ${r.amountText}.`)]),
    `${rows.at(-1)!.label}: ${rows.at(-1)!.amountText}.`,
  ];
  const notIncluded = result.unknownCharges.map((c) => c.label);
  const hatch = `${id}-hatch`;
  return (
    <PictureFrame
      id={id}
      title={`What a ${money(result.goods, result)} order of ${item.toLowerCase()} really costs in ${placeName(result.destination)}: ${money(result.total, result)}${
        courierFeeUnknown ? " before the courier's fee" : result.totalIsMinimum ? " at least" : ""
      }`}
      words={words}
      caption={
        <>
          {`Worked out by our calculator: ${item.toLowerCase()} at ${money(result.goods, result)}${result.shipping > 0 ? ` plus ${money(result.shipping, result)} shipping` : ""}, sent by ${order.channel === "courier" ? "courier" : "post"}, ${
            order.sellerCollectsTax === "yes" ? "from a seller who charges the tax at checkout" : "from a seller who does not charge the tax at checkout"
          }, rules in force on ${formatLongDate(order.date)}. `}
          {notIncluded.length > 0 ? `Not included, because no figure is confirmed: ${notIncluded.join(", ")}. ` : ""}
          {courierFeeUnknown ? "Couriers add their own fee for paying the charges for you; we have no checked figure for it, so it is not in the total. " : ""}
          <a href={calculatorHref}>Change it to your own order</a>.
        </>
      }
      draw={(width) => {
        const layout = waterfallLayout(rows, width, headings);
        const total = layout.rows.find((r) => r.group === "total");
        const checkoutShare = total && result.total > 0 ? (total.bar.width * result.payAtCheckout) / result.total : 0;
        return {
          height: layout.height,
          content: (
            <g>
              <defs>
                <pattern id={`${hatch}-${width}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width={6} height={6} fill="var(--warning-bg)" />
                  <line x1={0} x2={0} y1={0} y2={6} stroke="var(--warning)" strokeWidth={3} />
                </pattern>
              </defs>
              {layout.headings.map((h) => (
                <g key={h.group}>
                  <text x={0} y={h.y} fontSize={FONT.detail + 1} fontWeight={700} fill={h.group === "door" ? "var(--warning)" : "var(--brand)"}>
                    {h.text}
                  </text>
                </g>
              ))}
              {layout.rows.map((row, i) => {
                const door = row.group === "door";
                const isTotal = row.group === "total";
                return (
                  <g key={i}>
                    <Lines lines={row.label.lines} x={0} y={row.label.y} font={FONT.label} weight={isTotal ? 700 : undefined} />
                    <text x={width} y={row.amountY} fontSize={FONT.label} fontWeight={700} textAnchor="end" fill="currentColor">
                      {row.amountText}
                    </text>
                    {row.unknown ? (
                      <rect x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height} fill="none" stroke="var(--warning)" strokeWidth={1.5} strokeDasharray="3 3" />
                    ) : isTotal ? (
                      <>
                        <rect x={row.bar.x} y={row.bar.y} width={Math.max(0, checkoutShare)} height={row.bar.height} fill="var(--brand)" />
                        <rect
                          x={row.bar.x + checkoutShare}
                          y={row.bar.y}
                          width={Math.max(0, row.bar.width - checkoutShare)}
                          height={row.bar.height}
                          fill={`url(#${hatch}-${width})`}
                          stroke="var(--warning)"
                          strokeWidth={nothingAtDoor ? 0 : 1}
                        />
                      </>
                    ) : (
                      <rect
                        x={row.bar.x}
                        y={row.bar.y}
                        width={row.bar.width}
                        height={row.bar.height}
                        rx={PICTURE.radius / 3}
                        fill={door ? `url(#${hatch}-${width})` : "var(--brand)"}
                        stroke={door ? "var(--warning)" : "none"}
                        strokeWidth={door ? 1.5 : 0}
                      />
                    )}
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
