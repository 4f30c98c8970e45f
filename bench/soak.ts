/**
 * npm run bench:soak — five minutes of mixed traffic (pages, search, the calculator API, the
 * calendar file) against the production server, sampling the server's resident memory every 10 s. Passes with
 * zero errors and memory that levels off (last minute within 15 % of the second minute).
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { startServer, writeResult } from "./server";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const PATHS = [
  "/",
  "/guides",
  "/guides/delayed-or-missing-parcels",
  "/guides/customs-charges-and-disputes",
  "/search?q=parcel+never+arrived",
  "/api/search?q=chargebak",
  "/tools/import-tax-calculator?destination=GB&date=2026-10-01&item=clothing,120,1&shipping=10&insurance=0&sellerCollectsTax=true&channel=post",
  "/api/landed-cost?destination=DE&date=2026-08-15&item=clothing,40,1&shipping=5&insurance=0&sellerCollectsTax=true&channel=post",
  "/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress",
  "/tools/deadlines/calendar.ics?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress",
  "/no-such-page",
];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
}

const server = await startServer(3305);
const pid = server.child.pid!;
const samples: { second: number; rssMb: number }[] = [{ second: 0, rssMb: rssMb(pid) }];
const started = Date.now();
const sampler = setInterval(() => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid) }), 10_000);
let result: autocannon.Result;
try {
  result = await new Promise((resolve, reject) =>
    autocannon(
      { url: server.url, connections: 20, duration: SECONDS, requests: PATHS.map((path) => ({ method: "GET", path })) },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
} finally {
  clearInterval(sampler);
  await server.stop();
}
const secondMinute = samples.filter((s) => s.second >= 60 && s.second < 120).map((s) => s.rssMb);
const lastMinute = samples.filter((s) => s.second >= SECONDS - 60).map((s) => s.rssMb);
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const growth = avg(secondMinute) ? (avg(lastMinute) - avg(secondMinute)) / avg(secondMinute) : 0;
// 404 for /no-such-page is expected; any other non-2xx counts.
const summary = {
  seconds: SECONDS,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  p99Ms: result.latency.p99,
  errors: result.errors + result.timeouts,
  statusCodes: { "2xx": result["2xx"], "3xx": result["3xx"], "4xx": result["4xx"], "5xx": result["5xx"] },
  rssStartMb: samples[0]?.rssMb,
  rssPeakMb: Math.max(...samples.map((s) => s.rssMb)),
  rssEndMb: samples.at(-1)?.rssMb,
  memoryGrowthAfterWarmup: Number(growth.toFixed(3)),
  memoryStable: growth < 0.15,
};
console.log(summary);
console.log(`Written to ${await writeResult("soak", { ...summary, samples })}`);
if (summary.errors > 0 || result["5xx"] > 0 || !summary.memoryStable) process.exitCode = 1;
