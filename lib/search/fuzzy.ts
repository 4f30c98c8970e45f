/**
 * Typo tolerance. People type "chargebak", "recieve" and "custmos"; the optimal-string-alignment form of
 * Damerau–Levenshtein counts an adjacent swap ("ie" ↔ "ei") as one edit, as a typist would.
 */

/** How many edits a term of this length may contain and still match: short words have too many neighbours. */
export function allowedEdits(length: number): 0 | 1 | 2 {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * The edit distance between `a` and `b` (insertions, deletions, substitutions and adjacent
 * transpositions), or `max + 1` as soon as it is certain to exceed `max`. Stopping early matters:
 * a query compares each typed word against a large part of the vocabulary.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);

  // Three rolling rows (two back, for transpositions) in reused buffers: this runs thousands of times
  // per query, and allocating a matrix each time made garbage collection the main cost.
  if (scratch.length < 3 * (lb + 1)) scratch = new Int32Array(3 * (lb + 1) * 2);
  const width = lb + 1;
  let beforePrev = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j <= lb; j++) scratch[prev + j] = j;

  for (let i = 1; i <= la; i++) {
    scratch[row] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const above = scratch[prev + j] ?? 0;
      const left = scratch[row + j - 1] ?? 0;
      const diagonal = scratch[prev + j - 1] ?? 0;
      let d = Math.min(above + 1, left + 1, diagonal + (ca === cb ? 0 : 1));
      if (j > 1 && caBefore === cb && ca === b.charCodeAt(j - 2)) d = Math.min(d, (scratch[beforePrev + j - 2] ?? 0) + 1);
      scratch[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell is at least the smallest value in this row, so the answer can only be bigger.
    if (rowMin > max) return max + 1;
    const recycled = beforePrev;
    beforePrev = prev;
    prev = row;
    row = recycled;
  }
  const distance = scratch[prev + lb] ?? 0;
  return distance > max ? max + 1 : distance;
}

let scratch = new Int32Array(3 * 64);
