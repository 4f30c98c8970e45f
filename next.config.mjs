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
