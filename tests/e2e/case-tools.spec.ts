import { expect, type Page, test } from "@playwright/test";
import { CASE_STORAGE_KEY } from "@/lib/case";

const EXAMPLE = "/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress";

test.describe("deadline planner", () => {
  test("the example query shows the PayPal deadline and the calendar file holds it", async ({ page, request }) => {
    await page.goto(EXAMPLE);
    const paypal = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Open a PayPal dispute/i }) });
    await expect(paypal.locator("time")).toHaveAttribute("datetime", "2027-02-28");
    await expect(paypal).toContainText("Sunday 28 February 2027");
    await expect(page.getByRole("img", { name: /Timeline from/ }).first()).toBeAttached();
    const link = page.getByRole("link", { name: /Add the open deadlines? to my calendar|Add the \d+ open deadlines to my calendar/ });
    const href = await link.getAttribute("href");
    const ics = await request.get(href!);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("DTSTART;VALUE=DATE:20270228");
    expect(text).toMatch(/SUMMARY:[^\r\n]*PayPal/);
  });

  test("the form works without JavaScript and says what is missing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/tools/deadlines");
    await page.getByLabel("Where do you live?").selectOption("GB");
    await page.getByRole("button", { name: "Show my deadlines" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("There is a problem");
    await page.getByLabel("How did you pay?").selectOption("paypal");
    await page.getByLabel("Where did you buy?").selectOption("aliexpress");
    await page.getByRole("radio", { name: "It never arrived" }).check();
    await page.getByLabel("When did you pay?").fill("2026-09-01");
    await page.getByRole("button", { name: "Show my deadlines" }).click();
    await expect(page.getByRole("heading", { name: "Your deadlines" })).toBeVisible();
    await expect(page.locator('time[datetime="2027-02-28"]').first()).toBeVisible();
    await context.close();
  });

  test("a Quebec credit-card buyer picks the province and sees the statutory chargeback deadline", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/tools/deadlines?country=CA&payment=credit-card&platform=other&problem=not-delivered&paid=2026-08-01");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Quebec:/ }) })).toHaveCount(0);
    await page.getByLabel("Which province or territory do you live in?").selectOption("QC");
    await page.getByText("More dates, if you have them").click();
    await page.getByLabel("Date you sent the seller a cancellation notice").fill("2026-10-05");
    await page.getByRole("button", { name: "Show my deadlines" }).click();
    const quebec = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Quebec: ask your credit card issuer for a chargeback" }) });
    // 5 October 2026 + the merchant's refund period + the request window (facts ca-qc-refund-window, ca-qc-chargeback-request-window).
    await expect(quebec.locator("time")).toHaveAttribute("datetime", "2026-12-19");
    await expect(quebec.getByRole("link", { name: /Consumer Protection Act \(Quebec\)/ })).toBeVisible();
    await context.close();
  });

  test("a region that isn't in the country is a field error", async ({ page }) => {
    await page.goto("/tools/deadlines?country=GB&region=QC&payment=paypal&platform=other&problem=faulty&paid=2026-08-01");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Quebec isn't a region of the country you chose");
    await expect(page.getByLabel("Which part of the UK do you live in?")).toHaveAttribute("aria-invalid", "true");
  });

  test("a payment with no protection is said plainly", async ({ page }) => {
    await page.goto("/tools/deadlines?country=DE&payment=bank-transfer&paid=2026-10-01&problem=not-delivered&platform=taobao-agent");
    await expect(page.getByText(/Warning:/).first()).toBeAttached();
    await expect(page.locator("main")).toContainText(/bank transfer/i);
  });

  test("nonsense in the address gives a clear form, not an error page", async ({ page }) => {
    const response = await page.goto("/tools/deadlines?country=XX&paid=2026-02-30&payment=%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("There is a problem");
  });

  test("a payment date in year 9999 gets a plain message from the planner and its calendar file, not an error", async ({ page, request }) => {
    const query = "country=GB&payment=paypal&paid=9999-12-30&problem=not-delivered&platform=aliexpress";
    const message = "30 December 9999 is outside the dates this tool works with, 1 January 2000 to 31 December 2099. Check the year.";
    const response = await page.goto(`/tools/deadlines?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(message);
    await expect(page.getByLabel("When did you pay?")).toHaveValue("9999-12-30");
    const ics = await request.get(`/tools/deadlines/calendar.ics?${query}`);
    expect(ics.status()).toBe(400);
    expect(await ics.text()).toContain(message);
  });

  test("fits a 360 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(EXAMPLE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe("deadline planner and the saved case", () => {
  const savedCase = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>, CASE_STORAGE_KEY);
  const SAVED = { orderNumber: "SAVED-1", paid: "2026-09-01", platform: "aliexpress", amount: "49.99" };

  test("a link with another order's details asks before replacing the saved order", async ({ page }) => {
    await page.goto("/tools/deadlines");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CASE_STORAGE_KEY, JSON.stringify(SAVED)] as const);

    await page.goto("/tools/deadlines?country=GB&payment=paypal&paid=2026-10-03&problem=not-delivered&platform=temu");
    const question = page.getByRole("region", { name: "Save these details in place of your saved order?" });
    await expect(question).toBeVisible();
    await expect(question).toContainText("Date you paid");
    await expect(question).toContainText("Saved: 1 September 2026. In the planner: 3 October 2026.");
    await expect(question).toContainText("Saved: AliExpress. In the planner: Temu.");
    expect(await savedCase(page)).toEqual(SAVED);

    await question.getByRole("button", { name: "Keep my saved order" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your saved order is unchanged." })).toBeFocused();
    expect(await savedCase(page)).toEqual(SAVED);

    await page.reload();
    await page.getByRole("button", { name: "Save these details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The letters and the other tools now use these details." })).toBeVisible();
    // The new order's dates and platform; what the link didn't have (the order number) stays.
    expect(await savedCase(page)).toMatchObject({ orderNumber: "SAVED-1", paid: "2026-10-03", platform: "temu", country: "GB", payment: "paypal" });
  });

  test("a link for the saved order only fills in what is missing, without asking", async ({ page }) => {
    await page.goto("/tools/deadlines");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CASE_STORAGE_KEY, JSON.stringify(SAVED)] as const);
    await page.goto("/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress");
    await expect.poll(() => savedCase(page)).toMatchObject({ ...SAVED, country: "GB", payment: "paypal", problem: "not-delivered" });
    await expect(page.getByRole("region", { name: "Save these details in place of your saved order?" })).toHaveCount(0);
  });
});

test.describe("checklists", () => {
  test("ticks survive a reload and can be cleared", async ({ page }) => {
    await page.goto("/tools/checklists/evidence");
    const boxes = page.getByRole("checkbox");
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect(page.getByText(/^2 of \d+ done$/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox").nth(0)).toBeChecked();
    await expect(page.getByRole("checkbox").nth(2)).toBeChecked();
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
    await page.getByRole("button", { name: "Clear my ticks" }).click();
    await expect(page.getByRole("checkbox").nth(0)).not.toBeChecked();
    await page.reload();
    await expect(page.getByRole("checkbox").nth(0)).not.toBeChecked();
  });

  test("each item says why it matters and links to its guide", async ({ page }) => {
    await page.goto("/tools/checklists/unboxing");
    const first = page.getByRole("listitem").filter({ has: page.getByRole("checkbox") }).first();
    await first.getByText("Why this matters").click();
    await expect(first.getByRole("link", { name: "Read the guide" })).toBeVisible();
  });

  test("without JavaScript it is a plain readable list", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/tools/checklists/before-a-dispute");
    expect(await page.getByRole("checkbox").count()).toBeGreaterThan(3);
    await expect(page.getByRole("button", { name: "Clear my ticks" })).toBeHidden();
    await context.close();
  });

  test("a checklist placed in a guide works there too", async ({ page }) => {
    await page.goto("/guides/evidence-to-keep");
    const list = page.getByRole("region", { name: "Evidence to keep" });
    await list.getByRole("checkbox").first().check();
    await expect(list.getByText(/^1 of \d+ done$/)).toBeVisible();
  });

  test("fits a 360 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/tools/checklists/return-overseas");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
