/**
 * Turns shopper input (a JSON body or URL parameters, amounts in MAJOR units of the price currency,
 * by default the destination's) into a LandedCostInput in minor units of the destination's currency,
 * or a list of plain-English errors keyed by field path ("items.0.price"). Both entry points share
 * one validation so the API and the page agree. Prices in another currency are converted here, at
 * the rate customs use (exchange-rates/), so every threshold is tested on the converted value.
 */
import { z } from "zod";
import { CATEGORY_LABELS, isCategory, type Category } from "./categories";
import { formatLongDate, isIsoDate, isWithin, MODELLED_FROM, MODELLED_TO, type IsoDate } from "./dates";
import { readDecimalInput } from "./decimal-input";
import { convertAmount, findExchangeRate, firstRateDate, type ExchangeRateUsed } from "./exchange-rates";
import { CURRENCIES, decimalToMinor, formatMoney, isCurrencyCode, maxMinorAmount, minorDigitsOf, numberToMinor, type CurrencyCode } from "./money";
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
/** An answer never lists more problems than this: the first ones are enough to fix the input. */
export const MAX_ERRORS = 20;

/** The currencies a price can be entered in (shops and agents price in these). */
export const PRICE_CURRENCIES = [
  "CNY", "USD", "EUR", "GBP", "HKD", "JPY", "KRW", "CAD", "AUD", "NZD", "CHF", "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "RON", "SGD", "BGN",
] as const satisfies readonly CurrencyCode[];

const tooManyItems: FieldError = { path: "items", message: `You can add at most ${MAX_ITEMS} items; group identical things into one item with a quantity.` };

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
  priceCurrency: unknown;
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
    priceCurrency: z.unknown().optional(),
  },
  { error: "Send the order as a JSON object." },
);

