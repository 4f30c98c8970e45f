import { expect, test, type Page } from "@playwright/test";

const SHARED = "/tools/import-tax-calculator?destination=GB&date=2026-10-01&item=clothing,120,1&shipping=10&insurance=0&sellerCollectsTax=true&channel=post";

/** The figure beside "Total cost at your door" in the estimate's summary. */
async function total(page: Page) {
  return page.locator("dt", { hasText: "Total cost at your door" }).first().locator("xpath=following-sibling::dd[1]");
}

test.describe("with JavaScript", () => {
  test("filling in the form shows the estimate as you type", async ({ page }) => {
    await page.goto("/tools/import-tax-calculator");
    await page.getByLabel("Where is it being delivered?").selectOption("DE");
    await page.getByLabel("Date it arrives in the country").fill("2026-08-15");
    await page.getByLabel("Price (EUR)").fill("40");
    await page.getByLabel("Shipping (EUR)").fill("5");
    await page.getByRole("radio", { name: "Yes" }).check();
    await expect(page.getByRole("heading", { name: "Your estimate" })).toBeVisible();
    await expect(await total(page)).toHaveText("€56.55");
    await expect(page.getByRole("rowheader", { name: /Customs duty/ })).toBeVisible();
    // The address follows the form, so the result can be shared.
    await expect(page).toHaveURL(/destination=DE/);
    await expect(page).toHaveURL(/item=clothing%2C40%2C1/);
  });

  test("items can be added and removed", async ({ page }) => {
    await page.goto(SHARED);
    await page.getByRole("button", { name: "Add another item" }).click();
    await page.getByLabel("Item 2: type").selectOption("toys");
    await page.getByLabel("Price (GBP)").nth(1).fill("20");
    await expect(page).toHaveURL(/item=toys%2C20%2C1/);
    await page.getByRole("button", { name: "Remove item 2" }).click();
    await expect(page.getByLabel("Item 2: type")).toHaveCount(0);
    await expect(await total(page)).toHaveText("£156.00");
  });

  test("a bad price is explained next to the field", async ({ page }) => {
    await page.goto("/tools/import-tax-calculator");
    await page.getByLabel("Price (GBP)").fill("-5");
    await expect(page.getByText(/Error:/).first()).toBeVisible();
  });

  test("the shared link reproduces the result", async ({ page }) => {
    await page.goto(SHARED);
    await expect(await total(page)).toHaveText("£156.00");
    await expect(page.getByRole("rowheader", { name: /VAT/ })).toBeVisible();
  });

  test("the calculator fits a 360 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(SHARED);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form submits and the server shows the same result", async ({ page }) => {
    await page.goto("/tools/import-tax-calculator");
    await page.getByLabel("Where is it being delivered?").selectOption("AU");
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByLabel("Price (AUD)").first().fill("1050");
    await page.getByLabel("Shipping (AUD)").fill("50");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("radio", { name: /Post/ }).check();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page).toHaveURL(/item=clothing%2C1050%2C1/);
    const duty = page.getByRole("row", { name: /Customs duty/ });
    await expect(duty).toContainText("A$52.50");
    await expect(page.getByRole("row", { name: /GST/ })).toContainText("A$115.25");
  });

  test("the shared link works without JavaScript", async ({ page }) => {
    await page.goto(SHARED);
    await expect(await total(page)).toHaveText("£156.00");
  });
});

