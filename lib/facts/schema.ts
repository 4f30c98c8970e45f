import { z } from "zod";
import { CURRENCY_CODES } from "../money/currencies";

/**
 * The contract for every fact in the registry: one figure a shopper acts on (a deadline, threshold,
 * rate, fee, claim limit, or the scope of a body or scheme), with where and when it applies, where it
 * comes from and how sure we are. Messages are written for the editor who reads them in a failed
 * build; docs/writing-guides.md ("Facts") explains every field.
 */

export const FACT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z.string().refine(isRealDate, { error: (issue) => `must be a real date written YYYY-MM-DD (got ${JSON.stringify(issue.input)})` });

/** A decimal written as text ("135", "9.95", "25.5") so no figure passes through binary floating point. */
const decimalSchema = z.string().regex(DECIMAL, { error: (issue) => `must be a plain decimal such as "135" or "9.95" (got ${JSON.stringify(issue.input)})` });

export const DURATION_UNITS = ["hours", "days", "working-days", "business-days", "weeks", "months", "years"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * Where a fact applies, and the two sides of a scope: ISO 3166 country codes ("GB", "DE"), a part of
 * one ("GB-SCT", "CA-ON"), "EU" for all 27 members, or "global".
 */
export const PLACE_PATTERN = /^(?:global|EU|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/;
const placeSchema = z.string().regex(PLACE_PATTERN, {
  error: (issue) => `must be a country code such as "GB", a part such as "GB-SCT" or "CA-ON", "EU" or "global" (got ${JSON.stringify(issue.input)})`,
});

export const factValueSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("duration"),
      amount: z.number().int().positive(),
      unit: z.enum(DURATION_UNITS),
    }),
    z.strictObject({
      kind: z.literal("money"),
      amount: decimalSchema,
      currency: z.enum(CURRENCY_CODES, { error: (issue) => `must be one of ${CURRENCY_CODES.join(", ")} (got ${JSON.stringify(issue.input)}); add it to lib/money/currencies.ts` }),
      /** What the amount is charged per: "item", "parcel", "tariff line". */
      per: z.string().min(1).optional(),
    }),
    z.strictObject({ kind: z.literal("percent"), value: decimalSchema }),
    z.strictObject({ kind: z.literal("date"), date: isoDateSchema }),
    z.strictObject({
      kind: z.literal("count"),
      amount: z.number().nonnegative(),
      /** The counted thing in the plural, as it follows the number: "centres", "million customers". */
      noun: z.string().min(1),
    }),
    /**
     * Who a body or scheme can help: consumers living in one of `consumersIn`, against traders based
     * in one of `tradersIn`. The case plan reads this to leave out routes that cannot help.
     */
    z.strictObject({
      kind: z.literal("scope"),
      consumersIn: z.array(placeSchema).min(1),
      tradersIn: z.array(placeSchema).min(1),
      summary: z.string().min(1),
    }),
  ],
  { error: 'must be { kind: "duration" | "money" | "percent" | "date" | "count" | "scope", … }' },
);
export type FactValue = z.output<typeof factValueSchema>;
export type FactValueKind = FactValue["kind"];

/** A source URL must name a page, never a bare home page: "https://example.org/" tells no one where the figure is. */
export function isBareOrigin(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === "" || parsed.pathname === "/") && parsed.search === "" && parsed.hash === "";
  } catch {
    return false;
  }
}

export const factSourceSchema = z
  .strictObject({
    title: z.string().trim().min(1, { error: "must not be empty" }),
    url: z.string().refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === "https:" && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { error: (issue) => `must be a full https:// address (got ${JSON.stringify(issue.input)})` },
    ).refine((value) => !isBareOrigin(value), {
      error: (issue) => `is a bare home page (${String(issue.input)}); link the page that states the figure`,
    }),
    publisher: z.string().trim().min(1, { error: "must not be empty" }),
    /** The law, the regulator, the scheme's own terms, the carrier's own fee page. */
    official: z.boolean({ error: "must be true (the law, a regulator, the scheme's or carrier's own page) or false" }),
    /** Required for a secondary source: why no official page states this. */
    why: z.string().trim().min(1).optional(),
  })
  .superRefine((source, ctx) => {
    if (!source.official && !source.why) {
      ctx.addIssue({
        code: "custom",
        path: ["why"],
        message: "a secondary source needs `why`: say why no official page is cited for this figure",
      });
    }
  });
