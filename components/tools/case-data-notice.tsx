"use client";

import { useEffect, useId, useRef, useState } from "react";
import { clearAllSavedData, useSavedDataCount } from "./case-store";

type Step = "idle" | "confirm" | "deleted";

/**
 * Tells the buyer what this browser keeps (their case details, checklist ticks) and lets them
 * delete it, after a confirm step. Rendered only once JavaScript runs: without it nothing is saved.
 * Place it on any tool page that saves or reads the case.
 */
export function CaseDataNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [mounted, setMounted] = useState(false);
  const [step, setStep] = useState<Step>("idle");
  const count = useSavedDataCount();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = useId();
  const deleted = step === "deleted" && count === 0;

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    // Keep focus where the buyer is: on the question, then on the outcome.
    if (step === "confirm") confirmRef.current?.focus();
    if (step === "deleted") statusRef.current?.focus();
  }, [step]);

  if (!mounted) return null;

  return (
    <section aria-labelledby={titleId} className="not-prose no-print my-10 max-w-3xl border-l-4 border-line bg-paper-alt p-5 print:hidden">
      <Heading id={titleId} className="text-xl font-bold">
        Your details in this browser
      </Heading>
      <p className="mt-2">
        This browser keeps the order details you type, so the other tools can offer them, and your checklist ticks. They stay on this device: we never store them.
      </p>
      <p ref={statusRef} tabIndex={-1} role="status" className="mt-3 font-semibold outline-none">
        {deleted ? "Deleted. Nothing from Recourse is saved in this browser now." : ""}
      </p>
      {step === "confirm" ? (
        <div className="mt-3 border-2 border-warning bg-warning-bg p-4">
          <p className="font-semibold">Delete your saved order details and checklist ticks from this browser? You can't undo this.</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              ref={confirmRef}
              type="button"
              onClick={() => {
                clearAllSavedData();
                setStep("deleted");
              }}
              className="min-h-11 border-2 border-ink bg-ink px-4 py-2 font-semibold text-paper"
            >
              Yes, delete them
            </button>
            <button type="button" onClick={() => setStep("idle")} className="min-h-11 border-2 border-ink px-4 py-2 font-semibold">
              Cancel
            </button>
          </div>
        </div>
      ) : count > 0 ? (
        <button type="button" onClick={() => setStep("confirm")} className="mt-1 min-h-11 border-2 border-ink px-4 py-2 font-semibold">
          Delete my saved details
        </button>
      ) : deleted ? null : (
        <p className="mt-1 text-muted">Nothing is saved in this browser at the moment.</p>
      )}
    </section>
  );
}
