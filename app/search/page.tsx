import type { Metadata } from "next";
import Link from "@/components/site/link";
import { Highlighted } from "@/components/site/highlighted";
import { PageHeading } from "@/components/site/page-heading";
import { getSearchIndex } from "@/lib/content/search-index.server";
import { PROBLEMS } from "@/lib/content/taxonomy";
import { search } from "@/lib/search";
import { readSearchParams } from "@/lib/site/search-request";
import { pageMetadata } from "@/lib/site/metadata";

export async function generateMetadata(props: PageProps<"/search">): Promise<Metadata> {
  const { query } = readSearchParams(await props.searchParams);
  return {
    ...pageMetadata({
      title: query ? `Search results for “${query}”` : "Search",
      description: "Search every Recourse guide and tool: customs charges, lost parcels, fakes, refunds, chargebacks and your rights.",
      path: "/search",
    }),
    // Result pages are endless and thin; only the search page itself belongs in an index.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage(props: PageProps<"/search">) {
  const { query } = readSearchParams(await props.searchParams);
  const results = query ? search(getSearchIndex(), query, { limit: 20 }) : [];
  return (
    <>
      <PageHeading title="Search" />
      <form action="/search" method="get" role="search" className="mt-6 flex max-w-2xl flex-wrap gap-3">
        <label htmlFor="search-page-q" className="w-full text-lg font-semibold">
          Search guides and tools
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          autoComplete="off"
          className="min-w-0 flex-1 border-2 border-ink bg-paper px-3 py-2 text-lg text-ink"
        />
        <button type="submit" className="bg-brand px-5 py-2 text-lg font-semibold text-brand-ink">
          Search
        </button>
      </form>

      <section aria-labelledby="results-heading" className="mt-10 max-w-3xl">
        {query ? (
          <h2 id="results-heading" className="text-2xl font-bold" aria-live="polite">
            {results.length === 0
              ? `Nothing found for “${query}”`
              : `${results.length} result${results.length === 1 ? "" : "s"} for “${query}”`}
          </h2>
        ) : (
          <h2 id="results-heading" className="visually-hidden">Results</h2>
        )}
        {results.length > 0 ? (
          <ol className="mt-4">
            {results.map((result) => (
              <li key={result.id} className="border-t border-line py-5">
                <p className="text-sm font-semibold uppercase tracking-wide text-muted">{result.kind === "tool" ? "Tool" : result.kind === "guide" ? "Guide" : "Page"}</p>
                <h3 className="text-xl font-bold">
                  <Link href={result.url}>
                    <Highlighted parts={result.titleParts} />
                  </Link>
                </h3>
                {result.section ? <p className="mt-1 text-base text-muted">In “{result.section.heading}”</p> : null}
                <p className="mt-2">
                  <Highlighted parts={result.snippet} />
                </p>
              </li>
            ))}
          </ol>
        ) : null}
        {query && results.length === 0 ? (
          <div className="mt-4">
            <p>Try fewer or simpler words, or start from your problem:</p>
            <ul className="mt-3 list-disc space-y-2 pl-6">
              {PROBLEMS.map((problem) => (
                <li key={problem.id}>
                  <Link href={`/guides/${problem.guide}`}>{problem.question}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </>
  );
}
