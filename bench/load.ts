/**
 * npm run bench:load — autocannon against the production server (50 connections, 20 s) on home and a guide,
 * then the same HTML from memory through a bare Node HTTP server as the ceiling the machine allows.
 */
import { createServer } from "node:http";
import autocannon from "autocannon";
import { PAGE_TYPES, startServer, writeResult } from "./server";

const CONNECTIONS = 50;
const DURATION = Number(process.env.LOAD_SECONDS ?? 20);

function fire(url: string) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const summarise = (r: autocannon.Result) => ({
  requestsPerSecond: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
  totalRequests: r.requests.total,
});

const server = await startServer(3303);
const rows = [];
try {
  for (const name of ["home", "guide"] as const) {
    const path = PAGE_TYPES[name];
    const html = await (await fetch(server.url + path)).text();
    const next = summarise(await fire(server.url + path));
    const bare = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    });
    await new Promise<void>((r) => bare.listen(3304, "127.0.0.1", r));
    const ceiling = summarise(await fire(`http://127.0.0.1:3304${path}`));
    await new Promise<void>((r) => bare.close(() => r()));
    rows.push({ page: name, bytes: Buffer.byteLength(html), next, bareNode: ceiling, ratio: Number((next.requestsPerSecond / ceiling.requestsPerSecond).toFixed(3)) });
  }
} finally {
  await server.stop();
}
console.table(rows.map((r) => ({ page: r.page, "next rps": r.next.requestsPerSecond, "next p99 ms": r.next.p99Ms, errors: r.next.errors + r.next.non2xx, "bare rps": r.bareNode.requestsPerSecond, "bare p99 ms": r.bareNode.p99Ms, ratio: r.ratio })));
console.log(`Written to ${await writeResult("load", { connections: CONNECTIONS, durationSeconds: DURATION, pages: rows })}`);
if (rows.some((r) => r.next.errors + r.next.non2xx > 0)) process.exitCode = 1;
