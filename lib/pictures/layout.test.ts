import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainLayout, periodBarsLayout, textWidth, wrapText } from "./layout";

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
