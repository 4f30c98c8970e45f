import type { CurrencyCode } from "../../money/currencies";
import type { FactChange, FactInput, FactSource, FactValue } from "../schema";

/**
 * Small builders for the import-tax fact files (customs-*.ts): the calculator needs some 170
 * thresholds, rates and fees, and writing each as a full object would bury the figures. Every
 * builder returns a plain FactInput, validated like any other when the registry loads.
 */

/** The day these figures were checked against their sources. */
export const CUSTOMS_CHECKED = "2026-12-01";

type Confidence = FactInput["confidence"];

interface Common {
  id: string;
  statement: string;
  appliesTo: string[];
  /** The day the current value took effect, or the earliest day we vouch for it. */
  validFrom: string;
  validTo?: string | null;
  sources: FactSource[];
  confidence: Confidence;
  note?: string;
  changes?: FactChange[];
  mentions?: string[];
}

function fact(common: Common, value: FactValue): FactInput {
  return {
    id: common.id,
    statement: common.statement,
    value,
    appliesTo: common.appliesTo,
    validFrom: common.validFrom,
    validTo: common.validTo ?? null,
    sources: common.sources,
    lastVerified: CUSTOMS_CHECKED,
    confidence: common.confidence,
    ...(common.note ? { note: common.note } : {}),
    ...(common.changes ? { changes: common.changes } : {}),
    ...(common.mentions ? { mentions: common.mentions } : {}),
  };
}

export const percent = (value: string): FactValue => ({ kind: "percent", value });
export const amount = (value: string, currency: CurrencyCode, per?: string): FactValue => ({ kind: "money", amount: value, currency, ...(per ? { per } : {}) });

export function percentFact(common: Common & { value: string }): FactInput {
  return fact(common, percent(common.value));
}

export function moneyFact(common: Common & { amount: string; currency: CurrencyCode; per?: string }): FactInput {
  return fact(common, amount(common.amount, common.currency, common.per));
}

export function dateFact(common: Common & { date: string }): FactInput {
  return fact(common, { kind: "date", date: common.date });
}

/** A change in the law on `date`; `from` is the value before it. */
export function ruleChange(date: string, from: FactValue, summary: string): FactChange {
  return { date, kind: "rule-change", from, summary };
}

/** We had the figure wrong until `date`; `from` is what we showed. */
export function correction(date: string, from: FactValue, summary: string): FactChange {
  return { date, kind: "correction", from, summary };
}
