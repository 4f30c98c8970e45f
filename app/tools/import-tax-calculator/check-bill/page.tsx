import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "@/components/site/link";
import { BillCheckForm, BillCheckResult, type BillFormState } from "@/components/tools/bill-check";
import { ToolPageHeader } from "@/components/tools/tool-page-header";
import { todayIn } from "@/lib/dates";
import { estimateLandedCost, getCalculatorMetadata, parseLandedCostQuery, type FieldError, type IsoDate } from "@/lib/import-tax";
import { checkBill, parseBilledAmounts, type BillCheck } from "@/lib/import-tax/bill-check";
import { canonicalFromFormFields, defaultFormState, formStateFromQuery } from "@/lib/import-tax/form-state";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Check a customs bill: is the duty, VAT or fee right?",
  description: "Compare the carrier's pay-before-delivery notice with the rules: tax charged twice, duty that isn't due, fees above the published fee, and what to do about each.",
  path: "/tools/import-tax-calculator/check-bill",
});

const PATH = "/tools/import-tax-calculator/check-bill";
/** The letter builder caps "What went wrong" at 1,500 characters. */
const MAX_PROBLEM = 1500;

type Query = Record<string, string | string[] | undefined>;
const firstOf = (query: Query, key: string) => {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
};

export default async function CheckBillPage(props: PageProps<"/tools/import-tax-calculator/check-bill">) {
  const query: Query = await props.searchParams;
  // A form sent without JavaScript arrives as separate fields; give it the shareable address.
  const canonical = canonicalFromFormFields(query);
  if (canonical) redirect(`${PATH}?${canonical.toString()}`);

  const today = todayIn(new Date(), "UTC") as IsoDate;
  const submitted = Object.keys(query).length > 0;
  const base = submitted ? formStateFromQuery(query, defaultFormState("GB", today)) : defaultFormState("GB", today);
  const state: BillFormState = { ...base, billedDuty: firstOf(query, "billedDuty"), billedTax: firstOf(query, "billedTax"), billedFee: firstOf(query, "billedFee") };
  const metadata = getCalculatorMetadata(state.date, today);
  if (!metadata.destinations.some((d) => d.code === state.destination)) state.destination = "GB";

  let errors: FieldError[] = [];
  let check: BillCheck | null = null;
  if (submitted) {
    const parsed = parseLandedCostQuery(query, { today });
    const currency = metadata.destinations.find((d) => d.code === state.destination)?.currency ?? "GBP";
    const billed = parseBilledAmounts(query, currency);
    errors = [...(parsed.ok ? [] : parsed.errors), ...(billed.ok ? [] : billed.errors)];
    if (parsed.ok && billed.ok) check = checkBill(parsed.input, estimateLandedCost(parsed.input), billed.billed);
  }

  const letterHref = check?.letter
    ? `/tools/letters/customs-charge-query?${new URLSearchParams({
        problem: cut(check.letter.problem, MAX_PROBLEM),
        remedyDetails: check.letter.remedyDetails,
        amount: check.letter.amount,
        currency: check.letter.currency,
      }).toString()}`
    : null;

  return (
    <>
      <ToolPageHeader
        crumb="Check a bill"
        parent={{ href: "/tools/import-tax-calculator", label: "Import tax calculator" }}
        title="Check a customs bill"
        lead="Got a “pay before we deliver” notice? Enter what it charges and what you ordered: we compare each line with the rules and say what to do if it's wrong."
      />
      <div className="mt-8">
        {errors.length > 0 ? (
          <div role="alert" className="mb-8 max-w-3xl border-4 border-warning p-4">
            <h2 className="text-xl font-bold">Check these first</h2>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {errors.map((e) => (
                <li key={e.path + e.message}>{e.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {check ? <BillCheckResult check={check} letterHref={letterHref} /> : null}
        <BillCheckForm metadata={metadata} state={state} errors={errors} />
      </div>
      <p className="mt-10 max-w-3xl text-base text-muted">
        <Link href="/tools/import-tax-calculator">Work out what a parcel should cost</Link> ·{" "}
        <Link href="/guides/customs-charges-and-disputes">Customs charges and disputes</Link>
      </p>
    </>
  );
}

/** Cuts at the last full sentence that fits. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const end = slice.lastIndexOf(". ");
  return end > 0 ? slice.slice(0, end + 1) : slice;
}
