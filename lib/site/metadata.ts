import type { Metadata } from "next";
import { SITE_NAME } from "./config";

/**
 * Metadata every page shares: canonical URL, Open Graph and Twitter cards. Paths are relative;
 * metadataBase (SITE_URL) in the root layout turns them into absolute URLs. A page's own
 * openGraph object replaces the layout's, so the card is always named here: the site card
 * (app/opengraph-image.tsx) unless the page has its own, as each guide does. (A card file beside a
 * page does not replace images named in its metadata: guides showed the site card until 2026-11-27.)
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  published,
  modified,
  card = { path: "/opengraph-image", alt: SITE_NAME },
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  published?: string;
  modified?: string;
  /** The social card: the path of a 1200 × 630 image route and what it shows. */
  card?: { path: string; alt: string };
}): Metadata {
  return {
    title,
    description,
    // A page's alternates replace the layout's, so the feed link is repeated here.
    alternates: { canonical: path, types: { "application/atom+xml": [{ url: "/feed.xml", title: `${SITE_NAME}: new and updated guides` }] } },
    openGraph: {
      type,
      siteName: SITE_NAME,
      locale: "en_GB",
      title,
      description,
      url: path,
      images: [{ url: card.path, width: 1200, height: 630, alt: card.alt }],
      ...(type === "article" ? { publishedTime: published, modifiedTime: modified } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: card.path, alt: card.alt }] },
  };
}
