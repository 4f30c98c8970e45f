// @ts-check
/**
 * What the production server (server/main.mjs) refuses before Next sees a request, and why.
 *
 * Next parses a request's query string in quadratic time: `parseReqUrl` (next/dist/lib/url.js)
 * loops over `searchParams.keys()` and calls `getAll(key)` for each, up to three times a request.
 * A 16 kB GET with about 8,000 parameters took 2–3 s of the single JavaScript thread on any route,
 * and four of them in parallel made an ordinary search wait 11 s (issue 16). No page here reads
 * more than a dozen parameters, and no link the site makes is longer than a few hundred bytes, so
 * the limits below leave a wide margin for real use and take the lever away from anyone else.
 *
 * Every check is one pass over the request line, stopping as soon as a limit is passed: a refused
 * request costs microseconds. The same limits belong in front of the server too (README.md,
 * "Deploying", shows them for nginx and Caddy).
 */

/** @typedef {{ maxTargetBytes: number, maxParameters: number, maxHeaderBytes: number }} RequestLimits */

/** @type {Readonly<RequestLimits>} */
export const REQUEST_LIMITS = Object.freeze({
  /** The request target (path and query) in bytes. Browsers send up to 2 MB; nothing here needs 1 kB. */
  maxTargetBytes: 8192,
  /** Query parameters, counted as Next reads them (`new URL(target).searchParams`: non-empty `&`-separated parts). */
  maxParameters: 200,
  /** Node's own limit for the request line and all headers together (its default, set explicitly). */
  maxHeaderBytes: 16384,
});

/** The methods the site answers. Anything else gets 405 from the server, before Next. */
export const ALLOWED_METHODS = Object.freeze(["GET", "HEAD", "POST"]);
export const ALLOW_HEADER = [...ALLOWED_METHODS, "OPTIONS"].join(", ");

/**
 * @typedef {(
 *   | { status: 204, kind: "options" }
 *   | { status: 400, kind: "bad-encoding" }
 *   | { status: 405, kind: "method" }
 *   | { status: 414, kind: "too-long" | "too-many-parameters" }
 * )} Verdict
 */

/**
 * How many parameters `new URL(target).searchParams` would read (as Next does), counting no
 * further than `stopAfter` (so an 8,000-parameter query costs no more than a 201-parameter one).
 *
 * @param {string} target the request target as Node gives it (`req.url`)
 * @param {number} [stopAfter]
 * @returns {number}
 */
export function countQueryParameters(target, stopAfter = Number.POSITIVE_INFINITY) {
  const start = target.indexOf("?");
  if (start === -1) return 0;
  let count = 0;
  let partLength = 0;
  for (let i = start + 1; i < target.length; i++) {
    const code = target.charCodeAt(i);
    if (code === 0x23 /* # */) break;
    if (code === 0x26 /* & */) {
      if (partLength > 0 && ++count > stopAfter) return count;
      partLength = 0;
    } else {
      partLength++;
    }
  }
  return partLength > 0 ? count + 1 : count;
}

/**
 * True when the path (the target before any `?`) has a `%` that does not start a valid escape, or
 * escapes that do not decode as UTF-8 (`/guides/%zz`, `/guides/%C0`). Next routes such a path to a
 * page, fails to decode its parameter and answers a bare 500 without the site's headers.
 *
 * @param {string} target
 * @returns {boolean}
 */
export function hasMalformedPath(target) {
  let end = target.indexOf("?");
  if (end === -1) end = target.length;
  const hash = target.indexOf("#");
  if (hash !== -1 && hash < end) end = hash;
  const path = target.slice(0, end);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    // URIError: a `%` without two hex digits after it, or bytes that are not UTF-8.
    return true;
  }
}

/**
 * The server's answer to a request line before Next sees it, or null to pass it on.
 * Checked in order of cost: the method, the length, the parameter count, the path's encoding.
 *
 * @param {string | undefined} method
 * @param {string | undefined} target
 * @param {Readonly<RequestLimits>} [limits]
 * @returns {Verdict | null}
 */
export function checkRequestLine(method, target, limits = REQUEST_LIMITS) {
  if (method === "OPTIONS") return { status: 204, kind: "options" };
  if (method === undefined || !ALLOWED_METHODS.includes(method)) return { status: 405, kind: "method" };
  const url = target ?? "/";
  // Node hands the target over as bytes read one to a character, so length is the size in bytes.
  if (url.length > limits.maxTargetBytes) return { status: 414, kind: "too-long" };
  if (countQueryParameters(url, limits.maxParameters) > limits.maxParameters) return { status: 414, kind: "too-many-parameters" };
  if (hasMalformedPath(url)) return { status: 400, kind: "bad-encoding" };
  return null;
}

/**
 * The status for an error Node's HTTP parser raises before there is a request to answer
 * (the `clientError` event), as Node itself would choose it.
 *
 * @param {unknown} error
 * @returns {400 | 408 | 413 | 431}
 */
export function clientErrorStatus(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return 431;
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return 413;
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return 408;
    default:
      return 400;
  }
}
