import type { ProblemId } from "@/lib/content/taxonomy";

/** Small line drawings, one per problem, so the five choices can be told apart at a glance. */
const PATHS: Record<ProblemId, React.ReactNode> = {
  customs: (
    <>
      <rect x="6" y="10" width="28" height="22" rx="2" />
      <path d="M6 17h28M15 24h10M20 4v6" />
      <circle cx="31" cy="31" r="6" />
      <path d="M31 28v3.5h2.5" />
    </>
  ),
  delivery: (
    <>
      <path d="M4 12h20v16H4zM24 17h7l5 5v6H24z" />
      <circle cx="11" cy="30" r="3" />
      <circle cx="30" cy="30" r="3" />
      <path d="M10 20h8" strokeDasharray="2 3" />
    </>
  ),
  counterfeit: (
    <>
      <path d="M8 6h18l6 6v22H8z" />
      <path d="M26 6v6h6M14 18l12 12M26 18 14 30" />
    </>
  ),
  returns: (
    <>
      <path d="M30 14a12 12 0 1 0 2 10" />
      <path d="M32 6v8h-8" />
      <path d="M16 20h8M20 16v8" />
    </>
  ),
  unresponsive: (
    <>
      <path d="M6 8h28v18H18l-8 7v-7H6z" />
      <path d="M14 17h.01M20 17h.01M26 17h.01" strokeWidth="3.5" strokeLinecap="round" />
    </>
  ),
};

export function ProblemIcon({ problem }: { problem: ProblemId }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" width="40" height="40" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" className="shrink-0 text-brand">
      {PATHS[problem]}
    </svg>
  );
}
