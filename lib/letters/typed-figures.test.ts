import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { handTypedPattern } from "@/lib/content/fact-checks";
import { FACTS } from "@/lib/facts";
import { formatFactValue } from "@/lib/facts/format";

/**
 * Source scans: the letters and the checklists read every figure from the fact registry (as
 * `{fact:id}` in their text), so no fact's figure may be typed in their code, their pages or their
 * components. A typed copy would go stale the day the fact is corrected, and a shopper would act on
 * it. Tests are not scanned: they compare against the registry.
 */

const ROOT = process.cwd();
const SCANNED = [
  "lib/letters",
  "lib/checklists",
  "app/tools/letters",
  "app/tools/checklists",
  "components/tools/letter-builder.tsx",
  "components/tools/checklist-widget.tsx",
  "components/tools/checklist-by-id.tsx",
];

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [join(ROOT, child)] : [];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Each fact's figure as it would be typed: in English ("180 days", "£100", "20%") and, for a duration, in Chinese ("180天"). */
const FIGURES = FACTS.flatMap((fact) => {
  const patterns: RegExp[] = [];
  const english = handTypedPattern(fact.value);
  if (english !== null) patterns.push(english);
  if (fact.value.kind === "duration") patterns.push(new RegExp(`(?<![\\d.,])${escapeRegExp(formatFactValue(fact.value, "value", "zh"))}`));
  return patterns.map((pattern) => ({ id: fact.id, pattern }));
});

describe("letters and checklists type no figure a fact holds", () => {
  const files = SCANNED.flatMap(sourceFiles);

  it("scans the folders it should", () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toContain("lib/letters/templates.ts");
    expect(names).toContain("lib/checklists/data.ts");
    expect(names).toContain("app/tools/letters/[id]/page.tsx");
    expect(names.some((name) => name.endsWith(".test.ts"))).toBe(false);
  });

  it("has no hand-typed copy of any fact's figure in its source files", () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const { id, pattern } of FIGURES) {
        const match = pattern.exec(text);
        if (match) found.push(`${relative(ROOT, file)}: "${match[0]}" is fact ${id}; write {fact:${id}} instead`);
      }
    }
    expect(found).toEqual([]);
  });

  it("finds a typed figure in English and in Chinese", () => {
    const hits = (text: string) => FIGURES.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
    expect(hits("Open the dispute within 180 days of paying")).toContain("paypal-inr-window");
    expect(hits("over £100 and up to £30,000")).toEqual(expect.arrayContaining(["uk-section-75-min", "uk-section-75-max"]));
    expect(hits("请在180天内")).toContain("paypal-inr-window");
    expect(hits("{fact:paypal-inr-window}")).toEqual([]);
  });

  it("compares a letter's amounts only with the registry's figures (render.ts has no number above 1 in its code)", () => {
    const code = readFileSync(join(ROOT, "lib/letters/render.ts"), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    const numbers = [...code.matchAll(/(?<![\w.])\d[\d_]*(?:\.\d+)?(?![\w])/g)].map((m) => m[0]).filter((n) => Number(n.replace(/_/g, "")) > 1);
    expect(numbers).toEqual([]);
  });
});
