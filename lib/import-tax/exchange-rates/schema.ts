/**
 * The shape of the checked-in exchange-rate tables (data/*.json), validated when they load so a
 * typo in a rate or a date fails the build with the file and the field named. The tables are
 * written by `npm run rates:update` (scripts/rates-update.ts) and never fetched while a page is served.
 */
import { z } from "zod";
import { CURRENCY_CODES } from "../money";
import { isIsoDate } from "../dates";

const isoDate = z.string().refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD (fix the date in the data file)" });
const currency = z.enum(CURRENCY_CODES);
/** A published rate as the authority writes it: a positive decimal, never a float. */
export const rateTextSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: "must be a positive decimal written with a point, like \"0.85873\"" })
  .refine((text) => /[1-9]/.test(text), { message: "must not be zero" });

const source = z.object({ title: z.string().min(1), url: z.url() });
const rates = z.partialRecord(currency, rateTextSchema);

const header = {
  source,
  /** Where the figures came from and how they were checked. */
  provenance: z.string().min(1),
  /** The day the file was last refreshed. */
  updated: isoDate,
};

function ascendingAndUnique<T>(keyOf: (entry: T) => string) {
  return (entries: T[], ctx: z.RefinementCtx) => {
    entries.forEach((entry, index) => {
      const previous = entries[index - 1];
      if (previous !== undefined && keyOf(previous) >= keyOf(entry)) {
        ctx.addIssue({ code: "custom", path: [index], message: `must come after ${keyOf(previous)} (keep entries oldest first, one per date)` });
      }
    });
  };
}

/** ECB: `1 EUR = rate units of the currency`, one entry per TARGET working day. */
export const ecbTableSchema = z.object({
  authority: z.literal("ECB"),
  base: z.literal("EUR"),
  ...header,
  days: z.array(z.object({ date: isoDate, rates })).superRefine(ascendingAndUnique((d) => d.date)),
});

/** HMRC: `£1 = rate units of the currency`, fixed for a calendar month ("2026-06"). */
export const hmrcTableSchema = z.object({
  authority: z.literal("HMRC"),
  base: z.literal("GBP"),
  ...header,
  months: z
    .array(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "must be a month written YYYY-MM" }), rates }))
    .superRefine(ascendingAndUnique((m) => m.month)),
});

/** Bank of Canada: `1 unit of the currency = rate Canadian dollars`, one entry per business day. */
export const bocTableSchema = z.object({
  authority: z.literal("Bank of Canada"),
  base: z.literal("CAD"),
  ...header,
  days: z.array(z.object({ date: isoDate, rates })).superRefine(ascendingAndUnique((d) => d.date)),
});

export type EcbTable = z.infer<typeof ecbTableSchema>;
export type HmrcTable = z.infer<typeof hmrcTableSchema>;
export type BocTable = z.infer<typeof bocTableSchema>;

export function formatTableErrors(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return `invalid exchange-rate table ${file}:\n${lines.join("\n")}`;
}

export function parseTable<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(formatTableErrors(file, result.error));
  return result.data;
}