export type FactSource = z.output<typeof factSourceSchema>;

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type FactConfidence = (typeof CONFIDENCE_LEVELS)[number];

export const CHANGE_KINDS = ["rule-change", "correction"] as const;

export const factChangeSchema = z.strictObject({
  /** rule-change: the day the new value took effect. correction: the day we corrected our figure. */
  date: isoDateSchema,
  /** rule-change: the law or scheme changed; correction: we had it wrong. */
  kind: z.enum(CHANGE_KINDS, { error: `must be one of ${CHANGE_KINDS.join(", ")}` }),
  /** The value before this change; the value after it is the next change's `from`, or the fact's value. */
  from: factValueSchema,
  summary: z.string().trim().min(1, { error: "must say in plain words what changed" }),
});
export type FactChange = z.output<typeof factChangeSchema>;

export const factSchema = z
  .strictObject({
    id: z.string().regex(FACT_ID_PATTERN, { error: (issue) => `must be lower-case words joined by hyphens (got ${JSON.stringify(issue.input)})` }),
    /**
     * One plain-words sentence. `{value}` stands for this fact's value and `{other-id}` for another
     * fact's, so the figure itself is never typed here.
     */
    statement: z.string().trim().min(1),
    value: factValueSchema,
    appliesTo: z.array(placeSchema).min(1, { error: 'must name at least one place, e.g. ["GB"] or ["global"]' }),
    /** The day the current value took effect (or the earliest day we vouch for it). */
    validFrom: isoDateSchema,
    /** The last day it applies, when an end is known (a temporary duty, a repealed rule); otherwise null. */
    validTo: isoDateSchema.nullable(),
    sources: z.array(factSourceSchema).min(1, { error: "must list at least one source, official first" }),
    lastVerified: isoDateSchema,
    confidence: z.enum(CONFIDENCE_LEVELS, { error: `must be one of ${CONFIDENCE_LEVELS.join(", ")}` }),
    /** A caveat shown with the fact's source (e.g. where official pages disagree and why we show this value). */
    note: z.string().trim().min(1).optional(),
    changes: z.array(factChangeSchema).default([]),
    /**
     * Words that mark a hand-typed copy of this figure in a guide: a sentence containing one of these
     * and the figure itself fails `content:check` (use <Fact id="…" /> instead).
     */
    mentions: z.array(z.string().trim().min(2)).default([]),
  })
  .superRefine((fact, ctx) => {
    if (fact.value.kind !== "scope" && !fact.statement.includes("{value}")) {
      ctx.addIssue({ code: "custom", path: ["statement"], message: "must contain {value} where the figure goes, so the figure is written only once" });
    }
    if (fact.validTo !== null && fact.validTo < fact.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: `must not be before validFrom (${fact.validFrom})` });
    }
    if (!fact.sources.some((s) => s.official) && fact.confidence === "high") {
      ctx.addIssue({ code: "custom", path: ["confidence"], message: "cannot be high without an official source" });
    }
    let previous = "";
    fact.changes.forEach((change, i) => {
      if (change.date < previous) ctx.addIssue({ code: "custom", path: ["changes", i, "date"], message: "changes must be listed oldest first" });
      previous = change.date;
      if (change.from.kind !== fact.value.kind) {
        ctx.addIssue({ code: "custom", path: ["changes", i, "from"], message: `must be a ${fact.value.kind}, like the fact's value` });
      }
      if (change.kind === "rule-change" && change.date > fact.validFrom) {
        ctx.addIssue({ code: "custom", path: ["changes", i, "date"], message: `a rule change cannot come after validFrom (${fact.validFrom}): the current value starts at the latest rule change` });
      }
    });
    const ruleChanges = fact.changes.filter((c) => c.kind === "rule-change");
    const latest = ruleChanges.at(-1);
    if (latest && latest.date !== fact.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validFrom"], message: `must be the date of the latest rule change (${latest.date})` });
    }
  });

export type FactInput = z.input<typeof factSchema>;
export type Fact = z.output<typeof factSchema>;
