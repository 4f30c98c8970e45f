import { expect, test, type Page } from "@playwright/test";

/**
 * Each tool, used with the keyboard alone: Tab to reach things, typing, arrows and Space to choose,
 * Enter to act. Nothing here clicks.
 */
test.use({ locale: "en-US" });

/** Presses Tab until the focused element's accessible label (or text) matches, and fails if it never does. */
async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
      if (!el || el === document.body) return "";
      const aria = el.getAttribute("aria-label");
      const labelled = el.getAttribute("aria-labelledby");
      const byId = labelled ? labelled.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
      return [aria, byId, el.labels?.[0]?.textContent, el.textContent].filter(Boolean).join(" ").trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("the import-tax calculator, by keyboard", async ({ page }) => {
  await page.goto("/tools/import-tax-calculator");
  await tabTo(page, /Where is it being delivered/);
  await page.keyboard.type("Germany");
  await expect(page.getByLabel("Where is it being delivered?")).toHaveValue("DE");
  await tabTo(page, /^Price \(EUR\)/);
  await page.keyboard.type("40");
  await tabTo(page, /^Shipping/);
  await page.keyboard.type("5");
  // Tab enters a radio group at its chosen option ("I don't know"); arrows move the choice.
  await tabTo(page, /I don't know/);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(page.getByText("Total cost at your door").first()).toBeVisible();
  await tabTo(page, /Add another item/);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Item 2: type")).toBeVisible();
});

test("the deadline planner, by keyboard", async ({ page }) => {
  await page.goto("/tools/deadlines");
  await tabTo(page, /Where do you live/);
  await page.keyboard.type("United Kingdom");
  await tabTo(page, /How did you pay/);
  await page.keyboard.type("PayPal");
  await tabTo(page, /Where did you buy/);
  await page.keyboard.type("AliExpress");
  await tabTo(page, /It never arrived/);
  await page.keyboard.press("Space");
  await tabTo(page, /When did you pay/);
  await page.keyboard.type("09012026");
  await tabTo(page, /Show my deadlines/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your deadlines" })).toBeVisible();
  await expect(page.locator('time[datetime="2027-02-28"]').first()).toBeVisible();
  await tabTo(page, /Add the open deadlines? to my calendar|Add the \d+ open deadlines to my calendar/);
  await expect(page.getByRole("link", { name: /Add the open deadlines? to my calendar|Add the \d+ open deadlines to my calendar/ })).toBeFocused();
});

test("a letter, by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/tools/letters/non-delivery-notice");
  await expect(page.getByRole("button", { name: "Copy letter" })).toBeVisible();
  await tabTo(page, /^Order number/);
  await page.keyboard.type("AE-5550123");
  await expect(page.getByRole("region", { name: "Your letter" })).toContainText("AE-5550123");
  await tabTo(page, /Copy letter/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
});

test("a checklist, by keyboard", async ({ page }) => {
  await page.goto("/tools/checklists/before-a-dispute");
  await expect(page.getByRole("button", { name: "Print this list" })).toBeVisible();
  const first = page.getByRole("checkbox").first();
  const label = (await page.locator(`label[for="${await first.getAttribute("id")}"]`).textContent()) ?? "";
  await tabTo(page, new RegExp(`^${label.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await expect(page.getByText(/^1 of \d+ done$/)).toBeVisible();
  await tabTo(page, /Why this matters/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Read the guide" }).first()).toBeVisible();
});

test("site search, by keyboard", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, /Search guides and tools/);
  await page.keyboard.type("customs");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/guides\//);
});
