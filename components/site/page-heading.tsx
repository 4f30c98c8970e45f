export function PageHeading({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold leading-tight tracking-tight sm:text-5xl">{title}</h1>
      {lead ? <p className="mt-4 text-xl text-muted sm:text-2xl">{lead}</p> : null}
      {children}
    </div>
  );
}
