"use client";

import Link from "@/components/site/link";
import { useEffect, useState } from "react";
import type { Checklist } from "@/lib/checklists/schema";
import { subscribeToSavedData } from "./case-store";
import { checklistStorageKey, EMPTY_STATE, isDone, parseStoredState, progress, serializeState, setItemDone, type ChecklistState } from "@/lib/checklists/progress";

/**
 * A tick-off list whose progress is kept in this browser only (localStorage, versioned key).
 * Rendered on the server as a readable list of checkboxes; ticks are remembered once JavaScript runs.
 */
/**
 * `headingLevel` null: the page's own heading already names the list (a checklist's own page), so
 * the box does not repeat it; the region is named by aria-label instead.
 */
export function ChecklistWidget({ list, headingLevel = 2 }: { list: Checklist; headingLevel?: 2 | 3 | null }) {
  const [state, setState] = useState<ChecklistState>(EMPTY_STATE);
  const [loaded, setLoaded] = useState(false);
  const key = checklistStorageKey(list.id);
  const Heading = headingLevel === 3 ? "h3" : "h2";

  useEffect(() => {
    const load = () => {
      try {
        setState(parseStoredState(window.localStorage.getItem(key), list));
      } catch {
        // Storage can be blocked (private mode, settings); the list still works for this visit.
      }
    };
    load();
    setLoaded(true);
    // Another tab, or "Delete my saved details", may change what is stored.
    return subscribeToSavedData(load);
  }, [key, list]);

  function update(next: ChecklistState) {
    setState(next);
    try {
      if (next.done.length) window.localStorage.setItem(key, serializeState(next));
      else window.localStorage.removeItem(key);
    } catch {
      // As above: not saved, still usable.
    }
  }

  const { done, total, percent } = progress(list, state);
  const progressId = `${list.id}-progress`;

  return (
    <section
      aria-labelledby={headingLevel === null ? undefined : `${list.id}-title`}
      aria-label={headingLevel === null ? list.title : undefined}
      className="not-prose my-8 border-2 border-line p-5 sm:p-6"
    >
      {headingLevel === null ? null : (
        <Heading id={`${list.id}-title`} className="mb-4 text-2xl font-bold">
          {list.title}
        </Heading>
      )}
      {/* Its room is kept while the saved ticks load, so the list below doesn't jump down when it shows. */}
      <div className={loaded ? undefined : "invisible"} aria-hidden={loaded ? undefined : true}>
        <p id={progressId} className="font-semibold" aria-live="polite">
          {done} of {total} done
        </p>
        <div className="mt-2 h-3 w-full overflow-hidden bg-paper-alt ring-1 ring-line" role="progressbar" aria-labelledby={progressId} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
          <div className="h-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ol className="mt-6 divide-y divide-line [&>li]:py-4 [&>li:first-child]:pt-0">
        {list.items.map((item) => {
          const id = `${list.id}-${item.id}`;
          return (
            <li key={item.id} className="flex gap-3">
              <input
                id={id}
                type="checkbox"
                className="mt-0.5 size-6 shrink-0 accent-[var(--brand)]"
                checked={isDone(state, item.id)}
                onChange={(event) => update(setItemDone(state, list, item.id, event.target.checked))}
              />
              <div className="min-w-0">
                <label htmlFor={id}>{item.action}</label>
                {item.tool ? (
                  <p className="mt-1 text-base">
                    <Link href={item.tool.href} className="font-semibold underline underline-offset-4">
                      {item.tool.label}
                      {/* A no-break space keeps the arrow with the last word. */}
                      <span aria-hidden="true">{"\u00a0→"}</span>
                    </Link>
                  </p>
                ) : null}
                <details className="mt-1 text-base">
                  <summary className="cursor-pointer text-link underline underline-offset-4">Why this matters</summary>
                  <p className="mt-1">
                    {item.why} <Link href={`/guides/${item.guide}`}>Read the guide</Link>
                  </p>
                </details>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="no-print mt-6 flex flex-wrap gap-3" hidden={!loaded}>
        <button type="button" onClick={() => window.print()} className="border-2 border-ink px-4 py-2 font-semibold">
          Print this list
        </button>
        <button
          type="button"
          onClick={() => update(EMPTY_STATE)}
          disabled={done === 0}
          className="border-2 border-ink px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60"
        >
          Clear my ticks
        </button>
      </div>
      <p className="mt-4 text-sm text-muted">Your ticks are saved in this browser only.</p>
    </section>
  );
}
