import { WaysOn } from "@/components/site/ways-on";

/**
 * What app/error.tsx and app/global-error.tsx show when a page fails on our side: what happened in
 * plain words, a way to try again, the reference the server logged, and the same ways on as "not
 * found". The error's own message stays out: in production it says nothing a reader can act on.
 */
export function ErrorMessage({ digest, onRetry }: { digest: string | undefined; onRetry: () => void }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold sm:text-5xl">Sorry, this page failed to load</h1>
      <p className="mt-4 text-xl">
        Something went wrong on our side, not yours. Try again, or
        go on from one of the pages below.
      </p>
      <button type="button" onClick={onRetry} className="mt-6 min-h-11 border-2 border-brand bg-brand px-6 py-3 text-lg font-bold text-brand-ink">
        Try again
      </button>
      {digest ? (
        <p className="mt-4 text-base text-muted">
          If it keeps happening, tell us this reference when you report it: <code>{digest}</code>
        </p>
      ) : null}
      <WaysOn />
    </div>
  );
}

/** The digest Next gives a server error (the key to its log line), if this error has one. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}
