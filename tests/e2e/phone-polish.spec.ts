import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * What a worried shopper on a 390 × 844 phone sees: nothing cut off or scrolling sideways, words that
 * do not run into each other, one clear next step, and search that finds the tools.
 */
test.use({ viewport: { width: 390, height: 844 } });

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A date `days` from today (UTC, as the server counts), as YYYY-MM-DD. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const all = await locator.evaluateAll((elements) => elements.map((el) => el.getBoundingClientRect().toJSON() as Box));
  return all.filter((box) => box.width > 0);
}

function overlapping(list: Box[]): [Box, Box][] {
  const pairs: [Box, Box][] = [];
  list.forEach((a, i) => list.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push([a, b])));
  return pairs;
}

test.describe("deadline planner on a phone", () => {
  const ukCard400DaysAgo = `/tools/deadlines?country=GB&payment=credit-card&platform=aliexpress&problem=not-delivered&paid=${fromToday(-400)}`;

  test("the timeline's month labels and dates do not overlap or run off the drawing", async ({ page }) => {
    // Today to a year and a half ahead: more than a year of month ticks (the case that ran together).
    for (const path of [
      `/tools/deadlines?country=GB&payment=paypal&platform=aliexpress&problem=not-delivered&paid=${fromToday(200)}`,
      `/tools/deadlines?country=GB&payment=credit-card&platform=ebay&problem=faulty&paid=${fromToday(-60)}&expected=${fromToday(-45)}&delivered=${fromToday(-50)}`,
      "/tools/deadlines?country=DE&payment=paypal&platform=temu&problem=faulty&paid=2026-09-01&delivered=2026-09-12",
    ]) {
      await page.goto(path);
      const drawing = page.locator("svg[data-timeline]").filter({ visible: true });
      await expect(drawing).toHaveCount(1);
      const frame = (await drawing.boundingBox())!;
      const ticks = await boxes(drawing.locator('[data-label="tick"]'));
      const events = await boxes(drawing.locator('[data-label="event"]'));
      const dots = await boxes(drawing.locator('[data-label="deadline"] circle'));
      expect(ticks.length, path).toBeGreaterThan(0);
      for (const group of [ticks, events, dots]) expect(overlapping(group), path).toEqual([]);
      for (const box of [...ticks, ...events]) {
        expect(box.x, path).toBeGreaterThanOrEqual(frame.x - 1);
        expect(box.x + box.width, path).toBeLessThanOrEqual(frame.x + frame.width + 1);
      }
      expect(await sideways(page)).toBeLessThanOrEqual(0);
    }
  });

  test("when every dated deadline has passed, it leads with what is still open (Section 75)", async ({ page }) => {
    await page.goto(ukCard400DaysAgo);
    await expect(page.getByText("Still open", { exact: true }).first()).toBeVisible();
    // The way forward comes before the picture and before what has passed.
    const button = (await page.getByRole("link", { name: "Write a Section 75 claim" }).first().boundingBox())!;
    const timeline = (await page.locator("figure").first().boundingBox())!;
    expect(button.y).toBeLessThan(timeline.y);
    // Passed deadlines are folded away with what passing means, not "call it well before this date".
    const passed = page.getByRole("region", { name: "Passed" });
    await expect(passed.getByText(/1 deadline has passed/)).toBeVisible();
    await expect(passed.getByText(/can no longer raise a chargeback/)).toBeHidden();
    await passed.getByText(/1 deadline has passed/).click();
    await expect(passed.getByText(/can no longer raise a chargeback/)).toBeVisible();
    await expect(page.getByText(/call it well before this date/)).toHaveCount(0);
    // Nothing ahead to put in a calendar.
    await expect(page.getByRole("link", { name: /to my calendar/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Good to know" })).toBeVisible();
    expect(await page.getByRole("listitem").filter({ hasText: "Section 75 of the Consumer Credit Act" }).count()).toBeGreaterThan(0);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test("a payment date in the future is questioned first, not answered with days left", async ({ page }) => {
    await page.goto(`/tools/deadlines?country=GB&payment=paypal&platform=aliexpress&problem=not-delivered&paid=${fromToday(200)}`);
    const check = page.getByRole("alert").filter({ hasText: "Check the payment date first" });
    await expect(check).toBeVisible();
    await expect(check).toBeInViewport();
    await expect(page.getByText(/days? left/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: /to my calendar/ })).toHaveCount(0);
    // "Paid" is drawn as one of your dates (a square), not as a hollow "passed" circle.
    const drawing = page.locator("svg[data-timeline]").filter({ visible: true });
    await expect(drawing.locator("rect")).toHaveCount(1);
    await check.getByRole("link", { name: "Correct the payment date" }).click();
    await expect(page.getByLabel("When did you pay?")).toBeInViewport();
  });

  test("the calendar file holds only the deadlines still ahead", async ({ page, request }) => {
    await page.goto(`/tools/deadlines?country=GB&payment=credit-card&platform=ebay&problem=faulty&paid=${fromToday(-100)}&delivered=${fromToday(-90)}&expected=${fromToday(-88)}`);
    const link = page.getByRole("link", { name: /Add the (\d+ )?open deadlines? to my calendar/ });
    const ics = await (await request.get((await link.getAttribute("href"))!)).text();
    const events = ics.match(/BEGIN:VEVENT/g) ?? [];
    const open = await page.getByRole("region", { name: "Still open" }).locator("time").count();
    expect(events.length).toBe(open);
    expect(ics).not.toMatch(/SUMMARY:[^\r\n]*right to cancel/);
  });

  test("radio buttons keep their size and line up when a label wraps", async ({ page }) => {
    await page.goto("/tools/deadlines");
    const radios = await boxes(page.getByRole("group", { name: "What went wrong?" }).getByRole("radio"));
    expect(radios.length).toBe(4);
    for (const radio of radios) {
      expect(Math.round(radio.width)).toBe(24);
      expect(Math.round(radio.height)).toBe(24);
      expect(Math.round(radio.x)).toBe(Math.round(radios[0]!.x));
    }
  });
});

test.describe("tool pages fit a 390 px phone without sideways scrolling", () => {
  const paths = [
    "/tools",
    "/tools/deadlines",
    "/tools/deadlines?country=GB&payment=credit-card&platform=ebay&problem=faulty&paid=2026-06-01&expected=2026-06-10&delivered=2026-06-08",
    "/tools/letters",
    "/tools/letters/refund-or-replacement",
    "/tools/letters/section-75-claim",
    "/tools/letters/consumer-body-complaint",
    "/tools/checklists",
    "/tools/checklists/before-a-dispute",
    "/tools/checklists/evidence",
    "/search?q=refund",
    "/plan",
    "/plan?problem=faulty&country=GB&platform=taobao-agent&agentStage=delivered&payment=credit-card&paid=2026-06-01&delivered=2026-06-20&amount=120",
  ];
  for (const path of paths) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("home on a phone and on a desktop", () => {
  test("every card opens its page wherever it is tapped", async ({ page }) => {
    for (const [section, name, url] of [
      ["What went wrong?", "Customs charges or duty", /\/plan\?problem=unexpected-charges$/],
      ["Tools for your case", "Letter builder", /\/tools\/letters$/],
    ] as const) {
      await page.goto("/");
      const card = page.getByRole("region", { name: section }).getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
      await card.scrollIntoViewIfNeeded();
      const box = (await card.boundingBox())!;
      // Bottom-right corner, away from the heading.
      await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
      await expect(page).toHaveURL(url);
    }
  });

  test("on a desktop the problem and tool grids are the same width and use the page", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const main = (await page.locator("main").boundingBox())!;
    const problems = (await page.getByRole("region", { name: "What went wrong?" }).getByRole("list").first().boundingBox())!;
    const tools = (await page.getByRole("region", { name: "Tools for your case" }).getByRole("list").first().boundingBox())!;
    expect(Math.round(problems.width)).toBe(Math.round(tools.width));
    expect(problems.width).toBeGreaterThan(main.width * 0.85);
    // No lone card on a row: the tools fill their rows.
    const tops = await page.getByRole("region", { name: "Tools for your case" }).getByRole("listitem").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    const perRow = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    expect(new Set(perRow).size).toBe(1);
  });
});

test.describe("guides index", () => {
  test("groups guides by what the reader needs, each with the question it answers, with a navigation that stacks on a phone", async ({ page }) => {
    await page.goto("/guides");
    const nav = page.getByRole("navigation", { name: "Topics" });
    const links = nav.getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    const navBox = (await nav.boundingBox())!;
    // Every link is a full-width block: no ragged run of inline links.
    for (const box of await boxes(links)) expect(box.width).toBeGreaterThan(navBox.width * 0.9);
    await expect(page.getByRole("heading", { level: 2, name: "Something went wrong with an order" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Getting your money back" })).toBeVisible();
    await expect(page.getByText("Who do I go to next, and in what order?")).toBeVisible();
    // One review statement for the list, not the same date on every card.
    expect(await page.getByText(/^Reviewed /).count()).toBe(0);
    await expect(page.getByText(/guides were last reviewed/)).toBeVisible();
  });
});

test.describe("checklists", () => {
  test("the title appears once, items read as plain text, and a step a tool does links to it", async ({ page }) => {
    await page.goto("/tools/checklists/before-a-dispute");
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    expect(await page.getByRole("heading", { name: title!, exact: true }).count()).toBe(1);
    const weight = await page.getByText(/^List every deadline that applies/).evaluate((el) => Number(getComputedStyle(el).fontWeight));
    expect(weight).toBeLessThan(600);
    await page.getByRole("link", { name: "List them with the deadline planner" }).click();
    await expect(page).toHaveURL(/\/tools\/deadlines$/);
  });
});

test.describe("search", () => {
  test("a misspelled query says what it searched for", async ({ page }) => {
    await page.goto("/search?q=chargbak");
    await expect(page.getByText("Showing results for chargeback")).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText(/chargeback/i);
  });

  test('"refund letter" finds the letters, and checklists are found too', async ({ page }) => {
    await page.goto("/search?q=refund+letter");
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first.getByText("Letter", { exact: true })).toBeVisible();
    await first.getByRole("link").click();
    await expect(page).toHaveURL(/\/tools\/letters\//);
    await page.goto("/search?q=evidence+checklist");
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveAttribute("href", "/tools/checklists/evidence");
  });

  test("a broad search shows how many results there are and the rest are a link away, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/search?q=refund");
    const heading = await page.getByRole("heading", { level: 2 }).first().textContent();
    const total = Number(/(\d+) results/.exec(heading ?? "")?.[1]);
    expect(total).toBeGreaterThan(20);
    const firstPage = await page.getByRole("main").getByRole("listitem").getByRole("link").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    expect(firstPage).toHaveLength(20);
    await page.getByRole("navigation", { name: "More results" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    const secondPage = await page.getByRole("main").getByRole("listitem").getByRole("link").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    expect(secondPage.length).toBe(Math.min(20, total - 20));
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await context.close();
  });

  test("the header box offers every result and corrects spelling as you type", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search guides and tools" });
    await box.fill("chargbak");
    await expect(page.getByText("Showing results for chargeback", { exact: true })).toBeVisible();
    await box.fill("refund");
    const all = page.getByRole("link", { name: /See all \d+ results/ });
    await expect(all).toHaveAttribute("href", "/search?q=refund");
    await all.click();
    await expect(page).toHaveURL(/\/search\?q=refund/);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test("on a desktop the header box shows its whole placeholder", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const fits = await page.getByRole("combobox", { name: "Search guides and tools" }).evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
  });
});

test.describe("guide tables on a phone", () => {
  test("a wide table scrolls in its own box, says so, and can be scrolled from the keyboard", async ({ page }) => {
    await page.goto("/guides/customs-charges-and-disputes");
    const tables = page.getByRole("region", { name: /^Table/ });
    const wide = await tables.evaluateAll((els) => els.map((el) => el.scrollWidth > el.clientWidth));
    expect(wide).toContain(true);
    expect(wide).toContain(false);
    const region = tables.nth(wide.indexOf(true));
    await region.scrollIntoViewIfNeeded();
    await expect(region.getByText("Scroll sideways to see the whole table")).toBeVisible();
    // A table that fits says nothing.
    await expect(tables.nth(wide.indexOf(false)).getByText("Scroll sideways to see the whole table")).toBeHidden();
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});
