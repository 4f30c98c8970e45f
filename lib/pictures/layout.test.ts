import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chainLayout,
  ladderLayout,
  laneLayout,
  noticeLayout,
  periodBarsLayout,
  textWidth,
  timelineLayout,
  waterfallLayout,
  wrapText,
  type Box,
  type TextBlock,
} from "./layout";

describe("wrapText", () => {
  it("breaks at spaces within the width, and never drops a word", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 60, max: 400 }), (words, width) => {
        const lines = wrapText(words.join(" "), width, 13);
        expect(lines.join(" ")).toBe(words.join(" "));
        for (const line of lines) expect(line.includes(" ") ? textWidth(line, 13) <= width : true).toBe(true);
      }),
    );
  });

  it("keeps words joined by a no-break space on one line", () => {
    expect(wrapText("VAT + duty + carrier's\u00a0fee", 118, 15)).toEqual(["VAT + duty +", "carrier's\u00a0fee"]);
  });
});

describe("chainLayout", () => {
  const steps = [
    { label: "Seller", detail: "Ships to the agent" },
    { label: "Agent warehouse", detail: "QC photos, weighs" },
    { label: "Freight line", detail: "Flies or sails it" },
    { label: "Customs", detail: "Tax and duty" },
    { label: "Last mile", detail: "Your local carrier" },
  ];

  it("runs across a wide drawing and down a phone-width one, boxes never overlapping", () => {
    const wide = chainLayout(steps, 720);
    const narrow = chainLayout(steps, 340);
    expect(wide.direction).toBe("across");
    expect(narrow.direction).toBe("down");
    for (const layout of [wide, narrow]) {
      layout.steps.forEach((box, i) => {
        const next = layout.steps[i + 1];
        if (!next) return;
        if (layout.direction === "across") expect(box.x + box.width).toBeLessThan(next.x);
        else expect(box.y + box.height).toBeLessThan(next.y);
      });
      const last = layout.steps.at(-1)!;
      expect(last.x + last.width).toBeLessThanOrEqual(layout.width + 0.01);
      expect(last.y + last.height).toBeLessThanOrEqual(layout.height + 0.01);
    }
  });
});

describe("periodBarsLayout", () => {
  it("draws days to one scale and keeps every value inside the drawing", () => {
    const { bars } = periodBarsLayout(
      [
        { label: "Cancel", days: 14, valueText: "14 days" },
        { label: "Chargeback", days: 120, valueText: "120 days" },
        { label: "PayPal", days: 180, valueText: "180 days" },
      ],
      340,
    );
    expect(bars[1]!.barWidth / bars[0]!.barWidth).toBeCloseTo(120 / 14);
    for (const bar of bars) expect(bar.valueInside ? bar.valueX : bar.valueX + textWidth(bar.valueText, 14)).toBeLessThanOrEqual(340);
  });
});

const WIDTHS = [340, 720] as const;

/** Every line of a block fits `width` (a single word longer than the line is allowed its own line). */
function fits(block: TextBlock, width: number) {
  for (const line of block.lines) expect(line.includes(" ") ? textWidth(line, block.font) <= width : true, `"${line}" fits ${width}`).toBe(true);
}

function inside(box: Box, width: number, height: number) {
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.01);
  expect(box.y + box.height).toBeLessThanOrEqual(height + 0.01);
}

const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe("ladderLayout", () => {
  const steps = [1, 2, 3, 4, 5].map((number) => ({ number, label: `Step number ${number} with a long name`, detail: "Some words that explain what this step does and when to use it." }));
  const clock = "Your card and PayPal time limits run from the start, while steps 1 and 2 go on.";

  it("stacks step 1 at the bottom, boxes apart and inside the drawing, at phone and wide sizes", () => {
    for (const width of WIDTHS) {
      const layout = ladderLayout(steps, clock, width);
      expect(layout.steps.map((s) => s.number)).toEqual([5, 4, 3, 2, 1]);
      layout.steps.forEach((box, i) => {
        inside(box, width, layout.height);
        fits(box.label, box.width - 20);
        fits(box.detail, box.width - 20);
        const next = layout.steps[i + 1];
        if (next) expect(box.y + box.height).toBeLessThan(next.y);
      });
      inside(layout.clock, width, layout.height);
      for (const box of layout.steps) expect(apart(box, layout.clock)).toBe(true);
    }
  });

  it("brackets the first three steps with the clock note when there is room, and puts it underneath on a phone", () => {
    const wide = ladderLayout(steps, clock, 720);
    expect(wide.clock.bracket?.top).toBe(wide.steps[2]!.y);
    expect(wide.clock.bracket?.bottom).toBe(wide.steps[4]!.y + wide.steps[4]!.height);
    const narrow = ladderLayout(steps, clock, 340);
    expect(narrow.clock.bracket).toBeNull();
    expect(narrow.clock.y).toBeGreaterThan(narrow.steps[4]!.y + narrow.steps[4]!.height);
  });
});

