"use client";

import { ErrorMessage, errorDigest } from "@/components/site/error-message";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails (app/error.tsx cannot, being inside it), so
 * it draws the site's frame itself: header, footer, the same message and ways on.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col bg-paper font-sans text-ink antialiased">
        <title>Sorry, this page failed to load | Recourse</title>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10">
          <ErrorMessage digest={errorDigest(error)} onRetry={retry} />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
