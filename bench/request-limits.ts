/**
 * npm run bench:limits — what one oversized request costs, with and without the production
 * server's request limits (server/request-limits.mjs), on an existing build.
 *
 * The request: a GET of about 15.8 kB carrying about 7,900 query parameters (`x&x&x…`), just under
 * Node's 16 kB header limit, the shape issue 16 reported. Next parses such a query in quadratic time.
 *
 * For each server, bounded in count and time, against 127.0.0.1 only:
 *   1. a normal search request alone (20 in a row): the baseline;
 *   2. the oversized request alone (up to 20 in a row, stopping after 20 s);
 *   3. four clients sending oversized requests back to back while a fifth makes 10 normal requests:
 *      how long an ordinary visitor waits while someone is doing this.
 * "bare Next" is `next start` on the same build; "production" is `npm start` (.next/standalone/server.js).
 */
import { request } from "node:http";
import { startServer, writeResult } from "./server";

const NORMAL_PATH = "/search?q=chargeback";
const ATTACK_PARAMETERS = 7_900;
const ATTACK_PATH = `/search?${Array.from({ length: ATTACK_PARAMETERS }, () => "x").join("&")}`;
const ATTACKERS = 4;
const TIME_BOX_MS = 20_000;

interface Timed {
  status: number;
  ms: number;
}

/** One GET over a fresh connection (no keep-alive, so a refused request's Connection: close costs nothing extra). */
function get(base: string, path: string): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { agent: false, headers: { connection: "close" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function inARow(base: string, path: string, count: number, timeBoxMs = TIME_BOX_MS): Promise<Timed[]> {
  const results: Timed[] = [];
  const until = Date.now() + timeBoxMs;
  while (results.length < count && Date.now() < until) results.push(await get(base, path));
  return results;
}

function summary(results: Timed[]) {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN).toFixed(1));
  return { requests: results.length, statuses: [...new Set(results.map((r) => r.status))], medianMs: at(0.5), maxMs: Number((sorted.at(-1) ?? Number.NaN).toFixed(1)) };
}

async function underAttack(base: string) {
  let stop = false;
  const attackers = Array.from({ length: ATTACKERS }, async () => {
    const sent: Timed[] = [];
    const until = Date.now() + TIME_BOX_MS;
    while (!stop && Date.now() < until) sent.push(await get(base, ATTACK_PATH));
    return sent;
  });
  // Give the attackers a moment to have requests in flight.
  await new Promise((r) => setTimeout(r, 100));
  const normal = await inARow(base, NORMAL_PATH, 10);
  stop = true;
  const attacks = (await Promise.all(attackers)).flat();
  return { normal: summary(normal), attack: summary(attacks) };
}

async function measure(label: string, port: number, bareNext: boolean) {
  const server = await startServer(port, { bareNext });
  try {
    await inARow(server.url, NORMAL_PATH, 5); // warm up
    const normal = summary(await inARow(server.url, NORMAL_PATH, 20));
    const attack = summary(await inARow(server.url, ATTACK_PATH, bareNext ? 3 : 20));
    const contended = await underAttack(server.url);
    return { server: label, normalAlone: normal, oversizedAlone: attack, normalDuringAttack: contended.normal, oversizedDuringAttack: contended.attack };
  } finally {
    await server.stop();
  }
}

const rows = [await measure("bare Next (next start)", 3311, true), await measure("production (npm start)", 3312, false)];
console.table(
  rows.map((r) => ({
    server: r.server,
    "normal alone, median ms": r.normalAlone.medianMs,
    "oversized alone, median ms": r.oversizedAlone.medianMs,
    "oversized status": r.oversizedAlone.statuses.join(","),
    "normal during attack, median ms": r.normalDuringAttack.medianMs,
    "normal during attack, max ms": r.normalDuringAttack.maxMs,
  })),
);
console.log(
  `Written to ${await writeResult("request-limits", { request: { path: "/search?x&x&…", bytes: ATTACK_PATH.length, parameters: ATTACK_PARAMETERS }, attackers: ATTACKERS, servers: rows })}`,
);
const production = rows[1];
if (production && (!production.oversizedAlone.statuses.every((s) => s === 414) || production.normalDuringAttack.statuses.some((s) => s !== 200))) process.exitCode = 1;
