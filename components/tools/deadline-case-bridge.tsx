"use client";

import Link from "@/components/site/link";
import { useEffect, useRef, useState } from "react";
import { loadCaseLib, useCase } from "./case-store";

/**
 * Connects the server-rendered deadline planner to the case kept in this browser: an empty
 * planner offers the saved order's dates; a planner showing results saves its inputs to the case,
 * so the letters can use them. Renders nothing without JavaScript or without a saved case.
 */
export function DeadlineCaseBridge({ submitted }: { submitted: Record<string, string> | null }) {
  const { case: saved, update } = useCase();
  const [link, setLink] = useState<string | null>(null);
  const savedOnce = useRef(false);

  useEffect(() => {
    if (submitted && !savedOnce.current) {
      savedOnce.current = true;
      const { country, payment, platform, paid, problem, expected, delivered } = submitted;
      update({ country, payment, platform, paid, problem, expected, delivered } as Parameters<typeof update>[0]);
    }
  }, [submitted, update]);

  useEffect(() => {
    if (submitted || !saved) return;
    void loadCaseLib().then((lib) => {
      const query = new URLSearchParams(lib.caseToDeadlineQuery(saved));
      setLink(query.has("paid") ? `/tools/deadlines?${query.toString()}` : null);
    });
  }, [saved, submitted]);

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
