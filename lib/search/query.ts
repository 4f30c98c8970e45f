import { allowedEdits, boundedDistance } from "./fuzzy";
import { newGroup, readGroup, type SearchDocument, type SearchIndex } from "./schema";
import { type HighlightPart, highlight, snippet } from "./snippet";
import { STOP_WORDS, stemOf, tokenize } from "./tokenize";

/**
 * Query-time half of the search: expand each typed word into index terms (exact, prefix, typo),
 * score documents with field-weighted BM25, rank, then cut snippets for the few results shown.
 */

export type SearchResult = {
  id: string;
  /** The page, plus "#<section id>" when the best match is in a section other than the intro. */
  url: string;
  kind: SearchDocument["kind"];
  title: string;
  description: string;
  /**
   * Relevance, higher is better. Results are ordered first by how many of the query's words they
   * hold as typed (not only as a prefix or typo), then by this score, so a lower score can follow a
   * higher one across that boundary.
   */
  score: number;
  section: { id: string; heading: string } | null;
  titleParts: HighlightPart[];
  snippet: HighlightPart[];
};

export type SearchOptions = { limit?: number };

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
export const MAX_QUERY_LENGTH = 200;
/** Pasted paragraphs are cut to their first words; each word costs a vocabulary scan for typos. */
export const MAX_QUERY_TERMS = 12;

/**
 * BM25 per field, weighted and summed. A word in the title says far more about a page than one in its
 * body; tags and description are hand-written summaries, so they sit between headings and body.
 * Summing per-field scores (rather than BM25F's single saturation curve over all fields) is on
 * purpose: with one curve, a page that repeats "parcel" thirty times in its body saturates to the
 * same score as a page titled "Missing parcels", and titles stop ranking above body text.
 * https://en.wikipedia.org/wiki/Okapi_BM25
 */
const TITLE_WEIGHT = 6;
const HEADING_WEIGHT = 3;
const META_WEIGHT = 2; // tags and description
const BODY_WEIGHT = 1;
/** Length normalisation per field (same order). Titles and summaries are all short, bodies vary a lot. */
const FIELD_B: readonly number[] = [0.5, 0.5, 0.5, 0.75];
const K1 = 1.2;

/** One field's share of BM25: weight · tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / average)). */
function fieldScore(weight: number, count: number, norm: number | undefined): number {
  return count === 0 ? 0 : (weight * count * (K1 + 1)) / (count + (norm ?? K1));
}

/** Expansions score below the word that was typed, so an exact match always wins a tie. */
const PREFIX_WEIGHT = 0.8;
/** A typed word that is an index stem plus the start of an ending ("shippi" → "ship"+"ping"). */
const TAIL_WEIGHT = 0.9;
/** By edit distance: 1 typo, 2 typos. */
const FUZZY_WEIGHT: readonly number[] = [1, 0.55, 0.35];
/** "r" or "co" would otherwise expand to hundreds of terms; the shortest completions are kept. */
const MAX_EXPANSIONS = 50;
/** A single typed letter says too little to expand on; it only matches itself ("7", "b"). */
const MIN_PREFIX = 2;

const HAS_DIGIT = /\p{N}/u;

/** Query words (as stems) that name a kind of page: "refund letter" wants letters first. */
const KIND_WORDS: Readonly<Record<string, readonly SearchDocument["kind"][]>> = {
  letter: ["letter"],
  templat: ["letter"],
  checklist: ["checklist"],
  tool: ["tool"],
  calculator: ["tool"],
  planner: ["tool"],
};
/** Endings stem() removes, for recognising a half-typed inflection after a stem. */
const ENDINGS = ["s", "es", "ed", "ing", "ings", "ly", "e", "ies", "ied"];

const CONTROL = /\p{Cc}+/gu;
const INVISIBLE = /[\p{Cf}\p{Cs}]+/gu;

/**
 * Makes any input safe to search and to echo back: non-strings become "", control characters become
 * spaces, invisible formatting characters (zero-width, bidi overrides) and broken surrogate halves are
 * removed, runs of whitespace collapse, and the result is trimmed and capped at 200 characters.
 */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  let q = raw.replace(CONTROL, " ").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    // Do not leave half of a surrogate pair (an emoji, say) at the cut.
    const lastCode = q.charCodeAt(q.length - 1);
    if (lastCode >= 0xd800 && lastCode <= 0xdbff) q = q.slice(0, -1);
    q = q.trimEnd();
  }
  return q;
}

