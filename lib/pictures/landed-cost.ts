/**
 * The worked examples behind the customs pictures (a landed-cost breakdown, a carrier's charge
 * notice, where the tax is paid): each is computed by the calculator's own engine at build time, so a
 * picture can never disagree with the calculator, and each figure it draws is traced back to the
 * fact it came from, so the guide's "Figures on this page" can list it.
 */
import { factMoney, factPercent, getFact, hasFact } from "../facts";
import {
  CATEGORIES,
  estimateLandedCost,
  getDestination,
  parseLandedCostQuery,
  type Category,
  type ChargeLine,
  type CurrencyCode,
  findRuleVersion,
  type LandedCostResult,
} from "../import-tax";
import { decimalToMinor, formatMoney, minorDigitsOf } from "../import-tax/money";

export type SellerCollects = "yes" | "no";

export interface ExampleOrder {
  destination: string;
  category: Category;
  /** The item's price in the destination's currency, as an editor writes it ("200", "39.99"). */
  price: string;
  shipping: string;
  sellerCollectsTax: SellerCollects;
  /** The day whose rules apply (YYYY-MM-DD). */
  date: string;
  /** Post (the default) or courier: carriers' fees differ. */
  channel?: "post" | "courier";
}

export interface ExampleResult {
  order: ExampleOrder;
  result: LandedCostResult;
  /** The calculator with this order filled in, so a reader can change it to their own. */
  calculatorHref: string;
  /** Fact ids behind every charge line: its rate, or the fee's amount. */
  facts: string[];
}

/** Carrier and national fee lines the pictures can draw, and the fact each one's amount comes from. */
const FEE_FACTS: Record<string, string> = {
  "royal-mail-fee": "gb-royal-mail-fee",
  "deutsche-post-dhl-fee": "de-post-dhl-advance-fee",
  "postnl-fee-low": "nl-postnl-fee-low",
  "postnl-fee-high": "nl-postnl-fee-high",
  "italy-low-value-contribution": "it-low-value-contribution",
};

/** The low-value limit each destination the pictures support is tested against. */
export function lowValueLimitFact(destination: string): string {
  return destination.toUpperCase() === "GB" ? "gb-low-value-limit" : "eu-low-value-limit";
}

/**
 * Destinations the pictures can draw: the UK and the euro members of the EU, whose limits are the
 * facts' own figures (a non-euro member tests a converted limit, which a picture could not label).
 */
export function isPictureDestination(code: string, date: string): boolean {
  const destination = getDestination(code);
  if (!destination) return false;
  if (destination.code === "GB") return true;
  const version = findRuleVersion(destination, date);
  return destination.group === "eu" && version?.currency === "EUR";
}

export const PICTURE_CATEGORIES = CATEGORIES;

function query(order: ExampleOrder): URLSearchParams {
  return new URLSearchParams({
    destination: order.destination.toUpperCase(),
    date: order.date,
    item: `${order.category},${order.price},1`,
    shipping: order.shipping,
    insurance: "0",
    sellerCollectsTax: order.sellerCollectsTax === "yes" ? "true" : "false",
    channel: order.channel ?? "post",
  });
}

/** Runs the order through the calculator's parser and engine, exactly as the calculator page does. */
export function computeExample(order: ExampleOrder): ExampleResult {
  const params = query(order);
  const parsed = parseLandedCostQuery(params, { today: order.date });
  if (!parsed.ok) {
    throw new Error(`The example order could not be calculated: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  if (!isPictureDestination(order.destination, order.date)) {
    throw new Error(`${order.destination} is not a destination the pictures support: use GB or a euro member of the EU`);
  }
  const result: LandedCostResult = estimateLandedCost(parsed.input);
  return {
    order,
    result,
    calculatorHref: `/tools/import-tax-calculator?${params.toString()}`,
    facts: lineFacts(result, order.category),
  };
}

const percentText = (id: string) => `${factPercent(id).value}%`;

function factMinor(id: string, currency: CurrencyCode): number {
  const money = factMoney(id);
  if (money.currency !== currency) throw new Error(`Fact ${id} is in ${money.currency}, the example in ${currency}`);
  const minor = decimalToMinor(money.amount, minorDigitsOf(currency));
  if (minor === null) throw new Error(`Fact ${id} has an amount that is not money: ${money.amount}`);
  return minor;
}

/** Which fact a line's rate or amount comes from; throws when the fact does not give that figure. */
function factForLine(line: ChargeLine, result: LandedCostResult, category: Category): string {
  const country = result.destination.toLowerCase();
  const fail = (id: string | undefined, why: string): never => {
    throw new Error(`The ${result.destination} example's line "${line.label}" (${line.rate}) ${why}${id ? ` (fact ${id})` : ""}; update lib/pictures/landed-cost.ts`);
  };
  if (line.kind === "fee") {
    const id = FEE_FACTS[line.id];
    if (!id) return fail(undefined, "has no fact listed for its fee");
    if (factMinor(id, result.currency) !== line.amount) fail(id, "does not match its fact");
    return id;
  }
  if (line.kind === "tax") {
    const id = category === "books" && hasFact(`${country}-vat-books`) && percentText(`${country}-vat-books`) === line.rate ? `${country}-vat-books` : `${country}-vat-standard`;
    if (!hasFact(id) || percentText(id) !== line.rate) fail(id, "does not match a VAT fact");
    return id;
  }
  if (line.id.startsWith("duty-low-value")) {
    const id = "eu-low-value-duty";
    const per = factMinor(id, result.currency);
    if (line.amount % per !== 0) fail(id, "is not a whole number of the flat duty");
    return id;
  }
  const tariff = result.destination === "GB" ? "gb" : "eu";
  const id = hasFact(`${tariff}-duty-${category}`) ? `${tariff}-duty-${category}` : `${tariff}-duty-general`;
  if (percentText(id) !== line.rate) fail(id, "does not match its duty fact");
  return id;
}

function lineFacts(result: LandedCostResult, category: Category): string[] {
  return [...new Set(result.lines.map((line) => factForLine(line, result, category)))];
}

/** "£47.04", in the example's currency. */
export function money(minor: number, result: LandedCostResult): string {
  return formatMoney(minor, result.currency);
}

/** The limit as its fact writes it ("£135", "€150"). */
export function limitText(destination: string): string {
  const id = lowValueLimitFact(destination);
  const value = getFact(id).value;
  if (value.kind !== "money") throw new Error(`Fact ${id} is not money`);
  return formatMoney(factMinor(id, value.currency), value.currency, { compact: true });
}

/** The words for what a line is, for a reader who has never seen a customs bill. */
export function lineWords(line: ChargeLine, result: LandedCostResult): string {
  if (line.kind === "tax") return `${result.taxName} (${line.rate})`;
  if (line.kind === "duty") return line.id.startsWith("duty-low-value") ? "Customs duty (flat, per kind of item)" : `Customs duty (${line.rate})`;
  return line.label;
}

/** "the UK", "Germany", "the Netherlands": a destination as it reads after "in". */
export function placeName(code: string): string {
  const upper = code.toUpperCase();
  if (upper === "GB") return "the UK";
  const name = getDestination(upper)?.name ?? upper;
  return upper === "NL" ? `the ${name}` : name;
}
