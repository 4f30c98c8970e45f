import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handTypedPattern } from "@/lib/content/fact-checks";
import { FACTS } from "@/lib/facts";

/**
 * Source scans: the deadline planner reads every figure from the fact registry, so none may be
 * typed in lib/deadlines. A typed copy would go stale the day the fact is corrected.
 */

const DIR = join(process.cwd(), "lib/deadlines");
const sourceFiles = readdirSync(DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

/** Law citations and law names carry numbers that are not figures a shopper acts on. */
const CITATIONS = [
  /(?:\b(?:sections?|regulations?|articles?|parts?|schedules?|s\.)|§)\s*\d+(?:\.\d+)*[a-z]?(?:\s*(?:,|to|and|–|-)\s*\d+(?:\.\d+)*[a-z]?)*/gi,
  /\b\d{4}\/\d+(?:\/EU)?\b/g,
  /\b\d+ U\.S\.C\./g,
  /\b\d+ CFR\b/g,
  // The FCA Handbook's complaint rules ("DISP 2.8.2R") and HMRC's notices ("Notice 12A").
  /\bDISP \d+(?:\.\d+)*R?\b/g,
  /\bNotice \d+[A-Z]?\b/g,
  /\b(?:19|20)\d{2}\b/g,
];

function withoutCitations(text: string): string {
  return CITATIONS.reduce((rest, pattern) => rest.replace(pattern, "§"), text);
}

describe("lib/deadlines types no figure a fact holds", () => {
  it("has no hand-typed copy of any fact's figure in its source files", () => {
    const figures = FACTS.flatMap((fact) => {
      const pattern = handTypedPattern(fact.value);
      return pattern === null ? [] : [{ id: fact.id, pattern }];
    });
    const found: string[] = [];
    for (const name of sourceFiles) {
      const text = readFileSync(join(DIR, name), "utf8");
      for (const { id, pattern } of figures) {
        const match = pattern.exec(text);
        if (match) found.push(`lib/deadlines/${name}: "${match[0]}" is fact ${id}; write {${id}} in factText`);
      }
    }
    expect(found).toEqual([]);
  });

  it("rules.ts has no digits at all outside law citations", () => {
    const text = readFileSync(join(DIR, "rules.ts"), "utf8");
    const lines = withoutCitations(text)
      .split("\n")
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text: line }) => /\d/.test(line));
    expect(lines).toEqual([]);
  });

  it("the citation filter still catches a figure", () => {
    expect(withoutCitations('note: "Escalate within 20 days (section 99, Articles 9 to 14, 2011/83/EU)."')).toMatch(/\d/);
    expect(withoutCitations('legalBasis: "Consumer Protection Act (Quebec), sections 54.9 and 54.13 to 54.16"')).not.toMatch(/\d/);
    expect(withoutCitations('legalBasis: "19 CFR section 171.2; FCA Handbook, DISP 2.8.2R; HMRC Notice 12A; Part 3, Schedule 3"')).not.toMatch(/\d/);
    expect(withoutCitations('note: "Notice: you have 12 days (DISP 1.6)."')).toMatch(/\d/);
  });
});
