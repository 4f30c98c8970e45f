import { useCallback, useEffect, useRef, useState } from "react";
import type { CaseField, CasePatch } from "@/lib/case";
import { applyPatch, loadCaseLib, read } from "./case-store";

/*
 * Part of the case store (case-store.ts), in a module of its own so that only the pages that
 * bring case details from outside load it: every page with a checklist loads the store.
 */

/**
 * Where a proposed update to the saved case stands:
 * - "checking": reading the saved case;
 * - "saved": saved without asking (it only added what was missing) or nothing new to save;
 * - "ask": it would replace saved values (`changes`): nothing is written until the buyer answers;
 * - "replaced" / "kept": the buyer's answer, done.
 */
export type CaseUpdateStatus = "idle" | "checking" | "saved" | "ask" | "replaced" | "kept";

/** A saved value a proposal would replace, in words ("Date you paid": "1 September 2026" → "3 October 2026"). */
export interface DescribedChange {
  field: CaseField;
  label: string;
  saved: string;
  incoming: string;
}

export interface CaseUpdate {
  status: CaseUpdateStatus;
  /** What would change; empty unless status is "ask". */
  changes: DescribedChange[];
  /** Save the proposed details over the saved ones (fields the proposal lacks are kept). */
  replace: () => void;
  /** Leave the saved case as it is. */
  keep: () => void;
}

/**
 * Offers `proposal` to the saved case, asking first when it would overwrite anything: a link
 * opened with another order's dates must not silently replace the order the letters use (issue 16).
 * Fields the saved case lacks are filled in without asking. Pass null to propose nothing. Any tool
 * that brings case details from outside (a link, a plan) uses this, with CaseUpdatePrompt for the question.
 */
export function useCaseUpdate(proposal: CasePatch | null): CaseUpdate {
  // The proposal arrives as a fresh object on each render; its content is what matters.
  const key = proposal === null ? null : JSON.stringify(proposal);
  const latest = useRef(proposal);
  useEffect(() => {
    latest.current = proposal;
  });
  const [state, setState] = useState<{ key: string | null; status: CaseUpdateStatus; changes: DescribedChange[] }>({ key: null, status: "idle", changes: [] });

  useEffect(() => {
    const patch = latest.current;
    if (key === null || patch === null) return;
    let cancelled = false;
    setState({ key, status: "checking", changes: [] });
    loadCaseLib().then(
      (lib) => {
        if (cancelled) return;
        const plan = lib.planCaseUpdate(lib.parseStoredCase(read(lib.CASE_STORAGE_KEY)), patch);
        if (plan.kind === "conflict") {
          const changes = plan.changes.map(({ field, saved, incoming }) => ({
            field,
            label: lib.CASE_FIELD_LABELS[field],
            saved: lib.describeCaseValue(field, saved),
            incoming: lib.describeCaseValue(field, incoming),
          }));
          setState({ key, status: "ask", changes });
          return;
        }
        if (plan.kind === "fills-gaps") applyPatch(lib, patch);
        setState({ key, status: "saved", changes: [] });
      },
      () => undefined, // The case code didn't load (offline): nothing is saved, and nothing is lost.
    );
    return () => {
      cancelled = true;
    };
  }, [key]);

  const replace = useCallback(() => {
    const patch = latest.current;
    if (key === null || patch === null) return;
    void loadCaseLib().then((lib) => {
      applyPatch(lib, patch);
      setState({ key, status: "replaced", changes: [] });
    });
  }, [key]);
  const keep = useCallback(() => setState({ key, status: "kept", changes: [] }), [key]);

  const current = state.key === key ? state : { status: key === null ? ("idle" as const) : ("checking" as const), changes: [] };
  return { status: current.status, changes: current.changes, replace, keep };
}
