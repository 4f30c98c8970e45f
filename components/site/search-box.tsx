"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchResult } from "@/lib/search";
import { Highlighted } from "./highlighted";

type Answer = { query: string; results: SearchResult[]; total: number; correctedQuery: string | null };

const SUGGESTIONS = 6;

const DEBOUNCE_MS = 120;

/**
 * The header search. Without JavaScript it is a plain GET form to /search. With it, results appear
 * as you type (ARIA combobox with a listbox): arrows move, Enter opens, Escape closes.
 */
export function SearchBox() {
  const router = useRouter();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const container = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setAnswer(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(q)}&limit=${SUGGESTIONS}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Answer>) : null))
        .then((data) => {
          if (data) {
            setAnswer(data);
            setActive(-1);
          }
        })
        .catch(() => {
          // An aborted or failed request leaves the form working as a plain search.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const results = answer?.results ?? [];
  const expanded = open && query.trim() !== "" && answer !== null;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!results.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself; moving past either end comes back to it.
      setActive((i) => {
        const next = i + step;
        if (next >= results.length) return -1;
        if (next < -1) return results.length - 1;
        return next;
      });
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        close();
      } else {
        setQuery("");
      }
    } else if (event.key === "Enter" && expanded && active >= 0) {
      const chosen = results[active];
      if (chosen) {
        event.preventDefault();
        close();
        router.push(chosen.url);
      }
    }
  }

  return (
    <form
      ref={container}
      action="/search"
      method="get"
      role="search"
      className="relative flex"
      onBlur={(event) => {
        if (!container.current?.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Search guides and tools
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="e.g. refund letter"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        className="min-w-0 flex-1 border-2 border-r-0 border-ink bg-paper px-3 py-1.5 text-base text-ink placeholder:text-muted"
      />
      <button type="submit" className="border-2 border-ink bg-ink px-3 py-1.5 text-base font-semibold text-paper">
        Search
      </button>
      <div
        className={
          expanded
            ? "absolute left-0 right-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto border-2 border-ink bg-paper shadow-lg lg:left-auto lg:w-[28rem]"
            : "hidden"
        }
      >
        {answer?.correctedQuery && results.length > 0 ? (
          <p className="border-b border-line px-3 py-2 text-base">
            Showing results for <strong>{answer.correctedQuery}</strong>
          </p>
        ) : null}
        <ul id={listId} role="listbox" aria-label="Search suggestions">
          {results.map((result, i) => (
            <li
              key={result.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer border-b border-line px-3 py-2 last:border-b-0 ${i === active ? "bg-note-bg outline outline-2 -outline-offset-2 outline-brand" : ""}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                close();
                router.push(result.url);
              }}
            >
              <span className="block font-semibold text-link underline">
                <Highlighted parts={result.titleParts} />
              </span>
              <span className="mt-0.5 line-clamp-2 block text-sm text-muted">
                <Highlighted parts={result.snippet} />
              </span>
            </li>
          ))}
        </ul>
        {results.length === 0 ? <p className="px-3 py-2 text-base">No matches yet. Press Enter to search all pages.</p> : null}
        {answer && answer.total > results.length ? (
          <p className="border-t-2 border-line px-3 py-2 text-base">
            <a href={`/search?q=${encodeURIComponent(answer.query)}`} className="font-semibold">
              See all {answer.total} results
            </a>
          </p>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {expanded ? `${results.length} suggestion${results.length === 1 ? "" : "s"}${answer?.correctedQuery ? `, showing results for ${answer.correctedQuery}` : ""}` : ""}
        </p>
      </div>
    </form>
  );
}
