import type { ComponentProps } from "react";
import { todayIn } from "@/lib/dates";
import { estimateLandedCost, getCalculatorMetadata, parseLandedCostQuery, toApiResponse, type IsoDate } from "@/lib/import-tax";
import { defaultFormState, formStateFromQuery } from "@/lib/import-tax/form-state";
// Only the type: importing the component itself here would put its code on every page that works these out.
import type { ImportTaxCalculator } from "./import-tax-calculator";

type Query = Record<string, string | string[] | undefined>;
export type PanelProps = { destination?: string; query?: Query; syncUrl?: boolean; headingLevel?: 2 | 3 };

/**
 * Server side of the calculator: reads the query (if any), works out the result on the server so
 * the page is complete without JavaScript, and hands both to the client widget.
 */
export function calculatorProps({ destination = "GB", query, syncUrl = false, headingLevel = 3 }: PanelProps): ComponentProps<typeof ImportTaxCalculator> {
  const today = todayIn(new Date(), "UTC") as IsoDate;
  const defaults = defaultFormState(destination.toUpperCase(), today);
  const submitted = query !== undefined && Object.keys(query).length > 0;
  const state = submitted ? formStateFromQuery(query, defaults) : defaults;
  const parsed = submitted ? parseLandedCostQuery(query, { today }) : null;
  const metadata = getCalculatorMetadata(state.date, today);
  if (!metadata.destinations.some((d) => d.code === state.destination)) state.destination = defaults.destination;
  return {
    metadata,
    initialState: state,
    initialEstimate: parsed?.ok ? toApiResponse(estimateLandedCost(parsed.input)) : null,
    initialErrors: parsed && !parsed.ok ? parsed.errors : [],
    syncUrl,
    headingLevel,
  };
}

