"use client";

import Link from "@/components/site/link";
import { useEffect, useMemo, useState } from "react";
import { loadCaseLib, useCase } from "./case-store";
import { useCaseUpdate } from "./case-update";
import { CaseUpdatePrompt } from "./case-update-prompt";

/**
 * Connects the server-rendered deadline planner to the case kept in this browser: an empty
 * planner offers the saved order's dates; a planner showing results offers its inputs to the case,
 * so the letters can use them, and asks first if they would replace what is saved (a link to
 * another order's deadlines must not change the date the letters give). Renders nothing without
 * JavaScript or without a saved case.
 */
export function DeadlineCaseBridge({ submitted }: { submitted: Record<string, string> | null }) {
  const { case: saved } = useCase();
  const [link, setLink] = useState<string | null>(null);
  const proposal = useMemo(() => {
    if (submitted === null) return null;
    const { country, payment, platform, paid, problem, expected, delivered } = submitted;
    return { country, payment, platform, paid, problem, expected, delivered };
  }, [submitted]);
  const update = useCaseUpdate(proposal);

  useEffect(() => {
    if (submitted || !saved) return;
    void loadCaseLib().then((lib) => {
      const query = new URLSearchParams(lib.caseToDeadlineQuery(saved));
      setLink(query.has("paid") ? `/tools/deadlines?${query.toString()}` : null);
    });
  }, [saved, submitted]);

  if (submitted) {
    return (
      <CaseUpdatePrompt
        update={update}
        source="the planner"
        savedOrder={saved?.orderNumber}
        afterReplace="Saved. The letters and the other tools now use these details."
        afterKeep="Your saved order is unchanged. The deadlines below are for the details in the planner."
      />
    );
  }
  if (!link || !saved) return null;
  return (
    <div className="mt-8 max-w-3xl border-l-8 border-brand bg-note-bg p-5">
      <p className="font-semibold">You entered an order before{saved.orderNumber ? ` (order ${saved.orderNumber})` : ""}.</p>
      <p className="mt-2">
        <Link href={link} className="font-semibold">
          Show the deadlines for that order
        </Link>
      </p>
    </div>
  );
}
