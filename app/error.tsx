"use client";

import { ErrorMessage, errorDigest } from "@/components/site/error-message";

/**
 * Shown in place of a page that failed while rendering, inside the root layout, so the site's
 * header, footer and search stay. Next answers such a request with status 500.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorMessage digest={errorDigest(error)} onRetry={retry} />;
}
