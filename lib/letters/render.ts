import { type CalendarDate, addDays, dayOfWeek, formatChinese, formatDayMonthYear, formatLong } from "@/lib/dates";
import {
  DEFAULT_REPLY_DAYS,
  FIELD_META,
  type LetterFieldName,
  type LetterFields,
  type LetterLanguage,
  PARCEL_ISSUE_PHRASES,
  PROBLEM_PHRASES,
  REMEDY_PHRASES,
  SEIZURE_PROCEDURE_PHRASES,
  type TokenName,
} from "./fields";
import { fillLetterFacts, letterFactAmount, type LetterFacts } from "./facts";
import { type LetterTemplateId, type TemplateNode, type TemplateSegment, getLetterTemplate } from "./templates";

export type LetterPart =
  | { kind: "text"; text: string }
  | {
      kind: "field";
      name: TokenName;
      /** The value as it reads in this language, or null when the field is empty. */
      value: string | null;
      /** What to show (highlighted) while empty, e.g. "[order number]". */
      placeholder: string;
      lang: LetterLanguage;
    };

/** One language's part of a letter: Chinese, then English, when it is bilingual. */
export interface LetterVersion {
  lang: LetterLanguage;
  subjectParts: LetterPart[];
  bodyParts: LetterPart[];
}

export interface RenderedLetter {
  templateId: LetterTemplateId;
  subject: string;
  subjectParts: LetterPart[];
  bodyParts: LetterPart[];
  /** The same subject and body, one entry per language, so a page can mark each with its lang. */
  versions: LetterVersion[];
  /** The body as plain text, with placeholders where fields are empty. */
  plainText: string;
  /** Fields still empty, in order of first use. */
  missing: TokenName[];
  replyBy: CalendarDate;
  /** Whether the letter asks for a reply by replyBy (a letter to customs doesn't set them a date). */
  asksForReply: boolean;
  /** Things to check before sending (a remedy that doesn't fit, an amount Section 75 doesn't cover). */
  warnings: string[];
}

/** Between the Chinese and English versions of a bilingual message. */
const LANGUAGE_SEPARATOR = "\n\n————————\n\n";
const SUBJECT_SEPARATOR = " / ";
const ZH_WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

interface RenderContext {
  fields: LetterFields;
  today: CalendarDate;
  replyBy: CalendarDate;
  facts: LetterFacts;
  /** For an error that names the letter. */
  where: string;
}

function formatDate(date: CalendarDate, lang: LetterLanguage): string {
  return lang === "zh" ? formatChinese(date) : formatDayMonthYear(date);
}

function resolve(name: TokenName, lang: LetterLanguage, context: RenderContext): string | null {
  const { fields } = context;
  switch (name) {
    case "replyBy":
      // The weekday helps the reader see at a glance how long they have.
      return lang === "zh"
        ? `${formatChinese(context.replyBy)}（${ZH_WEEKDAYS[dayOfWeek(context.replyBy)] ?? ""}）`
        : formatLong(context.replyBy);
    case "today":
      return formatDate(context.today, lang);
    case "orderDate":
    case "expectedDelivery":
    case "contactedSellerOn":
    case "noticeDate":
    case "shippedOn":
    case "chargePaidOn":
    case "returnedOn": {
      const date = fields[name];
      return date === undefined ? null : formatDate(date, lang);
    }
    case "remedy":
      return fields.remedy === undefined ? null : REMEDY_PHRASES[fields.remedy][lang];
    case "problemKind":
      return fields.problemKind === undefined ? null : PROBLEM_PHRASES[fields.problemKind][lang];
    case "parcelIssue":
      return fields.parcelIssue === undefined ? null : PARCEL_ISSUE_PHRASES[fields.parcelIssue][lang];
    case "seizureProcedure":
      // English only: the objection letter has no Chinese version.
      return fields.seizureProcedure === undefined ? null : SEIZURE_PROCEDURE_PHRASES[fields.seizureProcedure].en;
    default: {
      const value = fields[name];
      return value === undefined ? null : value;
    }
  }
}

function renderNodes(nodes: TemplateNode[], lang: LetterLanguage, context: RenderContext, into: LetterPart[]): void {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = fillLetterFacts(node.text, context.facts, lang, context.where);
      const last = into.at(-1);
      if (last?.kind === "text") last.text += text;
      else into.push({ kind: "text", text });
    } else if (node.type === "field") {
      into.push({
        kind: "field",
        name: node.name,
        value: resolve(node.name, lang, context),
        placeholder: FIELD_META[node.name].placeholder[lang],
        lang,
      });
    } else {
      const filled = node.nodes.every((inner) => inner.type !== "field" || resolve(inner.name, lang, context) !== null);
      if (filled) renderNodes(node.nodes, lang, context, into);
    }
  }
}

