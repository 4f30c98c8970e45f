import { FACT_FORMS } from "../../components/mdx/fact";
import { CURRENCIES } from "../money/currencies";
import { FACTS, fillTemplate, formatFactDate, getFact, hasFact, type Fact, type FactValue } from "../facts";
import { FACT_MARK, type FactUse, type ProseRun } from "./mdx-plugins";

/**
 * How guides use the fact registry, checked at build time: every <Fact> names a fact that exists and
 * still applies, frontmatter placeholders resolve, and no figure the registry holds is typed by hand
 * next to the words that say which figure it is.
 */

/** How long a fact may go unchecked before the build warns about it. */
export const STALE_AFTER_DAYS = 180;

/** `{fact:id}` or `{fact:id:adjective}` in frontmatter text (YAML has no components). */
const FRONTMATTER_PLACEHOLDER = /\{fact:([a-z0-9]+(?:-[a-z0-9]+)*)(?::(adjective))?\}/g;

/** Frontmatter fields whose text may hold `{fact:…}` placeholders. */
const TEXT_FIELDS = ["title", "description"] as const;

export type FrontmatterFacts = {
  /** The frontmatter with every known placeholder filled in. */
  data: unknown;
  /** Facts the frontmatter names, in order, with the field each is in. */
  uses: { id: string; field: string }[];
  /** Frontmatter text with placeholders as FACT_MARK, for the hand-typed-figure check. */
  runs: { text: string; where: string }[];
  problems: string[];
};

function expandText(file: string, field: string, text: string, today: string, out: FrontmatterFacts): string {
  out.runs.push({ text: text.replace(FRONTMATTER_PLACEHOLDER, FACT_MARK), where: field });
  return text.replace(FRONTMATTER_PLACEHOLDER, (match, id: string, form: "adjective" | undefined) => {
    out.uses.push({ id, field });
    const problem = factProblem(id, today);
    if (problem) {
      out.problems.push(`${file}: ${field}: {fact:${id}} ${problem}`);
      return match;
    }
    return fillTemplate(`{${id}${form ? `:${form}` : ""}}`, null, (other) => getFact(other).value);
  });
}

/**
 * Fills `{fact:id}` placeholders in the title, description and FAQ, before the frontmatter is
 * validated (so length limits apply to the text readers see).
 */
export function expandFrontmatterFacts(file: string, raw: unknown, today: string): FrontmatterFacts {
  const out: FrontmatterFacts = { data: raw, uses: [], runs: [], problems: [] };
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return out;
  const data: Record<string, unknown> = { ...raw };
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value === "string") data[field] = expandText(file, field, value, today, out);
  }
  if (Array.isArray(data.faq)) {
    data.faq = data.faq.map((item: unknown, i: number) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) return item;
      const entry: Record<string, unknown> = { ...item };
      for (const key of ["question", "answer"] as const) {
        const value = entry[key];
        if (typeof value === "string") entry[key] = expandText(file, `faq.${i}.${key}`, value, today, out);
      }
      return entry;
    });
  }
  out.data = data;
  return out;
}

/** Why a fact cannot be used on a page published today, or null when it can. */
export function factProblem(id: string, today: string): string | null {
  if (!hasFact(id)) return `is not a fact; \`npm run facts:report\` lists every id`;
  const { validTo } = getFact(id);
  if (validTo !== null && validTo < today) {
    return `stopped applying after ${formatFactDate(validTo)}; use the fact that replaced it, or say the rule has ended`;
  }
  return null;
}

const at = (line: number | null) => (line === null ? "" : ` (line ${line})`);

/** Problems with the <Fact> elements of one guide's body. */
export function checkFactUses(file: string, uses: readonly FactUse[], today: string): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    if (use.id === null) {
      problems.push(`${file}: <Fact>${at(use.line)}: needs an id written as a plain string, e.g. <Fact id="paypal-inr-window" />`);
      continue;
    }
    const problem = factProblem(use.id, today);
    if (problem) problems.push(`${file}: <Fact id="${use.id}">${at(use.line)}: ${problem}`);
    if (use.as !== null && !(FACT_FORMS as readonly string[]).includes(use.as)) {
      problems.push(`${file}: <Fact id="${use.id}">${at(use.line)}: as must be one of ${FACT_FORMS.join(", ")} (got "${use.as}")`);
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "1000" matches "1000" and "1,000"; "9.95" matches itself. */
function amountPattern(amount: string): string {
  const [whole = "", fraction] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",?");
  return fraction === undefined ? `${grouped}(?:\\.00)?` : `${grouped}\\.${fraction}`;
}

