import Link from "@/components/site/link";
import { DeadlineTimeline } from "@/components/tools/deadline-timeline";
import {
  COUNTRY_NAMES,
  PAYMENT_LABELS,
  PLATFORM_LABELS,
  PROBLEM_LABELS,
  REGION_NAMES,
  planOverview,
  timelineModel,
  type Deadline,
  type DeadlinePlan,
  type NextStep,
  type OpenRoute,
} from "@/lib/deadlines";
import { formatLong } from "@/lib/dates";
import { formatIsoDate, pluralise } from "@/lib/site/format";
import { WarningNote } from "@/components/tools/warning-note";

const KIND_LABELS: Record<Deadline["kind"], string> = {
  law: "The law",
  scheme: "Card or payment scheme rule",
  "platform-policy": "Platform policy",
  postal: "International postal rules",
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
  if (deadline.status === "passed") return `passed ${pluralise(-(deadline.daysLeft ?? 0), "day")} ago`;
  if (deadline.status === "today") return "today is the last day";
  if (deadline.daysLeft === null) return "";
  return `${pluralise(deadline.daysLeft, "day")} left`;
}

const BUTTON = "inline-block bg-brand px-5 py-3 text-lg font-bold text-brand-ink no-underline shadow-[0_3px_0_var(--ink)]";

/**
 * The planner's answer, led by what the buyer can still do: dates to check first, then what is
 * open, then what has passed (folded away, each with what passing means). The ordering and
 * grouping come from planOverview in lib/deadlines; this file only lays them out.
 */
