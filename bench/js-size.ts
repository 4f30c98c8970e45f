/**
 * npm run bench:js — the JavaScript each page type makes a browser download, gzipped, against the
 * budget in bench/budgets.json. Measured from the served HTML (Next 16 no longer prints first-load
 * JS: stack-notes pitfall 4), skipping the noModule polyfill that modern browsers never fetch.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { PAGE_TYPES, startServer, writeResult } from "./server";

type Budgets = { frameworkFloorKb: number; pages: Record<string, number> };

export async function measureJs(base: string) {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const pages: Record<string, { scripts: number; gzipKb: number; rawKb: number }> = {};
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    const html = await (await fetch(base + path)).text();
    const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? "")
      .filter((attrs) => !/\bnoModule\b/i.test(attrs))
      .map((attrs) => attrs.match(/\bsrc="([^"]+)"/)?.[1])
      .filter((src): src is string => Boolean(src));
    let gzip = 0;
    let raw = 0;
    for (const src of new Set(srcs)) {
      let size = sizes.get(src);
      if (!size) {
        const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
        size = { raw: body.length, gzip: gzipSync(body).length };
        sizes.set(src, size);
      }
      raw += size.raw;
      gzip += size.gzip;
    }
    pages[name] = { scripts: new Set(srcs).size, gzipKb: round(gzip / 1024), rawKb: round(raw / 1024) };
  }
  return pages;
}

const round = (n: number) => Math.round(n * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = JSON.parse(await readFile("bench/budgets.json", "utf8")) as Budgets;
  const server = await startServer(3301);
  try {
    const pages = await measureJs(server.url);
    const rows = Object.entries(pages).map(([name, m]) => {
      const budget = budgets.pages[name];
      return { page: name, ...m, budgetKb: budget ?? null, withinBudget: budget === undefined ? null : m.gzipKb <= budget, aboveFloorKb: round(m.gzipKb - budgets.frameworkFloorKb) };
    });
    console.table(rows);
    console.log(`Written to ${await writeResult("js-size", { frameworkFloorKb: budgets.frameworkFloorKb, pages: rows })}`);
    if (rows.some((r) => r.withinBudget === false)) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}
