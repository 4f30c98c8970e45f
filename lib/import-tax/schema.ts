/**
 * The shape of the rule data, validated with zod when the rules load (rules/index.ts), so a typo in
 * a rate or a date fails loudly with the destination and field named instead of producing a wrong
 * tax figure. Types are inferred from these schemas (types.ts re-exports them).
 */
import { z } from "zod";
import { CATEGORIES } from "./categories";
import { CURRENCY_CODES } from "./money";
import { isIsoDate } from "./dates";

export const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" });
export const confidenceSchema = z.enum(["high", "medium", "low"]);
export const categorySchema = z.enum(CATEGORIES);
export const channelSchema = z.enum(["post", "courier"]);
export const currencySchema = z.enum(CURRENCY_CODES);

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
});

/** An amount in minor units. `conversion` records how a foreign-currency threshold was converted. */
export const moneySchema = z.object({
  currency: currencySchema,
  minor: z.number().int().nonnegative(),
  conversion: z
    .object({
      from: currencySchema,
      amount: z.string().regex(/^\d+(\.\d+)?$/),
      rate: z.string().regex(/^\d+(\.\d+)?$/),
      asOf: isoDateSchema,
      note: z.string().min(1),
      confidence: confidenceSchema,
    })
    .optional(),
});

/** A rate in basis points (1900 = 19 %), with how sure we are of it and where it comes from. */
export const rateSchema = z.object({
  basisPoints: z.number().int().min(0).max(10_000),
  confidence: confidenceSchema,
  note: z.string().min(1).optional(),
  sources: z.array(sourceSchema).optional(),
});

export const thresholdMeasureSchema = z.enum([
  "goods", // the price of the goods only (intrinsic value; shipping and insurance invoiced separately are left out)
  "goodsShippingInsurance", // CIF-style: goods + shipping + insurance
  "customsValue", // the duty base defined by duty.base (e.g. Japan's 60 % taxable value)
]);

export const thresholdSchema = z.object({
  limit: moneySchema,
  measure: thresholdMeasureSchema,
  scope: z.enum(["consignment", "item"]),
  /** When the relief or scheme applies: "atOrBelow" (≤ limit) or "below" (< limit, e.g. Norway's VOEC). */
  appliesWhen: z.enum(["atOrBelow", "below"]),
  /** Categories the relief never covers (e.g. Japan: footwear is taxed even under ¥10,000). */
  excludedCategories: z.array(categorySchema),
  confidence: confidenceSchema,
  note: z.string().min(1).optional(),
});

export const dutyRatesSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("byCategory"),
    general: rateSchema,
    byCategory: z.partialRecord(categorySchema, rateSchema),
  }),
  /** One rate for everything, only for some channels (US postal duty Feb–Jul 2026). */
  z.object({
    kind: z.literal("flat"),
    rate: rateSchema,
    channels: z.array(channelSchema).min(1),
    otherChannelsReason: z.string().min(1),
  }),
  /** The law is in flux and no rate is confirmed: the result says so and leaves the amount out. */
  z.object({ kind: z.literal("unconfirmed"), reason: z.string().min(1) }),
]);

export const lowValueDutySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  /** EU from 1 July 2026: a flat amount per tariff line (we count one line per category). */
  z.object({
    kind: z.literal("perTariffLine"),
    amount: moneySchema,
    confidence: confidenceSchema,
    note: z.string().min(1),
  }),
]);

export const dutyRuleSchema = z.object({
  /** fob: goods only; cif: goods + shipping + insurance; personalUse60: 60 % of goods + shipping + insurance (Japan). */
  base: z.enum(["fob", "cif", "personalUse60"]),
  /** At or under this (per appliesWhen), normal duty is not charged; lowValue says what is charged instead. */
  threshold: thresholdSchema.nullable(),
  lowValue: lowValueDutySchema,
  rates: dutyRatesSchema,
});

/** customsValue is the duty base (duty.base), for countries that tax the customs value (Japan's 60 % rule). */
export const taxComponentSchema = z.enum(["goods", "shipping", "insurance", "customsValue", "duty", "carrierFee"]);

export const taxRuleSchema = z.object({
  name: z.string().min(1),
  standard: rateSchema,
  byCategory: z.partialRecord(categorySchema, rateSchema),
  import: z.object({
    threshold: thresholdSchema.nullable(),
    base: z.array(taxComponentSchema).min(1),
    /** Small amounts the authority does not bother to collect (Switzerland: CHF 5 or less; Germany: under €1). */
    notCollected: z
      .object({
        amount: moneySchema,
        when: z.enum(["atOrBelow", "below"]),
        note: z.string().min(1),
        /**
         * What the small amount is measured on: the import tax alone (Switzerland assesses VAT and duty
         * separately) or the import charges together, duty and tax (Germany).
         */
        covers: z.enum(["tax", "importCharges"]).default("tax"),
      })
      .nullable(),
  }),
});

export const regionSchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  taxName: z.string().min(1),
  rate: rateSchema,
  byCategory: z.partialRecord(categorySchema, rateSchema),
  notes: z.array(z.string().min(1)),
});

