import type { Metadata } from "next";
import Link from "@/components/site/link";
import { CaseDataNotice } from "@/components/tools/case-data-notice";
import { DeadlineCaseBridge } from "@/components/tools/deadline-case-bridge";
import { DeadlineForm } from "./deadline-form";
import { DeadlineResults } from "./deadline-results";
import { parseDeadlineQuery, planDeadlines, type QueryParams } from "@/lib/deadlines";
import { todayIn } from "@/lib/dates";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolPageHeader } from "@/components/tools/tool-page-header";
import { formValues } from "@/lib/site/form-values";

export const metadata: Metadata = pageMetadata({
  title: "Dispute deadline planner",
  description: "Every deadline in your case, from your own dates: card chargeback, PayPal, your legal rights and the platform's window, with a calendar file.",
  path: "/tools/deadlines",
});

/** The query string is the whole state, so a result can be bookmarked, shared and used without JavaScript. */
export default async function DeadlinesPage(props: PageProps<"/tools/deadlines">) {
  const params = (await props.searchParams) as QueryParams & Record<string, string | string[] | undefined>;
  const submitted = Object.keys(params).length > 0;
  const parsed = submitted ? parseDeadlineQuery(params) : null;
  // The server's UTC day; deadlines are calendar dates, so only "days left" can differ by one near midnight.
  const today = todayIn(new Date(), "UTC");
  const plan = parsed?.ok ? planDeadlines(parsed.input, { today }) : null;

  return (
    <>
      <ToolPageHeader
        crumb="Deadline planner"
        title="Dispute deadline planner"
        lead="Card chargebacks, PayPal, your legal rights and the platform's own window all have deadlines, and they run at the same time. Enter your dates to see every one that applies, in order."
      />
      <DeadlineCaseBridge submitted={plan ? formValues(params) : null} />
      {plan ? (
        <>
          <DeadlineResults plan={plan} query={new URLSearchParams(formValues(params)).toString()} />
          {/* The plan takes the planner's parameters as they are, so the case carries over. */}
          <p className="mt-8 max-w-3xl text-lg">
            <Link href={`/plan?${new URLSearchParams(formValues(params)).toString()}`} className="font-semibold">
              Turn these deadlines into a plan: what to do first, with the letter for each step
            </Link>
          </p>
        </>
      ) : null}
      <div className="mt-10 max-w-3xl">
        {plan ? <h2 className="mb-4 text-2xl font-bold">Change your details</h2> : null}
        <DeadlineForm values={formValues(params)} errors={parsed && !parsed.ok ? parsed.errors : []} />
      </div>
      <p className="mt-10 max-w-3xl text-base text-muted">
        Deadlines come from laws, card-scheme rules and platform policies, each linked to its source with the date we last
        checked it. Your bank or the platform may set a shorter limit, so act well before any date shown. Nothing you enter is
        stored or sent anywhere except in the page address. <Link href="/guides/escalation-roadmap">Which route fits your case?</Link>
      </p>
      <div className="mt-6 max-w-3xl">
        <CaseDataNotice />
      </div>
    </>
  );
}
