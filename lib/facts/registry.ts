import type { z } from "zod";
import { ALL_FACT_FILES } from "./data";
import { fillTemplate, formatFactValue, templateReferences, type FactForm } from "./format";
import type { FactFile } from "./define";
import { factSchema, type Fact, type FactValue } from "./schema";

/**
 * The fact registry: every figure a shopper acts on, defined once. Deadline rules, the import-tax
 * rules, letters, the case plan and the guides all read figures from here, so a correction lands on
 * every page and tool at once. Validated with zod when this module loads: a malformed fact stops the
 * build (and every test) with the file, the fact and the field named.
 */

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join(".") || "(fact)"}: ${issue.message}`).join("\n");
}

export function validateFactFiles(files: readonly FactFile[]): { facts: Fact[]; problems: string[] } {
  const problems: string[] = [];
  const facts: Fact[] = [];
  const seen = new Map<string, string>();
  for (const { file, facts: raw } of files) {
    raw.forEach((input, index) => {
      const label = typeof input.id === "string" ? input.id : `#${index}`;
      const result = factSchema.safeParse(input);
      if (!result.success) {
        problems.push(`${file}: fact ${label}:\n${describeIssues(result.error)}`);
        return;
      }
      const first = seen.get(result.data.id);
      if (first) problems.push(`${file}: fact ${label}: id is already used in ${first}; each fact is defined once`);
      else seen.set(result.data.id, file);
      facts.push(result.data);
    });
  }
  const ids = new Set(facts.map((f) => f.id));
  for (const fact of facts) {
    for (const ref of templateReferences(fact.statement)) {
      if (!ids.has(ref)) problems.push(`${seen.get(fact.id)}: fact ${fact.id}: statement: refers to {${ref}}, which is not a fact`);
    }
  }
  return { facts, problems };
}

const validated = validateFactFiles(ALL_FACT_FILES);
if (validated.problems.length > 0) {
  throw new Error(`The fact registry has ${validated.problems.length} problem(s):\n${validated.problems.join("\n")}`);
}

export const FACTS: readonly Fact[] = validated.facts;
const BY_ID = new Map(FACTS.map((fact) => [fact.id, fact]));
const FILE_BY_ID = new Map(ALL_FACT_FILES.flatMap(({ file, facts }) => facts.map((f) => [f.id, file] as const)));

export function hasFact(id: string): boolean {
  return BY_ID.has(id);
}

/** The fact, or a thrown error naming the unknown id (a typo must never reach a page). */
export function getFact(id: string): Fact {
  const fact = BY_ID.get(id);
  if (!fact) throw new Error(`Unknown fact "${id}": define it in lib/facts/data/ or fix the id`);
  return fact;
}

/** The data file that defines a fact, for editors' messages and the report. */
export function factFile(id: string): string | undefined {
  return FILE_BY_ID.get(id);
}

function valueOfKind<K extends FactValue["kind"]>(id: string, kind: K): Extract<FactValue, { kind: K }> {
  const { value } = getFact(id);
  if (value.kind !== kind) throw new Error(`Fact "${id}" is a ${value.kind}, not a ${kind}`);
  return value as Extract<FactValue, { kind: K }>;
}

export const factDuration = (id: string) => valueOfKind(id, "duration");
export const factMoney = (id: string) => valueOfKind(id, "money");
export const factPercent = (id: string) => valueOfKind(id, "percent");
export const factDate = (id: string) => valueOfKind(id, "date").date;
export const factCount = (id: string) => valueOfKind(id, "count");
export const factScope = (id: string) => valueOfKind(id, "scope");

/** A fact's value as words: "180 days", "£135". */
export function factValueText(id: string, form: FactForm = "value"): string {
  return formatFactValue(getFact(id).value, form);
}

/** The fact's one-line statement, with its figure (and any other facts it names) filled in. */
export function factStatement(id: string): string {
  const fact = getFact(id);
  return fillTemplate(fact.statement, fact.value, (other) => getFact(other).value);
}

/**
 * Fills `{fact-id}` placeholders in text written in code (a deadline note, a letter sentence), so a
 * figure in a tool's words still comes from the registry.
 */
export function factText(template: string): string {
  return fillTemplate(template, null, (id) => getFact(id).value);
}

export type FactPeriod = { from: string | null; to: string | null; value: FactValue };

/**
 * The values a fact has had, oldest first, from its rule changes (corrections are not changes in the
 * law and are left out). The first period's start is unknown (null) when the fact has history.
 */
export function factPeriods(id: string): FactPeriod[] {
  const fact = getFact(id);
  const ruleChanges = fact.changes.filter((c) => c.kind === "rule-change");
  const periods: FactPeriod[] = [];
  let from: string | null = ruleChanges.length > 0 ? null : fact.validFrom;
  for (const change of ruleChanges) {
    periods.push({ from, to: dayBefore(change.date), value: change.from });
    from = change.date;
  }
  periods.push({ from, to: fact.validTo, value: fact.value });
  return periods;
}

/** The value in force on `date`, or null when the fact did not (or no longer does) apply then. */
export function factValueOn(id: string, date: string): FactValue | null {
  const period = factPeriods(id).find((p) => (p.from === null || p.from <= date) && (p.to === null || date <= p.to));
  return period?.value ?? null;
}

function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Whether a fact has an official source; the report and the guides' figure notes say which. */
export function hasOfficialSource(fact: Fact): boolean {
  return fact.sources.some((s) => s.official);
}

export type FactChangeEntry = {
  factId: string;
  date: string;
  kind: Fact["changes"][number]["kind"];
  from: FactValue;
  to: FactValue;
  summary: string;
};

/**
 * Every change to every fact, newest first, each with the value before and after it. The value
 * after a change is the next change's `from`, or the fact's value for the latest.
 */
export function factChangeLog(ids?: Iterable<string>): FactChangeEntry[] {
  const wanted = ids === undefined ? FACTS : [...new Set(ids)].map(getFact);
  const entries = wanted.flatMap((fact) =>
    fact.changes.map((change, i) => ({
      factId: fact.id,
      date: change.date,
      kind: change.kind,
      from: change.from,
      to: fact.changes[i + 1]?.from ?? fact.value,
      summary: change.summary,
    })),
  );
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.factId.localeCompare(b.factId));
}
