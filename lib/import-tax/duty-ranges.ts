/**
 * Official ranges of normal (most-favoured-nation) duty rates per category, for destinations where
 * the rate that actually applies cannot be estimated (the US since 24 July 2026). They let a result
 * say "between A and B before any surcharge" instead of a bare "at least A".
 *
 * The figures are facts in the registry (lib/facts/data/import-tax.ts); this file only maps them to
 * categories. Only categories whose whole range we have checked are listed; any other category
 * leaves the range out rather than guess it.
 */
import { factPercent, getFact } from "@/lib/facts";
import type { Category } from "./categories";
import type { IsoDate } from "./dates";
import type { Source } from "./types";

export interface DutyRange {
  /** Basis points; the lowest normal rate in the headings for this category. */
  minBasisPoints: number;
  maxBasisPoints: number;
  /** "HTSUS chapters 61 and 62". */
  headings: string;
}

export interface DutyRangeTable {
  destination: string;
  /** "normal (MFN) US duty rates" */
  name: string;
  excludes: string;
  lastVerified: IsoDate;
  sources: Source[];
  byCategory: Partial<Record<Category, DutyRange>>;
}

/** A rate fact from the registry, in basis points ("32" → 3 200). */
function basisPoints(factId: string): number {
  const [whole = "0", fraction = ""] = factPercent(factId).value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

const sourcesOf = (...ids: string[]): Source[] => ids.flatMap((id) => getFact(id).sources.map((s) => ({ title: s.title, url: s.url })));

export const DUTY_RANGES: readonly DutyRangeTable[] = [
  {
    destination: "US",
    name: "normal (MFN) US duty rates",
    excludes: "Tariff surcharges for the goods' country of origin (for example Section 301 duties on goods from China) come on top and are not in this range.",
    lastVerified: getFact("us-mfn-clothing-max").lastVerified,
    sources: sourcesOf("us-mfn-clothing-max", "us-mfn-footwear-max", "us-mfn-phones"),
    byCategory: {
      // The tops of the ranges come from the fact registry. The lower end is taken as 0 so the
      // range never understates what could be due.
      clothing: { minBasisPoints: 0, maxBasisPoints: basisPoints("us-mfn-clothing-max"), headings: "HTSUS chapters 61 and 62" },
      footwear: { minBasisPoints: 0, maxBasisPoints: basisPoints("us-mfn-footwear-max"), headings: "HTSUS chapter 64" },
      phones: { minBasisPoints: basisPoints("us-mfn-phones"), maxBasisPoints: basisPoints("us-mfn-phones"), headings: "HTSUS 8517.13.00" },
    },
  },
];

export function dutyRangesFor(destination: string): DutyRangeTable | undefined {
  return DUTY_RANGES.find((table) => table.destination === destination);
}
