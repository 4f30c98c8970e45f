import { describe, expect, it } from "vitest";
import { GUIDES } from "./__fixtures__/guides";
import { buildSearchIndex } from "./build";
import { encodeGroup, newGroup, parseSearchIndex, readGroup, type SearchIndex } from "./schema";

const built = buildSearchIndex(GUIDES);
/** A fresh, mutable copy of a valid index as the server would read it from disk. */
const fromDisk = (): SearchIndex => JSON.parse(JSON.stringify(built));

describe("posting groups", () => {
  it("leave out zero field counts and read back exactly", () => {
    const encoded = encodeGroup(7, [0, 2, 0, 5], [1, 6]);
    // shape = fields 1 and 3 (0b1010) | two sections << 4
    expect(encoded).toEqual([7, 0b1010 | (2 << 4), 2, 5, 1, 6]);
    const group = readGroup(encoded, 0, newGroup());
    expect(group).toEqual({ doc: 7, tf: [0, 2, 0, 5], sectionsFrom: 4, sectionsTo: 6, next: 6 });
  });
});

describe("parseSearchIndex", () => {
  it("accepts what buildSearchIndex wrote, after a trip through JSON", () => {
    expect(parseSearchIndex(fromDisk())).toEqual(built);
  });

  it("rejects an index written by another version with a clear message", () => {
    expect(() => parseSearchIndex({ ...fromDisk(), version: 1 })).toThrowErrorMatchingInlineSnapshot(`
      [Error: invalid search index (rebuild it with \`npm run content:build\`):
        version: must be 2, the only format this code reads (got 1)]
    `);
  });

  it("names each broken part by its path", () => {
    const index = fromDisk();
    index.terms.reverse();
    index.lengths.pop();
    expect(() => parseSearchIndex(index)).toThrowErrorMatchingInlineSnapshot(`
      [Error: invalid search index (rebuild it with \`npm run content:build\`):
        lengths: must have one row per document (10), got 9
        terms.1: must be sorted and unique ("zurich" comes before "yes")]
    `);
  });

  it("catches postings that point at documents or sections that do not exist", () => {
    const index = fromDisk();
    index.postings[0] = encodeGroup(99, [1, 0, 0, 0], []);
    index.postings[1] = encodeGroup(0, [0, 0, 0, 1], [40]);
    expect(() => parseSearchIndex(index)).toThrow(/postings\.0\.0: document 99 is out of order or not in docs[\s\S]*postings\.1\.3: section 20 does not exist in document 0/);
  });

  it("needs one written word per term", () => {
    const index = fromDisk();
    index.words.pop();
    expect(() => parseSearchIndex(index)).toThrow(`words: must have one entry per term (${index.terms.length}), got ${index.terms.length - 1}`);
  });

  it("catches a posting list cut short", () => {
    const index = fromDisk();
    index.postings[0] = [0, 0b1000 | (3 << 4), 1, 0];
    expect(() => parseSearchIndex(index)).toThrow("postings.0.0: is cut short");
  });

  it.each([null, "index", [], { version: 1 }])("throws, never crashes, on %j", (junk) => {
    expect(() => parseSearchIndex(junk)).toThrow(/^invalid search index/);
  });
});
