import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { factDuration, factMoney, factStatement, factValueText } from "@/lib/facts";

/**
 * The guides' pictures as a shopper on a 390 × 844 phone sees them: each is an image with a name,
 * drawn whole inside the screen (no word cut off, no sideways scroll), with a caption and the
 * picture in words; and its figures are the registry's and the calculator's, not typed ones.
 */
test.use({ viewport: { width: 390, height: 844 } });

const PLACED: { path: string; name: RegExp }[] = [
  { path: "/guides/escalation-roadmap", name: /escalation ladder/i },
  { path: "/guides/platform-disputes", name: /escalation ladder/i },
  { path: "/guides/unresponsive-sellers-and-agents", name: /escalation ladder/i },
  { path: "/guides/consumer-bodies-and-mediation", name: /escalation ladder/i },
  { path: "/guides/small-claims-and-arbitration", name: /escalation ladder/i },
  { path: "/guides/paypal-buyer-protection", name: /PayPal case: the parcel never arrived, day by day/ },
  { path: "/guides/delayed-or-missing-parcels", name: /PayPal case: the parcel never arrived, day by day/ },
  { path: "/guides/chargebacks-and-card-disputes", name: /card case: the parcel never arrived, day by day/ },
  { path: "/guides/your-rights-uk", name: /Where the VAT is paid under the £135 rule/ },
  { path: "/guides/your-rights-eu", name: /Where the VAT is paid under IOSS/ },
  { path: "/guides/estimating-import-tax-before-you-buy", name: /Where the VAT is paid under the £135 rule/ },
  { path: "/guides/estimating-import-tax-before-you-buy", name: /really costs in the UK/ },
  { path: "/guides/customs-charges-and-disputes", name: /customs charge notice from Royal Mail/ },
  { path: "/guides/customs-charges-and-disputes", name: /Where the VAT is paid under IOSS/ },
];

/** Pounds as the pictures write them: "£80.24". */
const pounds = (amount: number) => `£${amount.toFixed(2)}`;

