import Link from "@/components/site/link";
import { ResponsibilityChain } from "@/components/pictures/responsibility-chain";
import { PlanCaseBridge } from "@/components/tools/plan-case-bridge";
import { PrintButton } from "@/components/tools/print-button";
import { formatDayMonthYear, formatLong } from "@/lib/dates";
import { COUNTRY_NAMES, type Deadline, PAYMENT_LABELS, PLATFORM_LABELS, REGION_NAMES } from "@/lib/deadlines";
import { CURRENCIES } from "@/lib/money/currencies";
import { type CasePlan, PLAN_PROBLEM_LABELS, type Phase, type PlanStep, RUNG_LABELS, RUNGS, toDeadlineInput } from "@/lib/plan";
import { formatDecimal } from "@/lib/facts/format";
import { pluralise } from "@/lib/site/format";
import { WarningNote } from "@/components/tools/warning-note";

const BUTTON = "inline-flex min-h-11 items-center bg-brand px-5 py-3 text-lg font-bold text-brand-ink no-underline shadow-[0_3px_0_var(--ink)]";

const DEPENDS_WORDS = { sellerCountry: "where the seller is", region: "your province or part of the UK", amount: "what you paid", agentStage: "how far the agent order got" } as const;

/** Planner warnings a step of the plan already says in its own place. */
const SAID_IN_A_STEP = new Set(["paypal-friends-and-family", "bnpl-own-dispute", "no-protection-bank-transfer", "no-protection-agent-wallet", "unknown-payment-protection", "amazon-chargeback-ends-a-to-z"]);

