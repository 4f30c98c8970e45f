import { expect, type Page, test } from "@playwright/test";

/** Dates relative to the day the tests run, so "days left" and "passed" hold whatever the date. */
function fromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function fillCase(page: Page, answers: { country: string; payment: string; platform: string; problem: string; paid: string; delivered?: string }) {
  await page.getByLabel("Where do you live?").selectOption(answers.country);
  await page.getByLabel("How did you pay?").selectOption(answers.payment);
  await page.getByLabel("Where did you buy?").selectOption(answers.platform);
  await page.getByRole("radio", { name: answers.problem }).check();
  await page.getByLabel("When did you pay?").fill(answers.paid);
  if (answers.delivered !== undefined) await page.getByLabel("Date it was delivered (if it was)").fill(answers.delivered);
}

test.describe("the deadline planner: the newer countries and kinds of deadline", () => {
  test("a buyer in Norway sees the withdrawal and the complaint deadlines, each with its guide section", async ({ page }) => {
    await page.goto("/tools/deadlines");
    await fillCase(page, { country: "NO", payment: "credit-card", platform: "other", problem: "It arrived faulty or damaged", paid: fromToday(-12), delivered: fromToday(-5) });
    await page.getByRole("button", { name: "Show my deadlines" }).click();

    await expect(page.getByRole("heading", { name: "Your deadlines" })).toBeVisible();
    const withdrawal = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Norway: right of withdrawal \(angrerett/ }) });
    await expect(withdrawal).toContainText("days left");
    await expect(withdrawal.getByRole("link", { name: "How to: Norway: withdrawing from an online purchase" })).toHaveAttribute(
      "href",
      "/guides/your-rights-norway#withdrawing-from-an-online-purchase-angrerett",
    );
    const complaint = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Norway: last day to complain about a defect/ }) });
    await expect(complaint).toContainText("goods meant to last substantially longer");
    await expect(complaint).toContainText(/, checked /);
    // No more "we are still adding" note for Norway.
    await expect(page.getByText(/still adding the consumer-law deadlines/)).toHaveCount(0);
  });

  test("an EU buyer with a customs notice date sees the seizure objection deadline, its letter and its calendar entry", async ({ page, request }) => {
    await page.goto("/tools/deadlines");
    await fillCase(page, { country: "DE", payment: "credit-card", platform: "aliexpress", problem: "It never arrived", paid: fromToday(-20) });
    await page.getByText("More dates, if you have them").click();
    await page.getByLabel("Date of the customs seizure or detention notice").fill(fromToday(-1));
    await page.getByRole("button", { name: "Show my deadlines" }).click();

    await expect(page).toHaveURL(/notice=/);
    const objection = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^EU customs: agree to or object to destruction/ }) });
    await expect(objection).toContainText("days left");
    await expect(objection).toContainText("(date of the customs notice) + 10 working days");
    await expect(objection.getByRole("link", { name: "Write to customs about the seizure" })).toHaveAttribute("href", "/tools/letters/customs-seizure-objection");
    await expect(objection.getByRole("link", { name: /^How to: In the EU/ })).toHaveAttribute("href", "/guides/parcel-seized-or-detained-by-customs#in-the-eu-the-small-consignment-procedure");
    // Not the UK's or the US's.
    await expect(page.getByRole("heading", { name: /UK customs seizure|US customs seizure/ })).toHaveCount(0);

    const href = await page.getByRole("link", { name: /to my calendar \(\.ics\)/ }).getAttribute("href");
    const ics = await (await request.get(href ?? "")).text();
    expect(ics).toContain("UID:eu-seizure-objection-");
  });

  test("without JavaScript: the new dates are asked, checked by field, and used", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/tools/deadlines");
    await fillCase(page, { country: "GB", payment: "credit-card", platform: "aliexpress", problem: "It never arrived", paid: fromToday(-120) });
    // A native <details>: it opens without a script.
    await page.getByText("More dates, if you have them").click();
    await page.getByLabel("Date you complained to your bank or payment provider").fill(fromToday(-30));
    await page.getByLabel("Date of its final response").fill(fromToday(-40));
    await page.getByLabel("Date the parcel was posted").fill(fromToday(-118));
    await page.getByRole("button", { name: "Show my deadlines" }).click();

    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("is before the date you complained");
    await expect(page.getByLabel("Date of its final response")).toHaveAttribute("aria-invalid", "true");
    // The group stays open with the answers kept.
    await expect(page.getByLabel("Date the parcel was posted")).toHaveValue(fromToday(-118));

    await page.getByLabel("Date of its final response").fill(fromToday(-10));
    await page.getByRole("button", { name: "Show my deadlines" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Take your complaint to the Financial Ombudsman/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Postal inquiry about a lost parcel/ })).toBeVisible();
    // The plan link keeps the new dates.
    const toPlan = page.getByRole("link", { name: /Turn these deadlines into a plan/ });
    for (const key of ["posted", "complained", "finalResponse"]) await expect(toPlan).toHaveAttribute("href", new RegExp(`[?&]${key}=\\d{4}-`));
    await context.close();
  });

  test("a buyer in the United States sees no Financial Ombudsman and no EU objection", async ({ page }) => {
    const paid = fromToday(-60);
    await page.goto(`/tools/deadlines?country=US&payment=credit-card&platform=aliexpress&problem=not-delivered&paid=${paid}&complained=${fromToday(-10)}&notice=${fromToday(-5)}`);
    await expect(page.getByRole("heading", { name: /^US customs seizure: petition CBP/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Financial Ombudsman|EU customs/ })).toHaveCount(0);
  });
});
