import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResponsibilityChain } from "./responsibility-chain";

const render = (props: Parameters<typeof ResponsibilityChain>[0]) => renderToStaticMarkup(createElement(ResponsibilityChain, props));

describe("ResponsibilityChain", () => {
  it("draws a phone and a wide version, each an img named by its title and described link by link", () => {
    const html = render({});
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="responsibility-chain-340-title responsibility-chain-340-desc"');
    expect(html).toContain("<title id=\"responsibility-chain-720-title\">Who answers for each link of an overseas order</title>");
    expect(html).toMatch(/<desc[^>]*>The links in order, each with who to claim from: 1\. Seller: Via the agent; 2\. Shopping agent: The agent;/);
    expect(html).not.toContain("Most likely here");
  });

  it("marks the highlighted link in words, not only in colour, and takes the plan's own words for a link", () => {
    const html = render({ via: "direct", highlight: "customs", claims: { seller: "Temu's customer service" }, id: "plan-chain" });
    expect(html).toContain("Where your problem most likely happened, and who to claim from");
    expect(html).toMatch(/<desc[^>]*>[^<]*Most likely here: Customs\.<\/desc>/);
    expect(html).toContain("Most likely");
    expect(html).toContain("Temu&#x27;s customer service");
    expect(html).not.toContain("Shopping agent");
  });

  it("refuses an attribute a guide got wrong, naming it and what it takes", () => {
    expect(() => render({ via: "ship" as never })).toThrow('<ResponsibilityChain via="ship">: via must be "agent" or "direct"');
    expect(() => render({ via: "direct", highlight: "warehouse" })).toThrow(/highlight must be one of "seller", "freight", "customs", "carrier", "buyer" for via="direct"/);
  });
});
