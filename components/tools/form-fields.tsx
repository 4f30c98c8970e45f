/**
 * Form controls in the GOV.UK pattern: label above, hint under it, the error (if any) in words
 * with a thick red rule, and the control. Server components: they work without JavaScript.
 */
type Base = { name: string; label: string; hint?: string; error?: string; id?: string };

function Wrapper({ id, label, hint, error, children }: Base & { id: string; children: React.ReactNode }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-warning pl-4" : ""}`}>
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-warning">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2">{children}</div>
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

const CONTROL = "border-2 border-ink bg-paper px-3 py-2 text-lg text-ink";

type Option = { value: string; label: string };

/**
 * `emptyLabel` makes the field optional: its empty choice can be picked again to clear it. `groups`
 * adds labelled option groups after `options` (the UK's nations and Canada's provinces in one list).
 */
export function SelectField({
  options,
  groups,
  value,
  emptyLabel,
  ...props
}: Base & { options: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[]; value?: string; emptyLabel?: string }) {
  const id = props.id ?? props.name;
  return (
    <Wrapper {...props} id={id}>
      <select id={id} name={props.name} defaultValue={value ?? ""} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? true : undefined} className={`${CONTROL} w-full max-w-md`}>
        <option value="" disabled={emptyLabel === undefined}>
          {emptyLabel ?? "Choose…"}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Wrapper>
  );
}

/** A one-line text box; `inputMode` picks the phone keyboard ("decimal" for amounts). */
export function TextField({ value, inputMode, width = "max-w-[12rem]", ...props }: Base & { value?: string; inputMode?: "decimal" | "numeric" | "text"; width?: string }) {
  const id = props.id ?? props.name;
  return (
    <Wrapper {...props} id={id}>
      <input id={id} name={props.name} type="text" defaultValue={value} inputMode={inputMode} autoComplete="off" spellCheck={false} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? true : undefined} className={`${CONTROL} w-full ${width}`} />
    </Wrapper>
  );
}

export function DateField({ value, required, ...props }: Base & { value?: string; required?: boolean }) {
  const id = props.id ?? props.name;
  return (
    <Wrapper {...props} id={id}>
      <input id={id} name={props.name} type="date" defaultValue={value} required={required} min="2000-01-01" max="2100-12-31" aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? true : undefined} className={`${CONTROL} w-full max-w-[14rem]`} />
    </Wrapper>
  );
}

/** `size="large"` makes the legend a heading-sized question, for a form's first and main question. */
export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  value,
  size = "normal",
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  value?: string;
  size?: "normal" | "large";
}) {
  return (
    <fieldset className={`mb-6 ${error ? "border-l-4 border-warning pl-4" : ""}`} aria-describedby={[hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}>
      <legend className={size === "large" ? "text-2xl font-bold" : "text-lg font-semibold"}>{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-semibold text-warning">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-3">
            {/* Top-aligned so a label that wraps keeps its radio beside its first line. */}
            <input id={`${name}-${option.value}`} type="radio" name={name} value={option.value} defaultChecked={value === option.value} className="mt-0.5 size-6 shrink-0 accent-[var(--brand)]" />
            <label htmlFor={`${name}-${option.value}`} className="min-w-0">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** GOV.UK error summary: listed at the top, each linking to its field. */
export function ErrorSummary({ errors, fieldId = (path) => path }: { errors: readonly { path: string; message: string }[]; fieldId?: (path: string) => string }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="mb-8 border-4 border-warning p-5">
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {errors.map((error) => (
          <li key={`${error.path}-${error.message}`}>
            <a href={`#${fieldId(error.path)}`} className="font-semibold text-warning">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
