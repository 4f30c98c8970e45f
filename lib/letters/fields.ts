import { z } from "zod/mini";
import { inputDateSchema } from "@/lib/dates";
// The module, not the package index: the index brings the deadline rules and the full zod with them.
import { PROBLEMS, type Problem } from "@/lib/deadlines/inputs";

export const LETTER_LANGUAGES = ["zh", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export const REMEDIES = ["refund", "replacement", "repair", "partial-refund"] as const;
export type Remedy = (typeof REMEDIES)[number];

/** Replies are asked for within 14 days unless the buyer chooses otherwise. */
export const DEFAULT_REPLY_DAYS = 14;
export const MIN_REPLY_DAYS = 1;
export const MAX_REPLY_DAYS = 60;
/** "What went wrong" may be this long; a text filled in for the buyer (from a bill check) is cut to fit. */
export const PROBLEM_MAX_LENGTH = 1500;

/** Empty or whitespace-only input means "not filled in". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** One line of text: trimmed, inner runs of whitespace (including line breaks) collapsed. */
function line(max: number, label: string) {
  return text((value) => value.replace(/\s+/g, " ").trim(), z.string().check(z.maxLength(max, `${label} can be at most ${max} characters.`)));
}

/** Free text that may run over several lines: trimmed, at most two line breaks in a row. */
function paragraph(max: number, label: string) {
  return text(
    (value) =>
      value
        .replace(/\r\n?/g, "\n")
        .replace(/[^\S\n]+/g, " ")
        .replace(/\n{3,}/g, "\n\n")
        .trim(),
    z.string().check(z.maxLength(max, `${label} can be at most ${max} characters.`)),
  );
}

/** An optional form field: empty input counts as not filled in, anything else must validate. */
export function optionalField<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(z.transform(blankToUndefined), z.optional(schema));
}

/** An optional text field: normalised by `tidy`, then checked by `rule`. */
function text(tidy: (value: string) => string, rule: z.ZodMiniType<string, string>) {
  return optionalField(z.pipe(z.string(), z.pipe(z.transform(tidy), rule)));
}

function date() {
  return optionalField(inputDateSchema);
}

function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return optionalField(z.enum(values, { error: message }));
}

/**
 * Everything a letter can be filled with. All optional: an empty field renders as a visible
 * placeholder such as "[order number]" so the buyer sees what is left to fill.
 */
