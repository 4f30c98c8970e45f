import { expect, type Page, test } from "@playwright/test";
import { CASE_STORAGE_KEY } from "@/lib/case";

/** Dates relative to the day the tests run, so "days left" and "passed" hold whatever the date. */
function fromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const PHONE = { width: 390, height: 844 };
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const FRESH = `/plan?problem=not-delivered&country=GB&region=ENG&platform=aliexpress&payment=credit-card&amount=150&paid=${fromToday(-20)}&expected=${fromToday(-3)}`;

test.describe("the case plan on a phone", () => {
  test.use({ viewport: PHONE });

  test("without JavaScript: from home's problem card, through the form, to a plan", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Late or missing parcel", exact: true }).click();
    await expect(page).toHaveURL(/\/plan\?problem=not-delivered$/);
    await expect(page.getByRole("radio", { name: "It never arrived" })).toBeChecked();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
    // Without a script every question is shown, including the UK's nations and Canada's provinces in one list.
    await page.getByLabel("Where do you live?").selectOption("GB");
    await page.getByLabel("Which part of the UK, or which province, do you live in?").selectOption("SCT");
    await page.getByLabel("Where did you buy it?").selectOption("aliexpress");
    await page.getByLabel("How did you pay?").selectOption("paypal");
    await page.getByLabel("When did you pay?").fill(fromToday(-30));
    await page.getByRole("button", { name: "Make my plan" }).click();

    await expect(page.getByRole("heading", { level: 2, name: "Your plan" })).toBeVisible();
    await expect(page).toHaveURL(/problem=not-delivered&country=GB&region=SCT/);
    const now = page.getByRole("region", { name: "Now: within the next 24 hours" });
    await expect(now.getByRole("heading", { name: /Tell the seller the parcel hasn't arrived/ })).toBeVisible();
    const letter = now.getByRole("link", { name: /^Write it: Tell the seller the parcel hasn't arrived/ });
    await expect(letter).toHaveAttribute("href", /^\/tools\/letters\/non-delivery-notice\?.*replyDays=\d+/);
    await expect(page.getByRole("heading", { name: "Open a PayPal dispute, and escalate it to a claim" })).toBeVisible();
    // PayPal breaks the chain Section 75 needs: said, not offered.
    await expect(page.getByRole("region", { name: "Your escalation ladder" })).toContainText("Can't help here: A Section 75 claim against your credit card issuer.");
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test("with JavaScript: only the questions that apply, and the plan fits the screen", async ({ page }) => {
    await page.goto("/plan");
    const region = page.getByLabel("Which part of the UK, or which province, do you live in?");
    const stage = page.getByLabel("If you used a shopping agent: how far did the order get?");
    await expect(region).toBeHidden();
    await expect(stage).toBeHidden();
    await page.getByRole("radio", { name: "It's stuck or held at customs" }).check();
    await page.getByLabel("Where do you live?").selectOption("CA");
    await expect(region).toBeVisible();
    await expect(region.locator("option", { hasText: "Scotland" })).toBeHidden();
    await region.selectOption("QC");
    await page.getByLabel("Where did you buy it?").selectOption("taobao-agent");
    await expect(stage).toBeVisible();
    await stage.selectOption("international");
    await page.getByLabel("How did you pay?").selectOption("credit-card");
    await page.getByLabel("When did you pay?").fill(fromToday(-40));
    await page.getByRole("button", { name: "Make my plan" }).click();

    await expect(page).toHaveURL(/country=CA&region=QC&platform=taobao-agent&agentStage=international/);
    await expect(page.getByRole("heading", { name: "Find out what customs is waiting for" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Quebec: ask your credit card issuer to reverse the charge" })).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // Changing the country hides the province again, and the hidden answer is not sent.
    await page.getByLabel("Where do you live?").selectOption("DE");
    await expect(region).toBeHidden();
    await page.getByRole("button", { name: "Make my plan" }).click();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.getByRole("heading", { level: 2, name: "Your plan" })).toBeVisible();
  });

  test("the picture of who is responsible has a name, and marks where the problem most likely happened", async ({ page }) => {
    await page.goto(`/plan?problem=stuck-at-customs&country=DE&platform=temu&payment=paypal&paid=${fromToday(-25)}`);
    const picture = page.getByRole("img", { name: /Where your problem most likely happened, and who to claim from/ });
    await expect(picture).toBeVisible();
    // Named by its title and its text alternative together (components/pictures/picture-frame.tsx).
    await expect(picture).toHaveAccessibleName(/1\. Seller: .*; 3\. Customs: Customs \(wrong charge\);.*Most likely here: Customs\./);
    // The phone drawing runs down the page; the wide one is hidden.
    expect(await picture.count()).toBe(1);
  });
});

test.describe("the case plan", () => {
  test("the calendar file holds every deadline of the plan still ahead and the reply-by date", async ({ page, request }) => {
    await page.goto(FRESH);
    const link = page.getByRole("link", { name: /Add the (\d+ )?deadlines? to my calendar \(\.ics\)/ });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/plan\/calendar\.ics\?problem=not-delivered&country=GB/);
    const response = await request.get(href!);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="recourse-plan-\d{4}-\d{2}-\d{2}\.ics"/);
    const ics = await response.text();
    const count = Number((await link.textContent())?.match(/\d+/)?.[0] ?? 1);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(count + 1);
    expect(ics).toMatch(/SUMMARY:Deadline: AliExpress: open a dispute/);
    expect(ics).toMatch(/SUMMARY:Deadline: Card chargeback/);
    expect(ics).toContain("SUMMARY:Reply-by date: no answer means the next step");
  });

  test("when every dated deadline has passed, it leads with what is still open", async ({ page }) => {
    await page.goto("/plan?problem=faulty&country=GB&region=SCT&platform=aliexpress&payment=credit-card&amount=150&paid=2020-05-20&expected=2020-06-10&delivered=2020-06-01");
    await expect(page.getByText("The dated deadlines for this order have passed")).toBeVisible();
    await expect(page.getByText(/Section 75 claim with your credit card issuer is still open/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Make a Section 75 claim with your credit card issuer" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ask your bank for a chargeback" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your escalation ladder" })).toContainText("Closed: Ask your bank for a chargeback.");
    await expect(page.getByRole("link", { name: /Add the .* to my calendar/ })).toHaveCount(0);
  });

  test("routes that can't help are said plainly, with why", async ({ page }) => {
    await page.goto(`/plan?problem=not-delivered&country=FR&platform=aliexpress&sellerCountry=CN&payment=debit-card&paid=${fromToday(-30)}`);
    const ladder = page.getByRole("region", { name: "Your escalation ladder" });
    await expect(ladder).toContainText("Can't help here: The European Consumer Centre in your country.");
    await expect(ladder).toContainText("so it can't act against a seller in China");
    await expect(ladder).toContainText("Can't help here: The EU Online Dispute Resolution platform.");
    await expect(page.getByRole("heading", { name: /European Consumer Centre/ })).toHaveCount(0);
  });

  test("bad input gets the error summary and a message by each field, never a server error", async ({ page }) => {
    const response = await page.goto(`/plan?problem=lost&country=XX&platform=aliexpress&payment=cash&amount=abc&paid=2026-02-30&delivered=${fromToday(-5)}`);
    expect(response?.status()).toBe(200);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("“lost” isn't a problem type we know");
    await expect(summary).toContainText("2026-02-30 isn't a real date. Check the day and month.");
    await expect(summary).toContainText("Enter the amount as a number");
    await expect(page.getByLabel("Where do you live?")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("How much did you pay? (optional)")).toHaveAttribute("aria-invalid", "true");
    await summary.getByRole("link", { name: /isn't a real date/ }).click();
    await expect(page).toHaveURL(/#paid$/);

    await page.goto(`/plan?problem=faulty&country=GB&platform=ebay&payment=paypal&paid=${fromToday(-5)}&delivered=${fromToday(-20)}`);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(/The delivery date \(.+\) is before the payment date/);
    await expect(page.getByLabel("Date it was delivered")).toHaveAttribute("aria-invalid", "true");

    const ics = await page.request.get("/plan/calendar.ics?problem=lost&paid=9999-12-30");
    expect(ics.status()).toBe(400);
    expect(await ics.text()).toContain("Cannot make a calendar from this link");
  });

  test("each step links to its letter filled with the case, never with the amount", async ({ page }) => {
    await page.goto(FRESH);
    const hrefs = await page.getByRole("link", { name: /^Write it:/ }).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/tools\/letters\/[a-z0-9-]+\?/);
      expect(href).not.toMatch(/amount=|150/);
    }
    await page.goto(hrefs[0]!);
    await expect(page.getByLabel("Platform or website")).toHaveValue("AliExpress");
  });

  test("the plan and the deadline planner keep the case between them", async ({ page }) => {
    await page.goto(`/plan?problem=stuck-at-customs&country=GB&platform=aliexpress&payment=paypal&paid=${fromToday(-30)}`);
    await page.getByRole("link", { name: "Every deadline in this case, with how each is worked out and its source" }).click();
    await expect(page).toHaveURL(/\/tools\/deadlines\?problem=stuck-at-customs&country=GB/);
    await expect(page.getByRole("radio", { name: "It never arrived" })).toBeChecked();
    await expect(page.getByRole("heading", { name: "Your deadlines" })).toBeVisible();
    await page.getByRole("link", { name: /Turn these deadlines into a plan/ }).click();
    await expect(page).toHaveURL(/\/plan\?/);
    await expect(page.getByRole("heading", { name: "Find out what customs is waiting for" })).toBeVisible();
  });

  test("prints the plan without the form and the buttons", async ({ page }) => {
    await page.goto(FRESH);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Your escalation ladder" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Make my plan" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print this plan" })).toBeHidden();
    await expect(page.locator("footer")).toBeHidden();
  });
});

test.describe("the case plan and the saved case", () => {
  const savedCase = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>, CASE_STORAGE_KEY);
  const SAVED = { orderNumber: "SAVED-1", paid: "2026-09-01", platform: "temu", country: "GB" };

  test("saves only when asked, and asks before replacing a different saved order", async ({ page }) => {
    await page.goto("/plan");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CASE_STORAGE_KEY, JSON.stringify(SAVED)] as const);
    await page.goto(FRESH);
    await expect(page.getByRole("button", { name: "Save this case in this browser" })).toBeVisible();
    expect(await savedCase(page)).toEqual(SAVED);

    await page.getByRole("button", { name: "Save this case in this browser" }).click();
    const question = page.getByRole("region", { name: "Save these details in place of your saved order?" });
    await expect(question).toContainText("Saved: Temu. In this plan: AliExpress.");
    await question.getByRole("button", { name: "Keep my saved order" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your saved order is unchanged." })).toBeFocused();
    expect(await savedCase(page)).toEqual(SAVED);

    await page.reload();
    await page.getByRole("button", { name: "Save this case in this browser" }).click();
    await page.getByRole("button", { name: "Save these details" }).click();
    await expect.poll(() => savedCase(page)).toMatchObject({ orderNumber: "SAVED-1", platform: "aliexpress", payment: "credit-card", problem: "not-delivered", amount: "150", currency: "GBP" });
  });

  test("an empty plan offers the order saved in this browser", async ({ page }) => {
    await page.goto("/plan");
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [CASE_STORAGE_KEY, JSON.stringify({ paid: "2026-09-01", platform: "temu", country: "GB", payment: "paypal", problem: "faulty" })] as const,
    );
    await page.reload();
    await page.getByRole("link", { name: "Make the plan for that order" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Your plan" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "It arrived damaged or faulty" })).toBeChecked();
  });
});