describe("timelineLayout", () => {
  const rows = [
    { kind: "step" as const, label: "You pay", from: 0, to: 0, dayText: "Day 0" },
    { kind: "window" as const, label: "You can open a dispute", detail: "Up to 180 days after paying, not after the delivery date.", from: 0, to: 180, dayText: "Day 0 to day 180" },
    { kind: "step" as const, label: "You act", from: 175, to: 175, dayText: "Day 175" },
    { kind: "window" as const, label: "Escalate", from: 40, to: 60, dayText: "Day 40 to day 60" },
  ];

  it("draws days to one scale, every mark and day inside the drawing, rows one under another", () => {
    for (const width of WIDTHS) {
      const layout = timelineLayout(rows, 180, width);
      const [pay, open, , escalate] = layout.rows;
      expect(open!.track.x).toBeCloseTo(layout.x(0));
      expect(open!.track.x + open!.track.width).toBeCloseTo(layout.x(180));
      expect(escalate!.track.width / open!.track.width).toBeCloseTo(20 / 180);
      expect(pay!.track.x + pay!.track.width / 2).toBeCloseTo(layout.x(0));
      layout.rows.forEach((row, i) => {
        inside(row.track, width, layout.height);
        fits(row.label, width);
        fits(row.detail, width);
        const dayWidth = textWidth(row.dayText, 13);
        const [from, to] = row.day.anchor === "start" ? [row.day.x, row.day.x + dayWidth] : [row.day.x - dayWidth, row.day.x];
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(width);
        if (row.day.inside) expect(to).toBeLessThanOrEqual(row.track.x + row.track.width);
        else expect(to <= row.track.x || from >= row.track.x + row.track.width).toBe(true);
        const next = layout.rows[i + 1];
        if (next) expect(row.track.y + row.track.height).toBeLessThan(next.y);
      });
      expect(layout.axis.y).toBeGreaterThan(layout.rows.at(-1)!.track.y);
    }
  });
});

describe("laneLayout", () => {
  it("puts checkout left and door right with room between for the customs arrow, text inside its box", () => {
    const lanes = [
      { label: "£135 or less, and the seller charges VAT", checkout: "Price + VAT", door: "Nothing more to pay", taxAt: "checkout" as const },
      { label: "Over £135", checkout: "Price", door: "VAT + duty + carrier's fee", taxAt: "door" as const },
    ];
    for (const width of WIDTHS) {
      const layout = laneLayout(lanes, width);
      for (const lane of layout.lanes) {
        inside(lane.checkout, width, layout.height);
        inside(lane.door, width, layout.height);
        expect(lane.door.x - (lane.checkout.x + lane.checkout.width)).toBeGreaterThanOrEqual(60);
        fits(lane.checkout.text, lane.checkout.width - 20);
        fits(lane.door.text, lane.door.width - 20);
        fits(lane.label, width);
        expect(lane.label.y + lane.label.height).toBeLessThanOrEqual(lane.checkout.y);
      }
      expect(layout.lanes.map((l) => [l.checkout.tax, l.door.tax])).toEqual([
        [true, false],
        [false, true],
      ]);
    }
  });
});

describe("waterfallLayout", () => {
  const rows = [
    { label: "Clothing (the price)", amount: 20000, amountText: "£200.00", group: "checkout" as const },
    { label: "Shipping", amount: 1000, amountText: "£10.00", group: "checkout" as const },
    { label: "Customs duty (12%)", amount: 2520, amountText: "£25.20", group: "door" as const },
    { label: "Royal Mail handling fee", amount: 800, amountText: "£8.00", group: "door" as const },
    { label: "Total", amount: 24320, amountText: "£243.20", group: "total" as const },
  ];

  it("starts each bar where the last ended, to scale, and the total spans them all", () => {
    for (const width of WIDTHS) {
      const layout = waterfallLayout(rows, width, { checkout: "Paid at checkout", door: "Paid at your door" });
      const [item, shipping, duty, fee, total] = layout.rows;
      expect(shipping!.bar.x).toBeCloseTo(item!.bar.x + item!.bar.width);
      expect(duty!.bar.x).toBeCloseTo(shipping!.bar.x + shipping!.bar.width);
      expect(fee!.bar.x + fee!.bar.width).toBeCloseTo(total!.bar.x + total!.bar.width);
      expect(duty!.bar.width / item!.bar.width).toBeCloseTo(2520 / 20000);
      expect(layout.headings.map((h) => h.group)).toEqual(["checkout", "door"]);
      for (const row of layout.rows) {
        inside(row.bar, width, layout.height);
        expect(textWidth(row.amountText, 15) + Math.max(...row.label.lines.map((l) => textWidth(l, 15)))).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe("noticeLayout", () => {
  const rows = [
    { label: "Value of the goods", kind: "as the sender declared it", amountText: "£200.00", note: 1 },
    { label: "Import VAT", kind: "tax: customs decide it", amountText: "£47.04", note: 2 },
    { label: "Handling fee", kind: "Royal Mail's own charge", amountText: "£8.00", note: 3 },
    { label: "Total to pay", kind: "before the parcel is delivered", amountText: "£55.04", note: 4, strong: true },
  ];
  const notes = [1, 2, 3, 4].map((number) => ({ number, text: "A note that explains what this line is, who decides it and who to ask when it is wrong." }));

  it("keeps the card and its notes inside the drawing and apart: beside the card when wide, under it on a phone", () => {
    for (const width of WIDTHS) {
      const layout = noticeLayout("Royal Mail: customs charge to pay", rows, notes, width);
      inside(layout.card, width, layout.height);
      fits(layout.card.title, layout.card.width - 20);
      for (const row of layout.rows) {
        fits(row.label, layout.card.width);
        expect(row.y + row.height).toBeLessThanOrEqual(layout.card.y + layout.card.height);
      }
      layout.notes.forEach((note, i) => {
        const box = { x: note.x, y: note.y, width: Math.max(...note.text.lines.map((l) => textWidth(l, note.text.font))), height: note.text.height };
        inside(box, width, layout.height);
        expect(apart(box, layout.card)).toBe(true);
        const next = layout.notes[i + 1];
        if (next) expect(note.y + note.text.height).toBeLessThanOrEqual(next.y);
      });
      if (width === 720) expect(layout.notes.every((n) => n.leader !== null)).toBe(true);
      else expect(layout.notes[0]!.y).toBeGreaterThan(layout.card.height);
    }
  });
});
