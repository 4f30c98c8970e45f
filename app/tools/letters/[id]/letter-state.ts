import "server-only";
import type { LetterState, LetterValues } from "@/components/tools/letter-builder";
import { addDays, formatLong, todayIn } from "@/lib/dates";
import { type LetterTemplateId, parseLetterQuery, renderLetter } from "@/lib/letters";
import { letterFacts } from "@/lib/letters/facts.server";

/**
 * The letter for a set of values, as the server renders it: for the first page (from the address's
 * case facts) and for a form posted without JavaScript (every field, from the request body).
 */
export function letterState(templateId: LetterTemplateId, values: LetterValues): LetterState {
  // The server can't know the reader's time zone: the letter is dated by UTC (the browser switches
  // to the reader's own day once its script runs), and a date is "in the future" only once it is
  // after tomorrow in UTC, the latest date it can be anywhere.
  const today = todayIn(new Date(), "UTC");
  const { fields, errors } = parseLetterQuery(values, { today: addDays(today, 1) });
  const letter = renderLetter(templateId, fields, { today, facts: letterFacts(templateId) });
  return { values, view: { letter, errors, replyBy: formatLong(letter.replyBy) } };
}
