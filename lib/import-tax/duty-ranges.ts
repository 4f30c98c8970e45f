/**
 * Official ranges of normal (most-favoured-nation) duty rates per category, for destinations where
 * the rate that actually applies cannot be estimated (the US since 24 July 2026). They let a result
 * say "between A and B before any surcharge" instead of a bare "at least A".
 *
 * Dated, sourced data kept apart from the rule versions so it can move into the fact registry
 * (lib/facts/) as it lands. Only categories whose whole range we have checked are listed; any
 * other category leaves the range out rather than guess it.
 */
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

const HTS: Source = { title: "US International Trade Commission: Harmonized Tariff Schedule of the United States (general rates of duty)", url: "https://hts.usitc.gov/" };

export const DUTY_RANGES: readonly DutyRangeTable[] = [
  {
    destination: "US",
    name: "normal (MFN) US duty rates",
    excludes: "Tariff surcharges for the goods' country of origin (for example Section 301 duties on goods from China) come on top and are not in this range.",
    lastVerified: "2026-12-01",
    sources: [HTS],
    byCategory: {
      // General rates in chapters 61-62 run up to 32% (e.g. 6110.30.30, sweaters of man-made fibres).
      // The lower end is taken as 0 so the range never understates what could be due.
      clothing: { minBasisPoints: 0, maxBasisPoints: 3_200, headings: "HTSUS chapters 61 and 62" },
      // Chapter 64 general rates run up to 48% (e.g. 6404.19.59, textile-upper footwear).
      footwear: { minBasisPoints: 0, maxBasisPoints: 4_800, headings: "HTSUS chapter 64" },
      // 8517.13.00 (smartphones): Free.
      phones: { minBasisPoints: 0, maxBasisPoints: 0, headings: "HTSUS 8517.13.00" },
    },
  },
];

export function dutyRangesFor(destination: string): DutyRangeTable | undefined {
  return DUTY_RANGES.find((table) => table.destination === destination);
}
