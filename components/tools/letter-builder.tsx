"use client";

import { Fragment, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CalendarDate } from "@/lib/dates";
import type { FieldError } from "@/lib/deadlines";
import type { LetterFacts, LetterFieldName, LetterLanguage, LetterPart, LetterTemplateId, RenderedLetter } from "@/lib/letters";
import { type CaseLetterField, isCaseLetterField, loadCaseLib, saveLetterFieldsToCase, useCase } from "./case-store";

export type LetterValues = Partial<Record<LetterFieldName, string>>;

export interface LetterFormField {
  name: LetterFieldName;
  label: string;
  hint?: string;
  kind: "text" | "textarea" | "date" | "number" | "select";
  options?: readonly { value: string; label: string }[];
  /** Sized to the answer, as GOV.UK does: a 4-digit box should look like one. */
  width: "xs" | "s" | "m" | "l" | "full";
  autoComplete?: string;
  inputMode?: "numeric" | "decimal";
}

export interface LetterFieldGroup {
  /** A fieldset legend, or null for a field that stands on its own. */
  legend: string | null;
  fields: LetterFormField[];
}

/** What the page shows for a set of values: computed on the server first, then in the browser. */
export interface LetterView {
  letter: RenderedLetter;
  errors: FieldError[];
  /** The reply-by date in words ("Friday 11 December 2026"). */
  replyBy: string;
}

/** Values as typed and the letter the server made of them: the first page, or a posted form's answer. */
export interface LetterState {
  values: LetterValues;
  view: LetterView;
}

/**
 * The rendering and validation code (lib/letters with its templates, lib/dates, zod/mini, the
 * fact formatting) is about 36 kB gzipped (measured after load, 2026-12-01), more than the 16 kB left
 * in this page's JavaScript budget. The server sends the first letter already rendered, and the code
 * is fetched once the page is interactive: until then the form posts to the server
 * (app/tools/letters/[id]/actions.ts). The fact registry never loads here: the page passes the
 * values of the figures the letter names (`facts`).
 */
type Engine = { letters: typeof import("@/lib/letters"); dates: typeof import("@/lib/dates") };
let enginePromise: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  enginePromise ??= Promise.all([import("@/lib/letters"), import("@/lib/dates")]).then(([letters, dates]) => ({ letters, dates }));
  return enginePromise;
}

const HTML_LANG: Record<LetterLanguage, string> = { zh: "zh-Hans", en: "en" };
const WIDTH: Record<LetterFormField["width"], string> = {
  xs: "max-w-[7rem]",
  s: "max-w-[11rem]",
  m: "max-w-xs",
  l: "max-w-md",
  full: "",
};
const SAVE_DELAY_MS = 600;

/** Only the letter prints: the site's header and footer, and everything on this page but the letter, are hidden. */
const PRINT_CSS = "@media print { body:has(#letter-text) > :not(main) { display: none !important; } }";

type Offer =
  | { state: "waiting" }
  | { state: "shown"; values: LetterValues; summary: string }
  | { state: "filled"; count: number }
  | { state: "closed" };

function isFormControl(target: unknown): target is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
}

function Parts({ parts }: { parts: LetterPart[] }) {
  return parts.map((part, index) => {
    if (part.kind === "text") return <Fragment key={index}>{part.text}</Fragment>;
    if (part.value !== null) return <Fragment key={index}>{part.value}</Fragment>;
    // Unfilled: a dashed box and the [bracketed] name, so it stands out without relying on colour.
    return (
      <mark key={index} className="rounded-sm border-2 border-dashed border-warning bg-warning-bg px-1 text-ink box-decoration-clone print:bg-transparent">
        {part.placeholder}
      </mark>
    );
  });
}

/** The address for a set of values: the letter's path and its case facts, never personal fields. */
function letterAddress(path: string, values: LetterValues, isLinkable: (name: string) => boolean): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (isLinkable(name) && value !== undefined && value.trim() !== "") query.set(name, value);
  }
  const search = query.toString();
  return search === "" ? path : `${path}?${search}`;
}

