"use client";

import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails (app/error.tsx, inside it, cannot), so it
 * draws a frame of its own: the site's name leading home, what happened, a way to try again. Its
 * code loads with every page (bench:js), so it is kept to this, in plain links: the site's header
 * and footer would add 2 kB gzipped to every page for a failure of a layout that renders only
 * static parts. Everything else that fails is shown by app/error.tsx, inside the site's frame.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col bg-paper font-sans text-ink antialiased">
        <title>Sorry, this page failed to load | Recourse</title>
        <header role="banner" className="border-b-4 border-brand bg-paper">
          <div className="mx-auto max-w-6xl px-4 py-4 sm:px-6">
            <a href="/" className="text-2xl font-bold text-ink no-underline">
              Recourse
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
          <h1 className="text-4xl font-bold sm:text-5xl">Sorry, this page failed to load</h1>
          <p className="mt-4 max-w-3xl text-xl">Something went wrong on our side, not yours. Try again, or start again from the home page.</p>
          <button type="button" onClick={retry} className="mt-6 min-h-11 border-2 border-brand bg-brand px-6 py-3 text-lg font-bold text-brand-ink">
            Try again
          </button>
          <p className="mt-6 text-lg">
            <a href="/">Go to the home page</a> or <a href="/guides">see all guides</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
