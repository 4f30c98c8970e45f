// @ts-check
/**
 * The response headers every answer from this site carries, defined once. next.config.mjs sends
 * them with every page, file and API answer Next produces; server/main.mjs sends them with the
 * answers it gives itself, before Next sees a request (a refused URL, a refused method).
 *
 * Plain JavaScript with JSDoc types (checked by `npm run typecheck`) because both next.config.mjs
 * and the production server load it with plain Node, which cannot run TypeScript.
 */

/** @typedef {{ key: string, value: string }} Header */

/**
 * Content-Security-Policy: nothing from any other origin, no framing, no eval.
 * 'unsafe-inline' for scripts is the one concession: every page is prerendered as static HTML, and
 * the App Router inlines its RSC payload as <script> elements; nonces would force every page to
 * render per request (https://nextjs.org/docs/app/guides/content-security-policy). Development adds
 * 'unsafe-eval' because React's dev tooling needs it; production never has it.
 *
 * @param {{ dev: boolean }} options
 */
function contentSecurityPolicy({ dev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
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
    ...(dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/**
 * Cross-Origin-Opener-Policy cuts any window that opened this one off from it (no navigating it to
 * a look-alike page, no cross-window leaks), and Chrome on Android gives sites that send it a
 * process of their own, which keeps the case details a buyer saves here out of reach of other
 * sites. It has a lab cost: Lighthouse loads a page from about:blank, and the header makes that
 * load start a new renderer process (bench/README.md, "Lighthouse", measures it on a bare Next
 * page). Much of that is the lab's: a visitor opening a new tab, or arriving from another site in
 * desktop Chrome (a process per site), starts a new renderer process with or without the header.
 *
 * @param {{ dev: boolean }} options
 * @returns {Header[]}
 */
export function securityHeaders({ dev }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
  ];
}
