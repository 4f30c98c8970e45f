import Link from "@/components/site/link";

/**
 * What app/error.tsx and app/global-error.tsx show when a page fails on our side: what happened in
 * plain words, a way to try again, the reference the server logged, and ways on. The error's own
 * message stays out: in production it says nothing a reader can act on. Kept small on purpose: an
 * error boundary's code loads with every page (bench:js), so it links to the indexes rather than
 * listing the problems as the "not found" page does.
 */
export function ErrorMessage({ digest, onRetry }: { digest: string | undefined; onRetry: () => void }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold sm:text-5xl">Sorry, this page failed to load</h1>
      <p className="mt-4 text-xl">Something went wrong on our side, not yours. Try again, or go on from one of the pages below.</p>
      <button type="button" onClick={onRetry} className="mt-6 min-h-11 border-2 border-brand bg-brand px-6 py-3 text-lg font-bold text-brand-ink">
        Try again
      </button>
      {digest ? (
        <p className="mt-4 text-base text-muted">
          If it keeps happening, tell us this reference when you report it: <code>{digest}</code>
        </p>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Go on from here</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/#problems">Help for your problem</Link>
        </li>
        <li>
          <Link href="/guides">All guides, by topic</Link>
        </li>
        <li>
          <Link href="/search">Search the guides</Link>
        </li>
        <li>
          <Link href="/">Home page</Link>
        </li>
      </ul>
    </div>
  );
}

/** The digest Next gives a server error (the key to its log line), if this error has one. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}
