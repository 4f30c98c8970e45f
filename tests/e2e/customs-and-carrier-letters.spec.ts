import { expect, type Page, test } from "@playwright/test";
import { CHECKLISTS } from "@/lib/checklists";
import { factValueText } from "@/lib/facts";
import { LETTER_TEMPLATE_IDS } from "@/lib/letters";

/**
 * The letters and checklists for a customs seizure, a lost or damaged parcel and a repayment on
 * rejected goods, on a phone (390 × 844), and the figures every letter and checklist takes from the
 * fact registry: written out, never left as a placeholder.
 */

test.use({ viewport: { width: 390, height: 844 } });

const letterOf = (page: Page) => page.getByRole("region", { name: "Your letter" });
const notesOf = (page: Page) => page.getByRole("region", { name: "Before you send it" });

async function ready(page: Page) {
  await expect(page.getByRole("button", { name: "Copy letter" })).toBeVisible();
}

async function noSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
}

test("the seizure objection answers the notice's procedure, sets customs no date and links the guide", async ({ page }) => {
  await page.goto("/tools/letters/customs-seizure-objection");
  await expect(page.getByRole("heading", { level: 1, name: "Object to a customs seizure or destruction notice" })).toBeVisible();
  await expect(page.getByText("Reply within the time limit printed on the notice.").first()).toBeVisible();
  await ready(page);

  await page.getByLabel("Customs office", { exact: true }).fill("Border Force, Coventry");
  await page.getByLabel("Reference on the notice").fill("BF-2026-0042");
  await page.getByLabel("What the notice is").selectOption({ label: "UK seizure: challenge it" });
  await page.getByLabel("Why the goods should be released").fill("I bought them from the brand's own store, and I attach its invoice.");
  await page.getByLabel("Your postal address").fill("1 High Street\nLeeds LS1 1AA");

  const letter = letterOf(page);
  await expect(letter).toContainText("Objection to notice BF-2026-0042");
  await expect(letter).toContainText("Dear Border Force, Coventry,");
  await expect(letter).toContainText("my notice of claim under paragraph 3 of Schedule 3 to the Customs and Excise Management Act 1979");
  await expect(letter).toContainText("My reasons: I bought them from the brand's own store");
  await expect(page.getByText("It asks for a reply by")).toHaveCount(0);
  // The address keeps the kind of notice, never the reference or the address typed.
  await expect(page).toHaveURL(/seizureProcedure=uk-seizure-claim/);
  expect(page.url()).not.toContain("BF-2026-0042");
  expect(page.url()).not.toContain("High");

  const notes = notesOf(page);
  await expect(notes.getByRole("link", { name: "What to do when customs hold a parcel" })).toHaveAttribute("href", /^\/guides\//);
  await expect(notes.getByRole("link", { name: "the checklist before you object" })).toHaveAttribute("href", "/tools/checklists/before-objecting-to-a-seizure");
  await noSidewaysScrolling(page);
});

test("the postal claim message asks the agent in Chinese, then English, with the tracking number and what happened", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/tools/letters/postal-claim-request");
  await ready(page);
  await page.getByLabel("Shopping agent", { exact: true }).fill("ExampleAgent");
  await page.getByLabel("Tracking number", { exact: true }).fill("LP00123456789CN");
  await page.getByLabel("What happened to the parcel").selectOption({ label: "Tracking says delivered, but it never came" });
  await page.getByLabel("Carrier", { exact: true }).fill("YunExpress, then Royal Mail");

  const letter = letterOf(page);
  const chinese = letter.locator('div[lang="zh-Hans"]');
  const english = letter.locator('div[lang="en"]');
  await expect(chinese).toContainText("ExampleAgent客服您好");
  await expect(chinese).toContainText("物流单号：LP00123456789CN");
  await expect(chinese).toContainText("问题：物流显示已签收，但我并没有收到包裹。");
  await expect(english).toContainText("What happened: The tracking says the parcel was delivered, but I never received it.");
  await expect(english).toContainText("Carrier: YunExpress, then Royal Mail");
  const [zhBox, enBox] = [await chinese.boundingBox(), await english.boundingBox()];
  expect(zhBox && enBox && zhBox.y < enBox.y).toBe(true);

  await page.getByRole("button", { name: "Copy letter" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Subject: 物流单号LP00123456789CN：请向物流公司申请查件和索赔 \/ Parcel LP00123456789CN: please open a trace and a claim with the carrier\n/);
  await expect(notesOf(page).getByRole("link", { name: "the lost or damaged parcel checklist" })).toHaveAttribute("href", "/tools/checklists/lost-or-damaged-parcel");
  await noSidewaysScrolling(page);
});

test("the repayment request gives the limits for rejected goods and sends a wrong charge to the query letter", async ({ page }) => {
  await page.goto("/tools/letters/customs-repayment-request");
  await ready(page);
  await page.getByLabel("Import charges you paid").fill("£23.40");
  await page.getByLabel("Date you sent the goods back").fill("2026-10-10");
  const letter = letterOf(page);
  await expect(letter).toContainText("Import charges paid: £23.40");
  await expect(letter).toContainText("I sent them on 10 October 2026.");

  const notes = notesOf(page);
  await expect(notes).toContainText(`within ${factValueText("gb-rejected-imports-limit")} of being told of the charge`);
  await expect(notes).toContainText(`within ${factValueText("eu-rejected-goods-limit")} of being told of the charge`);
  await expect(notes).toContainText(`on orders up to ${factValueText("gb-low-value-limit")} in the UK`);
  await expect(notes.getByRole("link", { name: "Question a customs or import charge" })).toHaveAttribute("href", "/tools/letters/customs-charge-query");
  await noSidewaysScrolling(page);
});

test("the letters list offers the new letters", async ({ page }) => {
  await page.goto("/tools/letters");
  for (const title of ["Object to a customs seizure or destruction notice", "Ask your agent or seller to claim for a lost or damaged parcel", "Ask for import charges back after sending goods back"]) {
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }
  await expect(page.getByText(`over ${factValueText("uk-section-75-min")} and up to ${factValueText("uk-section-75-max")}`)).toBeVisible();
  await noSidewaysScrolling(page);
});

test("the new checklists link each step to its guide and its letter", async ({ page }) => {
  await page.goto("/tools/checklists/before-objecting-to-a-seizure");
  await expect(page.getByRole("heading", { level: 1, name: "Before you object to a customs seizure" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Write the objection letter" })).toHaveAttribute("href", "/tools/letters/customs-seizure-objection");
  await noSidewaysScrolling(page);

  await page.goto("/tools/checklists/lost-or-damaged-parcel");
  await expect(page.getByRole("link", { name: "Write the message (Chinese and English)" })).toHaveAttribute("href", "/tools/letters/postal-claim-request");
  await page.getByLabel(/^Ask the agent or seller, in writing/).check();
  await expect(page.getByText("1 of 9 done")).toBeVisible();
  await noSidewaysScrolling(page);
});

test.describe("every figure is written out, with or without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const id of LETTER_TEMPLATE_IDS) {
    test(`letter ${id}`, async ({ page }) => {
      await page.goto(`/tools/letters/${id}`);
      await expect(page.getByRole("main")).not.toContainText("{fact:");
      await expect(page.getByRole("main")).not.toContainText("](/");
    });
  }

  for (const list of CHECKLISTS) {
    test(`checklist ${list.id}`, async ({ page }) => {
      await page.goto(`/tools/checklists/${list.id}`);
      await expect(page.getByRole("main")).not.toContainText("{fact:");
    });
  }

  test("the return checklist and the PayPal letter show the registry's figures", async ({ page }) => {
    await page.goto("/tools/checklists/return-overseas");
    await expect(page.getByRole("main")).toContainText(`on Temu, within ${factValueText("temu-return-ship-by")} of requesting the return`);
    await page.goto("/tools/letters/paypal-dispute-description");
    await expect(notesOf(page)).toContainText(`within ${factValueText("paypal-snad-window")} of delivery, or within ${factValueText("paypal-inr-window")} of paying if that comes sooner`);
    await page.goto("/tools/letters/chargeback-request");
    await expect(letterOf(page)).toContainText(`give banks ${factValueText("card-chargeback-window")} from the transaction`);
  });
});

test("search finds the seizure letter and the lost-parcel checklist", async ({ page }) => {
  await page.goto("/search?q=customs+seizure+letter");
  await expect(page.getByRole("main").getByRole("link", { name: "Object to a customs seizure or destruction notice" }).first()).toBeVisible();
  await page.goto("/search?q=lost+parcel+checklist");
  await expect(page.getByRole("main").getByRole("link", { name: /Before you claim for a lost or damaged parcel/ }).first()).toBeVisible();
});
