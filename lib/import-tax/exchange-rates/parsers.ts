/**
 * Parsers for the official exchange-rate files, and the merge into our tables. Pure, so they are
 * tested on fixture files in the documented formats (fixtures/); scripts/rates-update.ts does the
 * fetching and writing.
 *
 * - ECB: eurofxref-daily.xml / eurofxref-hist-90d.xml / eurofxref-hist.xml (gesmes envelope with
 *   <Cube time="YYYY-MM-DD"><Cube currency="USD" rate="1.1357"/>…</Cube>), 1 EUR = rate.
 * - HMRC: monthly_xml_YYYY-M.xml from the Trade Tariff service (<exchangeRateMonthList Period=
 *   "01/Jun/2026 to 30/Jun/2026"><exchangeRate>…<currencyCode>USD</currencyCode><rateNew>1.3399
 *   </rateNew></exchangeRate>…), £1 = rateNew.
 * - Bank of Canada Valet: /valet/observations/FXUSDCAD,…/json ({"observations":[{"d":"2025-01-02",
 *   "FXUSDCAD":{"v":"1.4389"}}]}), 1 unit = v Canadian dollars.
 */
import { isCurrencyCode, type CurrencyCode } from "../money";
import { isIsoDate, type IsoDate } from "../dates";
import { rateTextSchema, type BocTable, type EcbTable, type HmrcTable } from "./schema";

type Rates = Partial<Record<CurrencyCode, string>>;

/** Only the currencies we name are kept; the official files carry many more. */
function keep(rates: Rates, code: string, rate: string, where: string): void {
  if (!isCurrencyCode(code)) return;
  const text = normaliseRate(rate);
  if (!rateTextSchema.safeParse(text).success) throw new Error(`${where}: rate "${rate}" for ${code} is not a positive decimal`);
  const existing = rates[code];
  if (existing !== undefined && existing !== text) throw new Error(`${where}: ${code} is listed twice with different rates (${existing} and ${text})`);
  rates[code] = text;
}

/** "1.1360" and "1.136" are the same rate; the tables keep the shorter form. */
function normaliseRate(rate: string): string {
  const text = rate.trim();
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

export function parseEcbXml(xml: string): EcbTable["days"] {
  if (!/<gesmes:Envelope/.test(xml)) throw new Error("ECB file: not a gesmes envelope (expected the eurofxref XML format)");
  const days: EcbTable["days"] = [];
  for (const match of xml.matchAll(/<Cube\s+time=["'](\d{4}-\d{2}-\d{2})["']\s*>([\s\S]*?)<\/Cube>/g)) {
    const date = match[1]!;
    if (!isIsoDate(date)) throw new Error(`ECB file: bad date "${date}"`);
    const rates: Rates = {};
    for (const cube of match[2]!.matchAll(/<Cube\s+currency=["']([A-Z]{3})["']\s+rate=["']([^"']+)["']\s*\/>/g)) keep(rates, cube[1]!, cube[2]!, `ECB ${date}`);
    days.push({ date, rates });
  }
  if (days.length === 0) throw new Error("ECB file: no <Cube time=…> entries found");
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function parseHmrcMonthlyXml(xml: string): HmrcTable["months"][number] {
  const period = /<exchangeRateMonthList\s+Period=["']01\/([A-Za-z]{3})\/(\d{4}) to /.exec(xml);
  if (!period) throw new Error('HMRC file: no <exchangeRateMonthList Period="01/Mon/YYYY to …"> (expected the monthly XML format)');
  const monthIndex = MONTHS.indexOf(period[1]!);
  if (monthIndex < 0) throw new Error(`HMRC file: unknown month "${period[1]}"`);
  const month = `${period[2]}-${String(monthIndex + 1).padStart(2, "0")}`;
  const rates: Rates = {};
  for (const entry of xml.matchAll(/<exchangeRate>([\s\S]*?)<\/exchangeRate>/g)) {
    const code = /<currencyCode>\s*([A-Z]{3})\s*<\/currencyCode>/.exec(entry[1]!)?.[1];
    const rate = /<rateNew>\s*([^<]+?)\s*<\/rateNew>/.exec(entry[1]!)?.[1];
    if (code && rate) keep(rates, code, rate, `HMRC ${month}`);
  }
  if (Object.keys(rates).length === 0) throw new Error(`HMRC file for ${month}: no <exchangeRate> entries with a currency we use`);
  return { month, rates };
}

/** The Bank of Canada series we ask for: every currency it publishes that we name. */
export const BOC_SERIES: readonly CurrencyCode[] = ["USD", "EUR", "GBP", "CNY", "HKD", "JPY", "KRW", "AUD", "NZD", "CHF", "NOK", "SEK", "SGD"];

export function parseBocValetJson(text: string): BocTable["days"] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error("Bank of Canada file: not JSON (expected the Valet observations format)");
  }
  const observations = typeof body === "object" && body !== null && "observations" in body ? body.observations : undefined;
  if (!Array.isArray(observations)) throw new Error('Bank of Canada file: no "observations" list');
  const days: BocTable["days"] = [];
  for (const observation of observations as unknown[]) {
    if (typeof observation !== "object" || observation === null) continue;
    const record = observation as Record<string, unknown>;
    const date = record.d;
    if (typeof date !== "string" || !isIsoDate(date)) throw new Error(`Bank of Canada file: bad date ${JSON.stringify(date)}`);
    const rates: Rates = {};
    for (const [key, value] of Object.entries(record)) {
      const series = /^FX([A-Z]{3})CAD$/.exec(key);
      const v = typeof value === "object" && value !== null && "v" in value ? (value as { v: unknown }).v : undefined;
      if (series && typeof v === "string" && v !== "") keep(rates, series[1]!, v, `Bank of Canada ${date}`);
    }
    days.push({ date, rates });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

export interface MergeReport {
  added: string[];
  changed: string[];
}

/**
 * Adds new entries to a table and replaces entries for the same date; reports what changed so the
 * script can say it. Entries already held for dates the new file doesn't cover are kept.
 */
export function mergeEntries<T extends { rates: Rates }>(held: readonly T[], fresh: readonly T[], keyOf: (entry: T) => string): { entries: T[]; report: MergeReport } {
  const byKey = new Map(held.map((entry) => [keyOf(entry), entry]));
  const report: MergeReport = { added: [], changed: [] };
  for (const entry of fresh) {
    const key = keyOf(entry);
    const old = byKey.get(key);
    if (!old) report.added.push(key);
    else {
      const differences = Object.entries(entry.rates)
        .filter(([code, rate]) => old.rates[code as CurrencyCode] !== rate)
        .map(([code, rate]) => `${code} ${old.rates[code as CurrencyCode] ?? "none"} → ${rate}`);
      if (differences.length > 0) report.changed.push(`${key}: ${differences.join(", ")}`);
    }
    byKey.set(key, entry);
  }
  const entries = [...byKey.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  return { entries, report };
}

/** Months from `from` to `to` inclusive, "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > to) return out;
    out.push(key);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/** How many days the newest rate is behind `today`, for the build's warning. */
export function ageInDays(newest: IsoDate, today: IsoDate): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${newest}T00:00:00Z`)) / 86_400_000);
}
