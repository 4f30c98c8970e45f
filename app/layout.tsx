import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SearchBox } from "@/components/site/search-box";
import { SiteHeader } from "@/components/site/site-header";
import { SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: help when an overseas order goes wrong`, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  // Named here in full: an `icons` entry replaces the one app/icon.svg would add by itself. The
  // files in public/ are also where browsers, feed readers and iOS look without being told.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
  },
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: `${SITE_NAME}: new and updated guides` }] } },
  openGraph: { siteName: SITE_NAME, locale: "en_GB", type: "website", images: [{ url: "/opengraph-image", width: 1200, height: 630 }] },
  twitter: { card: "summary_large_image" },
};

/**
 * Prerendered pages are served with s-maxage and stale-while-revalidate (expireTime in
 * next.config.mjs), so a CDN may keep them for a day and serve a stale copy while it refetches.
 * Pages that read the query string stay dynamic and uncached.
 */
export const revalidate = 86400;

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1513" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="absolute left-2 top-2 z-50 -translate-y-24 bg-focus px-4 py-2 font-semibold text-focus-ink focus:translate-y-0"
        >
          Skip to main content
        </a>
        <SiteHeader searchBox={<SearchBox />} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
