import { hasMoreDates, MoreDateFields } from "@/components/tools/case-more-dates";
import { DateField, ErrorSummary, RadioGroup, SelectField, TextField } from "@/components/tools/form-fields";
import {
  CA_REGIONS,
  COUNTRIES,
  COUNTRY_NAMES,
  type FieldError,
  GB_REGIONS,
  normaliseCountry,
  normaliseRegion,
  PAYMENT_LABELS,
  PAYMENT_METHODS,
  PLATFORM_LABELS,
  PLATFORMS,
  REGION_NAMES,
} from "@/lib/deadlines";
import { factText } from "@/lib/facts";
import { CURRENCIES, CURRENCY_CODES } from "@/lib/money/currencies";
import { AGENT_STAGE_LABELS, AGENT_STAGES, PLAN_PROBLEM_LABELS, PLAN_PROBLEMS, SELLER_COUNTRIES, SELLER_COUNTRY_NAMES } from "@/lib/plan";

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
const FIRST = ["GB", "US", "CA", "AU", "NZ"] as const;

const COUNTRY_OPTIONS = [
  ...FIRST.map((c) => ({ value: c, label: COUNTRY_NAMES[c] })),
  ...COUNTRIES.filter((c) => c !== "other" && !(FIRST as readonly string[]).includes(c)).map((c) => ({ value: c, label: COUNTRY_NAMES[c] })).sort(byLabel),
  { value: "other", label: COUNTRY_NAMES.other },
];

const SELLER_OPTIONS = [
  ...(["unknown", "CN", "HK"] as const).map((c) => ({ value: c, label: SELLER_COUNTRY_NAMES[c] })),
  ...SELLER_COUNTRIES.filter((c) => !["unknown", "CN", "HK", "other"].includes(c)).map((c) => ({ value: c, label: SELLER_COUNTRY_NAMES[c] })).sort(byLabel),
  { value: "other", label: SELLER_COUNTRY_NAMES.other },
];

const REGION_GROUPS = [
  { label: "United Kingdom", options: GB_REGIONS.map((r) => ({ value: r, label: REGION_NAMES[r] })) },
  { label: "Canada", options: CA_REGIONS.map((r) => ({ value: r, label: REGION_NAMES[r] })) },
];

const CURRENCY_OPTIONS = CURRENCY_CODES.map((code) => ({ value: code, label: `${code} (${CURRENCIES[code].name})` }));

const PLAN_PROBLEM_IDS = new Set<string>(PLAN_PROBLEMS);

/**
 * The plan's questions, grouped: what went wrong, where, how you paid, and the dates. A GET form to
 * /plan, so it works without JavaScript and the answers are the plan's address; a small script
 * (PlanFormEnhancer) only hides the questions that don't apply. Every question but the first four
 * and the payment date can be left as "I don't know": the plan says what the answer would change.
 */
