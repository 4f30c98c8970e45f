import { hasMoreDates, MoreDateFields } from "@/components/tools/case-more-dates";
import { DateField, ErrorSummary, RadioGroup, SelectField } from "@/components/tools/form-fields";
import {
  COUNTRIES,
  COUNTRY_NAMES,
  PAYMENT_LABELS,
  PAYMENT_METHODS,
  PLATFORM_LABELS,
  PLATFORMS,
  PROBLEM_LABELS,
  PROBLEMS,
  normaliseCountry,
  normaliseProblem,
  normaliseRegion,
  REGION_NAMES,
  regionsFor,
  type FieldError,
} from "@/lib/deadlines";
import { factText } from "@/lib/facts";

/** What the region field is called, and why it matters, for the countries that ask for it. */
const REGION_FIELD: Record<"GB" | "CA", { label: string; hint: string }> = {
  GB: { label: "Which part of the UK do you live in?", hint: "The time limit for a court claim is shorter in Scotland." },
  CA: {
    label: "Which province or territory do you live in?",
    hint: "In Ontario and Quebec, the law can make your credit card issuer reverse the charge.",
  },
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

const COUNTRY_OPTIONS = [
  ...(["GB", "US", "CA", "AU", "NZ"] as const).map((c) => ({ value: c, label: COUNTRY_NAMES[c] })),
  ...COUNTRIES.filter((c) => !["GB", "US", "CA", "AU", "NZ", "other"].includes(c)).map((c) => ({ value: c, label: COUNTRY_NAMES[c] })).sort(byLabel),
  { value: "other", label: COUNTRY_NAMES.other },
];

/** The planner's form. It submits by GET to the same page, so it needs no JavaScript. */
export function DeadlineForm({ values, errors }: { values: Record<string, string>; errors: readonly FieldError[] }) {
  const errorFor = (path: string) => errors.find((e) => e.path === path)?.message;
  return (
    <form method="get" action="/tools/deadlines" noValidate>
      <ErrorSummary errors={errors} fieldId={(path) => (path === "problem" ? "problem-not-delivered" : path)} />
      <SelectField name="country" label="Where do you live?" options={COUNTRY_OPTIONS} value={values.country} error={errorFor("country")} />
      <RegionField country={normaliseCountry(values.country)} value={normaliseRegion(values.region)} error={errorFor("region")} />
      <SelectField
        name="payment"
        label="How did you pay?"
        hint="If you paid a shopping agent, choose how you paid the agent."
        options={PAYMENT_METHODS.map((p) => ({ value: p, label: PAYMENT_LABELS[p] }))}
        value={values.payment}
        error={errorFor("payment")}
      />
      <SelectField name="platform" label="Where did you buy?" options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))} value={values.platform} error={errorFor("platform")} />
      <RadioGroup name="problem" legend="What went wrong?" options={PROBLEMS.map((p) => ({ value: p, label: PROBLEM_LABELS[p] }))} value={normaliseProblem(values.problem, values.delivered)} error={errorFor("problem")} />
      <DateField name="paid" label="When did you pay?" hint="The date on your receipt or card statement." value={values.paid} required error={errorFor("paid")} />
      <DateField name="expected" label="Latest expected delivery date (if you know it)" hint="The last day of the delivery estimate the seller or platform gave." value={values.expected} error={errorFor("expected")} />
      <DateField name="delivered" label="Date it was delivered (if it was)" value={values.delivered} error={errorFor("delivered")} />
      <details className="mb-6" open={Boolean(values.statementDate || errorFor("statementDate")) || hasMoreDates(values, errorFor)}>
        <summary className="cursor-pointer text-lg font-semibold text-link underline underline-offset-4">More dates, if you have them</summary>
        <div className="mt-4">
          <DateField
            name="statementDate"
            label="Date of the card statement that first showed the charge"
            hint={factText("US credit cards: the {us-fcba-notice-window:adjective} Fair Credit Billing Act limit counts from it.")}
            value={values.statementDate}
            error={errorFor("statementDate")}
          />
          <MoreDateFields values={values} errorFor={errorFor} />
        </div>
      </details>
      <button type="submit" className="bg-brand px-6 py-3 text-lg font-bold text-brand-ink shadow-[0_3px_0_var(--ink)]">
        Show my deadlines
      </button>
    </form>
  );
}

/**
 * Only the UK and Canada ask where in the country you live. The form works without JavaScript, so
 * the field appears once the country is submitted; a region error keeps it in view.
 */
function RegionField({ country, value, error }: { country: string | undefined; value: string | undefined; error: string | undefined }) {
  const regions = regionsFor(country);
  const field = country === "GB" || country === "CA" ? REGION_FIELD[country] : null;
  if (regions === undefined || field === null) {
    // A region sent for another country still needs a field to show its error by.
    return error ? <SelectField name="region" label="Which part of the country do you live in?" options={[]} value="" emptyLabel="Leave empty" error={error} /> : null;
  }
  const known = regions.find((region) => region === value);
  return (
    <SelectField
      name="region"
      label={field.label}
      hint={field.hint}
      options={regions.map((region) => ({ value: region, label: REGION_NAMES[region] }))}
      value={known ?? ""}
      emptyLabel="I'd rather not say"
      error={error}
    />
  );
}
