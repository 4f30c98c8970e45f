"use client";

import Link from "@/components/site/link";
import { useEffect, useMemo, useState } from "react";
import type { CasePatch } from "@/lib/case";
import { loadCaseLib, useCase } from "./case-store";
import { useCaseUpdate } from "./case-update";
import { CaseUpdatePrompt } from "./case-update-prompt";

/**
 * Connects the server-rendered case plan to the case kept in this browser. A plan is saved only if
 * the buyer asks (the button), and never over a different saved order without asking first
 * (useCaseUpdate and CaseUpdatePrompt, as the deadline planner does). Renders nothing without
 * JavaScript: without it nothing can be saved.
 */
export function PlanCaseBridge({ details }: { details: Record<string, string | undefined> }) {
  const [mounted, setMounted] = useState(false);
  const [chosen, setChosen] = useState(false);
  const { case: saved } = useCase();
  const proposal = useMemo<CasePatch | null>(() => (chosen ? { ...details } : null), [chosen, details]);
  const update = useCaseUpdate(proposal);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;

  if (!chosen) {
    return (
      <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 print:hidden">
        <button type="button" onClick={() => setChosen(true)} className="min-h-11 border-2 border-ink bg-paper px-4 py-2 font-semibold">
          Save this case in this browser
        </button>
        <span className="text-base text-muted">The letters and other tools then fill it in. It stays on this device.</span>
      </p>
    );
  }
  if (update.status === "saved") {
    return (
      <p role="status" className="mt-6 max-w-3xl border-l-8 border-brand bg-note-bg p-5 font-semibold print:hidden">
        Saved in this browser. The letters and the other tools now offer these details.
      </p>
    );
  }
  return (
    <div className="print:hidden">
      <CaseUpdatePrompt
        update={update}
        source="this plan"
        savedOrder={saved?.orderNumber}
        afterReplace="Saved. The letters and the other tools now use these details."
        afterKeep="Your saved order is unchanged. This plan is still here for the details you entered."
      />
    </div>
  );
}

/** On an empty plan: a link that makes the plan for the order saved in this browser, if there is one. */
export function SavedCaseOffer() {
  const { case: saved } = useCase();
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (!saved) return;
    void loadCaseLib().then((lib) => {
      const query = new URLSearchParams(lib.caseToDeadlineQuery(saved));
      if (saved.amount !== undefined) query.set("amount", saved.amount);
      if (saved.amount !== undefined && saved.currency !== undefined) query.set("currency", saved.currency);
      // Without every answer the plan needs, the link fills in the form instead of showing errors.
      const complete = ["problem", "country", "platform", "payment", "paid"].every((key) => query.has(key));
      if (!complete) query.delete("paid");
      setLink(query.size > 0 ? `/plan?${query.toString()}` : null);
    });
  }, [saved]);
  if (!link || !saved) return null;
  return (
    <div className="mt-8 max-w-3xl border-l-8 border-brand bg-note-bg p-5">
      <p className="font-semibold">You saved an order in this browser{saved.orderNumber ? ` (order ${saved.orderNumber})` : ""}.</p>
      <p className="mt-2">
        <Link href={link} className="font-semibold">
          Make the plan for that order
        </Link>
      </p>
    </div>
  );
}