function daysLeftText(deadline: Deadline): string {
  if (deadline.status === "passed") return `passed ${pluralise(-(deadline.daysLeft ?? 0), "day")} ago`;
  if (deadline.status === "today") return "today is the last day";
  if (deadline.daysLeft === null) return "";
  return `${pluralise(deadline.daysLeft, "day")} left`;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The case plan: what to do now, what next and by when, each step with its letter, its evidence and
 * why it is there; who is responsible, as a picture; the whole escalation ladder with the routes that
 * can't help and why; and what an unknown answer would change. Server-rendered from lib/plan, so it
 * reads and prints the same without JavaScript.
 */
export function PlanResults({ plan }: { plan: CasePlan }) {
  const { input, steps, overview } = plan;
  const phases: { phase: Phase; id: string; heading: string; intro: string | null }[] = [
    { phase: "now", id: "plan-now", heading: "Now: within the next 24 hours", intro: plan.urgent ? "A deadline is close, so don't wait for a reply before starting the dispute below." : null },
    { phase: "next", id: "plan-next", heading: `Then: if it isn't sorted by ${formatLong(plan.replyBy)}`, intro: "Give the seller until then to answer. If it hasn't put things right, go on, and never past the date each step gives." },
    { phase: "later", id: "plan-later", heading: "If that fails", intro: "These have no short deadline of their own; use them when the steps above haven't worked." },
  ];
  const warnings = overview.warnings.filter((w) => !SAID_IN_A_STEP.has(w.id));
  const amount = input.amount === undefined ? "" : ` · ${input.currency ? `${CURRENCIES[input.currency].prefix}${formatDecimal(input.amount)}` : input.amount}`;

  return (
    <section aria-labelledby="your-plan" className="mt-10 max-w-4xl">
      <h2 id="your-plan" className="text-3xl font-bold">
        Your plan
      </h2>
      <p className="mt-2 text-muted">
        {PLAN_PROBLEM_LABELS[input.problem]} · {COUNTRY_NAMES[input.country]}
        {input.region ? ` (${REGION_NAMES[input.region]})` : ""} · {PLATFORM_LABELS[input.platform]} · {PAYMENT_LABELS[input.payment]}
        {amount} · paid {formatDayMonthYear(input.paid)}. Days counted from today, {formatDayMonthYear(plan.today)}.{" "}
        <a href="#plan-form" className="print:hidden">
          Change your answers
        </a>
      </p>

      <Lead plan={plan} />

      {warnings.map((warning) => (
        <WarningNote key={warning.id}>{warning.text}</WarningNote>
      ))}

      <div className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
        {plan.calendar.length > 0 ? (
          <a href={plan.links.calendar} download className={BUTTON}>
            {plan.calendar.length === 1 ? "Add the deadline to my calendar (.ics)" : `Add the ${plan.calendar.length} deadlines to my calendar (.ics)`}
          </a>
        ) : null}
        <PrintButton />
      </div>
      <PlanCaseBridge
        details={{
          country: input.country,
          payment: input.payment,
          platform: input.platform,
          paid: input.paid,
          problem: toDeadlineInput(input).problem,
          expected: input.expected,
          delivered: input.delivered,
          amount: input.amount,
          currency: input.amount === undefined ? undefined : input.currency,
        }}
      />

      {phases.map(({ phase, id, heading, intro }) => {
        const inPhase = steps.filter((step) => step.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={id} className="mt-10">
            <h3 id={id} className="text-2xl font-bold">
              {heading}
            </h3>
            {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
            <ol className="mt-4 space-y-6" start={inPhase[0]?.number}>
              {inPhase.map((step) => (
                <StepCard key={`${step.id}-${step.number}`} step={step} />
              ))}
            </ol>
          </section>
        );
      })}

      <section aria-labelledby="who-is-responsible" className="mt-12 break-inside-avoid">
        <h3 id="who-is-responsible" className="text-2xl font-bold">
          Who is responsible
        </h3>
        <p className="mt-2">
          {plan.chain.why}
          {plan.chain.guide ? (
            <>
              {" "}
              <Link href={plan.chain.guide.href}>{plan.chain.guide.label}</Link>
            </>
          ) : null}
        </p>
        <ResponsibilityChain id="plan-chain" via={plan.chain.route} highlight={plan.chain.highlight} caption="Under each link: who to claim from when something goes wrong there." />
        <details className="border-2 border-line print:border-0">
          <summary className="cursor-pointer p-4 font-semibold text-link underline underline-offset-4 print:hidden">Who to claim from at each link, in words</summary>
          <ol className="list-decimal space-y-2 border-t-2 border-line p-4 pl-10 print:border-0">
            {plan.chain.links.map((link) => (
              <li key={link.id}>
                <strong>{link.label}</strong>
                {link.id === plan.chain.highlight ? " (most likely here)" : ""}: {link.does.charAt(0).toLowerCase() + link.does.slice(1)}. {link.claimInFull}
              </li>
            ))}
          </ol>
        </details>
      </section>

      <Ladder plan={plan} />

      {plan.unknowns.length > 0 ? (
        <section aria-labelledby="if-you-knew" className="mt-12">
          <h3 id="if-you-knew" className="text-2xl font-bold">
            If you knew more
          </h3>
          <p className="mt-2 text-muted">You left these out, which is fine. Here is what each would change.</p>
          <dl className="mt-4 space-y-4">
            {plan.unknowns.map((unknown) => (
              <div key={unknown.field} className="border-l-4 border-line pl-4">
                <dt className="font-semibold">
                  <a href={`#${unknown.field}`} className="print:no-underline">
                    {unknown.label}
                  </a>
                </dt>
                <dd className="mt-1">{unknown.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {plan.otherDeadlines.length > 0 ? (
        <section aria-labelledby="other-deadlines" className="mt-12">
          <h3 id="other-deadlines" className="text-2xl font-bold">
            Other dates in your case
          </h3>
          <ul className="mt-4 space-y-3">
            {plan.otherDeadlines.map((deadline) => (
              <li key={deadline.id}>
                <strong>{deadline.title}</strong>: <DeadlineWhen deadline={deadline} />. {deadline.rule}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.deadlinePlan.notes.length > 0 ? (
        <section aria-labelledby="good-to-know" className="mt-12">
          <h3 id="good-to-know" className="text-xl font-bold">
            Good to know
          </h3>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {plan.deadlinePlan.notes.map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="mt-10 print:hidden">
        <Link href={plan.links.planner} className="font-semibold">
          Every deadline in this case, with how each is worked out and its source
        </Link>
      </p>
    </section>
  );
}

/** The box at the top: the one thing to do first, or, when the dated deadlines have passed, what is still open. */
function Lead({ plan }: { plan: CasePlan }) {
  const { overview } = plan;
  const first = plan.steps[0];
  if (overview.next.kind === "check-dates") {
    const [date] = overview.next.dates;
    return (
      <div role="alert" aria-labelledby="check-dates-title" className="mt-6 border-l-8 border-warning bg-warning-bg p-5">
        <h3 id="check-dates-title" className="text-2xl font-bold">
          Check the {date?.label ?? "dates"} first
        </h3>
        <p className="mt-2">
          You entered {date ? formatLong(date.date) : "a date"} as the {date?.label ?? "date"}, which is after today. Every date in this plan counts from your dates.
        </p>
        <p className="mt-3">
          <a href={`#${date?.field ?? "paid"}`} className="font-semibold">
            Correct the {date?.label ?? "date"}
          </a>
        </p>
      </div>
    );
  }
  const allDatedPassed = overview.open.length === 0 && overview.passed.length > 0;
  return (
    <div className="mt-6 border-l-8 border-brand bg-note-bg p-5">
      {allDatedPassed ? (
        <>
          <p className="text-2xl font-bold">The dated deadlines for this order have passed</p>
          <p className="mt-2">
            That closes those routes, not every door.{" "}
            {overview.next.kind === "route"
              ? `${overview.next.route.title} is still open: it has no short deadline of its own.`
              : "Write to the seller once more, and use the routes below that are still open."}
          </p>
        </>
      ) : first ? (
        <>
          <p className="text-lg">Do this first</p>
          <p className="mt-1 text-2xl font-bold">
            <a href={`#step-${first.number}`} className="text-ink">
              {first.number}. {first.title}
            </a>
          </p>
          {overview.next.kind === "deadline" ? (
            <p className="mt-2">
              Your next deadline: <strong>{overview.next.deadline.title}</strong>, {overview.next.deadline.date ? formatLong(overview.next.deadline.date) : ""} ({daysLeftText(overview.next.deadline)}).
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function DeadlineWhen({ deadline }: { deadline: Deadline }) {
  if (deadline.date === null) return <>no date yet: {deadline.unavailableReason}</>;
  return (
    <>
      <time dateTime={deadline.date}>{formatLong(deadline.date)}</time> ({daysLeftText(deadline)})
    </>
  );
}

function StepCard({ step }: { step: PlanStep }) {
  const others = step.deadlines.filter((d) => d !== step.dueBy);
  return (
    <li id={`step-${step.number}`} className="border-2 border-ink p-5 break-inside-avoid">
      <div className="flex items-baseline gap-3">
        <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-brand font-bold text-brand-ink print:border-2 print:border-ink">
          {step.number}
        </span>
        <h4 className="min-w-0 text-xl font-bold">
          <span className="visually-hidden">Step {step.number}: </span>
          {step.title}
        </h4>
      </div>
      <p className="mt-3 text-lg">
        {step.dueBy?.date ? (
          <>
            <strong>
              Last day: <time dateTime={step.dueBy.date}>{formatLong(step.dueBy.date)}</time>
            </strong>{" "}
            <span className="font-semibold">({daysLeftText(step.dueBy)})</span>
            <span className="mt-1 block text-base text-muted">
              {step.dueBy.title}. Source:{" "}
              <a href={step.dueBy.source.url} rel="noopener noreferrer external">
                {step.dueBy.source.title}
              </a>
              , checked {formatDayMonthYear(step.dueBy.lastChecked)}
              {step.dueBy.confidence === "low" ? ". An estimate: check it with them directly." : "."}
            </span>
          </>
        ) : step.kind === "open" ? (
          <strong>No short deadline: still open</strong>
        ) : step.phase === "now" ? (
          <strong>Today</strong>
        ) : (
          <strong>No date of its own</strong>
        )}
      </p>
      <p className="mt-2">
        <span className="font-semibold">Who: </span>
        {step.who}
      </p>
      <p className="mt-2">
        <span className="font-semibold">What to do: </span>
        {step.action}
      </p>
      {step.caveat ? <p className="mt-2 border-l-4 border-warning pl-3">{step.caveat}</p> : null}

      {others.length > 0 || step.passed.length > 0 ? (
        <ul className="mt-3 space-y-1 text-base">
          {others.map((deadline) => (
            <li key={deadline.id}>
              <span className="font-semibold">{deadline.title}:</span> <DeadlineWhen deadline={deadline} />
            </li>
          ))}
          {step.passed.map((deadline) => (
            <li key={deadline.id}>
              <span className="font-semibold">{deadline.title}:</span> passed on <time dateTime={deadline.date ?? undefined}>{deadline.date ? formatLong(deadline.date) : ""}</time>. {deadline.whenPassed}
            </li>
          ))}
        </ul>
      ) : null}

      {step.letter || step.tool ? (
        <p className="mt-4 flex flex-wrap gap-3">
          {step.letter ? (
            <Link href={step.letter.href} className="inline-flex min-h-11 items-center border-2 border-ink bg-paper px-4 py-2 font-semibold no-underline print:border-0 print:p-0">
              <span>
                Write it: {step.letter.label}
                <span className="visually-hidden"> (letter builder, filled in with your case)</span>
              </span>
            </Link>
          ) : null}
          {step.tool ? (
            <Link href={step.tool.href} className="inline-flex min-h-11 items-center border-2 border-ink bg-paper px-4 py-2 font-semibold no-underline print:border-0 print:p-0">
              {step.tool.label}
            </Link>
          ) : null}
        </p>
      ) : null}

      {step.evidence.length > 0 ? (
        <div className="mt-4">
          <p className="font-semibold">Gather first</p>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-base">
            {step.evidence.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.action}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="mt-4 text-base">
        <span className="font-semibold">Why: </span>
        {step.why} <Link href={step.guide.href}>{step.guide.label}</Link>
      </p>
      {step.more.length > 0 ? (
        <p className="mt-2 text-base">
          <span className="font-semibold">Also read: </span>
          {step.more.map((link, index) => (
            <span key={link.href}>
              {index > 0 ? "; " : null}
              <Link href={link.href}>{link.label}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** The whole escalation ladder for this buyer: each rung's steps, closed routes and the routes that can't help, with why. */
function Ladder({ plan }: { plan: CasePlan }) {
  return (
    <section aria-labelledby="ladder" className="mt-12">
      <h3 id="ladder" className="text-2xl font-bold">
        Your escalation ladder
      </h3>
      <p className="mt-2 text-muted">In the order that keeps the most options open, and what can't help you here.</p>
      <ol className="mt-4 space-y-5">
        {RUNGS.map((rung, index) => {
          const offered = plan.steps.filter((s) => s.rung === rung);
          const closed = plan.closed.filter((c) => c.rung === rung);
          const notOffered = plan.notOffered.filter((n) => n.rung === rung);
          const depends = plan.dependsOn.filter((d) => d.rung === rung && !offered.some((s) => s.id === d.id));
          return (
            <li key={rung} className="border-l-4 border-brand pl-4 break-inside-avoid">
              <p className="text-lg font-bold">
                {index + 1}. {RUNG_LABELS[rung]}
              </p>
              <ul className="mt-1 space-y-1">
                {offered.map((step) => (
                  <li key={`${step.id}-${step.number}`}>
                    <a href={`#step-${step.number}`}>
                      Step {step.number}: {step.title}
                    </a>
                  </li>
                ))}
                {closed.map((route) => (
                  <li key={route.id}>
                    <span className="font-semibold">Closed:</span> {route.title}.{" "}
                    {route.passed.map((d) => `${sentence(d.title)} passed on ${d.date ? formatLong(d.date) : "its date"}. ${d.whenPassed}`).join(" ")}
                  </li>
                ))}
                {notOffered.map((route) => (
                  <li key={route.id}>
                    <span className="font-semibold">Can't help here:</span> {route.title}. {route.reason}
                    {route.guide ? (
                      <>
                        {" "}
                        <Link href={route.guide.href}>{route.guide.label}</Link>
                      </>
                    ) : null}
                  </li>
                ))}
                {depends.map((route) => (
                  <li key={route.id}>
                    <span className="font-semibold">Depends on {DEPENDS_WORDS[route.field]}:</span> {route.title}.{" "}
                    <a href="#if-you-knew">What it would change</a>
                  </li>
                ))}
                {offered.length + closed.length + notOffered.length + depends.length === 0 ? <li className="text-muted">Nothing at this step for your case.</li> : null}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
