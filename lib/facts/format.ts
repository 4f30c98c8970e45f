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

/**
 * The value as words. `adjective` reads before a noun ("a 14-day right", "the £135 rule") and
 * differs only for durations.
 */
export function formatFactValue(value: FactValue, form: FactForm = "value"): string {
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

/** The fact ids a template refers to (not counting `{value}`). */
export function templateReferences(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").filter((id) => id !== "value");
}
