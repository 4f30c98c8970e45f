import { expect, test, type Page } from "@playwright/test";

/** Issue 13 at phone size: nothing scrolls sideways, the estimate stays in view, messages are for people. */
test.use({ viewport: { width: 390, height: 844 } });

const UK = "/tools/import-tax-calculator?destination=GB&date=2026-10-01&item=clothing%2C200%2C1&shipping=10&insurance=0&sellerCollectsTax=false&channel=post";

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("the calculator page and its breakdown fit 390 px: every column is on screen", async ({ page }) => {
  await page.goto(UK);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  const row = page.getByRole("row", { name: /Royal Mail handling fee/ });
  for (const cell of [row.getByRole("cell").filter({ hasText: "£8.00" }), row.getByRole("cell").filter({ hasText: "On delivery" })]) {
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    expect(box, "cell is rendered").not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  const tableOverflow = await page.evaluate(() => [...document.querySelectorAll("table")].map((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? 0)));
  for (const overflow of tableOverflow) expect(overflow).toBeLessThanOrEqual(0);
});

test("after typing a price the total is on screen, without scrolling", async ({ page }) => {
  await page.goto("/tools/import-tax-calculator");
  await page.getByLabel("Where is it being delivered?").selectOption("DE");
  await page.getByLabel("Date it arrives in the country").fill("2026-08-15");
  await page.getByLabel("Price (EUR)").fill("40");
  const summary = page.getByText("Estimated total at your door", { exact: true });
  await expect(summary).toBeInViewport();
  await expect(page.getByTestId("sticky-total")).toHaveText(/^€\d/);
  await page.getByRole("link", { name: "See the breakdown" }).click();
  await expect(page.getByRole("heading", { name: "Your estimate" })).toBeInViewport();
});

test("a decimal comma is read as people mean it (39,99)", async ({ page }) => {
  await page.goto("/tools/import-tax-calculator");
  await page.getByLabel("Where is it being delivered?").selectOption("DE");
  await page.getByLabel("Date it arrives in the country").fill("2026-08-15");
  await page.getByLabel("Price (EUR)").fill("39,99");
  await page.getByRole("radio", { name: "Yes" }).check();
  await expect(page).toHaveURL(/item=clothing%2C39\.99%2C1/);
  await expect(page.getByRole("heading", { name: "Your estimate" })).toBeVisible();
  await expect(page.getByText(/category,price,quantity/)).toHaveCount(0);
});

test("an invalid price shows the real problem, not 'Enter a price'", async ({ page }) => {
  await page.goto("/tools/import-tax-calculator");
  await page.getByLabel("Price (GBP)").fill("12 quid");
  await expect(page.getByText("We can't work out the estimate yet:")).toBeVisible();
  await expect(page.getByText("Enter a price to see the estimate.")).toHaveCount(0);
  await expect(page.getByText(/The price must be a number, like 40 or 12\.99/).first()).toBeVisible();
});

test("a price in yuan is converted, and the rate, its date and source are shown; the link keeps the currency", async ({ page }) => {
  await page.goto(UK);
  await page.getByLabel("Currency of the prices").selectOption("CNY");
  await expect(page).toHaveURL(/priceCurrency=CNY/);
  await expect(page.getByLabel("Price (CNY)")).toHaveValue("200");
  await expect(page.getByText(/Prices converted from CNY:/)).toBeVisible();
  await expect(page.getByRole("link", { name: /European Central Bank/ }).first()).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test("a US estimate with unknown duty reads 'at least', with the warning beside the total", async ({ page }) => {
  await page.goto("/tools/import-tax-calculator?destination=US&date=2026-10-01&item=footwear%2C120%2C1&sellerCollectsTax=unknown&channel=post");
  const total = page.locator("dt", { hasText: "Total cost at your door" }).first().locator("xpath=following-sibling::dd[1]");
  await expect(total).toHaveText("at leastUS$120.00");
  await expect(page.getByText(/Not final:/).first()).toBeVisible();
  await expect(page.getByText("No duty, tax or fees are due on this order.")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "If the seller pays the import charges (delivered duty paid)" })).toBeVisible();
  await expect(page.getByText(/federal VAT at checkout/)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page fits 390 px and a decimal comma submits", async ({ page }) => {
    await page.goto("/tools/import-tax-calculator");
    await page.getByLabel("Where is it being delivered?").selectOption("DE");
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByLabel("Price (EUR)").first().fill("39,99");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page).toHaveURL(/item=clothing%2C39\.99%2C1/);
    await expect(page.getByRole("heading", { name: "Your estimate" })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
