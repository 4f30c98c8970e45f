/**
 * npm run bench:lighthouse — Lighthouse 12.2.3, mobile preset (its default: a mid-range phone on
 * slow 4G), on home, a guide, the calculator and the deadline planner. Also counts requests to any
 * origin other than the site's own, which must be zero.
 *
 * In the same run it builds and scores bench/bare-app, a bare Next.js page with the site's own
 * response headers, as the framework's ceiling on this machine (like bench:load's bare Node
 * server), and the same page without Cross-Origin-Opener-Policy, to show what that header costs
 * in the lab.
 */
import { spawnSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../tests/browser";
import { PAGE_TYPES, startServer, writeResult } from "./server";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
const PAGES = ["home", "guide", "calculator", "deadlines"] as const;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const BARE_APP = "bench/bare-app";
const BARE_VARIANTS = [
  { page: "bare Next page, same headers", env: { BARE_COOP: "on" } },
  { page: "bare Next page, no COOP", env: { BARE_COOP: "off" } },
] as const;

for (const { env } of BARE_VARIANTS) {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", BARE_APP], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build ${BARE_APP} failed`);
}

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(() => ""),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function score(name: string, url: string) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const origin = new URL(url).origin;
    const requests = (audits["network-requests"]?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
    runs.push({
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      "best-practices": Math.round((categories["best-practices"]?.score ?? 0) * 100),
      seo: Math.round((categories.seo?.score ?? 0) * 100),
      fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
      thirdPartyRequests: requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith("data:")).length,
      failing: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id),
    });
  }
  // The median run by performance score, as Lighthouse's own docs recommend for noisy machines.
  const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
  return { page: name, url: new URL(url).pathname + new URL(url).search, runs: runs.map((r) => r.performance), ...median };
}

const rows = [];
const baselines = [];
try {
  for (const [index, { page, env }] of BARE_VARIANTS.entries()) {
    const bare = await startServer(3310 + index, { dir: BARE_APP, env });
    try {
      baselines.push(await score(page, `${bare.url}/`));
    } finally {
      await bare.stop();
    }
  }
  const server = await startServer(3302);
  try {
    for (const name of PAGES) rows.push(await score(name, server.url + PAGE_TYPES[name]));
  } finally {
    await server.stop();
  }
} finally {
  await chrome.kill();
}
console.table([...baselines, ...rows].map(({ failing: _f, ...row }) => row));
for (const row of rows) if (row.failing.length) console.log(`${row.page}: audits not passing: ${row.failing.join(", ")}`);
const misses = rows.flatMap((row) =>
  Object.entries(TARGETS).filter(([key, min]) => (row[key as keyof typeof TARGETS] as number) < min).map(([key, min]) => `${row.page} ${key} ${row[key as keyof typeof TARGETS]} < ${min}`),
);
console.log(misses.length ? `Below target: ${misses.join("; ")}` : "All pages meet the targets.");
console.log(`Written to ${await writeResult("lighthouse", { targets: TARGETS, runsPerPage: RUNS, frameworkCeiling: baselines, pages: rows })}`);
