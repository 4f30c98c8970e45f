import type { Metadata } from "next";
import { SITE_NAME } from "./config";

/**
 * Metadata every page shares: canonical URL, Open Graph and Twitter cards. Paths are relative;
 * metadataBase (SITE_URL) in the root layout turns them into absolute URLs. A page's own
 * openGraph object replaces the layout's, so the site card (app/opengraph-image.tsx) is named here;
 * guides have their own card file, which Next puts in its place.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  published,
  modified,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  published?: string;
  modified?: string;
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
      images: [{ url: "/opengraph-image", width: 1200, height: 630, alt: SITE_NAME }],
      ...(type === "article" ? { publishedTime: published, modifiedTime: modified } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images: ["/opengraph-image"] },
  };
}