export const sellerSchemeSchema = z.discriminatedUnion("kind", [
  /** No scheme lets an overseas seller collect this tax; "seller collects" can only mean delivered duty paid. */
  z.object({ kind: z.literal("none"), note: z.string().min(1) }),
  z.object({
    kind: z.literal("registeredSeller"),
    name: z.string().min(1),
    /** null: every order from a registered seller qualifies (Swiss mail-order rule). */
    eligibility: thresholdSchema.nullable(),
    taxBase: z.array(z.enum(["goods", "shipping", "insurance"])).min(1),
    /** What happens to customs duty on goods sold under the scheme. */
    duty: z.enum(["none", "lowValueDutyAtCheckout", "normalDutyAtCheckout", "importDuty"]),
    explanation: z.string().min(1),
    confidence: confidenceSchema,
    /** What happens to an order that qualifies but whose seller does not collect (shown as a warning). */
    whenSellerDoesNotCollect: z.object({ note: z.string().min(1), confidence: confidenceSchema }),
  }),
]);

export const feeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  kind: z.enum(["carrier", "government"]),
  channels: z.array(channelSchema).min(1),
  amount: moneySchema,
  /** Charged only when the goods value is above / at or under these amounts (tiered carrier fees). */
  goodsAbove: moneySchema.nullable(),
  goodsAtMost: moneySchema.nullable(),
  /** Switzerland adds the clearance fee to the import VAT base. */
  includedInTaxBase: z.boolean(),
  confidence: confidenceSchema,
  asOf: isoDateSchema,
  note: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
});

export const ruleVersionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    validFrom: isoDateSchema,
    validTo: isoDateSchema,
    currency: currencySchema,
    summary: z.string().min(1),
    confidence: confidenceSchema,
    lastVerified: isoDateSchema,
    sources: z.array(sourceSchema).min(1),
    /** Shown with every result under this version. */
    warnings: z.array(z.string().min(1)),
    /** Assumptions the figures rest on (e.g. "goods ship from China, not the US or Mexico"). */
    assumptions: z.array(z.string().min(1)),
    /**
     * Charges that may be due from a date but cannot be estimated (a proposed fee not yet adopted):
     * from that date every result marks its total as a minimum and names them beside it.
     */
    pendingCharges: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1), reason: z.string().min(1), from: isoDateSchema }))
      .default([]),
    /** Shown when the order contains that category (e.g. Japan: leather shoes pay a specific duty). */
    categoryNotes: z.partialRecord(categorySchema, z.string().min(1)).default({}),
    sellerScheme: sellerSchemeSchema,
    duty: dutyRuleSchema,
    tax: taxRuleSchema,
    regions: z.array(regionSchema),
    fees: z.array(feeSchema),
  })
  .superRefine((version, ctx) => {
    if (version.validTo < version.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "must not be before validFrom" });
    }
    for (const { path, money } of moneyFields(version)) {
      if (money.currency !== version.currency) {
        ctx.addIssue({ code: "custom", path, message: `is in ${money.currency}, but this version uses ${version.currency}` });
      }
    }
  });

export const destinationSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    /** The EU members share the EU customs rules; their VAT differs. */
    group: z.enum(["eu", "other"]),
    regionLabel: z.string().min(1).nullable(),
    versions: z.array(ruleVersionSchema).min(1),
  })
  .superRefine((destination, ctx) => {
    destination.versions.forEach((version, index) => {
      const previous = destination.versions[index - 1];
      if (previous && previous.validTo >= version.validFrom) {
        ctx.addIssue({ code: "custom", path: ["versions", index, "validFrom"], message: `overlaps ${previous.id}` });
      }
      const needsRegions = destination.regionLabel !== null;
      if (needsRegions !== version.regions.length > 0) {
        ctx.addIssue({ code: "custom", path: ["versions", index, "regions"], message: "regions must be listed exactly when the destination has a region label" });
      }
    });
  });

export type RuleVersionInput = z.input<typeof ruleVersionSchema>;
export type DestinationInput = z.input<typeof destinationSchema>;

function moneyFields(version: z.infer<typeof ruleVersionSchema>): { path: (string | number)[]; money: z.infer<typeof moneySchema> }[] {
  const found: { path: (string | number)[]; money: z.infer<typeof moneySchema> }[] = [];
  const thresholds = [
    { path: ["duty", "threshold"], threshold: version.duty.threshold },
    { path: ["tax", "import", "threshold"], threshold: version.tax.import.threshold },
    { path: ["sellerScheme", "eligibility"], threshold: version.sellerScheme.kind === "registeredSeller" ? version.sellerScheme.eligibility : null },
  ];
  for (const { path, threshold } of thresholds) if (threshold) found.push({ path: [...path, "limit"], money: threshold.limit });
  if (version.duty.lowValue.kind === "perTariffLine") found.push({ path: ["duty", "lowValue", "amount"], money: version.duty.lowValue.amount });
  if (version.tax.import.notCollected) found.push({ path: ["tax", "import", "notCollected", "amount"], money: version.tax.import.notCollected.amount });
  version.fees.forEach((fee, i) => {
    found.push({ path: ["fees", i, "amount"], money: fee.amount });
    if (fee.goodsAbove) found.push({ path: ["fees", i, "goodsAbove"], money: fee.goodsAbove });
    if (fee.goodsAtMost) found.push({ path: ["fees", i, "goodsAtMost"], money: fee.goodsAtMost });
  });
  return found;
}
