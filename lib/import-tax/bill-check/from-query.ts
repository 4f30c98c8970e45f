import { estimateLandedCost } from "../estimate";
import { getCalculatorMetadata } from "../metadata";
import { parseLandedCostQuery, type FieldError } from "../parse";
import type { IsoDate } from "../dates";
import { BILL_FIELDS, checkBill, parseBilledAmounts, type BillCheck } from "./index";

type Query = Record<string, string | string[] | undefined>;

/**
 * The bill check for a page's query: the calculator's parameters plus billedDuty, billedTax and
 * billedFee. Both the check-bill page and the letter it links to read it, so the letter can be filled
 * in from the bill without putting the letter's own text in an address.
 */
export function checkBillFromQuery(query: Query, today: IsoDate): { errors: FieldError[]; check: BillCheck | null } {
  const parsed = parseLandedCostQuery(query, { today });
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const metadata = getCalculatorMetadata(first(query.date), today);
  const currency = metadata.destinations.find((d) => d.code === first(query.destination).toUpperCase())?.currency ?? "GBP";
  const billed = parseBilledAmounts(query, currency);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(billed.ok ? [] : billed.errors)];
  if (!parsed.ok || !billed.ok) return { errors, check: null };
  return { errors, check: checkBill(parsed.input, estimateLandedCost(parsed.input), billed.billed) };
}

/** Whether a query carries a bill to check (at least one billed amount). */
export function hasBilledAmounts(query: Query): boolean {
  return Object.values(BILL_FIELDS).some((key) => {
    const value = query[key];
    return (Array.isArray(value) ? value[0] : value)?.trim();
  });
}
