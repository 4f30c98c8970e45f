/** Line drawings for the four tools, drawn like the problem icons (40 × 40, 2 px strokes, brand colour). */
const PATHS: Record<string, React.ReactNode> = {
  "/tools/deadlines": (
    <>
      <rect x="6" y="9" width="28" height="25" rx="2" />
      <path d="M6 16h28M13 5v7M27 5v7" />
      <path d="m14 25 4 4 8-9" />
    </>
  ),
  "/tools/letters": (
    <>
      <rect x="5" y="10" width="30" height="21" rx="2" />
      <path d="m6 12 14 10 14-10" />
    </>
  ),
  "/tools/import-tax-calculator": (
    <>
      <rect x="8" y="5" width="24" height="30" rx="2" />
      <rect x="12" y="9" width="16" height="7" />
      <path d="M14 22h.01M20 22h.01M26 22h.01M14 29h.01M20 29h.01M26 29h.01" strokeWidth="3.5" strokeLinecap="round" />
    </>
  ),
  "/tools/checklists": (
    <>
      <path d="m7 11 3 3 5-6M7 22l3 3 5-6M7 33l3 3 5-6" />
      <path d="M20 11h14M20 22h14M20 33h14" />
    </>
  ),
};

export function ToolIcon({ href }: { href: string }) {
  const drawing = PATHS[href];
  if (!drawing) return null;
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" width="40" height="40" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" className="shrink-0 text-brand">
      {drawing}
    </svg>
  );
}
