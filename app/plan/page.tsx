import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import Link from "@/components/site/link";
import { PageHeading } from "@/components/site/page-heading";
import { CaseDataNotice } from "@/components/tools/case-data-notice";
import { SavedCaseOffer } from "@/components/tools/plan-case-bridge";
import { PlanFormEnhancer } from "@/components/tools/plan-form-enhancer";
import { todayIn } from "@/lib/dates";
import type { QueryParams } from "@/lib/deadlines";
import { buildCasePlan, isPlanSubmission, parsePlanQuery } from "@/lib/plan";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbJsonLd } from "@/lib/site/structured-data";
import { PlanForm } from "./plan-form";
import { PlanResults } from "./plan-results";
import { formValues } from "@/lib/site/form-values";

export const metadata: Metadata = pageMetadata({
  title: "Your case, one plan",
  description: "A few questions about your order, then one plan: what to do now and next, by which date, with which letter, and who owes you.",
  path: "/plan",
});

/**
 * The case plan. The query string is the whole state (no names or order numbers: the form asks for
 * none), so a plan can be bookmarked, shared, printed and used without JavaScript. A link that only
 * picks the first answer (home's problem cards: `/plan?problem=…`) fills in the form without errors.
 */
export default async function PlanPage(props: PageProps<"/plan">) {
  const params = (await props.searchParams) as QueryParams & Record<string, string | string[] | undefined>;
  const values = formValues(params);
  // The server's UTC day: deadlines are calendar dates, so only "days left" can differ by one near midnight.
  const today = todayIn(new Date(), "UTC");
  const submitted = isPlanSubmission(params);
  const parsed = submitted ? parsePlanQuery(params, { today }) : null;
  const plan = parsed?.ok ? buildCasePlan(parsed.input, { today }) : null;
  const errors = parsed && !parsed.ok ? parsed.errors : [];
  const formKey = new URLSearchParams(values).toString();

  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: "Home", path: "/" }, { name: "Your case plan", path: "/plan" }])} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Your case plan" />
      <div className="mt-6">
        <PageHeading
          title="Your case, one plan"
          lead={
            plan
              ? undefined
              : "Answer a few questions about your order. You get the steps in order: what to do now, what next and by which date, the letter for each, and who owes you."
          }
        />
      </div>
      {plan ? <PlanResults plan={plan} /> : <SavedCaseOffer />}
      <div className="mt-10 max-w-3xl">
        {plan ? (
          <h2 className="mb-4 text-2xl font-bold print:hidden" id="change-answers">
            Change your answers
          </h2>
        ) : null}
        {/* Keyed by the answers: after a link from one plan to another (a soft navigation), the form shows the new answers, not the old choices. */}
        <PlanForm key={formKey} values={values} errors={errors} />
        <PlanFormEnhancer key={`enhancer-${formKey}`} formId="plan-form" />
      </div>
      <p className="mt-10 max-w-3xl text-base text-muted print:hidden">
        Every date comes from the deadline planner, and every figure from the same checked facts the guides use, each with its source and the date we last checked it.
        Your bank or the platform may set a shorter limit, so act well before any date shown. Nothing you enter is stored or sent anywhere except in the
        page address. <Link href="/guides/escalation-roadmap">How the routes fit together</Link>
      </p>
      <div className="mt-6 max-w-3xl">
        <CaseDataNotice />
      </div>
    </>
  );
}
