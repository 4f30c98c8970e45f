import { describe, expect, it } from "vitest";
import { addDays, MODELLED_FROM, MODELLED_TO } from "./dates";
import { destinationSchema } from "./schema";
import { DESTINATIONS, RAW_DESTINATIONS, validateDestination } from "./rules";
import { CATEGORIES } from "./categories";

const EU_MEMBER_CODES = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
const OTHER_CODES = ["GB", "US", "CA", "AU", "NZ", "CH", "NO", "JP", "KR", "SG"];

describe("rule data", () => {
  it("covers all 27 EU members and the ten other destinations", () => {
    expect(DESTINATIONS.map((d) => d.code).sort()).toEqual([...EU_MEMBER_CODES, ...OTHER_CODES].sort());
    expect(DESTINATIONS.filter((d) => d.group === "eu")).toHaveLength(27);
  });

  it.each(RAW_DESTINATIONS.map((d) => [d.code, d] as const))("%s passes zod validation", (_code, raw) => {
    const result = destinationSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("names the destination and field when rule data is wrong", () => {
    const raw = RAW_DESTINATIONS.find((d) => d.code === "GB");
    if (!raw) throw new Error("GB missing");
    const [version] = raw.versions;
    if (!version) throw new Error("GB has no version");
    const broken = { ...raw, versions: [{ ...version, validTo: "2024-13-01", tax: { ...version.tax, standard: { basisPoints: 20.5, confidence: "sure" } } }] };
    expect(() => validateDestination(broken as never)).toThrowErrorMatchingInlineSnapshot(`
      [Error: invalid import-tax rules for GB:
        versions.0.validTo: must be a real date written YYYY-MM-DD
        versions.0.tax.standard.basisPoints: Invalid input: expected int, received number
        versions.0.tax.standard.confidence: Invalid option: expected one of "high"|"medium"|"low"]
    `);
  });

  it.each(DESTINATIONS.map((d) => [d.code, d] as const))("%s has exactly one rule version for every day from 2025-01-01 to 2028-12-31", (_code, destination) => {
    const versions = destination.versions;
    expect(versions[0]?.validFrom).toBe(MODELLED_FROM);
    expect(versions.at(-1)?.validTo).toBe(MODELLED_TO);
    versions.slice(1).forEach((version, i) => expect(version.validFrom).toBe(addDays(versions[i]?.validTo ?? "", 1)));
    for (let day = MODELLED_FROM; day <= MODELLED_TO; day = addDays(day, 1)) {
      const matching = versions.filter((v) => v.validFrom <= day && day <= v.validTo);
      if (matching.length !== 1) throw new Error(`${destination.code} has ${matching.length} versions on ${day}`);
    }
  });

  it("gives every version sources, a verification date and a confidence", () => {
    for (const destination of DESTINATIONS) {
      for (const version of destination.versions) {
        expect(version.sources.length, version.id).toBeGreaterThan(0);
        expect(version.lastVerified, version.id).toBe("2026-12-01");
        expect(["high", "medium", "low"]).toContain(version.confidence);
      }
    }
  });

  it("keeps every money amount in the version's own currency (Bulgaria switches to the euro)", () => {
    const bg = DESTINATIONS.find((d) => d.code === "BG");
    expect(bg?.versions.map((v) => [v.validFrom, v.currency])).toEqual([
      ["2025-01-01", "BGN"],
      ["2026-01-01", "EUR"],
      ["2026-07-01", "EUR"],
      ["2028-07-01", "EUR"],
    ]);
  });

  it("marks the uncertain rules as such", () => {
    const version = (code: string, date: string) => DESTINATIONS.find((d) => d.code === code)?.versions.find((v) => v.validFrom <= date && date <= v.validTo);
    expect(version("US", "2026-08-01")?.confidence).toBe("low");
    expect(version("US", "2026-08-01")?.duty.rates.kind).toBe("unconfirmed");
    expect(version("US", "2025-10-01")?.duty.rates.kind).toBe("unconfirmed");
    expect(version("DE", "2026-08-01")?.duty.lowValue).toMatchObject({ kind: "perTariffLine", confidence: "medium" });
    expect(version("KR", "2026-08-01")?.duty.threshold?.limit.conversion).toMatchObject({ from: "USD", rate: "1400", confidence: "low" });
  });

  it("has a duty rate for every category, falling back to a documented general rate", () => {
    for (const destination of DESTINATIONS) {
      for (const version of destination.versions) {
        const rates = version.duty.rates;
        if (rates.kind !== "byCategory") continue;
        for (const category of CATEGORIES) {
          const rate = rates.byCategory[category] ?? rates.general;
          expect(rate.note ?? "", `${version.id} ${category}`).not.toBe("");
        }
      }
    }
  });
});
