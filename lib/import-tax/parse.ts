/**
 * Turns shopper input (a JSON body or URL parameters, amounts in MAJOR units of the destination's
 * currency) into a LandedCostInput in minor units, or a list of plain-English errors keyed by field
 * path ("items.0.price"). Both entry points share one validation so the API and the page agree.
 */
import { z } from "zod";
import { CATEGORY_LABELS, isCategory, type Category } from "./categories";
import { formatLongDate, isIsoDate, isWithin, MODELLED_FROM, MODELLED_TO, type IsoDate } from "./dates";
import { decimalToMinor, formatMoney, maxMinorAmount, minorDigitsOf, numberToMinor, type CurrencyCode } from "./money";
import { DESTINATIONS, findRuleVersion, getDestination } from "./rules";
import type { Channel, LandedCostInput } from "./types";

export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; input: LandedCostInput } | { ok: false; errors: FieldError[] };

export interface ParseOptions {
  /** Used when no date is given. Passed in so parsing stays pure (no clock). */
  today: IsoDate;
}

export const MAX_ITEMS = 50;
export const MAX_QUANTITY = 1_000;

type RawAmount = number | string | null | undefined;

/** The common shape both entry points are reduced to before validation. */
interface RawRequest {
  destination: unknown;
  region: unknown;
  date: unknown;
  items: { category: unknown; price: RawAmount; quantity: unknown }[] | null;
  shipping: RawAmount;
  insurance: RawAmount;
  sellerCollectsTax: unknown;
  channel: unknown;
}

const amountSchema = z.union([z.number(), z.string()], { error: "Enter an amount as a number, like 40 or 12.99." });

const jsonBodySchema = z.object(
  {
    destination: z.unknown().optional(),
    region: z.unknown().optional(),
    date: z.unknown().optional(),
    items: z.array(
      z.object(
        { category: z.unknown().optional(), price: amountSchema, quantity: z.unknown().optional() },
        { error: "Each item needs a category, a price and a quantity." },
      ),
      { error: "Add the items as a list, each with a category, a price and a quantity." },
    ),
    shipping: amountSchema.nullish(),
    insurance: amountSchema.nullish(),
    sellerCollectsTax: z.unknown().optional(),
    channel: z.unknown().optional(),
  },
  { error: "Send the order as a JSON object." },
);

export function parseLandedCostJson(body: unknown, options: ParseOptions): ParseResult {
  const parsed = jsonBodySchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  }
  const data = parsed.data;
  return validate(
    {
      destination: data.destination,
      region: data.region,
      date: data.date,
      items: data.items.map((item) => ({ category: item.category, price: item.price, quantity: item.quantity })),
      shipping: data.shipping,
      insurance: data.insurance,
      sellerCollectsTax: data.sellerCollectsTax,
      channel: data.channel,
    },
    options,
  );
}

