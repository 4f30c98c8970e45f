/**
 * npm run bench:search — the size of the search index the build writes, and how long queries take
 * against it (median and p99 over many runs of realistic queries, in-process, no HTTP).
 */
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { parseSearchIndex, search } from "../lib/search";
import { writeResult } from "./server";

const FILE = ".content/search-index.json";
const QUERIES = ["chargeback", "chargebak", "refu", "parcel never arrived", "customs charges", "paypal 180 days", "section 75", "fake trainers", "ioss", "agent warehouse lost my parcel"];
const ROUNDS = 200;

const text = await readFile(FILE, "utf8").catch(() => {
  throw new Error(`${FILE} is missing: run npm run build (or npm run content:build) first.`);
});
const index = parseSearchIndex(JSON.parse(text));
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const query of QUERIES) {
    const start = performance.now();
    search(index, query);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const pick = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3));
const result = {
  indexBytes: (await stat(FILE)).size,
  indexGzipBytes: gzipSync(text).length,
  queries: times.length,
  medianMs: pick(0.5),
  p99Ms: pick(0.99),
  maxMs: pick(1),
};
console.log(result);
console.log(`Written to ${await writeResult("search", result)}`);