/** What a query needs that the JSON does not store; derived once per parsed index. */
type Runtime = {
  termIds: Map<string, number>;
  /** Term ids by term length, so typo matching only compares words of a possible length. */
  byLength: Map<number, number[]>;
  idf: Float64Array;
  /** Per document and field: k1 · (1 − b + b · length / average length), BM25's denominator term. */
  norms: Float64Array;
  /** Lower-cased titles, for the tie-break. */
  titleKeys: string[];
};

const RUNTIMES = new WeakMap<SearchIndex, Runtime>();

/** The BM25 idf, in the form that stays positive: even a word on every page counts for something. */
function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

function runtimeFor(index: SearchIndex): Runtime {
  const cached = RUNTIMES.get(index);
  if (cached) return cached;
  const documents = index.docs.length;
  const termIds = new Map<string, number>();
  const byLength = new Map<number, number[]>();
  const idf = new Float64Array(index.terms.length);
  const group = newGroup();
  index.terms.forEach((term, id) => {
    termIds.set(term, id);
    const sameLength = byLength.get(term.length);
    if (sameLength) sameLength.push(id);
    else byLength.set(term.length, [id]);
    const list = index.postings[id] ?? [];
    let df = 0;
    for (let at = 0; at < list.length; at = readGroup(list, at, group).next) df++;
    idf[id] = bm25Idf(documents, df);
  });
  const totals = [0, 0, 0, 0];
  for (const row of index.lengths) row.forEach((length, f) => (totals[f] = (totals[f] ?? 0) + length));
  const norms = new Float64Array(documents * 4);
  index.lengths.forEach((row, d) => {
    row.forEach((length, f) => {
      const average = (totals[f] ?? 0) / documents || 1; // a field nobody uses (no headings anywhere)
      const b = FIELD_B[f] ?? 0.75;
      norms[d * 4 + f] = K1 * (1 - b + (b * length) / average);
    });
  });
  const runtime: Runtime = { termIds, byLength, idf, norms, titleKeys: index.docs.map((doc) => doc[3].toLowerCase()) };
  RUNTIMES.set(index, runtime);
  return runtime;
}

type QueryTerm = { folded: string; stem: string; last: boolean; start: number; end: number };

/** Meaningful words of the query, stemmed, without repeats. The final word may still be being typed. */
function queryTerms(query: string): QueryTerm[] {
  const tokens = tokenize(query);
  const finalToken = tokens.at(-1);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (STOP_WORDS.has(token.folded)) continue;
    const stem = stemOf(token.folded);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ folded: token.folded, stem, last: token === finalToken, start: token.start, end: token.end });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** First index in the sorted vocabulary whose term is ≥ `prefix`. */
function lowerBound(terms: string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? "") < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `rest` could be the beginning of an ending stem() strips from `stem` ("pi" after "ship"). */
function startsAnEnding(stem: string, rest: string): boolean {
  const doubled = stem.at(-1) ?? "";
  return ENDINGS.some((ending) => ending.startsWith(rest) || `${doubled}${ending}`.startsWith(rest));
}

/**
 * The index terms one query word stands for, each with a weight ≤ 1 (1 = the word itself), and,
 * when the word is in no page and begins no word either, the term it was most likely meant to be.
 */