export function parseLandedCostQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  options: ParseOptions,
): ParseResult {
  const all = (key: string): string[] => {
    if (params instanceof URLSearchParams) return params.getAll(key);
    const value = params[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const first = (key: string): string | undefined => all(key)[0];
  const errors: FieldError[] = [];
  const items = all("item").map((text, index) => {
    const parts = text.split(",").map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3) {
      errors.push({ path: `items.${index}`, message: "Write each item as category,price,quantity, for example clothing,40,1 (use a point for decimals: 12.99)." });
    }
    return { category: parts[0], price: parts[1], quantity: parts[2] ?? "1" };
  });
  const sellerText = first("sellerCollectsTax");
  const sellerCollectsTax = sellerText === undefined ? undefined : ({ true: true, false: false, unknown: null } as Record<string, boolean | null>)[sellerText] ?? sellerText;
  const result = validate(
    {
      destination: first("destination"),
      region: first("region"),
      date: first("date"),
      items,
      shipping: first("shipping"),
      insurance: first("insurance"),
      sellerCollectsTax,
      channel: first("channel"),
    },
    options,
  );
  if (errors.length === 0) return result;
  const otherErrors = result.ok ? [] : result.errors.filter((e) => !errors.some((mine) => e.path.startsWith(mine.path + ".")));
  return { ok: false, errors: [...errors, ...otherErrors] };
}

function validate(raw: RawRequest, options: ParseOptions): ParseResult {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });

  // Destination, date and rule version decide the currency every amount is read in.
  const destinationCode = typeof raw.destination === "string" ? raw.destination.trim().toUpperCase() : "";
  const destination = destinationCode ? getDestination(destinationCode) : undefined;
  if (!destinationCode) fail("destination", "Choose the country the parcel is going to.");
  else if (!destination) fail("destination", `We don't have rules for "${String(raw.destination)}". Choose one of: ${DESTINATIONS.map((d) => d.code).join(", ")}.`);

  const date = raw.date === undefined || raw.date === null || raw.date === "" ? options.today : raw.date;
  const dateOk = typeof date === "string" && isIsoDate(date);
  if (!dateOk) fail("date", "Enter the date as YYYY-MM-DD, for example 2026-08-15.");
  else if (!isWithin(date, MODELLED_FROM, MODELLED_TO)) {
    fail("date", `We can only estimate for dates from ${formatLongDate(MODELLED_FROM)} to ${formatLongDate(MODELLED_TO)}: the rules outside that range are not modelled.`);
  }
  const version = destination && dateOk && isWithin(date, MODELLED_FROM, MODELLED_TO) ? findRuleVersion(destination, date) : undefined;
  const currency: CurrencyCode | null = version?.currency ?? null;

  let region: string | null = null;
  const regionText = typeof raw.region === "string" ? raw.region.trim().toUpperCase() : "";
  if (raw.region !== undefined && raw.region !== null && typeof raw.region !== "string") fail("region", "Give the province or territory as a two-letter code, like ON.");
  else if (destination && destination.regionLabel !== null) {
    const regions = version?.regions ?? destination.versions[0]?.regions ?? [];
    const codes = regions.map((r) => r.code).join(", ");
    if (!regionText) fail("region", `Choose your province or territory: ${destination.name}'s sales tax depends on it (${codes}).`);
    else if (!regions.some((r) => r.code === regionText)) fail("region", `"${regionText}" is not a ${destination.name} province or territory code. Use one of: ${codes}.`);
    else region = regionText;
  } else if (destination && regionText) {
    fail("region", `Only Canada needs a province or territory; leave it empty for ${destination.name}.`);
  }

  const cap = maxMinorAmount(currency ?? "EUR");
  const digits = minorDigitsOf(currency ?? "EUR");
  const readAmount = (value: RawAmount, path: string, what: string): number | null => {
    if (value === undefined || value === null || value === "") return 0;
    if (typeof value === "number" ? value < 0 : /^\s*-/.test(value)) {
      fail(path, `The ${what} can't be negative.`);
      return null;
    }
    if (typeof value === "number" ? !Number.isFinite(value) : !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
      fail(path, `The ${what} must be a number, like 40 or 12.99 (use a point for decimals, no currency sign).`);
      return null;
    }
    const minor = typeof value === "number" ? numberToMinor(value, digits) : decimalToMinor(value, digits);
    if (minor === null || minor > cap) {
      fail(path, `The ${what} is too large to estimate: enter at most ${currency ? formatMoney(cap, currency, { compact: true }) : "10,000,000"}.`);
      return null;
    }
    return minor;
  };

  const rawItems = raw.items ?? [];
  if (rawItems.length === 0) fail("items", "Add at least one item.");
  if (rawItems.length > MAX_ITEMS) fail("items", `You can add at most ${MAX_ITEMS} items; group identical things into one item with a quantity.`);
  const items: LandedCostInput["items"] = [];
  rawItems.slice(0, MAX_ITEMS).forEach((item, index) => {
    const path = `items.${index}`;
    const categoryText = typeof item.category === "string" ? item.category.trim().toLowerCase() : "";
    let category: Category | null = null;
    if (!isCategory(categoryText)) {
      fail(`${path}.category`, `Choose a category from the list: ${Object.values(CATEGORY_LABELS).join(", ")}.`);
    } else category = categoryText;
    const unitPrice = readAmount(item.price, `${path}.price`, "price");
    if (item.price === undefined || item.price === null || item.price === "") fail(`${path}.price`, "Enter the price of the item.");
    const quantity = readQuantity(item.quantity);
    if (quantity === null) fail(`${path}.quantity`, `The quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString("en")}.`);
    if (category !== null && unitPrice !== null && quantity !== null) items.push({ category, unitPrice, quantity });
  });

  const shipping = readAmount(raw.shipping, "shipping", "shipping cost");
  const insurance = readAmount(raw.insurance, "insurance", "insurance cost");

  let sellerCollectsTax: boolean | null = null;
  if (raw.sellerCollectsTax === true || raw.sellerCollectsTax === false) sellerCollectsTax = raw.sellerCollectsTax;
  else if (!(raw.sellerCollectsTax === undefined || raw.sellerCollectsTax === null || raw.sellerCollectsTax === "unknown")) {
    fail("sellerCollectsTax", "Say whether the seller charges the tax at checkout: true, false or unknown.");
  }

  let channel: Channel = "post";
  if (raw.channel === "courier" || raw.channel === "post") channel = raw.channel;
  else if (!(raw.channel === undefined || raw.channel === null || raw.channel === "")) fail("channel", "Choose how the parcel is sent: post or courier.");

  if (errors.length === 0 && shipping !== null && insurance !== null) {
    const goods = items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
    if (goods === 0) fail("items", "The goods must be worth more than zero.");
    else if (currency && goods + shipping + insurance > cap) fail("items", `The order comes to more than ${formatMoney(cap, currency, { compact: true })}, too large to estimate.`);
  }

  if (errors.length > 0 || !destination || shipping === null || insurance === null || typeof date !== "string") return { ok: false, errors };
  return { ok: true, input: { destination: destination.code, region, date, items, shipping, insurance, sellerCollectsTax, channel } };
}

function readQuantity(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return 1;
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 1 && number <= MAX_QUANTITY ? number : null;
}
