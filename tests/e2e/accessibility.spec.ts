import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** One page of every type, including each tool with a filled-in state, and the 404 page. */
const PAGES = [
  "/",
  "/guides",
  "/guides/delayed-or-missing-parcels",
  "/guides/glossary",
  // Guides with pictures: the charge notice and where-the-tax-is-paid, the breakdown, the ladder, a timeline.
  "/guides/customs-charges-and-disputes",
  "/guides/estimating-import-tax-before-you-buy",
  "/guides/escalation-roadmap",
  "/guides/paypal-buyer-protection",
  "/topics/escalation",
  "/about",
  "/search?q=chargeback",
  "/tools",
  "/tools/import-tax-calculator?destination=DE&date=2026-08-15&item=clothing,40,1&shipping=5&insurance=0&sellerCollectsTax=true&channel=post",
  "/tools/import-tax-calculator?destination=US&date=2026-10-01&item=footwear,120,1&sellerCollectsTax=unknown&channel=post&priceCurrency=CNY",
  "/tools/import-tax-calculator/check-bill?destination=GB&date=2026-10-01&item=toys,30,1&sellerCollectsTax=true&channel=post&billedTax=6&billedFee=8",
  "/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress",
  // Every dated deadline passed, Section 75 still open; and a payment date that has not happened yet.
  "/tools/deadlines?country=GB&payment=credit-card&paid=2025-01-06&problem=not-delivered&platform=aliexpress",
  "/tools/deadlines?country=GB&payment=paypal&paid=2099-06-20&problem=not-delivered&platform=aliexpress",
  "/search?q=refund",
  // The case plan: empty, with a plan (an agent purchase, so every link of the picture), every deadline passed, and bad input.
  "/plan",
  "/plan?problem=faulty&country=GB&region=ENG&platform=taobao-agent&agentStage=international&sellerCountry=CN&payment=credit-card&amount=150&paid=2026-10-01&delivered=2026-10-20",
  "/plan?problem=faulty&country=GB&region=SCT&platform=aliexpress&payment=credit-card&amount=150&paid=2020-05-20&expected=2020-06-10&delivered=2020-06-01",
  "/plan?problem=lost&country=XX&paid=2026-02-30&amount=abc",
  "/tools/checklists",
  "/tools/checklists/evidence",
  "/tools/letters",
  "/tools/letters/refund-or-replacement",
  "/no-such-page",
];

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        // Blocks far down a page wait to be drawn (content-visibility: auto) until a reader nears them, and
        // axe would measure their undrawn boxes (all at one point, "too close" to each other). Draw
        // everything, as each part is drawn when it is on screen, so every part of the page is checked.
        await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test("every focusable element shows where focus is", async ({ page }) => {
  await page.goto("/guides/delayed-or-missing-parcels");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return true;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)";
      return outlined || style.boxShadow !== "none" || style.backgroundColor === "rgb(255, 221, 0)";
    });
    expect(visible, `focus indicator on tab stop ${i + 1}`).toBe(true);
  }
});
