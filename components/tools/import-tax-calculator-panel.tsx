import { todayIn } from "@/lib/dates";
import { estimateLandedCost, getCalculatorMetadata, parseLandedCostQuery, toApiResponse, type IsoDate } from "@/lib/import-tax";
import { defaultFormState, formStateFromQuery } from "@/lib/import-tax/form-state";
import { ImportTaxCalculator } from "./import-tax-calculator";

type Query = Record<string, string | string[] | undefined>;

/**
 * Server side of the calculator: reads the query (if any), works out the result on the server so
 * the page is complete without JavaScript, and hands both to the client widget.
 * In MDX: <ImportTaxCalculator destination="DE" />.
 */
export function ImportTaxCalculatorPanel({ destination = "GB", query, syncUrl = false, headingLevel = 3 }: { destination?: string; query?: Query; syncUrl?: boolean; headingLevel?: 2 | 3 }) {
  const today = todayIn(new Date(), "UTC") as IsoDate;
  const defaults = defaultFormState(destination.toUpperCase(), today);
  const submitted = query !== undefined && Object.keys(query).length > 0;
  const state = submitted ? formStateFromQuery(query, defaults) : defaults;
  const parsed = submitted ? parseLandedCostQuery(query, { today }) : null;
  const metadata = getCalculatorMetadata(state.date, today);
  if (!metadata.destinations.some((d) => d.code === state.destination)) state.destination = defaults.destination;
  return (
    <ImportTaxCalculator
      metadata={metadata}
      initialState={state}
      initialEstimate={parsed?.ok ? toApiResponse(estimateLandedCost(parsed.input)) : null}
      initialErrors={parsed && !parsed.ok ? parsed.errors : []}
      syncUrl={syncUrl}
      headingLevel={headingLevel}
    />
  );
}