export function DeadlineResults({ plan, query }: { plan: DeadlinePlan; query: string }) {
  const overview = planOverview(plan);
  const { numbers, open, routes, needsDate, passed, forCalendar, next } = overview;
  const checking = next.kind === "check-dates";
  const { input } = plan;
  const hasDated = plan.deadlines.some((d) => d.date !== null);

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

      <Lead next={next} openCount={open.length + routes.length} passedCount={passed.length} numbers={numbers} />

      {overview.warnings.map((warning) => (
        <WarningNote key={warning.id}>{warning.text}</WarningNote>
      ))}

      {forCalendar.length > 0 ? (
        <p className="mt-6">
          <a href={`/tools/deadlines/calendar.ics?${query}`} download className={BUTTON}>
            {forCalendar.length === 1 ? "Add the open deadline to my calendar (.ics)" : `Add the ${forCalendar.length} open deadlines to my calendar (.ics)`}
          </a>
        </p>
      ) : null}

      {hasDated ? <DeadlineTimeline model={timelineModel(plan, { horizonDays: TIMELINE_HORIZON_DAYS })} numbers={numbers} /> : null}

      {open.length + routes.length + needsDate.length > 0 ? (
        <section aria-labelledby="still-open" className="mt-8">
          <h3 id="still-open" className="text-2xl font-bold">
            {checking ? "If the dates are right" : "Still open"}
          </h3>
          <ol className="mt-4 space-y-6">
            {open.map((deadline) => (
              <DeadlineItem key={deadline.id} deadline={deadline} number={numbers.get(deadline.id)} checking={checking} />
            ))}
          </ol>
          {routes.length > 0 ? (
            <ul className="mt-6 space-y-6">
              {routes.map((route) => (
                <RouteItem key={route.id} route={route} />
              ))}
            </ul>
          ) : null}
          {needsDate.length > 0 ? (
            <>
              <h4 className="mt-8 text-xl font-bold">Needs one more date</h4>
              <p className="mt-1 text-muted">Add the date in the form below to see these.</p>
              <ol className="mt-4 space-y-6">
                {needsDate.map((deadline) => (
                  <DeadlineItem key={deadline.id} deadline={deadline} number={numbers.get(deadline.id)} checking={checking} />
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      {passed.length > 0 ? (
        <section aria-labelledby="passed" className="mt-10">
          <h3 id="passed" className="text-2xl font-bold">
            Passed
          </h3>
          <details className="mt-3 border-2 border-line">
            <summary className="cursor-pointer p-4 text-lg font-semibold text-link underline underline-offset-4">
              {passed.length === 1 ? "1 deadline has passed: what that means" : `${passed.length} deadlines have passed: what that means`}
            </summary>
            <ol className="space-y-5 border-t-2 border-line p-4">
              {passed.map((deadline) => (
                <li key={deadline.id} id={`deadline-${deadline.id}`}>
                  <div className="flex items-baseline gap-3">
                    <NumberBadge value={numbers.get(deadline.id)} passed />
                    <h4 className="text-lg font-bold">{deadline.title}</h4>
                  </div>
                  <p className="mt-1 pl-11">
                    <time dateTime={deadline.date ?? undefined}>{deadline.date ? formatLong(deadline.date) : ""}</time> ({daysLeftText(deadline)})
                  </p>
                  <p className="mt-1 pl-11">{deadline.whenPassed}</p>
                  {deadline.guide ? (
                    <p className="mt-1 pl-11">
                      <Link href={deadline.guide.href}>{deadline.guide.label}</Link>
                    </p>
                  ) : null}
                  <p className="mt-1 pl-11 text-base text-muted">
                    Source:{" "}
                    <a href={deadline.source.url} rel="noopener noreferrer external">
                      {deadline.source.title}
                    </a>
                  </p>
                </li>
              ))}
            </ol>
          </details>
        </section>
      ) : null}

      {plan.notes.length > 0 ? (
        <div className="mt-10">
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

/** The one next step, in the box at the top. */
function Lead({ next, openCount, passedCount, numbers }: { next: NextStep; openCount: number; passedCount: number; numbers: ReadonlyMap<string, number> }) {
  if (next.kind === "check-dates") {
    const [first] = next.dates;
    return (
      <div role="alert" aria-labelledby="check-dates-title" className="mt-6 border-l-8 border-warning bg-warning-bg p-5">
        <h3 id="check-dates-title" className="text-2xl font-bold">
          Check the {first?.label ?? "dates"} first
        </h3>
        {next.dates.map((date) => (
          <p key={date.field} className="mt-2">
            You entered <strong>{formatLong(date.date)}</strong> as the {date.label}, which is after today. Every deadline here counts from your dates, so
            none of them can be trusted until it is right.
          </p>
        ))}
        <p className="mt-3">
          <a href={`#${first?.field ?? "paid"}`} className="font-semibold">
            Correct the {first?.label ?? "date"}
          </a>
        </p>
      </div>
    );
  }
  if (next.kind === "deadline") {
    const { deadline } = next;
    return (
      <div className="mt-6 border-l-8 border-brand bg-note-bg p-5">
        <p className="text-lg">Next deadline</p>
        <p className="mt-1 text-2xl font-bold">
          {deadline.title}: {deadline.date ? formatLong(deadline.date) : ""}
        </p>
        <p className="mt-1 text-lg font-semibold">{sentence(daysLeftText(deadline))}</p>
        <p className="mt-2">{deadline.action}</p>
        {openCount > 1 ? <p className="mt-2 text-base">{pluralise(openCount - 1, "more route")} still open below.</p> : null}
      </div>
    );
  }
  if (next.kind === "route") {
    const { route } = next;
    return (
      <div className="mt-6 border-l-8 border-brand bg-note-bg p-5">
        <p className="text-lg">Still open</p>
        <p className="mt-1 text-2xl font-bold">{route.title}</p>
        <p className="mt-2">It has no short deadline of its own, so it is still open {passedCount > 0 ? "although the dated deadlines have passed" : "for this order"}.</p>
        <p className="mt-4">
          <Link href={route.next.href} className={BUTTON}>
            {route.next.label}
          </Link>
        </p>
      </div>
    );
  }
  if (next.kind === "needs-date") {
    const { deadline } = next;
    return (
      <div className="mt-6 border-l-8 border-brand bg-note-bg p-5">
        <p className="text-lg">Add one more date</p>
        <p className="mt-1 text-2xl font-bold">
          {numbers.get(deadline.id)}. {deadline.title}
        </p>
        <p className="mt-2">{deadline.unavailableReason}</p>
      </div>
    );
  }
  return (
    <div className="mt-6 border-l-8 border-warning bg-warning-bg p-5">
      <p className="text-2xl font-bold">Every deadline we know of for this order has passed</p>
      <p className="mt-2">
        That closes these routes, not every door. Write to the seller once more with a reply-by date, ask your bank or payment provider whether anything is
        left, and see which routes still fit your case.
      </p>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-3">
        <Link href="/guides/escalation-roadmap" className="font-semibold">
          Which routes are left
        </Link>
        <Link href="/tools/letters" className="font-semibold">
          Write to the seller
        </Link>
      </p>
    </div>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function NumberBadge({ value, passed = false }: { value: number | undefined; passed?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`grid size-8 shrink-0 place-items-center rounded-full border-2 font-bold ${passed ? "border-muted bg-paper text-ink" : "border-brand bg-brand text-brand-ink"}`}
    >
      {value}
    </span>
  );
}

function DeadlineItem({ deadline, number, checking }: { deadline: Deadline; number: number | undefined; checking: boolean }) {
  return (
    <li id={`deadline-${deadline.id}`} className="border-2 border-ink p-5">
      <div className="flex items-baseline gap-3">
        <NumberBadge value={number} />
        <h4 className="text-xl font-bold">{deadline.title}</h4>
      </div>
      {deadline.date ? (
        <p className="mt-2 text-lg">
          <strong>
            <time dateTime={deadline.date}>{formatLong(deadline.date)}</time>
          </strong>{" "}
          {checking ? null : <span className="font-semibold">({daysLeftText(deadline)})</span>}
        </p>
      ) : (
        <p className="mt-2 text-lg">
          <strong className="font-semibold">No date yet:</strong> {deadline.unavailableReason}
        </p>
      )}
      <p className="mt-2">
        <span className="font-semibold">What to do: </span>
        {deadline.action}
      </p>
      <DeadlineLinks deadline={deadline} />
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-base sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-muted sm:font-normal">Who enforces it</dt>
        <dd className="mb-2 sm:mb-0">{deadline.enforcedBy}</dd>
        <dt className="font-semibold text-muted sm:font-normal">Based on</dt>
        <dd className="mb-2 sm:mb-0">
          {KIND_LABELS[deadline.kind]}: {deadline.legalBasis}
        </dd>
        {deadline.calculation ? (
          <>
            <dt className="font-semibold text-muted sm:font-normal">How it is worked out</dt>
            <dd className="mb-2 sm:mb-0">{deadline.calculation}</dd>
          </>
        ) : null}
        <dt className="font-semibold text-muted sm:font-normal">Confidence</dt>
        <dd className="mb-2 sm:mb-0">{CONFIDENCE_TEXT[deadline.confidence]}</dd>
        <dt className="font-semibold text-muted sm:font-normal">Source</dt>
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
  );
}

/** The guide section that explains the step, and the letter that does it, where there are. */
function DeadlineLinks({ deadline }: { deadline: Deadline }) {
  if (deadline.guide === null && deadline.letter === null) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
      {deadline.guide ? (
        <Link href={deadline.guide.href} className="font-semibold">
          How to: {deadline.guide.label}
        </Link>
      ) : null}
      {deadline.letter ? (
        <Link href={deadline.letter.href} className="font-semibold">
          {deadline.letter.label}
        </Link>
      ) : null}
    </p>
  );
}

function RouteItem({ route }: { route: OpenRoute }) {
  return (
    <li id={`route-${route.id}`} className="border-2 border-ink p-5">
      <h4 className="text-xl font-bold">{route.title}</h4>
      <p className="mt-1 text-lg font-semibold">No fixed deadline: still open</p>
      <p className="mt-2">{route.text}</p>
      <p className="mt-3">
        <Link href={route.next.href} className="font-semibold">
          {route.next.label}
        </Link>
      </p>
    </li>
  );
}
