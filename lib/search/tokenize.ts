import { stem } from "./stem";

/**
 * Splitting text into searchable terms. The same functions run at build time (over documents) and at
 * query time (over what people type), so a word is always reduced the same way on both sides.
 */

export type Token = {
  /** Offsets into the original string, so highlights can mark the exact surface word ("Chargebacks"). */
  start: number;
  end: number;
  /** Lower-cased, accent-free, punctuation-free form ("Zürich" → "zurich", "PayPal's" → "paypal"). */
  folded: string;
};

/** A token after stop-word removal and stemming: the unit the index stores. */
export type Term = Token & { term: string };

/**
 * A word is a run of letters, digits and combining marks, optionally continued by an apostrophe and
 * more letters ("don't", "PayPal’s"). Everything else separates words, so "€3" is the token "3",
 * "non-delivery" is "non" + "delivery", and emoji or symbols never become terms.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Longer "words" are URLs, hashes or pasted garbage. Nobody searches for them, and keeping them out
 * stops one pathological input from blowing up the vocabulary or the fuzzy matcher.
 */
export const MAX_TERM_LENGTH = 40;

const PLAIN = /^[A-Za-z0-9]+$/;
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’]s$/;

/** Letters that NFKD does not decompose but people routinely type without the accent or ligature. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/** Case- and accent-folds one word. Plain ASCII (nearly every word) skips Unicode normalisation. */
export function fold(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase();
  let out = word.toLowerCase().replace(POSSESSIVE, "");
  if (!ASCII.test(out)) {
    // NFKD splits "é" into "e" + a combining accent (then dropped) and turns compatibility forms such
    // as full-width digits or the "ﬁ" ligature into their plain equivalents.
    out = out.normalize("NFKD").replace(MARKS, "").replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
  }
  return out.replace(NOT_ALPHANUMERIC, "");
}

/** Every word in `text` with its position and folded form. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = fold(match[0]);
    if (folded === "" || folded.length > MAX_TERM_LENGTH) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return tokens;
}

/**
 * Common English words that say nothing about what a page is for. Dropping them keeps the index small
 * and stops "how do I get my money back" from matching every page on "how" and "my". Some words stay
 * out on purpose: "never" and "not" ("never arrived" is a meaningful phrase here), "us" (the country)
 * and "may" (the month, which deadlines mention).
 * Forms without the apostrophe ("dont") are listed because fold() removes it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each few for from further had has have " +
    "having he her here hers herself him himself his how i if in into is it its itself just me more most " +
    "my myself nor of off on once only or other our ours ourselves out over own same she should so some " +
    "such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves also get got might must shall im ive id youre youve youd youll dont " +
    "doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt lets " +
    "thats theres whats whos etc eg ie"
  ).split(" "),
);

/**
 * Memoised stem(). Queries re-tokenise titles and a few sections for highlighting on every request, and
 * a site's prose repeats a few thousand words, so the cache stays small and almost always hits. It is
 * cleared rather than grown without bound when garbage input fills it.
 */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

export function stemOf(folded: string): string {
  let stemmed = STEM_CACHE.get(folded);
  if (stemmed === undefined) {
    stemmed = stem(folded);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(folded, stemmed);
  }
  return stemmed;
}

/**
 * Tokens that carry meaning, each with its stem. Numbers and mixed tokens ("75", "3ds") are kept as
 * they are; only plain words are stemmed.
 */
export function analyze(text: string): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    if (STOP_WORDS.has(token.folded)) continue;
    terms.push({ ...token, term: stemOf(token.folded) });
  }
  return terms;
}
