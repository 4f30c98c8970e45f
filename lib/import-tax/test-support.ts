/** Test helpers: build an order the way the API does (major units in, major units out). */
import { toApiResponse, type ApiLandedCostEstimate } from "./api";
import { estimateLandedCost } from "./estimate";
import { parseLandedCostJson } from "./parse";

export const TODAY = "2026-11-27";

export interface OrderBody {
  destination: string;
  region?: string | null;
  date: string;
  items: { category: string; price: number | string; quantity?: number }[];
  shipping?: number;
  insurance?: number;
  sellerCollectsTax: boolean | null;
  channel?: "post" | "courier";
  priceCurrency?: string;
}

/** Parses the body exactly as the API would, estimates, and returns the API (major-unit) response. */
export function quote(body: OrderBody): ApiLandedCostEstimate {
  const parsed = parseLandedCostJson({ region: null, shipping: 0, insurance: 0, channel: "post", ...body }, { today: TODAY });
  if (!parsed.ok) throw new Error(`Test order did not parse: ${JSON.stringify(parsed.errors)}`);
  return toApiResponse(estimateLandedCost(parsed.input));
}

export function lineAmounts(result: { lines: { id: string; amount: number }[] }): Record<string, number> {
  return Object.fromEntries(result.lines.map((l) => [l.id, l.amount]));
}