function renderSegments(segments: TemplateSegment[], separator: string, context: RenderContext): LetterPart[] {
  const parts: LetterPart[] = [];
  segments.forEach((segment, index) => {
    if (index > 0) renderNodes([{ type: "text", text: separator }], segment.lang, context, parts);
    renderNodes(segment.nodes, segment.lang, context, parts);
  });
  return parts;
}

export function partsToText(parts: LetterPart[]): string {
  return parts.map((part) => (part.kind === "text" ? part.text : (part.value ?? part.placeholder))).join("");
}

/**
 * The facts each letter's warnings compare against, beyond those its text names: the page passes
 * their values too (lib/letters/facts.server.ts letterFacts).
 */
export const WARNING_FACT_IDS: Partial<Record<LetterTemplateId, readonly string[]>> = {
  "section-75-claim": ["uk-section-75-min", "uk-section-75-max"],
  "paypal-dispute-description": ["paypal-escalation-window"],
};

function warningsFor(templateId: LetterTemplateId, fields: LetterFields, replyDays: number, facts: LetterFacts): string[] {
  const template = getLetterTemplate(templateId);
  const where = `letter ${templateId} (warnings)`;
  const say = (text: string) => fillLetterFacts(text, facts, "en", where);
  const warnings: string[] = [];
  if (fields.remedy !== undefined && template.fields.includes("remedy") && !template.remedies.includes(fields.remedy)) {
    const allowed = template.remedies.map((remedy) => REMEDY_PHRASES[remedy].en).join(" or ");
    warnings.push(`This letter can only ask for ${allowed}. Change “What you want”.`);
  }
  if (templateId === "section-75-claim" && fields.currency === "GBP" && fields.amount !== undefined) {
    const amount = Number(fields.amount);
    if (amount <= letterFactAmount(facts, "uk-section-75-min", where) || amount > letterFactAmount(facts, "uk-section-75-max", where)) {
      warnings.push(
        say(
          "Section 75 only covers an item whose cash price is over {fact:uk-section-75-min} and up to {fact:uk-section-75-max}. If this amount is the item's price, a chargeback request is the better letter.",
        ),
      );
    }
  }
  if (templateId === "paypal-dispute-description" && replyDays >= letterFactAmount(facts, "paypal-escalation-window", where)) {
    warnings.push(say("PayPal closes a dispute that isn't escalated within {fact:paypal-escalation-window} of opening it: choose a reply date well before that."));
  }
  if (
    (templateId === "chargeback-request" || templateId === "section-75-claim") &&
    fields.contactedSellerOn === undefined
  ) {
    warnings.push("Card issuers expect you to have contacted the seller first. Add the date you did.");
  }
  return warnings;
}

/**
 * Fills a template. Pure: `today` comes from the caller (lib/dates todayIn), the reply-by date is
 * today + replyDays (DEFAULT_REPLY_DAYS unless set), and `facts` holds the registry's values for the
 * figures the letter names (lib/letters/facts.server.ts letterFacts, passed down by the page).
 * Empty fields become placeholders the UI can highlight.
 */
export function renderLetter(
  templateId: LetterTemplateId,
  fields: LetterFields,
  options: { today: CalendarDate; facts: LetterFacts },
): RenderedLetter {
  const template = getLetterTemplate(templateId);
  const replyDays = fields.replyDays ?? DEFAULT_REPLY_DAYS;
  const context: RenderContext = {
    fields,
    today: options.today,
    replyBy: addDays(options.today, replyDays),
    facts: options.facts,
    where: `letter ${templateId}`,
  };
  const subjectParts = renderSegments(template.subject, SUBJECT_SEPARATOR, context);
  const bodyParts = renderSegments(template.body, LANGUAGE_SEPARATOR, context);
  const versions = template.languages.map((lang, index): LetterVersion => {
    const only = (segments: TemplateSegment[]) => renderSegments(segments.slice(index, index + 1), "", context);
    return { lang, subjectParts: only(template.subject), bodyParts: only(template.body) };
  });
  const missing: TokenName[] = [];
  for (const part of [...subjectParts, ...bodyParts]) {
    if (part.kind === "field" && part.value === null && !missing.includes(part.name)) missing.push(part.name);
  }
  return {
    templateId,
    subject: partsToText(subjectParts),
    subjectParts,
    bodyParts,
    versions,
    plainText: partsToText(bodyParts),
    missing,
    replyBy: context.replyBy,
    asksForReply: template.fields.includes("replyBy"),
    warnings: warningsFor(templateId, fields, replyDays, options.facts),
  };
}

/** The form fields to show for a template: the tokens it uses, plus replyDays behind "replyBy". */
export function formFieldsFor(templateId: LetterTemplateId): LetterFieldName[] {
  const names: LetterFieldName[] = [];
  for (const token of getLetterTemplate(templateId).fields) {
    if (token === "today") continue;
    names.push(token === "replyBy" ? "replyDays" : token);
  }
  return names;
}
