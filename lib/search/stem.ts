/**
 * A light English stemmer: it strips the inflections people vary between a query and a page (plurals,
 * -ed, -ing, -ly, a final -e, y/i) and nothing else. Porter's later steps (-ation, -ful, -ness…)
 * conflate too much for a small corpus ("general"/"generate") and make stems harder to reason about
 * when a ranking looks wrong.
 *
 * The output is a key, not a word: "arrived" → "arriv", "delivery" → "deliveri". What matters is that
 * the forms of one word meet: arrive/arrives/arrived/arriving → "arriv", parcel/parcels → "parcel",
 * policy/policies → "polici", charge/charged/charging → "charg", ship/shipped/shipping → "ship".
 */

const VOWEL = /[aeiouy]/;
const PLAIN_WORD = /^[a-z]+$/;

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !/[aeiou]/.test(ch);
}

/** "shipp" → "ship", "stopp" → "stop"; but "miss", "bill" and "buzz" keep both letters (as in Porter). */
function undouble(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last === word.at(-2) && isConsonant(last) && !"lsz".includes(last ?? "")) {
    return word.slice(0, -1);
  }
  return word;
}

/** Removes an -ed or -ing ending when what is left still looks like a word (has a vowel). */
function stripVerbEnding(word: string): string {
  if (word.endsWith("eed")) return word.length > 4 ? word.slice(0, -1) : word; // agreed → agree, but feed stays
  if (word.endsWith("ied") && word.length > 4) return `${word.slice(0, -3)}i`; // applied → appli (= apply)
  if (word.endsWith("ed")) {
    const base = word.slice(0, -2);
    if (base.length >= 3 && VOWEL.test(base)) return undouble(base);
    return word;
  }
  if (word.endsWith("ing")) {
    const base = word.slice(0, -3);
    // "thing", "string" and "bring" have no vowel before -ing, so they are left alone.
    if (base.length >= 3 && VOWEL.test(base)) return undouble(base);
  }
  return word;
}

/** Plurals and third-person -s: parcels → parcel, policies → polici, boxes → boxe (→ box below). */
function stripPlural(word: string): string {
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}i`;
  // "status", "analysis" and "class" end in s without being plurals.
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * -ly adverbs: quickly → quick, completely → complete. Short words ("only", "reply", "early"), -ily
 * words ("family", whose plural would stem differently) and words on a double consonant ("supply")
 * are nouns or verbs far more often than adverbs, so they are kept.
 */
function stripAdverb(word: string): string {
  if (!word.endsWith("ly") || word.length < 6) return word;
  const base = word.slice(0, -2);
  if (base.endsWith("i") || (base.at(-1) === base.at(-2) && base.at(-1) !== "l")) return word;
  return base;
}

export function stem(word: string): string {
  // Numbers, mixed tokens ("3ds", "b2b") and other scripts are matched exactly.
  if (word.length <= 3 || !PLAIN_WORD.test(word)) return word;
  let w = stripPlural(word);
  w = stripVerbEnding(w);
  w = stripAdverb(w);
  // Porter step 1c: a final y after a consonant becomes i so "delivery" meets "deliveries" (→ deliveri).
  if (w.length > 3 && w.endsWith("y") && isConsonant(w.at(-2))) w = `${w.slice(0, -1)}i`;
  // A final silent e goes so "charge" meets "charged"/"charging" (→ charg). Keep "fee" and "agree".
  if (w.length > 3 && w.endsWith("e") && !w.endsWith("ee") && VOWEL.test(w.slice(0, -1))) w = w.slice(0, -1);
  return w;
}