function expand(index: SearchIndex, runtime: Runtime, word: QueryTerm): { found: Map<number, number>; meant: number | null } {
  const found = new Map<number, number>();
  let meant: number | null = null;
  const put = (id: number, weight: number) => {
    if (weight > (found.get(id) ?? 0)) found.set(id, weight);
  };
  const exact = runtime.termIds.get(word.stem);
  if (exact !== undefined) put(exact, 1);

  if ((word.last || word.folded.length >= 3) && word.stem.length >= MIN_PREFIX) {
    const candidates: number[] = [];
    for (let id = lowerBound(index.terms, word.stem); id < index.terms.length; id++) {
      if (!index.terms[id]?.startsWith(word.stem)) break;
      if (id !== exact) candidates.push(id);
    }
    if (candidates.length > MAX_EXPANSIONS) {
      candidates.sort((a, b) => (index.terms[a]?.length ?? 0) - (index.terms[b]?.length ?? 0) || a - b);
      candidates.length = MAX_EXPANSIONS;
    }
    for (const id of candidates) {
      // "refu" is closer to "refund" than to "refurbish": longer completions score less.
      put(id, PREFIX_WEIGHT * (0.5 + (0.5 * word.stem.length) / (index.terms[id]?.length ?? Infinity)));
    }
    // Stems are not always prefixes of their words: "shippi" is "ship" + the start of "-ping".
    for (let length = word.folded.length - 1; length >= 3; length--) {
      const id = runtime.termIds.get(word.folded.slice(0, length));
      if (id !== undefined && id !== exact && startsAnEnding(word.folded.slice(0, length), word.folded.slice(length))) {
        put(id, TAIL_WEIGHT);
        break;
      }
    }
  }

  // Typos only when the word itself is unknown: "card" must not also match "care" and "cart".
  const edits = allowedEdits(word.stem.length);
  if (exact === undefined && edits > 0 && !HAS_DIGIT.test(word.stem)) {
    const close: [id: number, distance: number][] = [];
    for (let length = word.stem.length - edits; length <= word.stem.length + edits; length++) {
      for (const id of runtime.byLength.get(length) ?? []) {
        const distance = boundedDistance(word.stem, index.terms[id] ?? "", edits);
        if (distance <= edits) close.push([id, distance]);
      }
    }
    close.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    // A word that completes to something ("refu") was being typed, not mistyped: no correction then.
    if (found.size === 0 && close.length > 0) {
      const fewest = close[0]?.[1] ?? 0;
      // Of the closest spellings, the one on most pages (lowest idf): "chargbak" means "chargeback".
      meant = close.filter(([, distance]) => distance === fewest).reduce((a, b) => ((runtime.idf[b[0]] ?? 0) < (runtime.idf[a[0]] ?? 0) ? b : a))[0];
    }
    for (const [id, distance] of close.slice(0, MAX_EXPANSIONS)) put(id, FUZZY_WEIGHT[distance] ?? 0);
  }
  return { found, meant };
}

/** Where a query word met a document: enough to find the sections again without rescanning. */
type Hit = { word: number; term: number; weight: number; at: number };

