import { getAllGuides } from "@/lib/content/guides.server";
import { factChangeEntries, guidesAtomFeed } from "@/lib/site/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(guidesAtomFeed(getAllGuides(), factChangeEntries()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
