import { encodeGroup, parseSearchDocuments, type SearchDocument, type SearchIndex } from "./schema";
import { analyze } from "./tokenize";

/**
 * Build-time half of the search: turns documents into the inverted index that queries read. All the
 * text analysis happens here, once, so a query only looks terms up and adds numbers.
 */

// Field numbers in postings and `lengths`; the weights that go with them live in query.ts.
const TITLE = 0;
const HEADINGS = 1;
const META = 2;
const BODY = 3;

type Occurrences = {
  tf: [number, number, number, number];
  /** section index → whether the term is in that section's heading. */
  sections: Map<number, boolean>;
};

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export function buildSearchIndex(input: SearchDocument[]): SearchIndex {
  const docs = parseSearchDocuments(input);
  const perTerm = new Map<string, [doc: number, occurrences: Occurrences][]>();
  const index: SearchIndex = { version: 2, docs: [], lengths: [], sections: [], terms: [], words: [], postings: [] };
  /** term → folded word → how often it was written that way. */
  const forms = new Map<string, Map<string, number>>();

  docs.forEach((doc, d) => {
    const sections = doc.sections
      .map((s) => ({ id: s.id, heading: s.heading === null ? null : squash(s.heading), text: squash(s.text) }))
      .filter((s) => s.heading || s.text);
    const found = new Map<string, Occurrences>();
    const lengths: [number, number, number, number] = [0, 0, 0, 0];
    const record = (text: string, field: number, section?: { index: number; heading: boolean }) => {
      for (const { term, folded } of analyze(text)) {
        let written = forms.get(term);
        if (!written) {
          written = new Map();
          forms.set(term, written);
        }
        written.set(folded, (written.get(folded) ?? 0) + 1);
        let occurrences = found.get(term);
        if (!occurrences) {
          occurrences = { tf: [0, 0, 0, 0], sections: new Map() };
          found.set(term, occurrences);
        }
        occurrences.tf[field] = (occurrences.tf[field] ?? 0) + 1;
        lengths[field] = (lengths[field] ?? 0) + 1;
        if (section) occurrences.sections.set(section.index, (occurrences.sections.get(section.index) ?? false) || section.heading);
      }
    };

    record(doc.title, TITLE);
    // Tags and description are short summaries written for people and search engines; one field.
    record(doc.description, META);
    for (const tag of doc.tags) record(tag, META);
    sections.forEach((section, s) => {
      if (section.heading) record(section.heading, HEADINGS, { index: s, heading: true });
      record(section.text, BODY, { index: s, heading: false });
    });

    for (const [term, occurrences] of found) {
      let list = perTerm.get(term);
      if (!list) {
        list = [];
        perTerm.set(term, list);
      }
      list.push([d, occurrences]);
    }
    index.docs.push([doc.id, doc.url, doc.kind, squash(doc.title), squash(doc.description)]);
    index.lengths.push(lengths);
    index.sections.push(sections.map((s) => [s.id === "" ? null : s.id, s.heading, s.text]));
  });

  // Default sort compares UTF-16 code units, the same order the query's binary search assumes.
  index.terms = [...perTerm.keys()].sort();
  index.words = index.terms.map((term) => {
    // The most frequent form, then the shortest, then the first in code-unit order: deterministic.
    let best = term;
    let bestCount = -1;
    for (const [word, count] of forms.get(term) ?? []) {
      if (count > bestCount || (count === bestCount && (word.length < best.length || (word.length === best.length && word < best)))) {
        best = word;
        bestCount = count;
      }
    }
    return best === term ? "" : best;
  });
  index.postings = index.terms.map((term) => {
    const flat: number[] = [];
    for (const [doc, { tf, sections }] of perTerm.get(term) ?? []) {
      const codes = [...sections].sort((a, b) => a[0] - b[0]).map(([s, inHeading]) => s * 2 + (inHeading ? 1 : 0));
      flat.push(...encodeGroup(doc, tf, codes));
    }
    return flat;
  });
  return index;
}

/** Numbers for the build log, so a jump in index size is noticed. */
export function indexStats(index: SearchIndex): { documents: number; terms: number; bytes: number } {
  return {
    documents: index.docs.length,
    terms: index.terms.length,
    bytes: new TextEncoder().encode(JSON.stringify(index)).length,
  };
}
