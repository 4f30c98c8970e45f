import { CURRENCIES } from "../money/currencies";
import { formatIsoDate } from "../site/format";
import type { DurationUnit, FactValue } from "./schema";

/**
 * How a fact's value reads in a sentence: "180 days", "£135", "€3 per tariff line", "8.1%",
 * "1 July 2026". Every page and tool writes figures through here, so one figure never reads two ways.
 */

const UNIT_WORDS: Record<DurationUnit, { one: string; many: string }> = {
  hours: { one: "hour", many: "hours" },
  days: { one: "day", many: "days" },
  "working-days": { one: "working day", many: "working days" },
  "business-days": { one: "business day", many: "business days" },
  weeks: { one: "week", many: "weeks" },
  months: { one: "month", many: "months" },
  years: { one: "year", many: "years" },
};

/** "2026-07-01" → "1 July 2026". */
export const formatFactDate = formatIsoDate;

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "1000" → "1,000"; "9.95" → "9.95"; "1.3" → "1.3". */
export function formatDecimal(amount: string): string {
  const [whole = "0", fraction] = amount.split(".");
  return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
}

function formatCount(amount: number): string {
  return Number.isInteger(amount) ? groupThousands(String(amount)) : String(amount);
}

export type FactForm = "value" | "adjective";

/** The languages a figure can be written in: English everywhere, Simplified Chinese in the bilingual letters. */
export type FactLanguage = "en" | "zh";

/** How a duration reads in Chinese after its number: "180天", "3个月", "6年". */
const ZH_UNITS: Record<DurationUnit, string> = {
  hours: "小时",
  days: "天",
  "working-days": "个工作日",
  "business-days": "个工作日",
  weeks: "周",
  months: "个月",
  years: "年",
};

/**
 * The value in Chinese: "180天", "£100", "20%", "2026年7月1日". Chinese has no separate adjective
 * form ("180天内" and "180天的期限" both take "180天"). Counts, scopes and charges "per" something are
 * written in English words, so they have no Chinese form yet: asking for one fails loudly rather
 * than putting English into a Chinese sentence.
 */
function formatFactValueZh(value: FactValue): string {
  switch (value.kind) {
    case "duration":
      return `${value.amount}${ZH_UNITS[value.unit]}`;
    case "money":
      if (value.per) throw new Error(`No Chinese wording for a charge "per ${value.per}": add one to lib/facts/format.ts before using it in a Chinese text`);
      return `${CURRENCIES[value.currency].prefix}${formatDecimal(value.amount)}`;
    case "percent":
      return `${value.value}%`;
    case "date": {
      const [y, m, d] = value.date.split("-").map(Number);
      return `${y}年${m}月${d}日`;
    }
    case "count":
    case "scope":
      throw new Error(`A ${value.kind} fact has no Chinese wording: its words are English. Use it in English text only.`);
  }
}

/**
 * The value as words. `adjective` reads before a noun ("a 14-day right", "the £135 rule") and
 * differs only for durations. `lang` "zh" writes it the Chinese way ("180天").
 */
export function formatFactValue(value: FactValue, form: FactForm = "value", lang: FactLanguage = "en"): string {
  if (lang === "zh") return formatFactValueZh(value);
  switch (value.kind) {
    case "duration": {
      const words = UNIT_WORDS[value.unit];
      if (form === "adjective") return `${value.amount}-${words.one.replace(" ", "-")}`;
      return `${value.amount} ${value.amount === 1 ? words.one : words.many}`;
    }
    case "money": {
      const text = `${CURRENCIES[value.currency].prefix}${formatDecimal(value.amount)}`;
      return value.per && form === "value" ? `${text} per ${value.per}` : text;
    }
    case "percent":
      return `${value.value}%`;
    case "date":
      return formatFactDate(value.date);
    case "count":
      return `${formatCount(value.amount)} ${value.noun}`;
    case "scope":
      return value.summary;
  }
}

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?::(adjective))?\}/g;

/**
 * Fills `{value}` and `{other-fact-id}` (or `{other-fact-id:adjective}`) in a sentence. `lookup`
 * gives another fact's value; an unknown id throws so a typo never reaches a page.
 */
export function fillTemplate(template: string, own: FactValue | null, lookup: (id: string) => FactValue): string {
  return template.replace(PLACEHOLDER, (_match, id: string, form: FactForm | undefined) => {
    if (id === "value") {
      if (own === null) throw new Error(`"{value}" used outside a fact: "${template}"`);
      return formatFactValue(own, form);
    }
    return formatFactValue(lookup(id), form);
  });
}

/**
 * `{fact:id}` or `{fact:id:adjective}`: a figure in text written outside the registry (a letter, a
 * checklist, a guide's frontmatter), so the figure itself is never typed there.
 */
const FACT_PLACEHOLDER = /\{fact:([a-z0-9]+(?:-[a-z0-9]+)*)(?::(adjective))?\}/g;

/**
 * Fills `{fact:id}` placeholders in `lang`. `lookup` gives a fact's value (the registry on the
 * server; a letter's own small map of values in the browser) and throws for an id it lacks.
 */
export function fillFactPlaceholders(text: string, lookup: (id: string) => FactValue, lang: FactLanguage = "en"): string {
  return text.replace(FACT_PLACEHOLDER, (_match, id: string, form: FactForm | undefined) => formatFactValue(lookup(id), form, lang));
}

/** The fact ids `{fact:…}` placeholders in a text name, in order, each once. */
export function factPlaceholderIds(text: string): string[] {
  return [...new Set([...text.matchAll(FACT_PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** The fact ids a template refers to (not counting `{value}`). */
export function templateReferences(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").filter((id) => id !== "value");
}
