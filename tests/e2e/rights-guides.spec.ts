import { expect, test } from "@playwright/test";

/** The rights guides added for issue 15: each stands alone, names its country and reaches the calculator preset to it. */
const GUIDES = [
  { slug: "your-rights-switzerland", country: "Switzerland", code: "CH" },
  { slug: "your-rights-norway", country: "Norway", code: "NO" },
  { slug: "your-rights-japan", country: "Japan", code: "JP" },
  { slug: "your-rights-south-korea", country: "South Korea", code: "KR" },
  { slug: "your-rights-singapore", country: "Singapore", code: "SG" },
] as const;

test.describe("rights guides for Switzerland, Norway, Japan, South Korea and Singapore", () => {
  for (const { slug, country, code } of GUIDES) {
    test(`${country}: says where it applies, lists its figures and presets the calculator`, async ({ page }) => {
      await page.goto(`/guides/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`Your rights in ${country}`);
      await expect(page.getByText("Applies to", { exact: true }).locator("..")).toContainText(country);
      await expect(page.getByText("Do this first:")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Figures on this page" })).toBeVisible();
      await expect(page.getByRole("link", { name: "import tax calculator" }).last()).toHaveAttribute("href", `/tools/import-tax-calculator?destination=${code}`);
    });
  }

  test("the rights topic lists all five", async ({ page }) => {
    await page.goto("/topics/rights");
    for (const { country } of GUIDES) {
      await expect(page.getByRole("link", { name: new RegExp(`Your rights in ${country}`) })).toBeVisible();
    }
  });
});

test("a reader whose bank refused a chargeback can reach the ombudsmen guide from the chargeback guide", async ({ page }) => {
  await page.goto("/guides/chargebacks-and-card-disputes");
  await page.getByRole("link", { name: "ombudsmen and their clocks" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ombudsmen and their deadlines");
  await expect(page.getByRole("table")).toContainText("Financial Ombudsman Service");
});
