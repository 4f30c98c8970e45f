import { expect, test, type Page } from "@playwright/test";

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}
const ofType = (blocks: Record<string, unknown>[], type: string) => blocks.find((b) => b["@type"] === type);

test.describe("metadata", () => {
  for (const path of ["/", "/guides", "/guides/glossary", "/topics/rights", "/about", "/tools", "/tools/deadlines", "/tools/import-tax-calculator", "/tools/letters", "/tools/checklists/evidence", "/search"]) {
    test(`${path} has a title, description, canonical, social tags and a feed link`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/Recourse/);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect((await page.locator('meta[name="description"]').getAttribute("content"))?.length).toBeGreaterThan(40);
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/^https?:\/\/[^/]+(\/|$)/);
      for (const property of ["og:title", "og:description", "og:url", "og:image"]) {
        expect(await page.locator(`meta[property="${property}"]`).first().getAttribute("content"), property).toBeTruthy();
      }
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
      expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toMatch(/\/feed\.xml$/);
    });
  }

  test("titles are unique across pages", async ({ page }) => {
    const titles = new Set<string>();
    for (const path of ["/", "/guides", "/about", "/tools", "/guides/glossary", "/guides/your-rights-uk", "/topics/problems", "/tools/deadlines"]) {
      await page.goto(path);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(8);
  });
});

test.describe("structured data", () => {
  test("home has WebSite with a SearchAction, and Organization", async ({ page }) => {
    await page.goto("/");
    const blocks = await jsonLd(page);
    const site = ofType(blocks, "WebSite") as { potentialAction: { target: { urlTemplate: string }; "query-input": string } };
    expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    expect(site.potentialAction["query-input"]).toBe("required name=search_term_string");
    expect(ofType(blocks, "Organization")).toMatchObject({ name: "Recourse" });
  });

  test("a guide has Article, BreadcrumbList and FAQPage", async ({ page }) => {
    await page.goto("/guides/delayed-or-missing-parcels");
    const blocks = await jsonLd(page);
    const article = ofType(blocks, "Article")!;
    for (const key of ["headline", "description", "datePublished", "dateModified", "image", "publisher", "author"]) expect(article, key).toHaveProperty(key);
    expect(String(article.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const crumbs = ofType(blocks, "BreadcrumbList") as { itemListElement: { position: number; item: string }[] };
    expect(crumbs.itemListElement.map((c) => c.position)).toEqual([1, 2, 3, 4]);
    const faq = ofType(blocks, "FAQPage") as { mainEntity: { "@type": string; name: string; acceptedAnswer: { text: string } }[] };
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(3);
    expect(faq.mainEntity[0]!.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  test("a topic page has a BreadcrumbList", async ({ page }) => {
    await page.goto("/topics/escalation");
    expect(ofType(await jsonLd(page), "BreadcrumbList")).toBeTruthy();
  });
});

test.describe("sitemap, robots, feed and social cards", () => {
  test("the sitemap lists every guide with its review date", async ({ request, page }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    await page.goto("/guides");
    const guides = await page.locator('main a[href^="/guides/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
    expect(guides.length).toBeGreaterThanOrEqual(24);
    for (const href of guides) expect(xml, href!).toContain(`${href}</loc>`);
    expect(xml).toMatch(/<lastmod>2026-\d{2}-\d{2}/);
    expect(xml).toContain("/tools/deadlines</loc>");
  });

  test("robots.txt points to the sitemap and keeps crawlers out of /api", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Disallow: \/api\//);
    expect(text).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });

  test("the feed is well-formed Atom with one entry per guide and one per change on /changes", async ({ request, page }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    await page.goto("/guides");
    const guideCount = await page.locator('main a[href^="/guides/"]').evaluateAll((links) => new Set(links.map((a) => a.getAttribute("href"))).size);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ids = [...doc.getElementsByTagName("entry")].map((entry) => entry.getElementsByTagName("id")[0]?.textContent ?? "");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, ids, root: doc.documentElement.nodeName };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("feed");
    await page.goto("/changes");
    const changeCount = await page.locator("main ol > li[id^='change-']").count();
    expect(parsed.ids.filter((id) => id.includes("/guides/")).length).toBe(guideCount);
    expect(parsed.ids.filter((id) => id.includes("/changes#")).length).toBe(changeCount);
  });

  test("a guide's link preview shows the guide's own card", async ({ page }) => {
    await page.goto("/guides/glossary");
    for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const image = await page.locator(selector).first().getAttribute("content");
      expect(new URL(image!).pathname, selector).toBe("/guides/glossary/opengraph-image");
    }
  });

  test("every social card answers with a 1200×630 image", async ({ page, request }) => {
    const paths = ["/", "/guides/glossary", "/guides/your-rights-eu", "/tools/deadlines"];
    for (const path of paths) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      const response = await request.get(new URL(image!).pathname + new URL(image!).search);
      expect(response.status(), image!).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const bytes = await response.body();
      // PNG IHDR: width and height as big-endian integers at bytes 16 and 20.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});

test.describe("search", () => {
  test("the server renders results without JavaScript, with highlighted words", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search guides and tools" });
    await box.fill("chargebak");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=chargebak/);
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText(/chargeback/i);
    await expect(page.locator("main mark").first()).toBeVisible();
    await context.close();
  });

  for (const [query, expected] of [
    ["refu", /refund/i],
    ["parcel never arrived", /never arrived/i],
    ["section 75", /section 75|UK/i],
  ] as const) {
    test(`"${query}" finds the right guide`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText(expected);
    });
  }

  test("results appear as you type and the keyboard moves through them", async ({ page }) => {
    await page.goto("/guides");
    const box = page.getByRole("combobox", { name: "Search guides and tools" });
    await box.fill("paypal");
    const options = page.getByRole("option");
    await expect(options.first()).toBeVisible();
    await box.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowUp");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await box.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await box.press("ArrowDown");
    const target = await options.first().locator("span").first().textContent();
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(target!.trim());
  });

  test("on a phone the search box and its results fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search guides and tools" });
    await box.fill("customs");
    await expect(page.getByRole("option").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("an empty result says so and offers the problems", async ({ page }) => {
    await page.goto("/search?q=zzqqxx");
    await expect(page.getByRole("heading", { name: /Nothing found/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /My parcel is late/ })).toBeVisible();
  });
});

test.describe("figures from the fact registry", () => {
  test("a figure in a guide links to its source note, and a corrected figure is listed on /changes with the guide it changed", async ({ page }) => {
    await page.goto("/guides/paypal-buyer-protection");
    const figures = page.getByRole("region", { name: "Figures on this page" });
    await expect(figures.getByRole("listitem").first()).toContainText("significantly not as described within 30 days of delivery");
    await page.getByRole("main").getByRole("link", { name: "Source of figure 1", exact: true }).first().click();
    await expect(page).toHaveURL(/#fact-paypal-snad-window$/);
    await expect(figures.getByRole("link", { name: "PayPal US: Dispute filing timeframes" }).first()).toBeVisible();

    await page.goto("/changes");
    const change = page.getByRole("listitem").filter({ hasText: "We corrected our figure" }).filter({ hasText: "significantly not as described" });
    await expect(change.getByRole("deletion")).toHaveText("180 days");
    await expect(change.getByRole("insertion")).toHaveText("30 days");
    await expect(change.getByRole("link", { name: /PayPal Buyer Protection/ })).toHaveAttribute("href", "/guides/paypal-buyer-protection");
  });
});