function clampLimit(limit: unknown): number {
  if (typeof limit !== "number" || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/** One page of results, with how many there are in all and the query as we understood it. */
export type SearchPage = {
  results: SearchResult[];
  /** Every matching page, not only those on this page of results. */
  total: number;
  /** The query with its misspelled words replaced ("chargbak" → "chargeback"), or null when none were. */
  correctedQuery: string | null;
};

export type SearchPageOptions = SearchOptions & { offset?: number };

const EMPTY_PAGE: SearchPage = { results: [], total: 0, correctedQuery: null };

/** The results for a query, best first: `limit` of them (10 by default). */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  return searchPage(index, query, options).results;
}

/** As search(), from `offset` on, with the total and any spelling correction. */
export function searchPage(index: SearchIndex, query: string, options: SearchPageOptions = {}): SearchPage {
  const limit = clampLimit(options.limit);
  const offset = typeof options.offset === "number" && Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset)) : 0;
  const normalised = normaliseQuery(query);
  const words = queryTerms(normalised);
  if (words.length === 0) return EMPTY_PAGE;
  const runtime = runtimeFor(index);
  const documents = index.docs.length;
  const expanded = words.map((word) => expand(index, runtime, word));
  const expansions = expanded.map((e) => e.found);

  const scores = new Float64Array(documents);
  /** How many query words each document holds as typed (same stem), not only as a prefix or typo. */
  const exact = new Uint8Array(documents);
  const hits: Hit[][] = Array.from({ length: documents }, () => []);
  /** How many query words, as typed, are in each document's title. */
  const inTitle = new Uint8Array(documents);
  const best = new Float64Array(documents);
  const bestIsExact = new Uint8Array(documents);
  const bestInTitle = new Uint8Array(documents);
  const group = newGroup();
  const wordIdf = new Float64Array(words.length);
  expansions.forEach((terms, word) => {
    best.fill(0);
    bestIsExact.fill(0);
    bestInTitle.fill(0);
    for (const [term, weight] of terms) {
      const list = index.postings[term] ?? [];
      for (let at = 0; at < list.length; at = group.next) {
        const { doc, tf } = readGroup(list, at, group);
        const norms = runtime.norms;
        const n = doc * 4;
        const fields =
          fieldScore(TITLE_WEIGHT, tf[0], norms[n]) +
          fieldScore(HEADING_WEIGHT, tf[1], norms[n + 1]) +
          fieldScore(META_WEIGHT, tf[2], norms[n + 2]) +
          fieldScore(BODY_WEIGHT, tf[3], norms[n + 3]);
        // One query word counts once per document: its best expansion, not the sum of all of them,
        // or a short prefix matching twenty words would outweigh the word itself.
        const score = weight * fields;
        if (score > (best[doc] ?? 0)) best[doc] = score;
        if (weight === 1) {
          bestIsExact[doc] = 1;
          if (tf[0] > 0) bestInTitle[doc] = 1;
        }
        hits[doc]?.push({ word, term, weight, at });
      }
    }
    // One idf per query word, shared by all its expansions: the typed word's own when it is in the
    // index, otherwise that of every page holding any expansion. Per-expansion idf would let a rare
    // completion win on rarity alone ("refu" → the odd "refusal" over the common "refund").
    const exactId = runtime.termIds.get(words[word]?.stem ?? "");
    let idf = exactId === undefined ? 0 : (runtime.idf[exactId] ?? 0);
    if (exactId === undefined) {
      let df = 0;
      for (let doc = 0; doc < documents; doc++) if ((best[doc] ?? 0) > 0) df++;
      idf = bm25Idf(documents, df);
    }
    wordIdf[word] = idf;
    for (let doc = 0; doc < documents; doc++) {
      scores[doc] = (scores[doc] ?? 0) + idf * (best[doc] ?? 0);
      exact[doc] = (exact[doc] ?? 0) + (bestIsExact[doc] ?? 0);
      inTitle[doc] = (inTitle[doc] ?? 0) + (bestInTitle[doc] ?? 0);
    }
  });

  const ranked: number[] = [];
  for (let doc = 0; doc < documents; doc++) if ((scores[doc] ?? 0) > 0) ranked.push(doc);
  // The coverage bonus: pages holding more of the query's words, as typed, come first. Prefix and typo
  // matches add to the score but not to coverage, or "arrived" completing to "arrival" would put a
  // page that mentions an arrival once above the page titled "Missing parcels". Among those, pages
  // whose title holds more of the words ("dispute deadline" → "Dispute deadline planner", over a
  // long guide that says both often), then pages of the kind the query names ("refund letter" → the
  // letters), then score, then title, so equal scores always come out in the same order.
  const wantedKinds = new Set(words.flatMap((word) => KIND_WORDS[word.stem] ?? []));
  const kindMatch = (doc: number) => (wantedKinds.has(index.docs[doc]?.[2] ?? "page") ? 1 : 0);
  ranked.sort(
    (a, b) =>
      (exact[b] ?? 0) - (exact[a] ?? 0) ||
      (inTitle[b] ?? 0) - (inTitle[a] ?? 0) ||
      kindMatch(b) - kindMatch(a) ||
      (scores[b] ?? 0) - (scores[a] ?? 0) ||
      compareText(runtime.titleKeys[a] ?? "", runtime.titleKeys[b] ?? "") ||
      compareText(index.docs[a]?.[0] ?? "", index.docs[b]?.[0] ?? ""),
  );

  const matchedTerms = new Set<string>();
  for (const terms of expansions) for (const id of terms.keys()) matchedTerms.add(index.terms[id] ?? "");
  const matches = (term: string) => matchedTerms.has(term);

  return {
    results: ranked.slice(offset, offset + limit).map((doc) => toResult(index, doc, scores[doc] ?? 0, hits[doc] ?? [], wordIdf, matches)),
    total: ranked.length,
    correctedQuery: correction(index, normalised, words, expanded.map((e) => e.meant)),
  };
}