/** The calculator's own answer for an order, from the site's landed-cost API (the engine the pictures are drawn with). */
async function calculator(page: Page, query: string) {
  const response = await page.request.get(`/api/landed-cost?${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { total: number; duty: number; tax: number; payOnDelivery: number };
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every word drawn, as [text, left, right, top, bottom] relative to its drawing's own box. */
async function wordsOutside(drawing: Locator) {
  return drawing.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")]
      .map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
      .map(({ text }) => text);
  });
}

/** The smallest text drawn, in CSS pixels as the reader sees it. */
const smallestText = (drawing: Locator) =>
  drawing.evaluate((svg) => Math.min(...[...svg.querySelectorAll("text")].map((text) => text.getBoundingClientRect().height)));

for (const { path, name } of PLACED) {
  test(`${path}: "${name.source}" is named, whole on a phone screen, and told in words`, async ({ page }) => {
    await page.goto(path);
    const picture = page.getByRole("img", { name });
    await expect(picture).toHaveCount(1);
    await picture.scrollIntoViewIfNeeded();
    await expect(picture).toBeVisible();
    const box = (await picture.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await wordsOutside(picture)).toEqual([]);
    // 13-unit text on a 340-unit drawing at least 340 px wide: never smaller than the site's small print.
    expect(await smallestText(picture)).toBeGreaterThanOrEqual(12);
    expect(await sideways(page)).toBe(0);

    const figure = page.locator("figure", { has: picture });
    await expect(figure.locator("figcaption")).toBeVisible();
    await figure.getByText("The picture in words").click();
    const sentences = figure.getByRole("listitem");
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    await expect(sentences.first()).toBeVisible();
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`no WCAG 2.2 AA violations around the pictures on a phone, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/guides/customs-charges-and-disputes", "/guides/estimating-import-tax-before-you-buy", "/guides/chargebacks-and-card-disputes"]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).include("figure[data-picture]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
}

test("the phone drawing is shown on a phone and the wide one on a desktop, never both", async ({ page }) => {
  await page.goto("/guides/escalation-roadmap");
  const drawings = page.locator("figure[data-picture] svg");
  await expect(drawings.filter({ visible: true })).toHaveCount(1);
  await expect(drawings.filter({ visible: true })).toHaveAttribute("data-width", "340");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(drawings.filter({ visible: true })).toHaveCount(1);
  await expect(drawings.filter({ visible: true })).toHaveAttribute("data-width", "720");
  expect(await wordsOutside(drawings.filter({ visible: true }))).toEqual([]);
});

test.describe("figures come from the registry and the calculator", () => {
  const textOf = (page: Page, name: RegExp) => page.getByRole("img", { name }).locator("text").allTextContents();

  test("the £135 and €150 limits are the registry's", async ({ page }) => {
    await page.goto("/guides/your-rights-uk");
    expect((await textOf(page, /under the £135 rule/)).join(" ")).toContain(`${factValueText("gb-low-value-limit")} or less, and the seller charges`);
    await page.goto("/guides/your-rights-eu");
    expect((await textOf(page, /under IOSS/)).join(" ")).toContain(`${factValueText("eu-low-value-limit")} or less, and the seller uses`);
  });

  test("PayPal's windows on the timeline are the registry's", async ({ page }) => {
    await page.goto("/guides/paypal-buyer-protection");
    const words = await textOf(page, /PayPal case/);
    const open = factDuration("paypal-inr-window").amount;
    const escalate = factDuration("paypal-escalation-window").amount;
    expect(words).toContain(`Day 0 to day ${open}`);
    expect(words).toContain(`Day 40 to day ${40 + escalate}`);
    expect(words).toContain(`Day ${open}`);
  });

  test("a picture's facts join the page's figure notes even where the text does not use them", async ({ page }) => {
    await page.goto("/guides/consumer-bodies-and-mediation");
    const note = page.locator("#fact-card-chargeback-window");
    await expect(note).toContainText(factStatement("card-chargeback-window"));
    expect(await textOf(page, /escalation ladder/i)).toEqual(expect.arrayContaining([expect.stringContaining(factValueText("card-chargeback-window"))]));
  });

  test("the charge notice's fee is Royal Mail's from the registry and its total is the calculator's", async ({ page }) => {
    await page.goto("/guides/customs-charges-and-disputes");
    const notice = page.getByRole("img", { name: /customs charge notice from Royal Mail/ });
    const date = await ruleDate(page.locator("figure", { has: notice }));
    const result = await calculator(page, `destination=GB&date=${date}&item=clothing,200,1&shipping=10&insurance=0&sellerCollectsTax=false&channel=post`);
    const words = await notice.locator("text").allTextContents();
    expect(words).toContain(pounds(Number(factMoney("gb-royal-mail-fee").amount)));
    expect(words).toContain(pounds(result.payOnDelivery));
    // And its first steps send the reader to the calculator and the bill check, not only the bottom of the page.
    const steps = page.locator("#what-to-do-in-the-first-24-hours ~ .steps").first();
    await expect(steps.getByRole("link", { name: "import-tax calculator" })).toHaveAttribute("href", "/tools/import-tax-calculator");
    await expect(steps.getByRole("link", { name: "bill check" }).first()).toHaveAttribute("href", "/tools/import-tax-calculator/check-bill");
  });

  test("the worked example's breakdown is the calculator's, and opens the calculator on the same order", async ({ page }) => {
    await page.goto("/guides/estimating-import-tax-before-you-buy");
    const breakdown = page.getByRole("img", { name: /really costs in the UK/ });
    const figure = page.locator("figure", { has: breakdown });
    const date = await ruleDate(figure);
    const link = figure.getByRole("link", { name: "Change it to your own order" });
    const href = (await link.getAttribute("href"))!;
    const query = new URLSearchParams(href.split("?")[1]);
    expect(Object.fromEntries(query)).toMatchObject({ destination: "GB", date, item: "clothing,400,1", shipping: "20", sellerCollectsTax: "false", channel: "courier" });
    const result = await calculator(page, query.toString());
    const words = await breakdown.locator("text").allTextContents();
    expect(words).toContain(pounds(result.total));
    expect(words).toContain(pounds(result.duty));
    expect(words).toContain(pounds(result.tax));
    await link.click();
    await expect(page.getByText(pounds(result.total)).first()).toBeVisible();
  });
});

/** The day whose rules a picture drew, from its caption ("rules in force on 1 December 2026"). */
async function ruleDate(figure: Locator): Promise<string> {
  // Read as a reader would, on screen: a block far down a guide is drawn only when it nears the screen.
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.locator("figcaption").innerText()).toMatch(/rules in force on/);
  const caption = await figure.locator("figcaption").innerText();
  const match = /rules in force on (\d{1,2}) (\w+) (\d{4})/.exec(caption);
  if (!match) throw new Error(`No rule date in the caption: ${caption}`);
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].indexOf(match[2]!) + 1;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
}
