import type { Metadata } from "next";
import Link from "@/components/site/link";
import { Highlighted } from "@/components/site/highlighted";
import { PageHeading } from "@/components/site/page-heading";
import { getSearchIndex } from "@/lib/content/search-index.server";
import { PROBLEMS } from "@/lib/content/taxonomy";
import { type SearchResult, searchPage } from "@/lib/search";
import { readSearchParams, RESULTS_PER_PAGE } from "@/lib/site/search-request";
import { pageMetadata } from "@/lib/site/metadata";

export async function generateMetadata(props: PageProps<"/search">): Promise<Metadata> {
  const { query } = readSearchParams(await props.searchParams);
  return {
    ...pageMetadata({
      title: query ? `Search results for “${query}”` : "Search",
      description: "Search every Recourse guide, tool, letter and checklist: customs charges, lost parcels, fakes, refunds, chargebacks and your rights.",
      path: "/search",
    }),
    // Result pages are endless and thin; only the search page itself belongs in an index.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

const KIND_LABELS: Record<SearchResult["kind"], string> = {
  guide: "Guide",
  tool: "Tool",
  letter: "Letter",
  checklist: "Checklist",
  page: "Page",
};

const searchHref = (query: string, page = 1) => `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query }).toString()}`;

export default async function SearchPage(props: PageProps<"/search">) {
  const { query, page } = readSearchParams(await props.searchParams);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const { results, total, correctedQuery } = query
    ? searchPage(getSearchIndex(), query, { limit: RESULTS_PER_PAGE, offset })
    : { results: [], total: 0, correctedQuery: null };
  const from = offset + 1;
  const to = offset + results.length;
  const plural = (n: number) => `${n} result${n === 1 ? "" : "s"}`;
  return (
    <>
      <PageHeading title="Search" />
      <form action="/search" method="get" role="search" className="mt-6 flex max-w-2xl flex-wrap gap-3">
        <label htmlFor="search-page-q" className="w-full text-lg font-semibold">
          Search guides, tools, letters and checklists
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
          <div aria-live="polite">
            <h2 id="results-heading" className="text-2xl font-bold">
              {total === 0 ? `Nothing found for “${query}”` : `${plural(total)} for “${query}”`}
            </h2>
            {correctedQuery && total > 0 ? (
              <p className="mt-2 text-lg">
                Showing results for{" "}
                <Link href={searchHref(correctedQuery)} className="font-bold">
                  {correctedQuery}
                </Link>
              </p>
            ) : null}
            {total > results.length && results.length > 0 ? (
              <p className="mt-1 text-muted">
                Showing {from}–{to}
              </p>
            ) : null}
          </div>
        ) : (
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
        )}
        {results.length > 0 ? (
          <ol className="mt-4" start={from}>
            {results.map((result) => (
              <li key={result.id} className="border-t border-line py-5">
                <p className="text-sm font-semibold uppercase tracking-wide text-muted">{KIND_LABELS[result.kind]}</p>
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
        {query && total > RESULTS_PER_PAGE ? (
          <nav aria-label="More results" className="mt-4 flex flex-wrap justify-between gap-4 border-t-2 border-line pt-6">
            {page > 1 ? (
              <Link href={searchHref(query, page - 1)} rel="prev" className="text-lg font-semibold">
                ← Previous {RESULTS_PER_PAGE} results
              </Link>
            ) : (
              <span />
            )}
            {to < total ? (
              <Link href={searchHref(query, page + 1)} rel="next" className="text-lg font-semibold">
                Next {plural(Math.min(RESULTS_PER_PAGE, total - to))} →
              </Link>
            ) : null}
          </nav>
        ) : null}
        {query && total > 0 && results.length === 0 ? (
          <p className="mt-4">
            There are no more results. <Link href={searchHref(query)}>Back to the first {plural(Math.min(RESULTS_PER_PAGE, total))}</Link>
          </p>
        ) : null}
        {query && total === 0 ? (
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
