import redirectsData from "./lib/content/redirects.json" with { type: "json" };

const isDev = process.env.NODE_ENV === "development";

/**
 * Content-Security-Policy: nothing from any other origin, no framing, no eval.
 * 'unsafe-inline' for scripts is the one concession: every page is prerendered as static HTML, and
 * the App Router inlines its RSC payload as <script> elements; nonces would force every page to
 * render per request (https://nextjs.org/docs/app/guides/content-security-policy). Development adds
 * 'unsafe-eval' because React's dev tooling needs it; production never has it.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  ...(isDev ? [] : ["upgrade-insecure-requests"]),
].join("; ");

/**
 * Cross-Origin-Opener-Policy cuts any window that opened this one off from it (no navigating it to
 * a look-alike page, no cross-window leaks), and Chrome on Android gives sites that send it a
 * process of their own, which keeps the case details a buyer saves here out of reach of other
 * sites. It has a lab cost: Lighthouse loads a page from about:blank, and the header makes that
 * load start a new renderer process (bench/README.md, "Lighthouse", measures it on a bare Next
 * page). Much of that is the lab's: a visitor opening a new tab, or arriving from another site in
 * desktop Chrome (a process per site), starts a new renderer process with or without the header.
 */
export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: "standalone",
  // Guides are compiled by scripts/build-content.ts before the build; these stay out of Next's
  // module graph in case a server module ever imports them (stack-notes, "esbuild binary").
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  // With `revalidate` (app/layout.tsx) this sets Cache-Control on prerendered pages to
  // s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>: a week in all.
  expireTime: 604800,
  // The search page and API read the index the content build writes; standalone output must carry it.
  outputFileTracingIncludes: { "/search": ["./.content/search-index.json"], "/api/search": ["./.content/search-index.json"] },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  async redirects() {
    return redirectsData.redirects.map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
  },
};

export default nextConfig;
