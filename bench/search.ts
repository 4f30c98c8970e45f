/**
 * npm run bench:search — the size of the search index the build writes, and how long queries take
 * against it (median and p99 over many runs of realistic queries, in-process, no HTTP). A query here
 * is what /search asks for: a page of 20 results with snippets, the total and any spelling correction.
 */
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { buildSearchIndex, parseSearchIndex, searchPage } from "../lib/search";
import { BENCH_QUERIES, syntheticCorpus } from "../lib/search/__fixtures__/synthetic";
import { writeResult } from "./server";

const FILE = ".content/search-index.json";
const QUERIES = [
  "chargeback",
  "chargebak",
  "refu",
  "parcel never arrived",
  "customs charges",
  "paypal 180 days",
  "section 75",
  "fake trainers",
  "ioss",
  "agent warehouse lost my parcel",
  "refund letter",
  "evidence checklist",
];
const ROUNDS = 200;

const text = await readFile(FILE, "utf8").catch(() => {
  throw new Error(`${FILE} is missing: run npm run build (or npm run content:build) first.`);
});
function time(index: ReturnType<typeof parseSearchIndex>, queries: readonly string[]) {
  // One results page as /search asks for it: 20 results with snippets, the total and any correction.
  const run = (query: string) => searchPage(index, query, { limit: 20 });
  for (let i = 0; i < 20; i++) for (const query of queries) run(query); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3));
  return { queries: times.length, medianMs: pick(0.5), p99Ms: pick(0.99), maxMs: pick(1) };
}

// The site's own index, and a synthetic one the size of a grown site (25 guides of ~1,500 words),
// which must stay well under 5 ms a query: the header box searches on (debounced) keystrokes.
const result = {
  indexBytes: (await stat(FILE)).size,
  indexGzipBytes: gzipSync(text).length,
  ...time(parseSearchIndex(JSON.parse(text)), QUERIES),
  synthetic25x1500: time(parseSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(syntheticCorpus(25, 1500))))), BENCH_QUERIES),
};
console.log(result);
console.log(`Written to ${await writeResult("search", result)}`);
