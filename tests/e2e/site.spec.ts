import { expect, test } from "@playwright/test";

test.describe("finding help for a problem", () => {
  test("home leads from a problem into the plan, with its guide one click away", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "What went wrong?" })).toBeVisible();
    await page.getByRole("link", { name: "Late or missing parcel", exact: true }).click();
    await expect(page).toHaveURL(/\/plan\?problem=not-delivered$/);
    await expect(page.getByRole("radio", { name: "It never arrived" })).toBeChecked();

    await page.goto("/");
    await page.getByRole("link", { name: "Read the guide: Late or missing parcel" }).click();
    await expect(page).toHaveURL(/\/guides\/delayed-or-missing-parcels$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Last reviewed")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Guides" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.getByText("General information, not legal advice.")).toBeVisible();
  });

  test("every one of the five problems on the home page starts a plan and opens its guide", async ({ page, request }) => {
    await page.goto("/");
    const problems = page.getByRole("region", { name: "What went wrong?" }).getByRole("listitem").getByRole("link");
    const hrefs = await problems.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const guides = hrefs.filter((href) => href.startsWith("/guides/"));
    const plans = hrefs.filter((href) => href.startsWith("/plan?problem="));
    expect(guides).toHaveLength(5);
    expect(plans).toHaveLength(5);
    for (const href of [...guides, ...plans]) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test("the table of contents jumps to each section", async ({ page }) => {
    await page.goto("/guides/delayed-or-missing-parcels");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const entries = toc.getByRole("link");
    expect(await entries.count()).toBeGreaterThan(2);
    const second = entries.nth(1);
    const target = (await second.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#[a-z0-9-]+$/);
    await second.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const heading = page.locator(target);
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveText(new RegExp(((await second.textContent()) ?? "").trim().slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("every guide is listed on a topic page", async ({ page }) => {
    await page.goto("/guides");
    const guideLinks = await page.locator('main a[href^="/guides/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
    expect(guideLinks.length).toBeGreaterThan(2);
    const topics = await page.getByRole("navigation", { name: "Topics" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")?.slice(1)));
    const onTopicPages = new Set<string>();
    for (const topic of topics) {
      await page.goto(`/topics/${topic}`);
      for (const href of await page.locator('main a[href^="/guides/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        if (href) onTopicPages.add(href);
      }
    }
    for (const href of guideLinks) expect(onTopicPages, `${href} is on no topic page`).toContain(href);
  });
});

test.describe("pages that go nowhere", () => {
  test("an unknown guide answers 404 with a way back", async ({ page }) => {
    const response = await page.goto("/guides/no-such-guide");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All guides, by topic" })).toBeVisible();
    await expect(page.getByRole("link", { name: /My parcel is late/ })).toBeVisible();
  });

  test("an unknown topic answers 404", async ({ request }) => {
    expect((await request.get("/topics/nonsense")).status()).toBe(404);
  });
});

test.describe("layout", () => {
  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  for (const path of ["/", "/guides", "/guides/delayed-or-missing-parcels", "/about", "/topics/escalation", "/no-such-page"]) {
    test(`no sideways scrolling at 360 × 740 on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guides" })).toBeInViewport();
    });
  }

  test("no guide scrolls sideways at 360 × 740 (wide tables scroll inside their own box)", async ({ page }) => {
    // One test walks every guide (38 and growing), so it gets time in proportion rather than the default 30 s.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/guides");
    const guides = await page.locator('main a[href^="/guides/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))]);
    const overflowing: string[] = [];
    for (const href of guides) {
      await page.goto(href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${href} (+${overflow}px)`);
    }
    expect(overflowing).toEqual([]);
  });

  test("the page follows the system's dark theme", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/");
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(15, 21, 19)");
    await context.close();
  });

  test("pages load without console errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    for (const path of ["/", "/guides", "/guides/delayed-or-missing-parcels", "/about"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(errors).toEqual([]);
  });
});
