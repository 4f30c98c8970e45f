import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
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

/** What localStorage holds under `key`, or null (also when storage is blocked). */
export function read(key: string): string | null {
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

/** Merges `patch` into the saved case and tells every reader (lib/case mergeCase validates each field). */
export function applyPatch(lib: CaseLib, patch: CasePatch) {
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
