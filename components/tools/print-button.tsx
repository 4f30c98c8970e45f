"use client";

import { useEffect, useState } from "react";

/** Prints the page (its print styles fit a plan or a list on paper). Shown only once JavaScript runs, since only then can it work. */
export function PrintButton({ label = "Print this plan" }: { label?: string }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 border-2 border-ink bg-paper px-4 py-2 text-lg font-semibold">
      {label}
    </button>
  );
}