export function PlanForm({ values, errors }: { values: Record<string, string>; errors: readonly FieldError[] }) {
  const errorFor = (path: string) => errors.find((e) => e.path === path)?.message;
  const country = normaliseCountry(values.country);
  const problem = values.problem?.toLowerCase();
  const moreDates = hasMoreDates(values, errorFor);
  return (
    <form id="plan-form" method="get" action="/plan" noValidate className="print:hidden">
      <ErrorSummary errors={errors} fieldId={(path) => (path === "problem" ? "problem-not-delivered" : path)} />

      <RadioGroup
        name="problem"
        legend="What went wrong?"
        size="large"
        hint="Choose the closest. If several happened, choose the first."
        options={PLAN_PROBLEMS.map((p) => ({ value: p, label: PLAN_PROBLEM_LABELS[p] }))}
        value={problem !== undefined && PLAN_PROBLEM_IDS.has(problem) ? problem : undefined}
        error={errorFor("problem")}
      />

      <fieldset className="mb-8 border-t-2 border-line pt-6">
        <legend className="pr-3 text-2xl font-bold">Where you live and where you bought</legend>
        <div className="mt-4">
          <SelectField name="country" label="Where do you live?" options={COUNTRY_OPTIONS} value={country} error={errorFor("country")} />
          <div data-plan-field="region">
            <SelectField
              name="region"
              label="Which part of the UK, or which province, do you live in?"
              hint="Only for the UK and Canada, where the rules differ: court time limits in the UK, card rights in Ontario and Quebec."
              options={[]}
              groups={REGION_GROUPS}
              value={normaliseRegion(values.region) ?? ""}
              emptyLabel="Not in the UK or Canada, or I'd rather not say"
              error={errorFor("region")}
            />
          </div>
          <SelectField
            name="platform"
            label="Where did you buy it?"
            options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
            value={values.platform?.toLowerCase()}
            error={errorFor("platform")}
          />
          <div data-plan-field="agentStage">
            <SelectField
              name="agentStage"
              label="If you used a shopping agent: how far did the order get?"
              hint="It decides who has your goods now, and whether they can still go back to the seller."
              options={AGENT_STAGES.filter((s) => s !== "unknown").map((s) => ({ value: s, label: AGENT_STAGE_LABELS[s] }))}
              value={values.agentStage?.toLowerCase() ?? ""}
              emptyLabel={AGENT_STAGE_LABELS.unknown}
              error={errorFor("agentStage")}
            />
          </div>
          <SelectField
            name="sellerCountry"
            label="Where is the seller (or the agent) based?"
            hint="Look for an address in the shop's terms or the seller's profile. It decides which consumer bodies and courts can act."
            options={SELLER_OPTIONS}
            value={values.sellerCountry ? (values.sellerCountry.toLowerCase() === "unknown" || values.sellerCountry.toLowerCase() === "other" ? values.sellerCountry.toLowerCase() : normaliseCountry(values.sellerCountry)) : "unknown"}
            error={errorFor("sellerCountry")}
          />
        </div>
      </fieldset>

      <fieldset className="mb-8 border-t-2 border-line pt-6">
        <legend className="pr-3 text-2xl font-bold">How you paid</legend>
        <div className="mt-4">
          <SelectField
            name="payment"
            label="How did you pay?"
            hint="If you paid a shopping agent, choose how you paid the agent."
            options={PAYMENT_METHODS.map((p) => ({ value: p, label: PAYMENT_LABELS[p] }))}
            value={values.payment?.toLowerCase()}
            error={errorFor("payment")}
          />
          <div className="flex flex-wrap gap-x-6">
            <TextField
              name="amount"
              label="How much did you pay? (optional)"
              hint={factText("For example 49.99. It shows whether Section 75 (over {uk-section-75-min}) and small-claims limits apply.")}
              inputMode="decimal"
              value={values.amount}
              error={errorFor("amount")}
            />
            <SelectField
              name="currency"
              label="Currency"
              options={CURRENCY_OPTIONS}
              value={values.currency?.toUpperCase() ?? ""}
              emptyLabel="The currency where I live"
              error={errorFor("currency")}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="mb-8 border-t-2 border-line pt-6">
        <legend className="pr-3 text-2xl font-bold">Dates</legend>
        <p className="mt-2 text-base text-muted">Leave a date empty if you don't know it: the plan says what it would change.</p>
        <div className="mt-4">
          <DateField name="paid" label="When did you pay?" hint="The date on your order confirmation or card statement." value={values.paid} required error={errorFor("paid")} />
          <DateField name="expected" label="Latest expected delivery date" hint="The last day of the delivery estimate the seller or platform gave." value={values.expected} error={errorFor("expected")} />
          <DateField name="delivered" label="Date it was delivered" hint="If tracking says delivered but you don't have it, the date tracking gives." value={values.delivered} error={errorFor("delivered")} />
          <DateField
            name="statementDate"
            label="Date of the card statement that first showed the charge"
            hint={factText("US credit cards: the {us-fcba-notice-window:adjective} Fair Credit Billing Act limit counts from it.")}
            value={values.statementDate}
            error={errorFor("statementDate")}
          />
          <details className="mb-6" open={moreDates}>
            <summary className="cursor-pointer text-lg font-semibold text-link underline underline-offset-4">More dates, if you have them</summary>
            <div className="mt-4">
              <MoreDateFields values={values} errorFor={errorFor} />
            </div>
          </details>
        </div>
      </fieldset>

      <button type="submit" className="bg-brand px-6 py-3 text-lg font-bold text-brand-ink shadow-[0_3px_0_var(--ink)]">
        Make my plan
      </button>
    </form>
  );
}