const DURATION_WORDS: Record<Extract<FactValue, { kind: "duration" }>["unit"], string> = {
  hours: "hours?",
  days: "(?:calendar[ -])?days?",
  "working-days": "(?:working|business)[ -]days?",
  "business-days": "(?:working|business)[ -]days?",
  weeks: "weeks?",
  months: "months?",
  years: "years?",
};

/** How a fact's figure looks when typed by hand, or null for kinds that are not figures. */
export function handTypedPattern(value: FactValue): RegExp | null {
  switch (value.kind) {
    case "duration":
      return new RegExp(`(?<![\\d.,])${value.amount}(?:[ -]|\\u00a0)${DURATION_WORDS[value.unit]}\\b`, "i");
    case "money": {
      const prefix = CURRENCIES[value.currency].prefix.trim();
      const symbols = [escapeRegExp(prefix), value.currency, ...(value.currency === "USD" ? ["\\$"] : [])];
      const amount = amountPattern(value.amount);
      return new RegExp(`(?:${symbols.join("|")})\\s?${amount}(?![\\d,])|(?<![\\d.,])${amount}\\s?${value.currency}\\b`);
    }
    case "percent":
      return new RegExp(`(?<![\\d.,])${escapeRegExp(value.value)}\\s?(?:%|per ?cent)`, "i");
    default:
      return null;
  }
}

type Guard = { fact: Fact; figure: RegExp; mentions: RegExp[] };

function guards(facts: readonly Fact[]): Guard[] {
  return facts.flatMap((fact) => {
    const figure = handTypedPattern(fact.value);
    if (figure === null || fact.mentions.length === 0) return [];
    // A space in a mention also matches a hyphen: "card scheme" catches "card-scheme limits".
    const mentions = fact.mentions.map(
      (word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word).replace(/ /g, "[\\s-]")}(?:s|es)?(?![\\p{L}])`, "iu"),
    );
    return [{ fact, figure, mentions }];
  });
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[“"(A-Z0-9])/;

/**
 * Figures typed by hand where the registry holds them: a sentence with one of a fact's `mentions`
 * ("PayPal") and its figure ("180 days") is almost always that fact written out, and will go stale
 * when the fact changes. The most dangerous ones (deadlines, thresholds) carry mentions.
 */
export function findHandTypedFigures(
  file: string,
  runs: readonly { text: string; where: string }[],
  facts: readonly Fact[] = FACTS,
): string[] {
  const active = guards(facts);
  const problems: string[] = [];
  for (const run of runs) {
    for (const sentence of run.text.split(SENTENCE_END)) {
      const hits = new Map<string, { figure: string; mention: string; ids: string[] }>();
      for (const guard of active) {
        const figure = guard.figure.exec(sentence);
        if (!figure) continue;
        const mention = guard.mentions.map((m) => m.exec(sentence)).find((m) => m !== null);
        if (!mention) continue;
        const key = figure[0].toLowerCase();
        const hit = hits.get(key) ?? { figure: figure[0], mention: mention[0], ids: [] };
        hit.ids.push(guard.fact.id);
        hits.set(key, hit);
      }
      for (const hit of hits.values()) {
        const [first, ...others] = hit.ids;
        const instead = run.where.startsWith("line") || run.where === "" ? `<Fact id="${first}" />` : `{fact:${first}}`;
        const alternatives = others.length > 0 ? ` (or ${others.join(", ")})` : "";
        problems.push(
          `${file}: ${run.where}: "${hit.figure}" next to "${hit.mention}" is fact ${first}${alternatives} typed by hand; write ${instead} instead`,
        );
      }
    }
  }
  return problems;
}

/** Body prose as runs for findHandTypedFigures. */
export function proseRuns(prose: readonly ProseRun[]): { text: string; where: string }[] {
  return prose.map((run) => ({ text: run.text, where: run.line === null ? "" : `line ${run.line}` }));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Registry-wide: facts verified "in the future" fail; facts unchecked for STALE_AFTER_DAYS warn. */
export function checkFactDates(today: string, facts: readonly Fact[] = FACTS): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const fact of facts) {
    if (fact.lastVerified > today) {
      problems.push(`lib/facts: fact ${fact.id}: lastVerified: must not be in the future (got ${fact.lastVerified}, today is ${today})`);
    } else {
      const age = daysBetween(fact.lastVerified, today);
      if (age > STALE_AFTER_DAYS) {
        warnings.push(`lib/facts: fact ${fact.id}: last verified ${age} days ago (${fact.lastVerified}); check it against its source and update lastVerified`);
      }
    }
  }
  return { problems, warnings };
}
