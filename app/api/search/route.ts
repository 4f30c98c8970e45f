import { getSearchIndex } from "@/lib/content/search-index.server";
import { searchPage } from "@/lib/search";
import { readSearchParams } from "@/lib/site/search-request";

export function GET(request: Request) {
  const { query, limit, offset } = readSearchParams(new URL(request.url).searchParams);
  const page = query ? searchPage(getSearchIndex(), query, { limit, offset }) : { results: [], total: 0, correctedQuery: null };
  return Response.json(
    { query, ...page },
    // The answer depends only on the query and the build, so a CDN may keep it for as long as a page.
    { headers: { "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400" } },
  );
}