test.describe("API", () => {
  test("POST answers the documented example", async ({ request }) => {
    const response = await request.post("/api/landed-cost", {
      data: { destination: "DE", region: null, date: "2026-08-15", items: [{ category: "clothing", price: 40, quantity: 1 }], shipping: 5, insurance: 0, sellerCollectsTax: true, channel: "post" },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ currency: "EUR", duty: 3, tax: 8.55, total: 56.55, payAtCheckout: 56.55, payOnDelivery: 0 });
    for (const key of ["goods", "shipping", "insurance", "taxName", "taxRate", "fees", "lines", "explanation", "warnings", "sources", "confidence", "rulesVerified"]) {
      expect(body, key).toHaveProperty(key);
    }
  });

  test("GET takes the page's query", async ({ request }) => {
    const response = await request.get(`/api/landed-cost?${SHARED.split("?")[1]}`);
    expect(await response.json()).toMatchObject({ currency: "GBP", duty: 0, tax: 26, total: 156 });
  });

  test("invalid input gets 400 with the field named", async ({ request }) => {
    const response = await request.post("/api/landed-cost", { data: { destination: "DE", items: [{ category: "clothing", price: -1, quantity: 1 }] } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.errors.some((e: { path: string }) => e.path === "items.0.price")).toBe(true);
  });

  test("malformed JSON and oversized bodies are refused", async ({ request }) => {
    const bad = await request.post("/api/landed-cost", { data: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status()).toBe(400);
    const huge = await request.post("/api/landed-cost", { data: JSON.stringify({ pad: "x".repeat(100_000) }), headers: { "content-type": "application/json" } });
    expect(huge.status()).toBe(413);
  });

  test("priceCurrency is converted and exchangeRate says which rate, its date and its source", async ({ request }) => {
    const post = await request.post("/api/landed-cost", {
      data: { destination: "DE", date: "2025-05-10", items: [{ category: "clothing", price: 400, quantity: 1 }], shipping: 40, sellerCollectsTax: true, priceCurrency: "CNY" },
    });
    expect(post.status()).toBe(200);
    const body = await post.json();
    expect(body).toMatchObject({ currency: "EUR", priceCurrency: "CNY", goods: 48.08, shipping: 4.81, totalIsMinimum: false });
    expect(body.exchangeRate).toMatchObject({ from: "CNY", to: "EUR", rate: "0.120194", date: "2025-04-23", basis: "customs", source: { url: expect.stringMatching(/ecb\.europa\.eu/) } });
    const get = await request.get("/api/landed-cost?destination=DE&date=2025-05-10&item=clothing,400,1&shipping=40&sellerCollectsTax=true&priceCurrency=CNY");
    expect(await get.json()).toMatchObject({ goods: 48.08, exchangeRate: { rate: "0.120194" } });
    const bad = await request.get("/api/landed-cost?destination=DE&item=clothing,40,1&priceCurrency=XYZ");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ path: "priceCurrency" });
  });

  test("a total that leaves out a charge says it is a minimum", async ({ request }) => {
    const response = await request.get("/api/landed-cost?destination=US&date=2026-10-01&item=footwear,120,1&sellerCollectsTax=false");
    expect(await response.json()).toMatchObject({ total: 120, totalIsMinimum: true, totalRange: { min: 120, max: 177.6 } });
  });

  test("limits answer plainly: too many items, a long error list, a year-9999 date", async ({ request }) => {
    const many = await request.post("/api/landed-cost", { data: { destination: "DE", items: Array.from({ length: 300 }, () => ({ category: "x", price: -1 })) } });
    expect(many.status()).toBe(400);
    expect((await many.json()).errors).toEqual([{ path: "items", message: expect.stringMatching(/at most 50 items/) }]);
    const bad = await request.post("/api/landed-cost", { data: { destination: "DE", items: Array.from({ length: 50 }, () => ({ category: "x", price: "y", quantity: 0 })) } });
    expect((await bad.json()).errors).toHaveLength(20);
    const future = await request.get("/api/landed-cost?destination=GB&date=9999-12-31&item=toys,5");
    expect(future.status()).toBe(400);
    expect((await future.json()).errors[0].message).toMatch(/^We can only estimate for dates from 1 January 2025/);
    const page = await request.get("/tools/import-tax-calculator?destination=GB&date=9999-12-31&item=toys,5");
    expect(page.status()).toBe(200);
  });
});

