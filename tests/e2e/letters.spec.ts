import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { CASE_STORAGE_KEY } from "@/lib/case";
import { checklistStorageKey } from "@/lib/checklists/progress";
import { LETTER_TEMPLATE_IDS } from "@/lib/letters";

const letterOf = (page: Page) => page.getByRole("region", { name: "Your letter" });

/** The copy/download/print buttons appear once the page's script has run. */
async function ready(page: Page) {
  await expect(page.getByRole("button", { name: "Copy letter" })).toBeVisible();
}

test.describe("with JavaScript", () => {
  test("the letter fills in as you type, and the copied text has the order number", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/tools/letters/refund-or-replacement");
    await ready(page);
    const letter = letterOf(page);
    await expect(letter).toContainText("Order [order number]: request for [what you want]");

    await page.getByLabel("Order number", { exact: true }).fill("8123456789");
    await page.getByLabel("What you want", { exact: true }).selectOption({ label: "A full refund" });
    await expect(letter).toContainText("Order 8123456789: request for a full refund");
    await expect(letter).toContainText("订单号：8123456789");
    // The address keeps the letter's case facts, never the order number.
    await expect(page).toHaveURL(/[?&]remedy=refund(&|$)/);
    expect(page.url()).not.toContain("8123456789");

    await page.getByRole("button", { name: "Copy letter" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Subject: 订单号8123456789：申请全额退款 \/ Order 8123456789: request for a full refund\n/);
    expect(copied).toContain("Order number: 8123456789");

    // With JavaScript the button doesn't reload the page: it takes you to the letter.
    await page.getByRole("button", { name: "Fill in the letter" }).click();
    await expect(letter).toBeFocused();
    await expect(page).toHaveURL(/\/tools\/letters\/refund-or-replacement\?remedy=refund$/);
  });

  test("the .txt download holds the letter, readable in Notepad", async ({ page }) => {
    await page.goto("/tools/letters/non-delivery-notice");
    await ready(page);
    await page.getByLabel("Order number", { exact: true }).fill("ORD-42");
    await page.getByLabel("Tracking number").fill("LP00123456789CN");
    await expect(letterOf(page)).toContainText("Tracking number: LP00123456789CN");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download .txt" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("recourse-non-delivery-notice-ORD-42.txt");
    const text = await readFile(await download.path(), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Subject: 订单号ORD-42：包裹至今未收到，请尽快处理 / Order ORD-42: parcel not received\r\n");
    expect(text).toContain("物流单号：LP00123456789CN\r\n");
    expect(text).toContain("Tracking number: LP00123456789CN\r\n");
    await expect(page.getByRole("status").filter({ hasText: "Downloaded recourse-non-delivery-notice-ORD-42.txt" })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`unfilled details stand out without relying on colour (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/tools/letters/chargeback-request");
      await ready(page);
      await page.getByLabel("Order number", { exact: true }).fill("123");
      const blank = letterOf(page).locator("mark", { hasText: "[card issuer]" });
      await expect(blank).toBeVisible();
      const style = await blank.evaluate((el) => {
        const own = getComputedStyle(el);
        return { border: own.borderTopStyle, background: own.backgroundColor, page: getComputedStyle(document.body).backgroundColor };
      });
      expect(style.border).toBe("dashed");
      expect(style.background).not.toBe(style.page);
      await expect(letterOf(page)).toContainText("Order number: 123");
      await expect(letterOf(page).locator("mark", { hasText: "[order number]" })).toHaveCount(0);
    });
  }

  test("a bilingual message shows the Chinese first, then the English, each marked with its language", async ({ page }) => {
    await page.goto("/tools/letters/agent-support-message");
    const letter = letterOf(page);
    const chinese = letter.locator('div[lang="zh-Hans"]');
    const english = letter.locator('div[lang="en"]');
    await expect(chinese).toContainText("客服您好");
    await expect(english).toContainText("Hello");
    const [zhBox, enBox] = [await chinese.boundingBox(), await english.boundingBox()];
    expect(zhBox && enBox && zhBox.y < enBox.y).toBe(true);
  });

  test("a case typed in one letter is offered in another, and can be deleted", async ({ page }) => {
    await page.goto("/tools/letters/refund-or-replacement");
    await ready(page);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ done: ["keep-order-confirmation"] })), checklistStorageKey("evidence"));
    await page.getByLabel("Order number", { exact: true }).fill("CASE-555");
    await page.getByLabel("Platform or website").fill("AliExpress");
    await page.getByLabel("Seller or shop name").fill("Shenzhen Audio Store");
    // Typing is saved in batches after a pause, so a slow machine may save the order number alone first.
    const savedCase = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>, CASE_STORAGE_KEY);
    await expect.poll(savedCase).toMatchObject({ orderNumber: "CASE-555", platform: "aliexpress", sellerName: "Shenzhen Audio Store" });

    await page.goto("/tools/letters/agent-support-message");
    await expect(page.getByText("Use the details you entered before? (order CASE-555, AliExpress, Shenzhen Audio Store)")).toBeVisible();
    await page.getByRole("button", { name: "Fill in from my case" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Filled in 3 details from your case" })).toBeFocused();
    await expect(page.getByLabel("Order number", { exact: true })).toHaveValue("CASE-555");
    await expect(letterOf(page)).toContainText("代购订单号：CASE-555");
    expect(page.url()).not.toContain("CASE-555");

    await page.getByRole("button", { name: "Delete my saved details" }).click();
    await page.getByRole("button", { name: "Yes, delete them" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted. Nothing from Recourse is saved in this browser now." })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("recourse:")))).toEqual([]);

    await page.goto("/tools/letters/consumer-body-complaint");
    await ready(page);
    await expect(page.getByText("Nothing is saved in this browser at the moment.")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("button", { name: "Fill in from my case" })).toHaveCount(0);
  });

  test("another tab sees the saved details change", async ({ context }) => {
    const other = await context.newPage();
    await other.goto("/tools/letters/chargeback-request");
    await ready(other);
    await expect(other.getByText("Nothing is saved in this browser at the moment.")).toBeVisible();
    const page = await context.newPage();
    await page.goto("/tools/letters/refund-or-replacement");
    await ready(page);
    await page.getByLabel("Order number", { exact: true }).fill("TAB-1");
    await expect(other.getByRole("button", { name: "Delete my saved details" })).toBeVisible();
  });

  test("a link's case facts stay when the saved case fills in the rest", async ({ page }) => {
    await page.goto("/tools/letters/refund-or-replacement");
    await ready(page);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ orderNumber: "SAVED-1", problem: "faulty" })), CASE_STORAGE_KEY);
    await page.goto("/tools/letters/refund-or-replacement?problemKind=not-as-described");
    await ready(page);
    await page.getByRole("button", { name: "Fill in from my case" }).click();
    await expect(page.getByLabel("Order number", { exact: true })).toHaveValue("SAVED-1");
    await expect(page.getByLabel("Type of problem")).toHaveValue("not-as-described");
  });

  test("personal details stay out of the address, its history and the next request's Referer", async ({ page }) => {
    // An old link with an order number and a name: the page ignores them and takes them out of the address bar.
    await page.goto("/tools/letters/refund-or-replacement?orderNumber=OLD-LINK-7&name=Alex+Old&remedy=refund");
    await ready(page);
    await expect(page).toHaveURL(/\/tools\/letters\/refund-or-replacement\?remedy=refund$/);
    await expect(page.getByLabel("Order number", { exact: true })).toHaveValue("");

    await page.getByLabel("Your name").fill("Alex Private");
    await page.getByLabel("Order number", { exact: true }).fill("SECRET-991");
    await page.getByLabel("Seller or shop name").fill("Shenzhen Audio Store");
    await page.getByLabel("Order date").fill("2026-09-01");
    await expect(letterOf(page)).toContainText("SECRET-991");
    await expect(page).toHaveURL(/orderDate=2026-09-01/);
    const referers: string[] = [];
    page.on("request", (request) => referers.push(request.headers().referer ?? ""));
    await page.getByRole("link", { name: "Letters", exact: true }).click();
    await expect(page).toHaveURL(/\/tools\/letters$/);
    await page.goBack();
    const visited = [page.url(), ...referers].join(" ");
    for (const secret of ["SECRET-991", "Alex", "Shenzhen", "OLD-LINK-7"]) expect(visited).not.toContain(secret);
  });

  test("a negative amount and an order date after today are refused in plain words", async ({ page }) => {
    await page.goto("/tools/letters/refund-or-replacement");
    await ready(page);
    await page.getByLabel("Amount paid").fill("-5");
    await page.getByLabel("Order date").fill("2099-01-01");
    await page.getByRole("button", { name: "Fill in the letter" }).click();
    await expect(page.getByRole("link", { name: "The amount must be zero or more: enter what you paid, for example 49.99." })).toBeVisible();
    await expect(page.getByRole("link", { name: /^The order date \(1 January 2099\) is after today\. Enter the day it happened\.$/ })).toBeVisible();
    // Both are left out of the letter itself, which still asks for them.
    await expect(letterOf(page).locator("mark", { hasText: "[amount]" }).first()).toBeVisible();
    await expect(letterOf(page).locator("mark", { hasText: "[order date]" }).first()).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form fills in the letter through the server, the details in the request body, not the address", async ({ page }) => {
    await page.goto("/tools/letters/non-delivery-notice");
    await expect(page.getByRole("button", { name: "Copy letter" })).toHaveCount(0);
    await page.getByLabel("Order number", { exact: true }).fill("NJ-42");
    await page.getByLabel("Tracking number").fill("LP00123456789CN");
    await page.getByLabel("What you want", { exact: true }).selectOption({ label: "A replacement" });
    await page.getByLabel("Days to reply").fill("7");
    const posted = page.waitForRequest((request) => request.method() === "POST");
    await page.getByRole("button", { name: "Fill in the letter" }).click();
    expect((await posted).postData()).toContain("NJ-42");

    await expect(page).toHaveURL(/\/tools\/letters\/non-delivery-notice#letter$/);
    const letter = letterOf(page);
    await expect(letter).toContainText("Order NJ-42: parcel not received");
    await expect(letter).toContainText("物流单号：LP00123456789CN");
    await expect(letter).toContainText("please arrange a replacement");
    await expect(letter.locator("mark", { hasText: "[seller name]" })).toBeVisible();
    await expect(letter.locator('div[lang="zh-Hans"]')).toContainText("请安排补发或换货");
    await expect(page.getByLabel("Order number", { exact: true })).toHaveValue("NJ-42");
  });

  test("a wrong answer is shown back with its error, and left out of the letter", async ({ page }) => {
    await page.goto("/tools/letters/chargeback-request");
    await page.getByLabel("Last 4 digits of the card").fill("4111 1111 1111 1111");
    await page.getByLabel("Order number", { exact: true }).fill("77");
    await page.getByLabel("Order date").fill("2099-01-01");
    await page.getByRole("button", { name: "Fill in the letter" }).click();
    await expect(page.getByRole("link", { name: /^The order date \(1 January 2099\) is after today/ })).toHaveAttribute("href", "#field-orderDate");
    const message = "Enter only the last 4 digits of the card, never the full number.";
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: message })).toHaveAttribute("href", "#field-cardLast4");
    const input = page.getByLabel("Last 4 digits of the card");
    await expect(input).toHaveValue("4111 1111 1111 1111");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(letterOf(page)).not.toContainText("4111");
    await expect(letterOf(page)).toContainText("card ending [last 4 digits]");
  });
});

test.describe("on a small phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  const long = "LP00123456789012345678901234567890CN";
  for (const id of LETTER_TEMPLATE_IDS) {
    test(`no sideways scrolling on ${id}`, async ({ page }) => {
      await page.goto(`/tools/letters/${id}`);
      await ready(page);
      for (const [label, value] of [["Order number", long], ["Tracking number", long], ["Warehouse parcel ID", long], ["PayPal transaction ID", long], ["What went wrong", "Broken ".repeat(40)]] as const) {
        const field = page.getByLabel(label, { exact: true });
        if ((await field.count()) > 0) await field.fill(value);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }

  test("no sideways scrolling on the list of letters", async ({ page }) => {
    await page.goto("/tools/letters");
    await expect(page.getByRole("link", { name: "Ask the seller for a refund or replacement" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
