import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "@/components/site/link";
import { BillCheckForm, BillCheckResult, type BillFormState } from "@/components/tools/bill-check";
import { ToolPageHeader } from "@/components/tools/tool-page-header";
import { todayIn } from "@/lib/dates";
import { getCalculatorMetadata, type FieldError, type IsoDate } from "@/lib/import-tax";
import { checkBillFromQuery } from "@/lib/import-tax/bill-check/from-query";
import { canonicalFromFormFields, defaultFormState, formStateFromQuery } from "@/lib/import-tax/form-state";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Check a customs bill: is the duty, VAT or fee right?",
  description: "Compare the carrier's pay-before-delivery notice with the rules: tax charged twice, duty that isn't due, fees above the published fee, and what to do about each.",
  path: "/tools/import-tax-calculator/check-bill",
});

const PATH = "/tools/import-tax-calculator/check-bill";

type Query = Record<string, string | string[] | undefined>;

/** This page's own query (the order and the bill), as the letter link carries it. */
function billQuery(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const one of Array.isArray(value) ? value : [value ?? ""]) if (one !== "") params.append(key, one);
  return params;
}
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

  const { errors, check } = submitted ? checkBillFromQuery(query, today) : { errors: [] as FieldError[], check: null };
  // The letter reads the same bill from its address and fills itself in on the server: its text
  // (what went wrong, the amount) never becomes a URL of its own.
  const letterHref = check?.letter ? `/tools/letters/customs-charge-query?${billQuery(query).toString()}` : null;

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
