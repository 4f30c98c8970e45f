import { getFact } from "@/lib/facts";
import { factPlaceholderIds, type FactLanguage, fillFactPlaceholders } from "@/lib/facts/format";
import type { LetterFacts } from "./facts";
import { type NotePart, noteParts } from "./notes";
import { WARNING_FACT_IDS } from "./render";
import { getLetterTemplate, type LetterTemplate, type LetterTemplateId } from "./templates";

/**
 * The letters' side of the fact registry, for the server and the build only: it imports the
 * registry (and zod with it), which must never reach the browser. Pages fill a letter's description
 * and notes here and pass letterFacts() to the letter builder, which fills the letter itself.
 */

/** The values of every fact a letter's text and warnings name, for the browser to fill it in. */
export function letterFacts(templateId: LetterTemplateId): LetterFacts {
  const ids = [...getLetterTemplate(templateId).factIds, ...(WARNING_FACT_IDS[templateId] ?? [])];
  return Object.fromEntries(ids.map((id) => [id, getFact(id).value]));
}

/** Text written outside the registry with its `{fact:id}` placeholders filled from it. */
export function fillFacts(text: string, lang: FactLanguage = "en"): string {
  return fillFactPlaceholders(text, (id) => getFact(id).value, lang);
}

/** Every fact a letter names anywhere: text, description, notes and warnings. */
export function letterFactIds(template: LetterTemplate): string[] {
  const elsewhere = [template.description, ...template.notes].flatMap(factPlaceholderIds);
  return [...new Set([...template.factIds, ...elsewhere, ...(WARNING_FACT_IDS[template.id] ?? [])])];
}

/** A letter's words for its page, the list of letters and search, every figure filled in. */
export interface LetterSummary {
  title: string;
  description: string;
  recipient: string;
  /** "Before you send it": each note as text and links to guides and tools. */
  notes: NotePart[][];
}

export function letterSummary(template: LetterTemplate): LetterSummary {
  return {
    title: template.title,
    description: fillFacts(template.description),
    recipient: template.recipient,
    notes: template.notes.map((note) => noteParts(fillFacts(note))),
  };
}
