/** A warning the planner or the plan must not let a reader miss: marked in colour, by a sign and in words for screen readers. */
export function WarningNote({ children }: { children: React.ReactNode }) {
  return (
    <div className="mt-6 flex gap-3 border-l-8 border-warning bg-warning-bg p-5">
      <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-ink text-lg font-bold text-paper">
        !
      </span>
      <p>
        <span className="visually-hidden">Warning: </span>
        {children}
      </p>
    </div>
  );
}
