/**
 * Every figure the calculator uses comes from the fact registry: no rule module types a rate, an
 * amount or a threshold itself, and every rate and amount in the validated rules equals a fact's
 * value. A figure typed by hand here would be a second copy that a correction could miss.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FACTS, type FactValue } from "../../facts";
import { CURRENCIES, decimalToMinor } from "../money";
import type { Money, Rate } from "../types";
import { DESTINATIONS } from "./index";

const RULES_DIR = join(process.cwd(), "lib/import-tax/rules");

/** Literals that look like figures but are not facts, each with the reason. */
const ALLOWED: { file: string; text: string; why: string }[] = [
  { file: "eu-members.ts", text: "1.95583", why: "Bulgaria's fixed lev–euro conversion rate, used only to convert the euro limits before 2026" },
  { file: "eu-members.ts", text: "24.3", why: "assumed CZK exchange rate for converting the euro limits, not a legal figure" },
  { file: "eu-members.ts", text: "7.46", why: "assumed DKK exchange rate for converting the euro limits, not a legal figure" },
  { file: "eu-members.ts", text: "390", why: "assumed HUF exchange rate for converting the euro limits, not a legal figure" },
  { file: "eu-members.ts", text: "4.27", why: "assumed PLN exchange rate for converting the euro limits, not a legal figure" },
  { file: "eu-members.ts", text: "5.08", why: "assumed RON exchange rate for converting the euro limits, not a legal figure" },
  { file: "eu-members.ts", text: "11.0", why: "assumed SEK exchange rate for converting the euro limits, not a legal figure" },
  { file: "kr.ts", text: "1400", why: "assumed USD–KRW exchange rate for converting the US dollar limit, not a legal figure" },
  { file: "helpers.ts", text: "2", why: "two decimal places: a percentage written as basis points" },
  { file: "us.ts", text: "0", why: "the US has no federal VAT: a zero rate standing for 'no such tax', not a figure" },
];

/** Money or a percentage written into prose: "€150", "NZ$49.24", "CHF 5", "20 %", "12%". */
const PROSE_FIGURE = /(?:€|£|US\$|C\$|A\$|NZ\$|S\$|HK\$|CN¥|¥|₩)\s?\d|\b(?:CHF|NOK|RON|BGN|CZK|DKK|HUF|PLN|SEK|lei)\s?\d|\d\s?%/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

function figuresIn(file: string): string[] {
  const text = readFileSync(join(RULES_DIR, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const allowed = (literal: string) => ALLOWED.some((a) => a.file === file && a.text === literal);
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) {
      const value = Number(node.text);
      if (value !== 0 && value !== 1 && !allowed(node.text)) found.push(`${where(node)} number ${node.text}`);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const literal = node.text;
      if (DECIMAL.test(literal) && !allowed(literal)) found.push(`${where(node)} "${literal}"`);
      else if (PROSE_FIGURE.test(literal)) found.push(`${where(node)} figure in text: ${literal.match(PROSE_FIGURE)?.[0]} in "${literal.slice(0, 80)}…"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function toMinor(value: Extract<FactValue, { kind: "money" }>): number {
  const minor = decimalToMinor(value.amount, CURRENCIES[value.currency].minorDigits);
  if (minor === null) throw new Error(`bad amount ${value.amount}`);
  return minor;
}

/** Every value a fact has had (its current value and the values before its changes). */
const FACT_VALUES: FactValue[] = FACTS.flatMap((f) => [f.value, ...f.changes.map((c) => c.from)]);
const PERCENT_BASIS_POINTS = new Set(FACT_VALUES.flatMap((v) => (v.kind === "percent" ? [decimalToMinor(v.value, 2)] : [])));
const MONEY = new Set(FACT_VALUES.flatMap((v) => (v.kind === "money" ? [`${v.currency} ${toMinor(v)}`] : [])));

function isFactMoney(money: Money, { allowJustBelow = false } = {}): boolean {
  if (money.conversion) return MONEY.has(`${money.conversion.from} ${decimalToMinor(money.conversion.amount, CURRENCIES[money.conversion.from].minorDigits)}`);
  return MONEY.has(`${money.currency} ${money.minor}`) || (allowJustBelow && MONEY.has(`${money.currency} ${money.minor + 1}`));
}

describe("figures in the import-tax rules", () => {
  it("no rule module types a rate, an amount or a threshold: each is read from a fact", () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(figuresIn)).toEqual([]);
  });

  it("the scan would catch a hand-typed figure", () => {
    expect(PROSE_FIGURE.test("parcels worth €150 or less")).toBe(true);
    expect(PROSE_FIGURE.test("a handling fee of NZ$49.24")).toBe(true);
    expect(PROSE_FIGURE.test("not levied when it comes to CHF 5 or less")).toBe(true);
    expect(PROSE_FIGURE.test("charges 20 % VAT")).toBe(true);
    expect(PROSE_FIGURE.test("Council Regulation (EU) 2026/382, tariff chapters 25–97")).toBe(false);
  });

  it("every rate and amount in the validated rules is the value of a fact", () => {
    const problems: string[] = [];
    const checkRate = (where: string, rate: Rate) => {
      if (!PERCENT_BASIS_POINTS.has(rate.basisPoints)) problems.push(`${where}: ${rate.basisPoints} basis points is no fact's value`);
    };
    const checkMoney = (where: string, money: Money | null, options?: { allowJustBelow?: boolean }) => {
      if (money && !isFactMoney(money, options)) problems.push(`${where}: ${money.currency} ${money.minor} is no fact's value`);
    };
    for (const destination of DESTINATIONS) {
      for (const v of destination.versions) {
        checkRate(`${v.id} tax.standard`, v.tax.standard);
        Object.entries(v.tax.byCategory).forEach(([c, r]) => checkRate(`${v.id} tax.${c}`, r));
        for (const region of v.regions) {
          checkRate(`${v.id} ${region.code}`, region.rate);
          Object.entries(region.byCategory).forEach(([c, r]) => checkRate(`${v.id} ${region.code}.${c}`, r));
        }
        const rates = v.duty.rates;
        if (rates.kind === "byCategory") {
          checkRate(`${v.id} duty.general`, rates.general);
          Object.entries(rates.byCategory).forEach(([c, r]) => checkRate(`${v.id} duty.${c}`, r));
        } else if (rates.kind === "flat") checkRate(`${v.id} duty.flat`, rates.rate);
        checkMoney(`${v.id} duty.threshold`, v.duty.threshold?.limit ?? null);
        checkMoney(`${v.id} tax.threshold`, v.tax.import.threshold?.limit ?? null);
        checkMoney(`${v.id} notCollected`, v.tax.import.notCollected?.amount ?? null);
        if (v.sellerScheme.kind === "registeredSeller") checkMoney(`${v.id} scheme`, v.sellerScheme.eligibility?.limit ?? null);
        if (v.duty.lowValue.kind === "perTariffLine") checkMoney(`${v.id} lowValue`, v.duty.lowValue.amount);
        for (const fee of v.fees) {
          checkMoney(`${v.id} ${fee.id}`, fee.amount);
          checkMoney(`${v.id} ${fee.id} goodsAbove`, fee.goodsAbove, { allowJustBelow: true });
          checkMoney(`${v.id} ${fee.id} goodsAtMost`, fee.goodsAtMost, { allowJustBelow: true });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
