/** Native <details>: opens and closes without JavaScript and is announced as expandable. */
export function Details({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="not-prose my-6 border-l-4 border-line pl-4">
      <summary className="cursor-pointer font-semibold text-link underline underline-offset-4">{summary}</summary>
      <div className="mt-3 space-y-3 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </details>
  );
}
