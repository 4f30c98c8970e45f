import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { factDuration, factMoney, factValueText } from "@/lib/facts";
import { decimalToMinor, formatMoney } from "@/lib/import-tax/money";
import { FlowChain } from "./flow-chain";
import { checkPicture, PICTURE_FACTS, pictureComponents, type PictureName } from "./index";
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

describe("the guides' pictures", () => {
  const pictures = pictureComponents("2026-12-01");
  const render = (name: PictureName, props: Record<string, string>) => renderToStaticMarkup(pictures[name](props));

  it("are figures with a visible caption, a phone and a wide drawing each named and described, and the picture in words", () => {
    for (const [name, props] of [
      ["EscalationLadder", { highlight: "payment" }],
      ["DisputeTimeline", { route: "paypal" }],
      ["WhereTaxIsPaid", { destination: "GB" }],
      ["LandedCostBreakdown", { destination: "GB", category: "clothing", price: "200", shipping: "10", seller: "no" }],
      ["CustomsChargeNotice", { destination: "GB", category: "clothing", price: "200", shipping: "10" }],
    ] as const) {
      const html = render(name, props);
      expect(html, name).toMatch(/^<figure class="not-prose/);
      expect(html.match(/role="img"/g), name).toHaveLength(2);
      expect(html.match(/<figcaption/g), name).toHaveLength(1);
      expect(html, name).toContain("The picture in words</summary>");
      const ids = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(" "));
      for (const id of ids) expect(html, `${name} #${id}`).toContain(`id="${id}"`);
      // Nothing smaller than 13 units: readable on a phone.
      const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(13);
    }
  });

  it("write the registry's figures, not typed ones", () => {
    expect(render("WhereTaxIsPaid", { destination: "GB" })).toContain(`${factValueText("gb-low-value-limit")} or less`);
    expect(render("DisputeTimeline", { route: "paypal" })).toContain(`Day 0 to day ${factDuration("paypal-inr-window").amount}`);
    expect(render("CustomsChargeNotice", { destination: "GB", category: "clothing", price: "200" })).toContain(formatMoney(decimalToMinor(factMoney("gb-royal-mail-fee").amount, 2)!, "GBP"));
    expect(render("EscalationLadder", {})).toContain(factValueText("card-chargeback-window"));
  });

  it("give each picture on a page its own ids, from its attributes or an id of its own", () => {
    const a = render("DisputeTimeline", { route: "paypal" });
    const b = render("DisputeTimeline", { route: "card" });
    const c = render("DisputeTimeline", { route: "card", id: "second-card" });
    const first = (html: string) => /<title id="([^"]+)"/.exec(html)![1];
    expect(new Set([first(a), first(b), first(c)]).size).toBe(3);
    expect(first(c)).toBe("second-card-340-title");
  });
});

describe("checkPicture", () => {
  it("lists the facts a picture draws, which depend on its attributes and the day", () => {
    expect(checkPicture("DisputeTimeline", { route: "card" }, "2026-12-01")).toEqual({ ok: true, facts: ["card-chargeback-window"] });
    expect(checkPicture("LandedCostBreakdown", { destination: "GB", category: "toys", price: "50", seller: "yes" }, "2026-12-01")).toEqual({ ok: true, facts: ["gb-vat-standard"] });
    expect(PICTURE_FACTS("WhereTaxIsPaid", { destination: "NL" }, "2026-12-01")).toEqual(["eu-low-value-limit"]);
  });

  it("names the attribute, what is wrong and what it got", () => {
    expect(checkPicture("DisputeTimeline", { route: "bank" }, "2026-12-01")).toEqual({ ok: false, problems: ['route: must be one of paypal, card (got "bank")'] });
    expect(checkPicture("EscalationLadder", { colour: "red" }, "2026-12-01")).toEqual({ ok: false, problems: ["colour: is not an attribute of this picture (it takes: id, highlight)"] });
    expect(checkPicture("LandedCostBreakdown", { destination: "US", category: "toys", price: "50", seller: "yes" }, "2026-12-01")).toEqual({
      ok: false,
      problems: ["destination: US is not a destination pictures can draw on 2026-12-01; use GB or a euro member of the EU"],
    });
    expect(checkPicture("CustomsChargeNotice", { destination: "GB", category: "toys", price: "fifty" }, "2026-12-01")).toEqual({
      ok: false,
      problems: ['price: must be an amount written like "200" or "39.99" (got "fifty")'],
    });
  });
});
