import { describe, expect, it } from "vitest";
import { chainLinks } from "@/lib/plan/chain";
import { textWidth } from "./layout";
import { RESPONSIBILITY_FONTS, responsibilityChainLayout } from "./responsibility-chain";

const stopsOf = (via: "agent" | "direct") => chainLinks(via).map((link) => ({ label: link.label, claim: link.claim }));

describe("responsibilityChainLayout", () => {
  it("runs across the wide drawing and down the phone one, for both chains", () => {
    for (const via of ["agent", "direct"] as const) {
      expect(responsibilityChainLayout(stopsOf(via), 720, null).direction).toBe("across");
      expect(responsibilityChainLayout(stopsOf(via), 340, null).direction).toBe("down");
    }
  });

  it("keeps every word inside the drawing and stops apart, with room for the highlight's words", () => {
    for (const via of ["agent", "direct"] as const) {
      for (const width of [340, 720]) {
        for (const highlight of [null, 0, 3]) {
          const layout = responsibilityChainLayout(stopsOf(via), width, highlight);
          expect(layout.tagLines.length > 0).toBe(highlight !== null);
          layout.stops.forEach((stop, i) => {
            const widest = Math.max(...stop.labelLines.map((l) => textWidth(l, RESPONSIBILITY_FONTS.label)), ...stop.claimLines.map((l) => textWidth(l, RESPONSIBILITY_FONTS.claim)));
            const left = stop.anchor === "middle" ? stop.textX - widest / 2 : stop.textX;
            expect(left, `${via} ${width}: ${stop.label}`).toBeGreaterThanOrEqual(0);
            expect(left + widest, `${via} ${width}: ${stop.label}`).toBeLessThanOrEqual(width);
            const next = layout.stops[i + 1];
            if (next && layout.direction === "across") expect(stop.box.x + stop.box.width).toBeLessThanOrEqual(next.box.x);
            if (next && layout.direction === "down") expect(stop.box.y + stop.box.height).toBeLessThan(next.box.y);
            expect(stop.box.y + stop.box.height).toBeLessThanOrEqual(layout.height);
          });
          expect(layout.stops.filter((s) => s.highlighted).map((s) => layout.stops.indexOf(s))).toEqual(highlight === null ? [] : [highlight]);
        }
      }
    }
  });
});
