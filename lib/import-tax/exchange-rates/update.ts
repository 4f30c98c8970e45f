/**
 * The refresh behind `npm run rates:update`: fetches the official files, parses them, merges them
 * into the checked-in tables and reports what changed. The fetcher is passed in, so the whole run is
 * tested offline on fixture files; scripts/rates-update.ts gives it the real network.
 */
import type { IsoDate } from "../dates";
import { BOC_SERIES, mergeEntries, monthsBetween, parseBocValetJson, parseEcbXml, parseHmrcMonthlyXml, type MergeReport } from "./parsers";
import type { RateTables } from "./index";

/** Returns the body, null for "not published (404)", and throws for anything else. */
export type Fetcher = (url: string) => Promise<string | null>;

export const ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";
/** HMRC's monthly rates (Trade Tariff service); the month is not zero-padded in HMRC's own links. */
export const hmrcUrl = (month: string) => {
  const [year, m] = month.split("-");
  return `https://www.trade-tariff.service.gov.uk/api/v2/exchange_rates/files/monthly_xml_${year}-${Number(m)}.xml`;
};
export const bocUrl = (start: IsoDate) =>
  `https://www.bankofcanada.ca/valet/observations/${BOC_SERIES.map((c) => `FX${c}CAD`).join(",")}/json?start_date=${start}`;

/** Where the tables start when they hold nothing yet: the first day the calculator models. */
const FIRST = "2025-01-01";

export interface UpdateResult {
  tables: RateTables;
  reports: { table: string; report: MergeReport }[];
}

export async function updateTables(held: RateTables, fetcher: Fetcher, today: IsoDate): Promise<UpdateResult> {
  const reports: UpdateResult["reports"] = [];

  const ecbXml = await required(fetcher, ECB_URL);
  const ecb = mergeEntries(held.ecb.days, parseEcbXml(ecbXml), (d) => d.date);
  reports.push({ table: "ECB", report: ecb.report });

  // HMRC publishes next month's rates near the end of this one: try each month up to next month.
  const nextMonth = monthsBetween(today.slice(0, 7), "9999-12")[1]!;
  const fromMonth = held.hmrc.months.at(-1)?.month ?? FIRST.slice(0, 7);
  const months = [];
  for (const month of monthsBetween(fromMonth, nextMonth)) {
    const xml = await fetcher(hmrcUrl(month));
    if (xml === null) {
      if (month >= today.slice(0, 7)) break; // not published yet
      throw new Error(`HMRC has no rates file for ${month} at ${hmrcUrl(month)}; check the address format before trying again.`);
    }
    months.push(parseHmrcMonthlyXml(xml));
  }
  const hmrc = mergeEntries(held.hmrc.months, months, (m) => m.month);
  reports.push({ table: "HMRC", report: hmrc.report });

  const bocStart = held.boc.days.at(-1)?.date ?? FIRST;
  const boc = mergeEntries(held.boc.days, parseBocValetJson(await required(fetcher, bocUrl(bocStart))), (d) => d.date);
  reports.push({ table: "Bank of Canada", report: boc.report });

  const provenance = `Fetched from the official source by npm run rates:update on ${today}.`;
  return {
    tables: {
      ecb: { ...held.ecb, days: ecb.entries, updated: today, provenance: held.ecb.days.length > 0 && ecb.report.added.length === 0 ? held.ecb.provenance : provenance },
      hmrc: { ...held.hmrc, months: hmrc.entries, updated: today, provenance: hmrc.entries.length > 0 ? provenance : held.hmrc.provenance },
      boc: { ...held.boc, days: boc.entries, updated: today, provenance: boc.entries.length > 0 ? provenance : held.boc.provenance },
    },
    reports,
  };
}

const TIMEOUT_MS = 30_000;

/** The real fetcher (fetch is injectable so the offline message is tested without a network). */
export function networkFetcher(fetchImpl: typeof fetch = fetch): Fetcher {
  return async (url) => {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { "User-Agent": "recourse-rates-update" } });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new Error(`Could not reach ${new URL(url).host} (${cause}). rates:update needs a machine that is online; nothing was changed.`);
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}; nothing was changed.`);
    return response.text();
  };
}

async function required(fetcher: Fetcher, url: string): Promise<string> {
  const body = await fetcher(url);
  if (body === null) throw new Error(`${url} answered 404 (not found); the official address may have changed.`);
  return body;
}

/** "ECB: 62 days added (2025-09-01 … 2025-11-28); 1 changed: 2025-11-27: USD 1.0812 → 1.0813". */
export function describeReports(reports: UpdateResult["reports"]): string[] {
  return reports.map(({ table, report }) => {
    if (report.added.length === 0 && report.changed.length === 0) return `${table}: no change.`;
    const added = report.added.length > 0 ? `${report.added.length} added (${report.added[0]}${report.added.length > 1 ? ` … ${report.added.at(-1)}` : ""})` : "";
    const changed = report.changed.length > 0 ? `${report.changed.length} changed: ${report.changed.join("; ")}` : "";
    return `${table}: ${[added, changed].filter(Boolean).join("; ")}.`;
  });
}