export function parseLandedCostJson(body: unknown, options: ParseOptions): ParseResult {
  // The item cap comes first: a body with thousands of items gets one error, not thousands.
  if (typeof body === "object" && body !== null && "items" in body && Array.isArray(body.items) && body.items.length > MAX_ITEMS) {
    return { ok: false, errors: [tooManyItems] };
  }
  const parsed = jsonBodySchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
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
      priceCurrency: data.priceCurrency,
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
  const itemTexts = all("item");
  if (itemTexts.length > MAX_ITEMS) return { ok: false, errors: [tooManyItems] };
  const items = itemTexts.map((text, index) => {
    let parts = text.split(",").map((p) => p.trim());
    // A decimal comma typed into a hand-made link: clothing,39,99,1 is 39.99 of clothing.
    if (parts.length === 4 && /^\d+$/.test(parts[1] ?? "") && /^\d{1,2}$/.test(parts[2] ?? "")) parts = [parts[0]!, `${parts[1]}.${parts[2]}`, parts[3]!];
    if (parts.length < 2 || parts.length > 3) {
      errors.push({ path: `items.${index}`, message: `Item ${index + 1} could not be read from the link. Choose its type and enter its price again.` });
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
      priceCurrency: first("priceCurrency"),
    },
    options,
  );
  if (errors.length === 0) return result;
  const otherErrors = result.ok ? [] : result.errors.filter((e) => !errors.some((mine) => e.path.startsWith(mine.path + ".")));
  return { ok: false, errors: [...errors, ...otherErrors].slice(0, MAX_ERRORS) };
}

function validate(raw: RawRequest, options: ParseOptions): ParseResult {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });

  // Destination, date and rule version decide the currency every amount is converted into.
  const destinationCode = typeof raw.destination === "string" ? raw.destination.trim().toUpperCase() : "";
  const destination = destinationCode ? getDestination(destinationCode) : undefined;
  if (!destinationCode) fail("destination", "Choose the country the parcel is going to.");
  else if (!destination) fail("destination", `We don't have rules for "${String(raw.destination).slice(0, 40)}". Choose one of: ${DESTINATIONS.map((d) => d.code).join(", ")}.`);

  const date = raw.date === undefined || raw.date === null || raw.date === "" ? options.today : raw.date;
  const dateOk = typeof date === "string" && isIsoDate(date);
  const inRange = dateOk && isWithin(date, MODELLED_FROM, MODELLED_TO);
  if (!dateOk) fail("date", "Enter the date as YYYY-MM-DD, for example 2026-08-15.");
  else if (!inRange) {
    fail("date", `We can only estimate for dates from ${formatLongDate(MODELLED_FROM)} to ${formatLongDate(MODELLED_TO)}: the rules outside that range are not modelled.`);
  }
  const version = destination && inRange ? findRuleVersion(destination, date) : undefined;
  const currency: CurrencyCode | null = version?.currency ?? null;

  // The currency the prices are written in; the destination's own by default.
  const priceCurrencyText = typeof raw.priceCurrency === "string" ? raw.priceCurrency.trim().toUpperCase() : "";
  let priceCurrency: CurrencyCode | null = currency;
  if (raw.priceCurrency !== undefined && raw.priceCurrency !== null && priceCurrencyText !== "") {
    if (isCurrencyCode(priceCurrencyText) && (PRICE_CURRENCIES as readonly string[]).includes(priceCurrencyText)) priceCurrency = priceCurrencyText;
    else {
      priceCurrency = null;
      fail("priceCurrency", `We can't convert prices from "${String(raw.priceCurrency).slice(0, 12)}". Choose one of: ${PRICE_CURRENCIES.join(", ")}.`);
    }
  }
  let exchangeRate: ExchangeRateUsed | null = null;
  if (destination && currency && priceCurrency && priceCurrency !== currency && typeof date === "string") {
    exchangeRate = findExchangeRate({ code: destination.code, group: destination.group, currency, name: destination.name }, priceCurrency, date);
    if (!exchangeRate) {
      const from = firstRateDate();
      fail(
        "priceCurrency",
        `We have no exchange rate from ${priceCurrency} (${CURRENCIES[priceCurrency].name}) to ${currency} for ${formatLongDate(date)}` +
          (from && date < from ? ` (our rates start on ${formatLongDate(from)})` : "") +
          `. Enter the prices in ${currency} instead.`,
      );
    }
  }

  let region: string | null = null;
  const regionText = typeof raw.region === "string" ? raw.region.trim().toUpperCase() : "";
  if (raw.region !== undefined && raw.region !== null && typeof raw.region !== "string") fail("region", "Give the province or territory as a two-letter code, like ON.");
  else if (destination && destination.regionLabel !== null) {
    const regions = version?.regions ?? destination.versions[0]?.regions ?? [];
    const codes = regions.map((r) => r.code).join(", ");
    if (!regionText) fail("region", `Choose your province or territory: ${destination.name}'s sales tax depends on it (${codes}).`);
    else if (!regions.some((r) => r.code === regionText)) fail("region", `"${regionText.slice(0, 12)}" is not a ${destination.name} province or territory code. Use one of: ${codes}.`);
    else region = regionText;
  } else if (destination && regionText) {
    fail("region", `Only Canada needs a province or territory; leave it empty for ${destination.name}.`);
  }

  // Amounts are read in the price currency, then converted (each one rounded half-up once).
  const inputCurrency = priceCurrency ?? currency ?? "EUR";
  const inputCap = maxMinorAmount(inputCurrency);
  const digits = minorDigitsOf(inputCurrency);
  const capText = formatMoney(inputCap, inputCurrency, { compact: true });
  const readAmount = (value: RawAmount, path: string, what: string): number | null => {
    if (value === undefined || value === null || value === "") return 0;
    let minor: number | null;
    if (typeof value === "number") {
      if (value < 0) return (fail(path, `The ${what} can't be negative.`), null);
      if (!Number.isFinite(value)) return (fail(path, `The ${what} must be a number, like 40 or 12.99.`), null);
      minor = numberToMinor(value, digits);
    } else {
      const reading = readDecimalInput(value);
      if (!reading.ok) {
        const example = `like 40 or 12.99`;
        const why = {
          negative: `The ${what} can't be negative.`,
          ambiguous: `We can't tell whether "${value.trim().slice(0, 20)}" means a thousand or a decimal. Write it without a thousands separator, ${example}.`,
          notANumber: `The ${what} must be a number, ${example}, without a currency sign.`,
        }[reading.reason];
        return (fail(path, why), null);
      }
      minor = decimalToMinor(reading.text, digits);
    }
    if (minor === null || minor > inputCap) return (fail(path, `The ${what} is too large to estimate: enter at most ${capText}.`), null);
    return exchangeRate ? convertAmount(minor, exchangeRate) : minor;
  };

  const rawItems = raw.items ?? [];
  if (rawItems.length === 0) fail("items", "Add at least one item.");
  if (rawItems.length > MAX_ITEMS) return { ok: false, errors: [tooManyItems] };
  const items: LandedCostInput["items"] = [];
  rawItems.forEach((item, index) => {
    const path = `items.${index}`;
    const categoryText = typeof item.category === "string" ? item.category.trim().toLowerCase() : "";
    let category: Category | null = null;
    if (!isCategory(categoryText)) {
      fail(`${path}.category`, `Choose a category from the list: ${Object.values(CATEGORY_LABELS).join(", ")}.`);
    } else category = categoryText;
    const missingPrice = item.price === undefined || item.price === null || (typeof item.price === "string" && item.price.trim() === "");
    const unitPrice = missingPrice ? null : readAmount(item.price, `${path}.price`, "price");
    if (missingPrice) fail(`${path}.price`, `Enter the price of item ${index + 1}.`);
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

  if (errors.length === 0 && shipping !== null && insurance !== null && currency) {
    const cap = maxMinorAmount(currency);
    const goods = items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
    if (goods === 0) fail("items", "The goods must be worth more than zero.");
    else if (goods + shipping + insurance > cap) fail("items", `The order comes to more than ${formatMoney(cap, currency, { compact: true })}, too large to estimate.`);
  }

  if (errors.length > 0 || !destination || shipping === null || insurance === null || typeof date !== "string" || !currency) {
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  return {
    ok: true,
    input: { destination: destination.code, region, date, items, shipping, insurance, sellerCollectsTax, channel, priceCurrency: priceCurrency ?? currency, exchangeRate },
  };
}

function readQuantity(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return 1;
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 1 && number <= MAX_QUANTITY ? number : null;
}
