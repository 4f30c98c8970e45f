"use client";

import { useEffect, useId, useRef } from "react";
import type { CaseUpdate } from "./case-update";

/**
 * Asks before details from outside (a link, another tool) replace the case saved in this browser,
 * showing each value that would change, then says what happened. Renders nothing while there is
 * nothing to ask or tell. Pair it with useCaseUpdate.
 */
export function CaseUpdatePrompt({
  update,
  source,
  savedOrder,
  afterReplace,
  afterKeep,
}: {
  update: CaseUpdate;
  /** What the new details came from, as a noun phrase: "the planner". */
  source: string;
  /** The saved order's number, if it has one, so the buyer knows which order is meant. */
  savedOrder?: string;
  /** What the buyer should know once the new details are saved. */
  afterReplace: string;
  /** What the buyer should know once the saved details are kept. */
  afterKeep: string;
}) {
  const titleId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const answered = update.status === "replaced" || update.status === "kept";

  useEffect(() => {
    // The question's buttons are gone: keep the keyboard where the answer is.
    if (answered) statusRef.current?.focus();
  }, [answered]);

  if (answered) {
    return (
      <p ref={statusRef} tabIndex={-1} role="status" className="mt-8 max-w-3xl border-l-8 border-brand bg-note-bg p-5 font-semibold outline-none">
        {update.status === "replaced" ? afterReplace : afterKeep}
      </p>
    );
  }
  if (update.status !== "ask") return null;
  return (
    <section aria-labelledby={titleId} className="mt-8 max-w-3xl border-4 border-warning bg-warning-bg p-5">
      <h2 id={titleId} className="text-xl font-bold">
        Save these details in place of your saved order?
      </h2>
      <p className="mt-2">
        The details in {source} differ from the order saved in this browser{savedOrder ? ` (order ${savedOrder})` : ""}, which the letters use.
        Nothing has been changed yet.
      </p>
      <dl className="mt-3 space-y-2">
        {update.changes.map((change) => (
          <div key={change.field}>
            <dt className="font-semibold">{change.label}</dt>
            <dd className="m-0">
              Saved: {change.saved}. In {source}: {change.incoming}.
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={update.replace} className="min-h-11 border-2 border-ink bg-ink px-4 py-2 font-semibold text-paper">
          Save these details
        </button>
        <button type="button" onClick={update.keep} className="min-h-11 border-2 border-ink bg-paper px-4 py-2 font-semibold">
          Keep my saved order
        </button>
      </div>
    </section>
  );
}
