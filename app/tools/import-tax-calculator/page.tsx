import type { Metadata } from "next";
import Link from "@/components/site/link";
import { redirect } from "next/navigation";
import { ImportTaxCalculatorPanel } from "@/components/tools/import-tax-calculator-panel";
import { canonicalFromFormFields } from "@/lib/import-tax/form-state";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolPageHeader } from "@/components/tools/tool-page-header";

export const metadata: Metadata = pageMetadata({
  title: "Import tax calculator: what your parcel really costs",
  description: "Duty, VAT or GST and carrier fees on a parcel from abroad, for 38 countries, with the rules applied, their sources and the date they were checked.",
  path: "/tools/import-tax-calculator",
});

export default async function ImportTaxCalculatorPage(props: PageProps<"/tools/import-tax-calculator">) {
  const query = await props.searchParams;
  // A form sent without JavaScript arrives as separate fields; give it the shareable address.
  const canonical = canonicalFromFormFields(query);
  if (canonical) redirect(`/tools/import-tax-calculator?${canonical.toString()}`);
  return (
    <>
      <ToolPageHeader
        crumb="Import tax calculator"
        title="Import tax calculator"
        lead="What a parcel from abroad will cost at your door, or whether the bill you were sent is right: duty, VAT or GST, and the carrier's fee."
      />
      <p className="mt-4 text-lg">
        Already have a bill from the carrier? <Link href="/tools/import-tax-calculator/check-bill">Check a customs bill</Link>.
      </p>
      <div className="mt-8">
        <ImportTaxCalculatorPanel destination="GB" query={query} syncUrl headingLevel={2} />
      </div>
      <p className="mt-10 max-w-3xl text-base text-muted">
        The rules for each country are stored as dated versions with their sources, so an import date in the past or the
        future uses the rule in force then. <Link href="/guides/estimating-import-tax-before-you-buy">How import tax works</Link>{" "}
        · <Link href="/guides/customs-charges-and-disputes">If your bill looks wrong</Link>
      </p>
    </>
  );
}
