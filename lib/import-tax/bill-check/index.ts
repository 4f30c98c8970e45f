/**
 * Checks a carrier's "pay before we deliver" bill against what the rules say is due.
 *
 * Pure: it takes the calculator's estimate for the order (minor units) and the three amounts on the
 * bill, and explains every difference in plain words, with what to do about it. Amounts on a bill are
 * in the destination's currency, whatever currency the order was paid in.
 */
import { readDecimalInput } from "../decimal-input";
import { getDestination } from "../rules";
import { decimalToMinor, formatMoney, maxMinorAmount, minorDigitsOf, type CurrencyCode } from "../money";
import type { FieldError } from "../parse";
import type { ChargeLine, LandedCostEstimate, LandedCostInput, LandedCostResult } from "../types";
import { routeFor, type Route, type RouteKind } from "./routes";

export type { Route } from "./routes";

export interface BilledAmounts {
  /** Minor units of the destination's currency; null when the bill has no such line. */
  duty: number | null;
  tax: number | null;
  fee: number | null;
}

export type FindingId =
  | "taxAlreadyCollected"
  | "taxNotDue"
  | "taxHigher"
  | "dutyNotDue"
  | "dutyHigher"
  | "feeNotDue"
  | "feeTooHigh"
  | "valueMismatch"
  | "lowerThanExpected"
  | "dutyUnknown"
  | "feeUnknown";

export interface BillFinding {
  id: FindingId;
  /** "overcharge": money to get back; "check": worth asking about; "info": nothing to do. */
  severity: "overcharge" | "check" | "info";
  line: "duty" | "tax" | "fee";
  billed: number;
  /** What the rules say is due on delivery for this line (null when it cannot be estimated). */
  expected: number | null;
  title: string;
  explanation: string;
}

export interface BillCheck {
  verdict: "looksRight" | "overcharged" | "query" | "cannotTell";
  currency: CurrencyCode;
  billedTotal: number;
  expectedTotal: number | null;
  /** Sum of the overcharges found (minor units). */
  overchargedBy: number;
  findings: BillFinding[];
  /** When the bill looks right: what made it right, line by line. */
  rightBecause: string[];
  route: Route | null;
  /** Prefilled fields for the letter builder's customs-charge-query letter. */
  letter: { problem: string; remedyDetails: string; amount: string; currency: string } | null;
}

export const BILL_FIELDS = { duty: "billedDuty", tax: "billedTax", fee: "billedFee" } as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function firstParam(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the three billed amounts (major units, decimal comma allowed) in the destination's currency. */
export function parseBilledAmounts(params: Params, currency: CurrencyCode): { ok: true; billed: BilledAmounts } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const cap = maxMinorAmount(currency);
  const read = (key: string, what: string): number | null => {
    const raw = firstParam(params, key)?.trim() ?? "";
    if (raw === "") return null;
    const reading = readDecimalInput(raw);
    const minor = reading.ok ? decimalToMinor(reading.text, minorDigitsOf(currency)) : null;
    if (minor === null || minor > cap) {
      errors.push({ path: key, message: `Enter the ${what} on the bill as a number in ${currency}, like 12.40, or leave it empty if the bill has none.` });
      return null;
    }
    return minor;
  };
  const billed = { duty: read(BILL_FIELDS.duty, "duty"), tax: read(BILL_FIELDS.tax, "tax"), fee: read(BILL_FIELDS.fee, "fee") };
  if (errors.length > 0) return { ok: false, errors };
  if (billed.duty === null && billed.tax === null && billed.fee === null) {
    return { ok: false, errors: [{ path: BILL_FIELDS.tax, message: "Enter at least one amount from the bill: the duty, the tax or the fee." }] };
  }
  return { ok: true, billed };
}

const onDelivery = (result: LandedCostResult, kind: ChargeLine["kind"]) =>
  result.lines.filter((l) => l.kind === kind && l.paidWhen === "delivery").reduce((sum, l) => sum + l.amount, 0);

