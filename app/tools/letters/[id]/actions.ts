"use server";

import type { LetterState, LetterValues } from "@/components/tools/letter-builder";
import { formFieldsFor, isLetterTemplateId } from "@/lib/letters";
import { letterState } from "./letter-state";

/**
 * Fills in a letter from a form posted without JavaScript (or before the page's script has loaded).
 * The details travel in the request body, never in the address, and are used for this one answer:
 * nothing is stored or logged. Only the template's own fields are read, each as a string.
 */
export async function fillLetter(previous: LetterState, form: FormData): Promise<LetterState> {
  const templateId = form.get("template");
  if (typeof templateId !== "string" || !isLetterTemplateId(templateId)) return previous;
  const values: LetterValues = {};
  for (const name of formFieldsFor(templateId)) {
    const value = form.get(name);
    if (typeof value === "string" && value.trim() !== "") values[name] = value;
  }
  return letterState(templateId, values);
}
