import { expect, test, type Page } from "@playwright/test";

/** Issue 14.2: check a carrier's bill, with and without JavaScript, on a phone. */
test.use({ viewport: { width: 390, height: 844 } });

async function fillUkParcel(page: Page, options: { tax: string; fee: string }) {
  await page.goto("/tools/import-tax-calculator/check-bill");
  await page.getByLabel("VAT, GST or other tax on the bill (GBP)").fill(options.tax);
  await page.getByLabel("Carrier's fee on the bill (GBP)").fill(options.fee);
  await page.getByLabel("Where was it delivered?").selectOption("GB");
  await page.getByLabel("Date it arrived in the country").fill("2026-10-01");
  await page.getByLabel("Item 1: type").selectOption("toys");
  await page.getByLabel("Price (GBP)").first().fill("30");
  await page.getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: /Post/ }).check();
  await page.getByRole("button", { name: "Check the bill" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("VAT charged again on a £30 parcel: the bill is wrong, BOR286, and a letter filled in", async ({ page }) => {
      await fillUkParcel(page, { tax: "6,00", fee: "8" });
      await expect(page).toHaveURL(/billedTax=6\.00/);
      await expect(page.getByRole("heading", { name: "This bill looks wrong" })).toBeVisible();
      await expect(page.getByText("VAT charged again")).toBeVisible();
      await expect(page.getByText("A collection fee with nothing to collect")).toBeVisible();
      await expect(page.getByRole("heading", { name: /What to do: Border Force, with form BOR286/ })).toBeVisible();
      await expect(page.getByText(/within 3 years/)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole("link", { name: "Write to the carrier with this case filled in" }).click();
      await expect(page).toHaveURL(/\/tools\/letters\/customs-charge-query/);
      await expect(page.getByText(/VAT charged again: You paid VAT of £6\.00 at checkout/).first()).toBeVisible();
      // The letter's words are filled in on the server from the bill; they never travel in the address.
      expect(decodeURIComponent(page.url())).not.toMatch(/VAT charged again|You paid/);
    });

    test("a bill that matches the rules says so, and why", async ({ page }) => {
      await page.goto("/tools/import-tax-calculator/check-bill?destination=GB&date=2026-10-01&item=clothing%2C200%2C1&sellerCollectsTax=false&channel=post&billedDuty=24&billedTax=44.80&billedFee=8");
      await expect(page.getByRole("heading", { name: "This bill looks right" })).toBeVisible();
      await expect(page.getByText("Duty: £24.00 is what the rules give (12%).")).toBeVisible();
      await expect(page.getByText(/Fee: £8\.00 matches the carrier's published fee/)).toBeVisible();
    });

    test("an empty bill asks for an amount, in plain words", async ({ page }) => {
      await page.goto("/tools/import-tax-calculator/check-bill?destination=GB&item=toys%2C30%2C1");
      await expect(page.getByRole("alert").filter({ hasText: "Check these first" })).toContainText("Enter at least one amount from the bill");
    });
  });
}