export const letterFieldSchema = z.object({
  name: line(100, "Your name"),
  orderNumber: line(80, "The order number"),
  orderDate: date(),
  amount: text(
    (value) => value.trim().replace(/^(-?\d+),(\d{1,2})$/, "$1.$2"),
    z.string().check(
      // A minus sign is a number the buyer meant: say what is wrong with it, not that it isn't one.
      z.refine((value) => !/^-\s*\d/.test(value), "The amount must be zero or more: enter what you paid, for example 49.99."),
      z.regex(/^(-\s*)?\d{1,9}(\.\d{1,2})?$/, "Enter the amount as a number, for example 49.99."),
    ),
  ),
  currency: text(
    (value) => value.trim().toUpperCase(),
    z.string().check(z.regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as GBP, EUR or USD.")),
  ),
  itemDescription: line(200, "The item description"),
  sellerName: line(120, "The seller's name"),
  platform: line(60, "The platform"),
  problemKind: choice(PROBLEMS, "Choose the type of problem from the list."),
  problem: paragraph(PROBLEM_MAX_LENGTH, "The description of what went wrong"),
  remedy: choice(REMEDIES, "Choose what you want: refund, replacement, repair or partial refund."),
  remedyDetails: paragraph(500, "The details of what you want"),
  replyDays: optionalField(
    z.coerce.number({ error: `Enter the number of days to reply, from ${MIN_REPLY_DAYS} to ${MAX_REPLY_DAYS}.` }).check(
      z.refine(Number.isInteger, `Enter a whole number of days, from ${MIN_REPLY_DAYS} to ${MAX_REPLY_DAYS}.`),
      z.minimum(MIN_REPLY_DAYS, `Give at least ${MIN_REPLY_DAYS} day to reply.`),
      z.maximum(MAX_REPLY_DAYS, `Give at most ${MAX_REPLY_DAYS} days to reply.`),
    ),
  ),
  cardLast4: text(
    (value) => value.replace(/\s/g, ""),
    z.string().check(z.regex(/^\d{4}$/, "Enter only the last 4 digits of the card, never the full number.")),
  ),
  cardIssuer: line(100, "The card issuer"),
  trackingNumber: line(80, "The tracking number"),
  expectedDelivery: date(),
  agentName: line(80, "The agent's name"),
  parcelId: line(80, "The parcel ID"),
  transactionId: line(80, "The transaction ID"),
  contactedSellerOn: date(),
  consumerBody: line(120, "The consumer body"),
  sellerCountry: line(60, "The seller's country"),
});

export type LetterFields = z.output<typeof letterFieldSchema>;
export type LetterFieldName = keyof LetterFields;
export const LETTER_FIELD_NAMES = [
  "name",
  "orderNumber",
  "orderDate",
  "amount",
  "currency",
  "itemDescription",
  "sellerName",
  "platform",
  "problemKind",
  "problem",
  "remedy",
  "remedyDetails",
  "replyDays",
  "cardLast4",
  "cardIssuer",
  "trackingNumber",
  "expectedDelivery",
  "agentName",
  "parcelId",
  "transactionId",
  "contactedSellerOn",
  "consumerBody",
  "sellerCountry",
] as const satisfies readonly LetterFieldName[];

/**
 * Which fields may appear in a letter's address. The address reaches browser history, and the
 * Referer of the next request carries it to the server's and any CDN's logs, so only the choice of
 * letter and facts about the case that say nothing about the buyer may be there: the type of problem,
 * the remedy, dates, the platform. Names, numbers and free text about the order are "personal": they
 * stay in the browser, or travel once in the body of a form post (the page says which).
 */
export const LETTER_FIELD_PRIVACY = {
  name: "personal",
  orderNumber: "personal",
  orderDate: "case-fact",
  amount: "personal",
  currency: "case-fact",
  itemDescription: "personal",
  sellerName: "personal",
  platform: "case-fact",
  problemKind: "case-fact",
  problem: "personal",
  remedy: "case-fact",
  remedyDetails: "personal",
  replyDays: "case-fact",
  cardLast4: "personal",
  cardIssuer: "personal",
  trackingNumber: "personal",
  expectedDelivery: "case-fact",
  agentName: "case-fact",
  parcelId: "personal",
  transactionId: "personal",
  contactedSellerOn: "case-fact",
  consumerBody: "case-fact",
  sellerCountry: "case-fact",
} as const satisfies Record<LetterFieldName, "personal" | "case-fact">;

/** The fields a letter's address may carry (see LETTER_FIELD_PRIVACY). */
export const LINKABLE_FIELD_NAMES = LETTER_FIELD_NAMES.filter((name) => LETTER_FIELD_PRIVACY[name] === "case-fact");

export function isLinkableField(name: string): boolean {
  return (LINKABLE_FIELD_NAMES as readonly string[]).includes(name);
}

/** Dates of things that have already happened: one in the future is a typing mistake. */
export const PAST_DATE_FIELDS = {
  orderDate: "The order date",
  contactedSellerOn: "The date you first contacted the seller",
} as const satisfies Partial<Record<LetterFieldName, string>>;

/** Values worked out rather than typed: the reply-by date (today + replyDays) and today's date. */
export const COMPUTED_FIELD_NAMES = ["replyBy", "today"] as const;
export type ComputedFieldName = (typeof COMPUTED_FIELD_NAMES)[number];
export type TokenName = Exclude<LetterFieldName, "replyDays"> | ComputedFieldName;

export interface FieldMeta {
  label: string;
  /** Shown in the letter when the field is empty; the Chinese one keeps English so the buyer can read it. */
  placeholder: Record<LetterLanguage, string>;
}

function meta(label: string, en: string, zh: string = en): FieldMeta {
  return { label, placeholder: { en: `[${en}]`, zh: zh === en ? `[${en}]` : `[${zh} ${en}]` } };
}

export const FIELD_META: Record<LetterFieldName | ComputedFieldName, FieldMeta> = {
  name: meta("Your name", "your name", "您的姓名"),
  orderNumber: meta("Order number", "order number", "订单号"),
  orderDate: meta("Order date", "order date", "下单日期"),
  amount: meta("Amount paid", "amount", "金额"),
  currency: meta("Currency", "currency", "币种"),
  itemDescription: meta("What you bought", "item", "商品"),
  sellerName: meta("Seller or shop name", "seller name", "店铺名称"),
  platform: meta("Platform or website", "platform", "平台"),
  problemKind: meta("Type of problem", "type of problem", "问题类型"),
  problem: meta("What went wrong", "what went wrong", "具体情况"),
  remedy: meta("What you want", "what you want", "诉求"),
  remedyDetails: meta("More about what you want", "details", "补充说明"),
  replyDays: meta("Days to reply", "days to reply"),
  cardLast4: meta("Last 4 digits of the card", "last 4 digits"),
  cardIssuer: meta("Card issuer (your bank)", "card issuer"),
  trackingNumber: meta("Tracking number", "tracking number", "物流单号"),
  expectedDelivery: meta("Latest expected delivery date", "expected delivery date", "预计送达日期"),
  agentName: meta("Shopping agent", "agent name", "代购平台"),
  parcelId: meta("Warehouse parcel ID", "parcel ID", "包裹编号"),
  transactionId: meta("PayPal transaction ID", "transaction ID"),
  contactedSellerOn: meta("Date you first contacted the seller", "date you contacted the seller"),
  consumerBody: meta("Consumer body", "consumer body"),
  sellerCountry: meta("Seller's country", "seller's country"),
  replyBy: meta("Reply by", "reply date", "回复期限"),
  today: meta("Today's date", "today's date"),
};

/** How a choice reads inside each language's sentences ("I am asking for a full refund", "申请全额退款"). */
export const REMEDY_PHRASES: Record<Remedy, Record<LetterLanguage, string>> = {
  refund: { en: "a full refund", zh: "全额退款" },
  replacement: { en: "a replacement", zh: "补发或换货" },
  repair: { en: "a repair", zh: "维修" },
  "partial-refund": { en: "a partial refund", zh: "部分退款" },
};

export const PROBLEM_PHRASES: Record<Problem, Record<LetterLanguage, string>> = {
  "not-delivered": { en: "The parcel has not arrived", zh: "包裹至今未收到" },
  "not-as-described": { en: "The item does not match the description", zh: "收到的商品与描述不符" },
  faulty: { en: "The item is faulty or damaged", zh: "商品有质量问题或已损坏" },
  return: { en: "I want to return the item for a refund", zh: "我需要退货退款" },
};
