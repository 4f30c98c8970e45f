import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { CaseDetails, CaseField, CasePatch } from "@/lib/case";
import { CASE_STORAGE_KEY } from "@/lib/case/storage-key";
import type { LetterFieldName } from "@/lib/letters";

/**
 * "One case, typed once": the order details a buyer types in one tool, offered in the others.
 * Kept in this browser's localStorage only (the key and format come from lib/case); nothing here
 * ever sends them anywhere.
 *
 * lib/case validates with zod/mini: with the case code, an 18 kB (gzipped) chunk that took ~44 ms
 * to evaluate here (2026-11-27). Pages that never touch a saved case should not pay for it, so it
 * is loaded on demand after the page is interactive instead of being bundled into the page.
 */

type CaseLib = typeof import("@/lib/case");

/** Every key Recourse stores starts with this: the case and each checklist's ticks. */
export const RECOURSE_KEY_PREFIX = "recourse:";

let caseLib: CaseLib | null = null;
let caseLibPromise: Promise<CaseLib> | null = null;

export function loadCaseLib(): Promise<CaseLib> {
  caseLibPromise ??= import("@/lib/case").then((mod) => (caseLib = mod));
  return caseLibPromise;
}

// localStorage only tells *other* tabs about a change ("storage" event), so this tab's own
// readers are told through these listeners.
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever Recourse's saved data changes, in this tab or another. */
export function subscribeToSavedData(listener: () => void) {
  return subscribe(listener);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be blocked (private browsing, site settings): behave as if nothing is saved.
    return null;
  }
}

function recourseKeys(): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(RECOURSE_KEY_PREFIX)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

function applyPatch(lib: CaseLib, patch: CasePatch) {
  const next = lib.mergeCase(lib.parseStoredCase(read(lib.CASE_STORAGE_KEY)), patch);
  try {
    if (lib.isCaseEmpty(next)) window.localStorage.removeItem(lib.CASE_STORAGE_KEY);
    else window.localStorage.setItem(lib.CASE_STORAGE_KEY, lib.serializeCase(next));
  } catch {
    // Not saved; the tool still works for this visit.
  }
  notify();
}

export interface CaseStore {
  /** The saved case; null until lib/case has loaded (and always on the server). */
  case: CaseDetails | null;
  /** Merges a patch into the saved case: a value sets a field, "" or null clears it. */
  update: (patch: CasePatch) => void;
  /** Forgets the saved case (checklist ticks stay: see clearAllSavedData). */
  clear: () => void;
}

export function useCase(): CaseStore {
  const [lib, setLib] = useState<CaseLib | null>(caseLib);
  // The parser (and zod with it) is only fetched when there is a saved case to read.
  const hasSaved = useSyncExternalStore(subscribe, () => read(CASE_STORAGE_KEY) !== null, () => false);
  useEffect(() => {
    if (lib === null && hasSaved) loadCaseLib().then(setLib, () => undefined);
  }, [lib, hasSaved]);
  // The raw string is the snapshot: equal strings compare equal, so nothing needs caching.
  const raw = useSyncExternalStore(
    subscribe,
    () => (lib === null ? null : read(lib.CASE_STORAGE_KEY)),
    () => null,
  );
  const details = useMemo(() => (lib === null ? null : lib.parseStoredCase(raw)), [lib, raw]);
  const update = useCallback((patch: CasePatch) => {
    void loadCaseLib().then((loaded) => applyPatch(loaded, patch));
  }, []);
  const clear = useCallback(() => {
    void loadCaseLib().then((loaded) => {
      try {
        window.localStorage.removeItem(loaded.CASE_STORAGE_KEY);
      } catch {
        // Nothing could have been saved.
      }
      notify();
    });
  }, []);
  return { case: details, update, clear };
}

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

/** The letter fields that are also case fields (the inverse of lib/case caseToLetterFields). */
const LETTER_TO_CASE = {
  name: "name",
  orderNumber: "orderNumber",
  orderDate: "paid",
  expectedDelivery: "expected",
  amount: "amount",
  currency: "currency",
  platform: "platform",
  sellerName: "sellerName",
  itemDescription: "itemDescription",
  problemKind: "problem",
} as const satisfies Partial<Record<LetterFieldName, CaseField>>;

export type CaseLetterField = keyof typeof LETTER_TO_CASE;

export function isCaseLetterField(name: string): name is CaseLetterField {
  return Object.prototype.hasOwnProperty.call(LETTER_TO_CASE, name);
}

/**
 * Saves what was typed into a letter's case fields. The letter's platform is free text: a known
 * name ("AliExpress") becomes that platform, anything else "other", so the deadline planner still
 * knows it is another shop. Values that don't validate leave the saved value alone (mergeCase).
 */
export function saveLetterFieldsToCase(values: Partial<Record<CaseLetterField, string>>): void {
  void loadCaseLib().then((lib) => {
    const patch: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if (!isCaseLetterField(name) || value === undefined) continue;
      let caseValue = value;
      if (name === "platform" && value.trim() !== "") {
        const typed = value.trim().toLowerCase();
        const known = Object.entries(lib.PLATFORM_NAMES_IN_LETTERS).find(([, shown]) => shown?.toLowerCase() === typed);
        caseValue = known?.[0] ?? "other";
      }
      patch[LETTER_TO_CASE[name]] = caseValue;
    }
    applyPatch(lib, patch);
  });
}

/** How many things Recourse has saved in this browser (the case, each checklist); 0 on the server. */
export function useSavedDataCount(): number {
  return useSyncExternalStore(subscribe, () => recourseKeys().length, () => 0);
}

/** Deletes everything Recourse saved in this browser: the case and all checklist progress. */
export function clearAllSavedData(): void {
  for (const key of recourseKeys()) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
  notify();
}
