import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import redirectsData from "./lib/content/redirects.json" with { type: "json" };
import { missingSiteUrlWarning, resolveSiteConfig } from "./lib/site/site-config.mjs";
import { securityHeaders } from "./server/security-headers.mjs";

const isDev = process.env.NODE_ENV === "development";

/** Files in public/ change rarely but keep their names, so a CDN may keep them for a day, not forever. */
const publicFileCache = [{ key: "Cache-Control", value: "public, max-age=86400" }];

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  // Resolved once, here, and baked into the build (lib/site/site-config.mjs): a malformed value
  // stops the build, and a production build without SITE_URL says so.
  const site = resolveSiteConfig(process.env);
  // Next loads this file more than once per build (and its workers inherit the environment): once is loud enough.
  if (phase === PHASE_PRODUCTION_BUILD && !site.explicit && process.env.RECOURSE_SITE_URL_WARNED !== "1") {
    console.warn(missingSiteUrlWarning(site));
    process.env.RECOURSE_SITE_URL_WARNED = "1";
  }
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    output: "standalone",
    env: { SITE_URL: site.url, CORRECTIONS_EMAIL: site.correctionsEmail, SECURITY_EMAIL: site.securityEmail },
    // Guides are compiled by scripts/build-content.ts before the build; these stay out of Next's
    // module graph in case a server module ever imports them (stack-notes, "esbuild binary").
    serverExternalPackages: ["mdx-bundler", "esbuild"],
    // With `revalidate` (app/layout.tsx) this sets Cache-Control on prerendered pages to
    // s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>: a week in all.
    expireTime: 604800,
    // The search page and API read the index the content build writes; standalone output must carry it.
    outputFileTracingIncludes: { "/search": ["./.content/search-index.json"], "/api/search": ["./.content/search-index.json"] },
    async headers() {
      return [
        { source: "/:path*", headers: securityHeaders({ dev: isDev }) },
        { source: "/apple-touch-icon.png", headers: publicFileCache },
        { source: "/favicon.ico", headers: publicFileCache },
        { source: "/.well-known/security.txt", headers: publicFileCache },
      ];
    },
    async redirects() {
      return redirectsData.redirects.map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
    },
  };
}
