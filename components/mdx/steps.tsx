/** Wraps an ordinary Markdown numbered list and draws each number as a large step marker. */
export function Steps({ children }: { children: React.ReactNode }) {
  return <div className="steps">{children}</div>;
}
