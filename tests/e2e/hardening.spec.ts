import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Hostile and random input against every route that reads a query or a body: never a 500, always a
 * clear 4xx or a valid page. fast-check drives the inputs; each property runs 1,000 cases.
 */
const RUNS = 1000;

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", "..", "../../etc/passwd", "%2e%2e%2f", "<script>alert(1)</script>", "'; DROP TABLE x;--", "\u0000", "NaN", "Infinity", "-1", "1e309", "0x10", "2026-02-30", "9999-99-99", "clothing,1e9,1", ",,", "{}", "[]", "🙂"),
  fc.integer().map(String),
  fc.double().map(String),
);
const queryString = fc
  .array(fc.tuple(fc.constantFrom("q", "limit", "destination", "region", "date", "item", "shipping", "insurance", "sellerCollectsTax", "channel", "country", "payment", "platform", "paid", "problem", "expected", "delivered", "disputeOpened", "statementDate", "name", "orderNumber", "amount", "currency", "replyDays", "category", "price", "quantity", "remove", "x"), junk), { maxLength: 8 })
  .map((pairs) => new URLSearchParams(pairs).toString());

async function neverFails(request: APIRequestContext, path: string, allowed: number[]) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(allowed, `${path} answered ${response.status()}`).toContain(response.status());
  return response;
}

test.describe.configure({ mode: "parallel" });
test.setTimeout(240_000);

for (const [route, allowed] of [
  ["/api/search", [200]],
  ["/search", [200]],
  ["/api/landed-cost", [200, 400]],
  ["/tools/import-tax-calculator", [200, 307]],
  ["/tools/deadlines", [200]],
  ["/tools/deadlines/calendar.ics", [200, 400]],
  ["/tools/letters/refund-or-replacement", [200]],
] as const) {
  test(`GET ${route} survives ${RUNS} random queries`, async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        await neverFails(request, `${route}?${query}`, [...allowed]);
      }),
      { numRuns: RUNS },
    );
  });
}

