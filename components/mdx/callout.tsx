const STYLES = {
  note: { label: "Note", box: "border-brand bg-note-bg" },
  tip: { label: "Tip", box: "border-brand bg-tip-bg" },
  warning: { label: "Warning", box: "border-warning bg-warning-bg" },
} as const;

export type CalloutProps = {
  type?: keyof typeof STYLES;
  title?: string;
  children: React.ReactNode;
};

/**
 * A boxed aside. Warnings follow GOV.UK's warning text: an "!" icon hidden from screen readers and
 * a visually hidden "Warning" prefix, so the meaning never depends on colour alone.
 */
export function Callout({ type = "note", title, children }: CalloutProps) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside className={`not-prose my-8 border-l-8 px-5 py-4 ${style.box}`}>
      <p className="flex items-start gap-3 font-bold">
        {type === "warning" ? (
          <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-ink text-lg text-paper">!</span>
        ) : null}
        <span className="pt-0.5">
          <span className={title ? "visually-hidden" : undefined}>{style.label}{title ? ": " : ""}</span>
          {title}
        </span>
      </p>
      <div className="mt-2 space-y-3 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </aside>
  );
}
