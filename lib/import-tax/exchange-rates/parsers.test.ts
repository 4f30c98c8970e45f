import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RATE_TABLES, type RateTables } from "./index";
import { ageInDays, mergeEntries, monthsBetween, parseBocValetJson, parseEcbXml, parseHmrcMonthlyXml } from "./parsers";
import { bocUrl, describeReports, ECB_URL, hmrcUrl, networkFetcher, updateTables } from "./update";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");

describe("official file formats", () => {
  it("reads the ECB eurofxref XML: 1 EUR = rate, oldest first, only currencies we name", () => {
    const days = parseEcbXml(fixture("ecb-hist-90d.xml"));
    expect(days.map((d) => d.date)).toEqual(["2025-04-24", "2025-04-25"]);
    expect(days[1]?.rates).toEqual({ USD: "1.1357", JPY: "162.8", GBP: "0.8531", CNY: "8.2773" });
  });

  it("reads HMRC's monthly XML: £1 = rateNew, for the month in its Period", () => {
    const month = parseHmrcMonthlyXml(fixture("hmrc-monthly-2023-11.xml"));
    expect(month).toEqual({ month: "2023-11", rates: { AUD: "1.914", BGN: "2.2573", CAD: "1.6639", CNY: "8.9114", CZK: "28.4761", DKK: "8.611", EUR: "1.1541" } });
  });

  it("reads the Bank of Canada Valet JSON: 1 unit = v Canadian dollars", () => {
    const days = parseBocValetJson(fixture("boc-valet.json"));
    expect(days).toEqual([
      { date: "2025-04-24", rates: { USD: "1.3849", CNY: "0.1898" } },
      { date: "2025-04-25", rates: { USD: "1.387", CNY: "0.1903" } },
    ]);
  });

  it("refuses files that are not in the expected format, saying which", () => {
    expect(() => parseEcbXml("<html>Maintenance</html>")).toThrow(/not a gesmes envelope/);
    expect(() => parseHmrcMonthlyXml("<html/>")).toThrow(/expected the monthly XML format/);
    expect(() => parseBocValetJson("<html/>")).toThrow(/not JSON/);
    expect(() => parseHmrcMonthlyXml(fixture("hmrc-monthly-2023-11.xml").replace("<rateNew>8.9114</rateNew>", "<rateNew>-1</rateNew>"))).toThrow(/CNY is not a positive decimal/);
  });
});

describe("merging and reporting", () => {
  it("adds new dates, replaces a revised one and says what changed", () => {
    const held = [{ date: "2025-04-24", rates: { USD: "1.1376" } }];
    const fresh = [
      { date: "2025-04-24", rates: { USD: "1.1377" } },
      { date: "2025-04-25", rates: { USD: "1.1357" } },
    ];
    const { entries, report } = mergeEntries(held, fresh, (d) => d.date);
    expect(entries).toEqual(fresh);
    expect(report).toEqual({ added: ["2025-04-25"], changed: ["2025-04-24: USD 1.1376 → 1.1377"] });
    expect(describeReports([{ table: "ECB", report }, { table: "HMRC", report: { added: [], changed: [] } }])).toEqual([
      "ECB: 1 added (2025-04-25); 1 changed: 2025-04-24: USD 1.1376 → 1.1377.",
      "HMRC: no change.",
    ]);
  });

  it("counts months and ages", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(ageInDays("2025-04-25", "2025-06-09")).toBe(45);
  });
});

describe("npm run rates:update", () => {
  const empty: RateTables = { ecb: { ...RATE_TABLES.ecb, days: [] }, hmrc: { ...RATE_TABLES.hmrc, months: [] }, boc: { ...RATE_TABLES.boc, days: [] } };

  it("fetches every official file, stops at the first month HMRC has not published, and merges", async () => {
    const asked: string[] = [];
    const files: Record<string, string> = {
      [ECB_URL]: fixture("ecb-hist-90d.xml"),
      [hmrcUrl("2023-11")]: fixture("hmrc-monthly-2023-11.xml"),
      [bocUrl("2025-01-01")]: fixture("boc-valet.json"),
    };
    const held: RateTables = { ...empty, hmrc: { ...empty.hmrc, months: [{ month: "2023-11", rates: { CNY: "8.9" } }] } };
    const result = await updateTables(held, async (url) => (asked.push(url), files[url] ?? null), "2023-11-20");
    expect(asked).toEqual([ECB_URL, hmrcUrl("2023-11"), hmrcUrl("2023-12"), bocUrl("2025-01-01")]);
    expect(hmrcUrl("2023-11")).toBe("https://www.trade-tariff.service.gov.uk/api/v2/exchange_rates/files/monthly_xml_2023-11.xml");
    expect(hmrcUrl("2026-06")).toMatch(/monthly_xml_2026-6\.xml$/);
    expect(result.tables.ecb.days).toHaveLength(2);
    expect(result.tables.hmrc.months[0]?.rates.CNY).toBe("8.9114");
    expect(describeReports(result.reports)).toEqual([
      "ECB: 2 added (2025-04-24 … 2025-04-25).",
      "HMRC: 1 changed: 2023-11: AUD none → 1.914, BGN none → 2.2573, CAD none → 1.6639, CNY 8.9 → 8.9114, CZK none → 28.4761, DKK none → 8.611, EUR none → 1.1541.",
      "Bank of Canada: 2 added (2025-04-24 … 2025-04-25).",
    ]);
  });

  it("fails with a clear message when the machine is offline, and changes nothing", async () => {
    const offline = networkFetcher(async () => {
      throw new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND www.ecb.europa.eu") });
    });
    await expect(updateTables(empty, offline, "2026-12-01")).rejects.toThrow(
      "Could not reach www.ecb.europa.eu (getaddrinfo ENOTFOUND www.ecb.europa.eu). rates:update needs a machine that is online; nothing was changed.",
    );
  });
});