test(`POST /api/landed-cost survives ${RUNS} random bodies`, async ({ request }) => {
  const body = fc.oneof(
    fc.json(),
    fc.string(),
    fc.record(
      {
        destination: fc.oneof(fc.constantFrom("DE", "GB", "US", "CA", "AU", "SG", "JP", "xx"), junk),
        region: fc.oneof(fc.constant(null), fc.constantFrom("AB", "ON", "QC"), junk),
        date: fc.oneof(fc.constantFrom("2026-08-15", "2025-01-01", "2030-01-01"), junk),
        items: fc.array(fc.record({ category: fc.oneof(fc.constantFrom("clothing", "phones", "books"), junk), price: fc.oneof(fc.double(), fc.integer(), junk), quantity: fc.oneof(fc.integer(), fc.double(), junk) }, { requiredKeys: [] }), { maxLength: 60 }),
        shipping: fc.oneof(fc.double(), junk),
        insurance: fc.oneof(fc.double(), junk),
        sellerCollectsTax: fc.oneof(fc.boolean(), fc.constant(null), junk),
        channel: fc.oneof(fc.constantFrom("post", "courier"), junk),
      },
      { requiredKeys: [] },
    ).map((o) => JSON.stringify(o)),
  );
  await fc.assert(
    fc.asyncProperty(body, async (data) => {
      const response = await request.post("/api/landed-cost", { data, headers: { "content-type": "application/json" } });
      expect([200, 400]).toContain(response.status());
      const json = await response.json();
      if (response.status() === 200) expect(JSON.stringify(json)).not.toMatch(/NaN|null,"total"|"total":null/);
      else expect(Array.isArray(json.errors)).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("slugs with traversal and encoding tricks give 404", async ({ request }) => {
  // A bare ".." or "%2e%2e" segment is a dot-segment under the URL standard and is resolved before
  // routing (to the parent page), so the cases here are the ones that reach the slug.
  for (const slug of [ "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fpackage.json", "glossary%00", "GLOSSARY", "glossary.mdx", "%252e%252e", "con", "a".repeat(300)]) {
    for (const base of ["/guides/", "/topics/", "/tools/checklists/", "/tools/letters/"]) {
      const response = await request.get(`${base}${slug}`, { maxRedirects: 0 });
      expect([400, 404], `${base}${slug}`).toContain(response.status());
    }
  }
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/guides/glossary", "/tools/deadlines", "/api/search?q=refund", "/no-such-page", "/feed.xml"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("prerendered pages can be cached by a CDN and hashed assets are immutable", async ({ request, page }) => {
  const guide = await request.get("/guides/glossary");
  expect(guide.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(guide.headers()["cache-control"]).toMatch(/stale-while-revalidate/);
  await page.goto("/guides/glossary");
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toContain("immutable");
});

test("pages make no request to any other origin", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") foreign.push(req.url());
  });
  for (const path of ["/", "/guides/delayed-or-missing-parcels", "/tools/import-tax-calculator?destination=DE&item=clothing,40,1", "/tools/deadlines", "/tools/letters/refund-or-replacement"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
  }
  expect(foreign).toEqual([]);
});

test.describe("the production server's request limits", () => {
  const securityHeaderNames = ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "x-frame-options", "cross-origin-opener-policy", "permissions-policy"];

  /** The refused answer carries exactly the headers a normal page does. */
  async function expectSiteHeaders(request: APIRequestContext, headers: Record<string, string>) {
    const page = (await request.get("/")).headers();
    for (const name of securityHeaderNames) expect(headers[name], name).toBe(page[name]);
  }

  test("a query with more than 200 parameters, or over 8 kB, is refused with 414 before the site parses it", async ({ request }) => {
    const many = Array.from({ length: 201 }, (_, i) => `p${i}=1`).join("&");
    for (const path of [`/search?${many}`, `/tools/deadlines?${"x&".repeat(3000)}`, `/search?q=${"a".repeat(8200)}`]) {
      const response = await request.get(path);
      expect(response.status(), path.slice(0, 40)).toBe(414);
      expect(response.headers()["cache-control"]).toBe("no-store");
      await expectSiteHeaders(request, response.headers());
    }
    const fine = Array.from({ length: 199 }, (_, i) => `p${i}=1`).join("&");
    expect((await request.get(`/search?q=refund&${fine}`)).status()).toBe(200);
  });

  test("headers over 16 kB are refused with 431 and the site's headers", async ({ request }) => {
    const response = await request.get("/", { headers: { "x-filler": "a".repeat(17_000) } });
    expect(response.status()).toBe(431);
    await expectSiteHeaders(request, response.headers());
  });

  test("TRACE and other methods the site doesn't use get 405; OPTIONS says what is allowed", async ({ request }) => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      for (const path of ["/", "/api/search?q=refund", "/guides/glossary"]) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers().allow).toBe("GET, HEAD, POST, OPTIONS");
        await expectSiteHeaders(request, response.headers());
      }
    }
    const options = await request.fetch("/", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers().allow).toBe("GET, HEAD, POST, OPTIONS");
  });

  test("a broken percent sign gets a 400 page with the site's header, footer and ways on", async ({ page, request }) => {
    for (const path of ["/guides/%zz", "/tools/checklists/%C0%AF"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(400);
      await expectSiteHeaders(request, response?.headers() ?? {});
      await expect(page.getByRole("heading", { level: 1, name: "This address can't be read" })).toBeVisible();
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "Home page" })).toBeVisible();
    }
    await page.getByRole("main").getByRole("link", { name: "All guides, by topic" }).click();
    await expect(page).toHaveURL(/\/guides$/);
  });
});

test("security.txt says how to report a vulnerability, and the About page shows where to report a mistake", async ({ request, page }) => {
  const txt = await request.get("/.well-known/security.txt");
  expect(txt.status()).toBe(200);
  expect(txt.headers()["content-type"]).toContain("text/plain");
  const body = await txt.text();
  expect(body).toMatch(/^Contact: mailto:security@\S+$/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(body)?.[1] ?? "");
  expect(expires.getTime()).toBeGreaterThan(Date.now());

  const icon = await request.get("/apple-touch-icon.png");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/png");
  expect(icon.headers()["cache-control"]).toContain("max-age=86400");

  expect((await request.get("/favicon.ico")).headers()["content-type"]).toMatch(/icon/);

  await page.goto("/about");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  // Naming the touch icon must not push out the site's own icon.
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icon.svg");
  const corrections = page.getByRole("main").getByRole("link", { name: /^corrections@/ });
  await expect(corrections).toHaveAttribute("href", /^mailto:corrections@/);
  await expect(page.getByRole("main").getByRole("link", { name: /^security@/ })).toBeVisible();
});