export function checkBill(input: LandedCostInput, estimate: LandedCostEstimate, billed: BilledAmounts): BillCheck {
  const destination = getDestination(input.destination);
  if (!destination) throw new Error(`Unknown destination ${input.destination}`);
  const currency = estimate.currency;
  const money = (minor: number) => formatMoney(minor, currency);
  // A small difference is rounding or a slightly different exchange rate, not an error.
  const smallAmount = maxMinorAmount(currency) / 10_000_000;
  const tolerance = (expected: number) => Math.max(smallAmount, Math.ceil(expected / 50));

  const collects = estimate.scenarios?.sellerCollects ?? (estimate.scenario === "sellerCollects" ? estimate : null);
  const atDoor = estimate.scenarios?.payOnDelivery ?? (estimate.scenario === "payOnDelivery" ? estimate : null);
  // What a bill at the door should say depends on whether tax was paid at checkout.
  const sellerCharged = input.sellerCollectsTax === true;
  const expectedResult = sellerCharged ? (collects ?? estimate) : (atDoor ?? estimate);
  const checkoutTaxPaid = collects ? collects.lines.filter((l) => l.kind === "tax" && l.paidWhen === "checkout").reduce((s, l) => s + l.amount, 0) : 0;
  const schemeApplies = checkoutTaxPaid > 0;
  const version = destination.versions.find((v) => v.validFrom <= input.date && input.date <= v.validTo);
  const schemeName = version?.sellerScheme.kind === "registeredSeller" ? version.sellerScheme.name : "the seller's tax scheme";

  const expected = {
    duty: onDelivery(expectedResult, "duty"),
    tax: onDelivery(expectedResult, "tax"),
    fee: onDelivery(expectedResult, "fee"),
  };
  const dutyUnknown = expectedResult.unknownCharges.some((c) => c.id === "duty");
  const findings: BillFinding[] = [];
  const right: string[] = [];
  const taxName = estimate.taxName;

  // ---- Tax
  if (billed.tax !== null) {
    const taxLine = expectedResult.lines.find((l) => l.kind === "tax" && l.paidWhen === "delivery");
    if (billed.tax > tolerance(0) && sellerCharged && schemeApplies && expected.tax === 0) {
      findings.push({
        id: "taxAlreadyCollected",
        severity: "overcharge",
        line: "tax",
        billed: billed.tax,
        expected: 0,
        title: `${capitalise(taxName)} charged again`,
        explanation: `You paid ${taxName} of ${money(checkoutTaxPaid)} at checkout under ${schemeName}, so none is due at the border. The ${money(billed.tax)} on the bill charges it a second time, usually because the seller's registration number did not reach customs with the parcel.`,
      });
    } else if (billed.tax > expected.tax + tolerance(expected.tax)) {
      if (expected.tax === 0) {
        findings.push({
          id: "taxNotDue",
          severity: "overcharge",
          line: "tax",
          billed: billed.tax,
          expected: 0,
          title: `No ${taxName} should be due at the border`,
          explanation: `The rules say no ${taxName} is collected on delivery for this order. ${firstSentence(expectedResult.explanation, new RegExp(`No ${escape(taxName)}|${escape(taxName)} (is )?(charged|due)`, "i"))}`.trim(),
        });
        if (!sellerCharged && schemeApplies) {
          findings.push({
            id: "taxAlreadyCollected",
            severity: "check",
            line: "tax",
            billed: billed.tax,
            expected: 0,
            title: `Did you pay ${taxName} at checkout?`,
            explanation: `Your order is within ${schemeName}. If the seller charged ${taxName} at checkout (look at the receipt), this bill charges it a second time.`,
          });
        }
      } else {
        findings.push({
          id: "taxHigher",
          severity: "overcharge",
          line: "tax",
          billed: billed.tax,
          expected: expected.tax,
          title: `${capitalise(taxName)} higher than the rules give`,
          explanation: `The rules give ${money(expected.tax)} of ${taxName} (${taxLine?.explanation ?? ""}). The bill says ${money(billed.tax)}, ${money(billed.tax - expected.tax)} more.`.replace(" ()", ""),
        });
        const implied = taxLine && taxLine.basis !== null ? impliedBase(billed.tax, taxLine) : null;
        if (implied !== null && taxLine?.basis != null && implied > taxLine.basis + tolerance(taxLine.basis) * 5) {
          findings.push({
            id: "valueMismatch",
            severity: "check",
            line: "tax",
            billed: billed.tax,
            expected: expected.tax,
            title: "The value on the bill does not match your order",
            explanation: `${capitalise(taxName)} of ${money(billed.tax)} at ${taxLine.rate} means the parcel was valued at about ${money(implied)}, but your order comes to ${money(taxLine.basis)}. The parcel may have been declared at the wrong value (or with the wrong currency): ask for the customs declaration and send your receipt.`,
          });
        }
      }
    } else if (billed.tax < expected.tax - tolerance(expected.tax)) {
      findings.push(lower("tax", billed.tax, expected.tax, taxName, money));
    } else if (expected.tax > 0 || billed.tax === 0) {
      right.push(expected.tax > 0 ? `${capitalise(taxName)}: ${money(billed.tax)} is what the rules give (${taxLine?.rate ?? ""} on ${taxLine && taxLine.basis !== null ? money(taxLine.basis) : "the value"}).` : `${capitalise(taxName)}: none billed, and none is due at the border.`);
    }
  }

  // ---- Duty
  if (billed.duty !== null) {
    const dutyLines = expectedResult.lines.filter((l) => l.kind === "duty" && l.paidWhen === "delivery");
    if (dutyUnknown) {
      findings.push({
        id: "dutyUnknown",
        severity: "info",
        line: "duty",
        billed: billed.duty,
        expected: null,
        title: "We can't check the duty",
        explanation: `${expectedResult.unknownCharges.find((c) => c.id === "duty")?.reason ?? "No duty rate is confirmed for this date."} Ask the carrier which tariff code and rate it used.`,
      });
    } else if (billed.duty > expected.duty + tolerance(expected.duty)) {
      if (expected.duty === 0) {
        findings.push({
          id: "dutyNotDue",
          severity: "overcharge",
          line: "duty",
          billed: billed.duty,
          expected: 0,
          title: "Duty on a parcel that should have none",
          explanation: `${firstSentence(expectedResult.explanation, /No customs duty/) || "The rules give no customs duty for this order."} The bill charges ${money(billed.duty)}.`,
        });
      } else {
        findings.push({
          id: "dutyHigher",
          severity: "overcharge",
          line: "duty",
          billed: billed.duty,
          expected: expected.duty,
          title: "Duty higher than the rules give",
          explanation: `The rules give ${money(expected.duty)} of duty (${dutyLines.map((l) => `${l.label.toLowerCase()}: ${l.rate}`).join("; ")}). The bill says ${money(billed.duty)}, ${money(billed.duty - expected.duty)} more: the goods may have been given a different tariff code, or a higher value.`,
        });
      }
    } else if (billed.duty < expected.duty - tolerance(expected.duty)) {
      findings.push(lower("duty", billed.duty, expected.duty, "duty", money));
    } else {
      right.push(expected.duty > 0 ? `Duty: ${money(billed.duty)} is what the rules give (${dutyLines.map((l) => l.rate).join(", ")}).` : "Duty: none billed, and none is due.");
    }
  }

  // ---- Fee
  if (billed.fee !== null && billed.fee > 0) {
    const feeLines = expectedResult.lines.filter((l) => l.kind === "fee");
    const nothingDue = expected.duty === 0 && expected.tax === 0 && !dutyUnknown;
    if (nothingDue && (findings.some((f) => f.severity === "overcharge") || feeLines.length === 0)) {
      findings.push({
        id: "feeNotDue",
        severity: "overcharge",
        line: "fee",
        billed: billed.fee,
        expected: 0,
        title: "A collection fee with nothing to collect",
        explanation: `A carrier's fee for collecting duty or tax is only due when duty or tax is. If the charges above go, the ${money(billed.fee)} fee goes with them.`,
      });
    } else if (feeLines.length > 0 && billed.fee > expected.fee + smallAmount / 100) {
      findings.push({
        id: "feeTooHigh",
        severity: "overcharge",
        line: "fee",
        billed: billed.fee,
        expected: expected.fee,
        title: "A fee higher than the carrier's published fee",
        explanation: `${feeLines.map((l) => `${l.label}: ${money(l.amount)}`).join("; ")} is the published fee we hold. The bill's fee is ${money(billed.fee)}, ${money(billed.fee - expected.fee)} more. Fees change, so check the carrier's current fee page before you complain.`,
      });
    } else if (feeLines.length > 0) {
      right.push(`Fee: ${money(billed.fee)} matches the carrier's published fee (${feeLines.map((l) => l.label).join(", ")}).`);
    } else {
      findings.push({
        id: "feeUnknown",
        severity: "info",
        line: "fee",
        billed: billed.fee,
        expected: null,
        title: "We hold no published fee for this carrier",
        explanation: `We can't check the ${money(billed.fee)} fee: we have no checked fee for ${input.channel === "post" ? "postal" : "courier"} parcels to ${destination.name}. Compare it with the fee on the carrier's own website.`,
      });
    }
  }

  const overcharges = findings.filter((f) => f.severity === "overcharge");
  const overchargedBy = Math.max(0, sumBy(overcharges.filter((f) => f.id !== "valueMismatch"), (f) => f.billed - (f.expected ?? 0)));
  const billedTotal = (billed.duty ?? 0) + (billed.tax ?? 0) + (billed.fee ?? 0);
  const verdict: BillCheck["verdict"] = overcharges.length > 0 ? "overcharged" : findings.some((f) => f.severity === "check") ? "query" : findings.some((f) => f.id === "dutyUnknown") ? "cannotTell" : "looksRight";

  const main = overcharges[0] ?? findings.find((f) => f.severity === "check");
  const kind: RouteKind = main?.id === "taxAlreadyCollected" ? "taxAlreadyCollected" : main?.line === "fee" && overcharges.every((f) => f.line === "fee") ? "carrierFee" : "wrongAssessment";
  const route = main ? routeFor(destination.code, destination.group, input.channel, kind) : null;

  const goods = estimate.goods + estimate.shipping + estimate.insurance;
  const letter = main
    ? {
        problem: findings.filter((f) => f.severity !== "info").map((f) => `${f.title}: ${f.explanation}`).join(" "),
        remedyDetails: `Please correct the charge${overchargedBy > 0 ? ` and refund the ${money(overchargedBy)} overcharged` : ""}, or explain how it was worked out.`,
        amount: (goods / 10 ** minorDigitsOf(currency)).toFixed(minorDigitsOf(currency)),
        currency,
      }
    : null;

  if (verdict === "looksRight" && right.length === 0) right.push("Every amount on the bill matches what the rules give.");
  return {
    verdict,
    currency,
    billedTotal,
    expectedTotal: dutyUnknown ? null : expected.duty + expected.tax + expected.fee,
    overchargedBy,
    findings,
    rightBecause: verdict === "looksRight" || verdict === "cannotTell" ? right : [],
    route,
    letter,
  };
}

function lower(line: "duty" | "tax", billed: number, expected: number, name: string, money: (n: number) => string): BillFinding {
  return {
    id: "lowerThanExpected",
    severity: "info",
    line,
    billed,
    expected,
    title: `${capitalise(name)} lower than the rules give`,
    explanation: `The bill's ${name} of ${money(billed)} is less than the ${money(expected)} we work out. That is not a reason to complain; keep the bill in case customs correct it later.`,
  };
}

/** The tax base a billed amount implies at the line's rate ("20%" → billed ÷ 0.20). */
function impliedBase(billed: number, line: ChargeLine): number | null {
  const match = /^(\d+)(?:\.(\d+))?%$/.exec(line.rate);
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0").slice(0, 2));
  return basisPoints > 0 ? Math.round((billed * 10_000) / basisPoints) : null;
}

function firstSentence(sentences: string[], pattern: RegExp): string {
  return sentences.find((s) => pattern.test(s)) ?? "";
}

function sumBy<T>(items: T[], f: (item: T) => number): number {
  return items.reduce((sum, item) => sum + f(item), 0);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