/** The query as typed, with each misspelled word replaced by the word it was most likely meant to be. */
function correction(index: SearchIndex, query: string, words: readonly QueryTerm[], meant: readonly (number | null)[]): string | null {
  let out = "";
  let at = 0;
  let changed = false;
  words.forEach((word, i) => {
    const id = meant[i];
    if (id === null || id === undefined) return;
    const replacement = index.words[id] || index.terms[id] || "";
    out += query.slice(at, word.start) + replacement;
    at = word.end;
    changed = true;
  });
  return changed ? out + query.slice(at) : null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where on the page the query matched best: the top (title, description, tags; `place` null) or one
 * section. Each query word adds its strongest hit per place, so a section holding all the words beats
 * one repeating a single word. Ties go to the top, then to the earlier section. `sections` lists every
 * section with a hit, best first, for the snippet to fall back on.
 */
function bestPlace(index: SearchIndex, doc: number, hits: Hit[], wordIdf: Float64Array): { place: number | null; sections: number[] } {
  const sectionCount = index.sections[doc]?.length ?? 0;
  // Row 0 is the top of the page, row s + 1 is section s.
  const perWord = Array.from({ length: wordIdf.length }, () => new Float64Array(sectionCount + 1));
  const group = newGroup();
  for (const hit of hits) {
    const list = index.postings[hit.term] ?? [];
    const { tf, sectionsFrom, sectionsTo } = readGroup(list, hit.at, group);
    const value = hit.weight * (wordIdf[hit.word] ?? 0);
    const row = perWord[hit.word];
    if (!row) continue;
    // Places are weighted like the fields that put them there: the title beats a heading, which
    // beats text, so a title match keeps the link on the page itself.
    const top = tf[0] > 0 ? TITLE_WEIGHT : tf[2] > 0 ? META_WEIGHT : 0;
    row[0] = Math.max(row[0] ?? 0, value * top);
    for (let k = sectionsFrom; k < sectionsTo; k++) {
      const code = list[k] ?? 0;
      const slot = (code >> 1) + 1;
      row[slot] = Math.max(row[slot] ?? 0, value * (code & 1 ? HEADING_WEIGHT : BODY_WEIGHT));
    }
  }
  const totals = new Float64Array(sectionCount + 1);
  for (const row of perWord) row.forEach((value, slot) => (totals[slot] = (totals[slot] ?? 0) + value));
  const sections: number[] = [];
  for (let s = 0; s < sectionCount; s++) if ((totals[s + 1] ?? 0) > 0) sections.push(s);
  sections.sort((a, b) => (totals[b + 1] ?? 0) - (totals[a + 1] ?? 0) || a - b);
  const first = sections[0];
  const place = first !== undefined && (totals[first + 1] ?? 0) > (totals[0] ?? 0) ? first : null;
  return { place, sections };
}

/** How many texts to try for a snippet with a highlighted word before settling for the description. */
const SNIPPET_CANDIDATES = 4;

function toResult(index: SearchIndex, doc: number, score: number, hits: Hit[], wordIdf: Float64Array, matches: (term: string) => boolean): SearchResult {
  const [id, url, kind, title, description] = index.docs[doc] ?? ["", "", "page", "", ""];
  const sections = index.sections[doc] ?? [];
  const { place, sections: withHits } = bestPlace(index, doc, hits, wordIdf);
  const placed = place === null ? undefined : sections[place];
  const anchor = placed?.[0] ? placed[0] : null;

  // The snippet comes from where the match is, then the description, then the other sections that
  // matched (a section can match on its heading alone, leaving nothing to highlight in its text).
  const bodies = withHits.map((s) => sections[s]?.[2]);
  const sources = place === null ? [description, ...bodies] : [placed?.[2], description, ...bodies.slice(1)];
  let parts: HighlightPart[] | null = null;
  for (const text of sources.slice(0, SNIPPET_CANDIDATES)) {
    if (!text) continue;
    const cut = snippet(text, matches);
    if (cut.hits > 0) {
      parts = cut.parts;
      break;
    }
  }
  parts ??= snippet(description || placed?.[2] || "", matches).parts;

  return {
    id,
    url: anchor ? `${url}#${anchor}` : url,
    kind,
    title,
    description,
    score: Math.round(score * 1000) / 1000,
    section: anchor ? { id: anchor, heading: placed?.[1] || title } : null,
    titleParts: highlight(title, matches),
    snippet: parts,
  };
}
