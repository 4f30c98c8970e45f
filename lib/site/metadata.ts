import type { Metadata } from "next";
import { SITE_NAME } from "./config";

/**
 * Metadata every page shares: canonical URL, Open Graph and Twitter cards. Paths are relative;
 * metadataBase (SITE_URL) in the root layout turns them into absolute URLs. The card image comes
 * from the nearest opengraph-image file (app/ for most pages, app/guides/[slug]/ for guides).
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
    alternates: { canonical: path },
    openGraph: {
      type,
      siteName: SITE_NAME,
      locale: "en_GB",
      title,
      description,
      url: path,
      ...(type === "article" ? { publishedTime: published, modifiedTime: modified } : {}),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
