// The formatting module only, not the registry: this file runs in the browser with the letter engine.
import { type FactForm, fillFactPlaceholders, formatFactValue } from "@/lib/facts/format";
import type { FactValue } from "@/lib/facts/schema";
import type { LetterLanguage } from "./fields";

/**
 * The figures one letter needs, by fact id. A letter's text names them as `{fact:id}`; the server
 * reads their values from the registry (lib/letters/facts.server.ts letterFacts) and hands this small
 * map to the page, so the letter can be filled in inside the browser without the registry and its
 * zod schemas being sent there. A correction to a fact reaches every letter on the next build.
 */
export type LetterFacts = Readonly<Record<string, FactValue>>;

function lookupIn(facts: LetterFacts, where: string): (id: string) => FactValue {
  return (id) => {
    const value = facts[id];
    if (value === undefined) throw new Error(`${where}: {fact:${id}} has no value; the page must pass letterFacts() for this letter`);
    return value;
  };
}

/** Text with its `{fact:id}` placeholders written out in `lang`, the way lib/facts/format.ts writes figures. */
export function fillLetterFacts(text: string, facts: LetterFacts, lang: LetterLanguage, where: string): string {
  return fillFactPlaceholders(text, lookupIn(facts, where), lang);
}

/** One fact in words, for a warning that names it. */
export function letterFactText(facts: LetterFacts, id: string, where: string, form: FactForm = "value"): string {
  return formatFactValue(lookupIn(facts, where)(id), form);
}

/**
 * The figure of a duration (its number of units) or of a sum of money, to compare with what the
 * buyer typed: a reply period against PayPal's escalation window, a price against Section 75's band.
 */
export function letterFactAmount(facts: LetterFacts, id: string, where: string): number {
  const value = lookupIn(facts, where)(id);
  if (value.kind === "duration") return value.amount;
  if (value.kind === "money") return Number(value.amount);
  throw new Error(`${where}: fact ${id} is a ${value.kind}, not a figure to compare`);
}
