import { DeadlineTimeline } from "@/components/tools/deadline-timeline";
import { COUNTRY_NAMES, PAYMENT_LABELS, PLATFORM_LABELS, PROBLEM_LABELS, REGION_NAMES, timelineModel, type Deadline, type DeadlinePlan } from "@/lib/deadlines";
import { formatLong } from "@/lib/dates";
import { formatIsoDate, pluralise } from "@/lib/site/format";

const KIND_LABELS: Record<Deadline["kind"], string> = {
  law: "The law",
  scheme: "Card or payment scheme rule",
  "platform-policy": "Platform policy",
};

const CONFIDENCE_TEXT: Record<Deadline["confidence"], string> = {
  high: "High: from the official source",
  medium: "Medium: check the source for your case",
  low: "Low: an estimate; check with them directly",
};

// Deadlines more than about 13 months after payment (the legal guarantee, the court time limit) are
// listed beside the picture rather than squashing the ones that matter this month.
const TIMELINE_HORIZON_DAYS = 400;

function daysLeftText(deadline: Deadline): string {
  if (deadline.status === "passed") return `Passed ${pluralise(-(deadline.daysLeft ?? 0), "day")} ago`;
  if (deadline.status === "today") return "Today is the last day";
  if (deadline.daysLeft === null) return "";
  return `${pluralise(deadline.daysLeft, "day")} left`;
}

export function DeadlineResults({ plan, query }: { plan: DeadlinePlan; query: string }) {
  const dated = plan.deadlines.filter((d) => d.date !== null);
  const undated = plan.deadlines.filter((d) => d.date === null);
  const numbers = new Map(plan.deadlines.map((d, i) => [d.id, i + 1]));
  const next = dated.find((d) => d.status === "upcoming" || d.status === "today");
  const { input } = plan;

  return (
    <section aria-labelledby="your-deadlines" className="mt-10 max-w-4xl">
      <h2 id="your-deadlines" className="text-3xl font-bold">
        Your deadlines
      </h2>
      <p className="mt-2 text-muted">
        {COUNTRY_NAMES[input.country]}
        {input.region ? ` (${REGION_NAMES[input.region]})` : ""} · {PAYMENT_LABELS[input.payment]} · {PLATFORM_LABELS[input.platform]} · {PROBLEM_LABELS[input.problem]} · paid{" "}
        {formatIsoDate(input.paid)}. Days counted from today, {formatIsoDate(plan.today)}.
      </p>

      {next ? (
        <div className="mt-6 border-l-8 border-brand bg-note-bg p-5">
          <p className="text-lg">Next deadline</p>
          <p className="mt-1 text-2xl font-bold">
            {next.title}: {formatLong(next.date!)}
          </p>
          <p className="mt-1 text-lg font-semibold">{daysLeftText(next)}</p>
          <p className="mt-2">{next.action}</p>
        </div>
      ) : null}

      {plan.warnings.map((warning) => (
        <div key={warning.id} className="mt-6 flex gap-3 border-l-8 border-warning bg-warning-bg p-5">
          <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-ink text-lg font-bold text-paper">
            !
          </span>
          <p>
            <span className="visually-hidden">Warning: </span>
            {warning.text}
          </p>
        </div>
      ))}

      <p className="mt-6 flex flex-wrap gap-4">
        <a href={`/tools/deadlines/calendar.ics?${query}`} download className="inline-block bg-brand px-5 py-3 text-lg font-bold text-brand-ink no-underline shadow-[0_3px_0_var(--ink)]">
          Add all deadlines to my calendar (.ics)
        </a>
      </p>

      {dated.length > 0 ? <DeadlineTimeline model={timelineModel(plan, { horizonDays: TIMELINE_HORIZON_DAYS })} numbers={numbers} /> : null}

      <ol className="mt-6 space-y-6">
        {plan.deadlines.map((deadline) => (
          <li key={deadline.id} id={`deadline-${deadline.id}`} className={`border-2 p-5 ${deadline.status === "passed" ? "border-line opacity-90" : "border-ink"}`}>
            <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-brand font-bold text-brand-ink">
                {numbers.get(deadline.id)}
              </span>
              <h3 className="text-xl font-bold">{deadline.title}</h3>
            </div>
            {deadline.date ? (
              <p className="mt-2 text-lg">
                <strong>
                  <time dateTime={deadline.date}>{formatLong(deadline.date)}</time>
                </strong>{" "}
                <span className={deadline.status === "passed" ? "font-semibold text-warning" : "font-semibold"}>({daysLeftText(deadline)})</span>
              </p>
            ) : (
              <p className="mt-2 text-lg font-semibold">No date yet: {deadline.unavailableReason}</p>
            )}
            <p className="mt-2">
              <strong>What to do: </strong>
              {deadline.action}
            </p>
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-base sm:grid-cols-[max-content_1fr]">
              <dt className="text-muted">Who enforces it</dt>
              <dd>{deadline.enforcedBy}</dd>
              <dt className="text-muted">Based on</dt>
              <dd>
                {KIND_LABELS[deadline.kind]}: {deadline.legalBasis}
              </dd>
              {deadline.calculation ? (
                <>
                  <dt className="text-muted">How it is worked out</dt>
                  <dd>{deadline.calculation}</dd>
                </>
              ) : null}
              <dt className="text-muted">Confidence</dt>
              <dd>{CONFIDENCE_TEXT[deadline.confidence]}</dd>
              <dt className="text-muted">Source</dt>
              <dd>
                <a href={deadline.source.url} rel="noopener noreferrer external">
                  {deadline.source.title}
                </a>
                {`, checked ${formatIsoDate(deadline.lastChecked)}`}
                {deadline.source.official ? "" : " (not an official page: we found none that states this)"}
              </dd>
            </dl>
            {deadline.note ? <p className="mt-3 text-base">{deadline.note}</p> : null}
          </li>
        ))}
      </ol>
      {undated.length > 0 ? <p className="mt-4 text-base text-muted">Deadlines without a date need one more date from you: add it in the form below.</p> : null}

      {plan.notes.length > 0 ? (
        <div className="mt-8">
          <h3 className="text-xl font-bold">Good to know</h3>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {plan.notes.map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
