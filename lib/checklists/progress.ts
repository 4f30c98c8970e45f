import type { Checklist } from "./schema";

/**
 * Checklist progress kept in the browser's localStorage, no account needed. The key carries a
 * version so a future change of format can ignore (not misread) old data.
 */
export const CHECKLIST_STORAGE_PREFIX = "recourse:checklist:v1:";

export function checklistStorageKey(listId: string): string {
  return `${CHECKLIST_STORAGE_PREFIX}${listId}`;
}

export interface ChecklistState {
  /** Ids of ticked items, in the list's order, only ids the list still has. */
  done: string[];
}

export interface ChecklistProgress {
  done: number;
  total: number;
  /** Whole percent, 0 to 100. */
  percent: number;
}

export const EMPTY_STATE: ChecklistState = { done: [] };

function normalise(ids: Iterable<unknown>, list: Checklist): ChecklistState {
  const ticked = new Set<unknown>(ids);
  return { done: list.items.map((item) => item.id).filter((id) => ticked.has(id)) };
}

/**
 * Reads what localStorage holds for a list. Tolerates anything: null, broken JSON, another shape,
 * and ids of items removed since (they are dropped). Accepts `{"done": [...]}` (what we write),
 * a bare array of ids, or an `{ id: true }` map.
 */
export function parseStoredState(raw: string | null, list: Checklist): ChecklistState {
  if (raw === null || raw === "") return EMPTY_STATE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return EMPTY_STATE;
  }
  if (Array.isArray(parsed)) return normalise(parsed, list);
  if (typeof parsed !== "object" || parsed === null) return EMPTY_STATE;
  if ("done" in parsed) {
    const done: unknown = parsed.done;
    return Array.isArray(done) ? normalise(done, list) : EMPTY_STATE;
  }
  return normalise(
    Object.entries(parsed)
      .filter(([, value]) => value === true)
      .map(([id]) => id),
    list,
  );
}

export function serializeState(state: ChecklistState): string {
  return JSON.stringify({ done: state.done });
}

export function isDone(state: ChecklistState, itemId: string): boolean {
  return state.done.includes(itemId);
}

/** Ticks or unticks one item; unknown ids leave the state unchanged. */
export function setItemDone(state: ChecklistState, list: Checklist, itemId: string, done: boolean): ChecklistState {
  const others = state.done.filter((id) => id !== itemId);
  return normalise(done ? [...others, itemId] : others, list);
}

export function toggleItem(state: ChecklistState, list: Checklist, itemId: string): ChecklistState {
  return setItemDone(state, list, itemId, !isDone(state, itemId));
}

export function progress(list: Checklist, state: ChecklistState): ChecklistProgress {
  const total = list.items.length;
  const done = normalise(state.done, list).done.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}