/**
 * A letter filled in from a form. Server-rendered and complete without JavaScript: the form posts
 * to a server function and the page comes back with the letter filled in, the details in the
 * request body, never in the address. With JavaScript the letter follows what is typed, inside the
 * browser; the address bar keeps a link to the letter with its case facts only (lib/letters
 * LETTER_FIELD_PRIVACY), and the letter can be copied, downloaded or printed.
 */
export function LetterBuilder({
  templateId,
  path,
  groups,
  initial,
  fill,
  facts,
  linkable,
  today: serverToday,
}: {
  templateId: LetterTemplateId;
  /** This page's path, where the form posts without JavaScript. */
  path: string;
  groups: LetterFieldGroup[];
  /** The values from the address (case facts only) and the letter the server made of them. */
  initial: LetterState;
  /** The server function that fills in the letter from a posted form. */
  fill: (previous: LetterState, form: FormData) => Promise<LetterState>;
  /**
   * The registry's values for the figures this letter names (lib/letters/facts.server.ts
   * letterFacts): a few small objects, so the registry itself never loads in the browser.
   */
  facts: LetterFacts;
  /** The fields the address may carry (lib/letters LINKABLE_FIELD_NAMES), passed in so no letter code loads for it. */
  linkable: readonly string[];
  today: CalendarDate;
}) {
  // Without JavaScript the post goes to the letter's path and the answer opens at the letter.
  const [formState, formAction] = useActionState(fill, initial, `${path}#letter`);
  const initialValues = formState.values;
  const isLinkable = useCallback((name: string) => linkable.includes(name), [linkable]);
  const fieldNames = useMemo(() => groups.flatMap((group) => group.fields.map((field) => field.name)), [groups]);
  const labels = useMemo(() => new Map<string, string>(groups.flatMap((group) => group.fields.map((field) => [field.name, field.label] as const))), [groups]);
  const formRef = useRef<HTMLFormElement>(null);
  const letterRef = useRef<HTMLElement>(null);
  const offerStatusRef = useRef<HTMLParagraphElement>(null);
  const edited = useRef(false);
  const pendingSave = useRef<Partial<Record<CaseLetterField, string>>>({});
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const [values, setValues] = useState<LetterValues>(initialValues);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [today, setToday] = useState<CalendarDate>(serverToday);
  const [mounted, setMounted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(formState.view.errors.map((error) => error.path)));
  const [status, setStatus] = useState("");
  const [offer, setOffer] = useState<Offer>({ state: "waiting" });
  const [focusLetter, setFocusLetter] = useState(false);
  const { case: saved } = useCase();

  const view = useMemo<LetterView>(() => {
    if (engine === null) return formState.view;
    const { fields, errors } = engine.letters.parseLetterQuery(values, { today });
    const letter = engine.letters.renderLetter(templateId, fields, { today, facts });
    return { letter, errors, replyBy: engine.dates.formatLong(letter.replyBy) };
  }, [engine, values, today, templateId, facts, formState.view]);
  const { letter } = view;
  const errorFor = new Map(view.errors.filter((error) => touched.has(error.path)).map((error) => [error.path, error.message]));
  const visibleErrors = view.errors.filter((error) => touched.has(error.path) && labels.has(error.path));

  const flushSave = useCallback(() => {
    clearTimeout(saveTimer.current);
    const changes = pendingSave.current;
    pendingSave.current = {};
    if (Object.keys(changes).length > 0) saveLetterFieldsToCase(changes);
  }, []);

  // A form posted before the letter code loaded comes back filled in by the server: follow it.
  const firstState = useRef(formState);
  useEffect(() => {
    if (formState === firstState.current) return;
    edited.current = true;
    setValues(formState.values);
    setTouched(new Set(fieldNames));
    setFocusLetter(true);
  }, [formState, fieldNames]);

  useEffect(() => {
    setMounted(true);
    // An old link may still carry personal fields: the page ignored them; take them out of the
    // address bar too, so they leave this tab's history and the next request's Referer.
    const cleaned = letterAddress(path, Object.fromEntries(new URLSearchParams(window.location.search)), isLinkable);
    if (cleaned !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", `${cleaned}${window.location.hash}`);
    // The inputs are uncontrolled, so anything typed before this script ran is still in them.
    const form = formRef.current;
    if (form !== null) {
      const typed: LetterValues = {};
      let changed = false;
      for (const name of fieldNames) {
        const control = form.elements.namedItem(name);
        if (control !== null && isFormControl(control)) {
          if (control.value !== "") typed[name] = control.value;
          if (control.value !== (initialValues[name] ?? "")) changed = true;
        }
      }
      if (changed) {
        edited.current = true;
        setValues(typed);
      }
    }
    let cancelled = false;
    loadEngine().then(
      (loaded) => {
        if (cancelled) return;
        setEngine(loaded);
        // The server dated the letter by UTC; the browser knows the reader's own day.
        setToday(loaded.dates.todayIn(new Date()));
      },
      () => undefined, // Offline or blocked: the form still works through the server (fill).
    );
    window.addEventListener("pagehide", flushSave);
    return () => {
      cancelled = true;
      window.removeEventListener("pagehide", flushSave);
      flushSave();
    };
    // Runs once, on mount: new props come with a new page.
  }, []);

  // The address bar holds a link to the letter with its case facts, so it can be bookmarked or
  // shared; names, numbers and free text about the order never go into it.
  useEffect(() => {
    if (!edited.current) return;
    window.history.replaceState(null, "", letterAddress(path, values, isLinkable));
  }, [values, path, isLinkable]);

  // Offer the saved case once, before the buyer starts typing. It only fills empty fields, so the
  // facts a link brought stay as they are.
  useEffect(() => {
    if (offer.state !== "waiting" || saved === null || engine === null) return;
    if (edited.current) {
      setOffer({ state: "closed" });
      return;
    }
    let cancelled = false;
    void loadCaseLib().then((lib) => {
      if (cancelled) return;
      const fromCase = engine.letters.toLetterQuery(null, lib.caseToLetterFields(saved));
      const usable: LetterValues = {};
      for (const name of fieldNames) if (fromCase[name] !== undefined) usable[name] = fromCase[name];
      if (Object.keys(usable).length === 0) {
        setOffer({ state: "closed" });
        return;
      }
      const shown = [usable.orderNumber && `order ${usable.orderNumber}`, usable.platform, usable.sellerName, usable.itemDescription].filter(Boolean);
      const count = Object.keys(usable).length;
      const summary =
        shown.length === 0 ? `${count} saved ${count === 1 ? "detail" : "details"}` : shown.length > 3 ? `${shown.slice(0, 3).join(", ")} …` : shown.join(", ");
      setOffer({ state: "shown", values: usable, summary });
    });
    return () => {
      cancelled = true;
    };
  }, [offer.state, saved, engine, initialValues, fieldNames]);

  useEffect(() => {
    if (offer.state === "filled") offerStatusRef.current?.focus();
  }, [offer.state]);

  useEffect(() => {
    if (!focusLetter) return;
    setFocusLetter(false);
    letterRef.current?.focus();
  }, [focusLetter]);

  function handleChange(event: React.FormEvent<HTMLFormElement>) {
    const control = event.target;
    if (!isFormControl(control)) return;
    const name = fieldNames.find((candidate) => candidate === control.name);
    if (name === undefined) return;
    const value = control.value;
    edited.current = true;
    setValues((previous) => ({ ...previous, [name]: value }));
    if (isCaseLetterField(name)) {
      pendingSave.current[name] = value;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flushSave, SAVE_DELAY_MS);
    }
  }

  function fillFromCase(fromCase: LetterValues) {
    const form = formRef.current;
    const next: LetterValues = { ...values };
    let count = 0;
    for (const name of fieldNames) {
      const value = fromCase[name];
      const control = form?.elements.namedItem(name);
      // What the buyer already typed wins over the saved case.
      if (value === undefined || (next[name] ?? "").trim() !== "" || control === null || control === undefined || !isFormControl(control)) continue;
      if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === value)) continue;
      control.value = value;
      next[name] = value;
      count++;
    }
    edited.current = true;
    setValues(next);
    setOffer({ state: "filled", count });
  }

  function announce(message: string) {
    // Clearing first makes a screen reader announce the same message again.
    setStatus("");
    setTimeout(() => setStatus(message), 50);
  }

  const plainText = `Subject: ${letter.subject}\n\n${letter.plainText}\n`;
  const stillBlank = letter.missing.length;
  const blankNote = stillBlank === 0 ? "" : ` ${stillBlank} ${stillBlank === 1 ? "detail is" : "details are"} still in [brackets]: fill ${stillBlank === 1 ? "it" : "them"} in before you send it.`;

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(plainText);
      announce(`Copied.${blankNote}`);
    } catch {
      // Select the letter so the buyer can copy it with the keyboard instead.
      const text = document.getElementById("letter-text");
      const selection = window.getSelection();
      if (text !== null && selection !== null) {
        const range = document.createRange();
        range.selectNodeContents(text);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      announce("Your browser didn't let this page copy. The letter is selected: press Ctrl+C (or Command+C on a Mac) to copy it.");
    }
  }

  function download() {
    const name = `recourse-${templateId}-${fileSafe(values.orderNumber ?? "") || today}.txt`;
    // The byte-order mark and Windows line endings make Notepad open the Chinese text correctly.
    const blob = new Blob(["\uFEFF", plainText.replace(/\n/g, "\r\n")], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`Downloaded ${name}.${blankNote}`);
  }

  const buttonClass = "min-h-11 border-2 px-4 py-2 font-semibold";
  const primary = `${buttonClass} border-brand bg-brand text-brand-ink`;
  const secondary = `${buttonClass} border-ink`;

  return (
    <div className="not-prose">
      <style>{PRINT_CSS}</style>
      {offer.state === "shown" ? (
        <div className="mt-8 max-w-2xl border-l-4 border-brand bg-paper-alt p-5 print:hidden">
          <p className="font-semibold">Use the details you entered before? ({offer.summary})</p>
          <p className="mt-1 text-muted">They are saved in this browser. Fields you have already filled in are not changed.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" className={primary} onClick={() => fillFromCase(offer.values)}>
              Fill in from my case
            </button>
            <button
              type="button"
              className={secondary}
              onClick={() => {
                setOffer({ state: "closed" });
                formRef.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
              }}
            >
              No thanks
            </button>
          </div>
        </div>
      ) : null}
      {offer.state === "filled" ? (
        <p ref={offerStatusRef} tabIndex={-1} role="status" className="mt-8 max-w-2xl border-l-4 border-brand bg-paper-alt p-5 font-semibold outline-none print:hidden">
          Filled in {offer.count} {offer.count === 1 ? "detail" : "details"} from your case. Check them before you send the letter.
        </p>
      ) : null}

      <form
        ref={formRef}
        action={formAction}
        noValidate
        className="max-w-2xl print:hidden"
        onChange={handleChange}
        onBlur={(event) => {
          const name = isFormControl(event.target) ? event.target.name : "";
          if (name !== "" && !touched.has(name)) setTouched(new Set([...touched, name]));
        }}
        onSubmit={(event) => {
          if (engine === null) return; // Not ready yet: the server fills it in (fill).
          event.preventDefault();
          setTouched(new Set(fieldNames));
          setFocusLetter(true);
        }}
      >
        <input type="hidden" name="template" value={templateId} />
        {groups.map((group, index) => {
          const fields = group.fields.map((field) => (
            <Field key={field.name} field={field} defaultValue={initialValues[field.name] ?? ""} error={errorFor.get(field.name)} />
          ));
          return group.legend === null ? (
            <div key={index}>{fields}</div>
          ) : (
            <fieldset key={index} className="m-0 mt-10 min-w-0 border-0 p-0">
              <legend className="p-0 text-2xl font-bold">{group.legend}</legend>
              {fields}
            </fieldset>
          );
        })}
        <button type="submit" className={`${primary} mt-10 text-lg`}>
          Fill in the letter
        </button>
      </form>

      <section ref={letterRef} id="letter" tabIndex={-1} aria-labelledby="letter-title" className="mt-12 max-w-3xl outline-none">
        <h2 id="letter-title" className="text-3xl font-bold print:hidden">
          Your letter
        </h2>
        <div className="print:hidden">
          {visibleErrors.length > 0 ? (
            <div className="mt-4 border-4 border-warning p-5">
              <h3 className="text-xl font-bold">
                There is a problem
              </h3>
              <p className="mt-1">These details were left out of the letter. Correct them and it fills in again.</p>
              <ul className="mt-3 list-none space-y-1 p-0">
                {visibleErrors.map((error) => (
                  <li key={error.path}>
                    <a href={`#field-${error.path}`} className="font-semibold underline">
                      {error.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {letter.asksForReply ? (
            <p className="mt-4">
              It asks for a reply by <strong className="font-semibold">{view.replyBy}</strong>.
            </p>
          ) : null}
          <p className="mt-2 text-muted">
            {stillBlank === 0
              ? "Every detail is filled in. Read it through before you send it."
              : `${stillBlank} ${stillBlank === 1 ? "detail is" : "details are"} still blank, shown in [brackets] with a dashed box.`}
          </p>
          {letter.warnings.map((warning) => (
            <div key={warning} className="mt-4 flex items-start gap-3">
              <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-ink text-xl font-bold text-paper">
                !
              </span>
              <strong className="pt-1 font-semibold">
                <span className="visually-hidden">Warning: </span>
                {warning}
              </strong>
            </div>
          ))}
        </div>

        <div id="letter-text" className="mt-6 border-2 border-line bg-paper p-4 wrap-anywhere sm:p-6 print:border-0 print:p-0">
          <p className="font-bold">
            <span className="text-muted">Subject: </span>
            {letter.versions.map((version, index) => (
              <Fragment key={version.lang}>
                {index > 0 ? " / " : null}
                <span lang={HTML_LANG[version.lang]}>
                  <Parts parts={version.subjectParts} />
                </span>
              </Fragment>
            ))}
          </p>
          {letter.versions.map((version, index) => (
            <Fragment key={version.lang}>
              {index > 0 ? <hr className="my-6 border-t-2 border-line" /> : null}
              <div lang={HTML_LANG[version.lang]} className="mt-4 whitespace-pre-wrap">
                <Parts parts={version.bodyParts} />
              </div>
            </Fragment>
          ))}
        </div>

        {mounted ? (
          <div className="mt-6 flex flex-wrap gap-3 print:hidden">
            <button type="button" className={primary} onClick={() => void copy()}>
              Copy letter
            </button>
            <button type="button" className={secondary} onClick={download}>
              Download .txt
            </button>
            <button type="button" className={secondary} onClick={() => window.print()}>
              Print
            </button>
          </div>
        ) : null}
        <p role="status" className="mt-3 font-semibold print:hidden">
          {status}
        </p>
      </section>
    </div>
  );
}

function Field({ field, defaultValue, error }: { field: LetterFormField; defaultValue: string; error: string | undefined }) {
  const id = `field-${field.name}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control = `mt-2 block w-full ${WIDTH[field.width]} min-h-11 border-2 bg-paper px-2 py-1.5 text-lg text-ink ${error ? "border-warning" : "border-ink"}`;
  const shared = { id, name: field.name, defaultValue, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, autoComplete: field.autoComplete ?? "off" };
  let input: React.ReactNode;
  if (field.kind === "select") {
    const options = field.options ?? [];
    // A value from the URL that the list lacks is still shown, so it isn't silently lost.
    const extra = defaultValue !== "" && !options.some((option) => option.value === defaultValue) ? [{ value: defaultValue, label: defaultValue }] : [];
    input = (
      <select {...shared} className={control}>
        <option value="">Choose…</option>
        {[...options, ...extra].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "textarea") {
    input = <textarea {...shared} rows={4} className={control} />;
  } else {
    input = <input {...shared} type={field.kind} inputMode={field.inputMode} className={control} />;
  }
  return (
    <div className={`mt-6 ${error ? "border-l-4 border-warning pl-4" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {field.label}
      </label>
      {field.hint ? (
        <p id={hintId} className="mt-1 text-base text-muted">
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 font-semibold text-warning">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {input}
    </div>
  );
}
