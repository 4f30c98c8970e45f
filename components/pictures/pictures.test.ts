import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FlowChain } from "./flow-chain";
import { PeriodBars } from "./period-bars";

describe("picture primitives", () => {
  it("draw a phone and a wide version, each an img named by its title and described in words", () => {
    const html = renderToStaticMarkup(
      createElement(FlowChain, {
        id: "chain",
        title: "Who has your parcel",
        description: "Seller, then agent, then you.",
        steps: [{ label: "Seller" }, { label: "Agent" }, { label: "You" }],
        highlight: 1,
      }),
    );
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="chain-340-title chain-340-desc"');
    expect(html).toContain('<desc id="chain-720-desc">Seller, then agent, then you.</desc>');
    expect(html).toContain("Agent (here)");
  });

  it("show each period's length in words, not only as a bar", () => {
    const html = renderToStaticMarkup(
      createElement(PeriodBars, {
        id: "p",
        title: "Windows",
        description: "Two windows.",
        bars: [
          { label: "A", days: 14, valueText: "14 days" },
          { label: "B", days: 120, valueText: "120 days" },
        ],
      }),
    );
    expect(html).toContain("14 days");
    expect(html).toContain("120 days");
  });
});
