import { stemOf, STOP_WORDS, type Token, tokenize } from "./tokenize";

/**
 * Highlighting and snippets. Output is a list of plain-text parts, never HTML, so the page renders
 * each part as a text node and nothing from the index or the query can be injected as markup.
 */

export type HighlightPart = { text: string; highlight: boolean };

/** Decides whether a stemmed term is one the query matched. */
export type TermMatcher = (term: string) => boolean;

/** About 25–35 words: two lines on a results page, enough to judge whether the match is the right one. */
export const SNIPPET_WORDS = 30;

const ELLIPSIS = "…";
const MAX_WORDLESS = 160;
const SENTENCE_END = /[.!?]/;
const WHITESPACE = /\s/;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** Tokens of a text, and per token the matched term it stands for (null when it is not a match). */
type Marked = { tokens: Token[]; hit: (string | null)[]; hits: number };

/** A parallel array rather than a copy of each token: this runs on every shown result. */
function mark(text: string, matches: TermMatcher): Marked {
  const tokens = tokenize(text);
  const hit: (string | null)[] = new Array(tokens.length).fill(null);
  let hits = 0;
  tokens.forEach((token, i) => {
    if (STOP_WORDS.has(token.folded)) return;
    const term = stemOf(token.folded);
    if (matches(term)) {
      hit[i] = term;
      hits++;
    }
  });
  return { tokens, hit, hits };
}

/** Appends, merging with the previous part when both are (or are not) highlighted. */
function push(parts: HighlightPart[], text: string, highlight: boolean) {
  if (text === "") return;
  const last = parts.at(-1);
  if (last && last.highlight === highlight) last.text += text;
  else parts.push({ text, highlight });
}

/**
 * Parts for tokens [from, to) with the original spacing and punctuation between them kept as written.
 * A cut start still takes the symbols glued to the first word ("€3", "“Delivered”"); a cut end drops the
 * trailing comma or full stop the ellipsis replaces.
 */
function render(text: string, marked: Marked, from: number, to: number): HighlightPart[] {
  const { tokens, hit } = marked;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return text === "" ? [] : [{ text, highlight: false }];
  const parts: HighlightPart[] = [];
  const cutStart = from > 0;
  const cutEnd = to < tokens.length;
  let at = 0;
  if (cutStart) {
    push(parts, ELLIPSIS, false);
    at = first.start;
    while (at > 0 && !WHITESPACE.test(text.charAt(at - 1))) at--;
  }
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token) continue;
    push(parts, text.slice(at, token.start), false);
    push(parts, text.slice(token.start, token.end), hit[i] !== null && hit[i] !== undefined);
    at = token.end;
  }
  if (cutEnd) {
    let end = at;
    while (end < text.length && !WHITESPACE.test(text.charAt(end))) end++;
    push(parts, text.slice(at, end).replace(TRAILING_PUNCTUATION, ""), false);
    push(parts, ELLIPSIS, false);
  } else {
    push(parts, text.slice(at), false);
  }
  return parts;
}

/** The whole text with matched words highlighted (used for titles). */
export function highlight(text: string, matches: TermMatcher): HighlightPart[] {
  const marked = mark(text, matches);
  return render(text, marked, 0, marked.tokens.length);
}

/**
 * The window of about SNIPPET_WORDS words that shows the most different query terms (then the most
 * matches, then the earliest), moved back to the start of its sentence when that fits. `hits` is 0 when
 * the text holds none of the matched terms, so the caller can try another text.
 */
export function snippet(text: string, matches: TermMatcher, words = SNIPPET_WORDS): { parts: HighlightPart[]; hits: number } {
  const marked = mark(text, matches);
  const { tokens, hit, hits } = marked;
  const n = tokens.length;
  if (n === 0 && text.length > MAX_WORDLESS) {
    // No words at all (symbols only): never show a wall of it, and never cut an emoji in half.
    const cut = Array.from(text.slice(0, MAX_WORDLESS + 1)).slice(0, -1).join("").trimEnd();
    return { parts: [{ text: `${cut}${ELLIPSIS}`, highlight: false }], hits };
  }
  if (n <= words) return { parts: render(text, marked, 0, n), hits };
  if (hits === 0) return { parts: render(text, marked, 0, words), hits };

  // Slide a window of `words` tokens, counting distinct matched terms with a multiset.
  const inWindow = new Map<string, number>();
  let windowHits = 0;
  const move = (i: number, delta: 1 | -1) => {
    const term = hit[i];
    if (term === null || term === undefined) return;
    windowHits += delta;
    const count = (inWindow.get(term) ?? 0) + delta;
    if (count === 0) inWindow.delete(term);
    else inWindow.set(term, count);
  };
  for (let i = 0; i < words; i++) move(i, 1);
  let best = { start: 0, distinct: inWindow.size, hits: windowHits };
  for (let start = 1; start + words <= n; start++) {
    move(start - 1, -1);
    move(start + words - 1, 1);
    if (inWindow.size > best.distinct || (inWindow.size === best.distinct && windowHits > best.hits)) {
      best = { start, distinct: inWindow.size, hits: windowHits };
    }
  }

  // Centre the matches in the window instead of pinning the first one to its left edge.
  const isHit = (i: number) => hit[i] !== null && hit[i] !== undefined;
  let first = best.start;
  while (first < n - 1 && !isHit(first)) first++;
  let last = best.start + words - 1;
  while (last > first && !isHit(last)) last--;
  const slack = words - (last - first + 1);
  let start = Math.max(0, Math.min(first - Math.floor(slack / 2), n - words));
  // Starting at the sentence that holds the first match reads better than starting mid-sentence.
  for (let k = first; k > start; k--) {
    const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    if (SENTENCE_END.test(gap)) {
      start = k;
      break;
    }
  }
  return { parts: render(text, marked, start, Math.min(n, start + words)), hits };
}
