import { expect, test, type Page } from "@playwright/test";

/**
 * A guide draws only the blocks near the screen (content-visibility: auto, app/globals.css), so its
 * first paint on a phone is quick. What a reader does with a long page must still work: a link to a
 * section lands on it, the contents list jumps to it, every word is in the accessibility tree, a
 * focused link's outline is not cut off, and printing lays out the whole article.
 */
test.use({ viewport: { width: 390, height: 844 } });

const GUIDE = "/guides/delayed-or-missing-parcels";

async function topOf(page: Page, id: string): Promise<number> {
  return page.locator(`[id="${id}"]`).evaluate((element) => element.getBoundingClientRect().top);
}

test("blocks far down a guide wait to be drawn until they near the screen", async ({ page }) => {
  await page.goto(GUIDE);
  const deferred = await page.locator("main :is(section, div, p, h2)").evaluateAll((elements) => elements.filter((e) => getComputedStyle(e).contentVisibility === "auto").length);
  expect(deferred).toBeGreaterThan(20);
});

test("a link to a section far down a guide opens with that heading at the top of the screen", async ({ page }) => {
  for (const id of ["when-everything-has-failed", "sources"]) {
    await page.goto(`${GUIDE}#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect.poll(() => topOf(page, id)).toBeLessThan(120);
    await expect.poll(() => topOf(page, id)).toBeGreaterThanOrEqual(0);
  }
});

test("the contents list jumps to a section that had not been drawn yet", async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByText(/^On this page \(\d+ sections\)/).click();
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "When everything has failed" }).click();
  await expect(page.getByRole("heading", { name: /^When everything has failed/ })).toBeInViewport();
});

test("every section is in the accessibility tree before it is scrolled to", async ({ page }) => {
  await page.goto(GUIDE);
  for (const name of ["When everything has failed", "Sources", "What changed", "Related guides"]) {
    await expect(page.getByRole("heading", { name: new RegExp(`^${name}`) })).toHaveCount(1);
  }
  await expect(page.getByRole("contentinfo")).toContainText("Recourse");
});

test("a focused link at the foot of a block keeps its whole focus underline", async ({ page }) => {
  await page.goto(GUIDE);
  // The last link in the article's prose: its yellow-and-black focus style reaches 4 px below the text.
  const link = page.locator(".prose-recourse p a").last();
  await link.focus();
  await link.scrollIntoViewIfNeeded();
  const clip = await link.evaluate((element) => {
    const block = element.closest(".prose-recourse > *, .prose-recourse > .contents > *")!;
    return { margin: getComputedStyle(block).overflowClipMargin, shadow: getComputedStyle(element).boxShadow };
  });
  expect(clip.shadow).toContain("4px");
  expect(parseFloat(clip.margin)).toBeGreaterThanOrEqual(4);
});

test("printing lays out the whole article, not placeholders", async ({ page }) => {
  await page.goto(GUIDE);
  await page.emulateMedia({ media: "print" });
  const deferred = await page.locator("main *").evaluateAll((elements) => elements.filter((e) => getComputedStyle(e).contentVisibility === "auto").length);
  expect(deferred).toBe(0);
});
