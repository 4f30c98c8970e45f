// @ts-check
/**
 * The production server: what `npm start`, the browser tests and the Docker image run, from
 * `.next/standalone/server.js` (scripts/assemble-standalone.ts puts it there after `next build`).
 *
 * It is Next's standalone server with one thing in front: every request line is checked
 * (server/request-limits.mjs) before Next parses anything, and what fails is answered here, with
 * the site's security headers, in microseconds. Next itself is the public custom-server API
 * (`next()`), given the configuration the build wrote, as the standalone server.js Next generates
 * does. Environment: PORT (3000), HOSTNAME (0.0.0.0), KEEP_ALIVE_TIMEOUT (milliseconds).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ALLOW_HEADER, REQUEST_LIMITS, checkRequestLine, clientErrorStatus } from "./request-limits.mjs";
import { securityHeaders } from "./security-headers.mjs";

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */

/** The standalone folder: this file lives in its `server/` folder. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = readPort(process.env.PORT);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const keepAliveTimeout = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? "", 10);

Object.assign(process.env, { NODE_ENV: "production" });
process.chdir(root);
// The configuration `next build` resolved, which Next's own standalone server.js embeds too. With
// it set, Next neither looks for next.config.mjs (not in the standalone output) nor warns.
const { config } = JSON.parse(readFileSync(path.join(root, ".next", "required-server-files.json"), "utf8"));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const headers = securityHeaders({ dev: false });
const errorPage = loadErrorPage();

/**
 * What a browser shows for a refused address: the prerendered /bad-address page (the site's header,
 * footer and ways on), without its scripts, since the address in the bar is not the page's own and
 * nothing on it needs them. Plain text if the build has no such page.
 */
function loadErrorPage() {
  const file = path.join(root, ".next", "server", "app", "bad-address.html");
  try {
    const html = readFileSync(file, "utf8")
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
    return { type: "text/html; charset=utf-8", body: Buffer.from(html) };
  } catch (error) {
    console.error(`Recourse: no error page at ${file}; refused requests get plain text.`, error);
    return null;
  }
}

/** @param {string | undefined} raw */
function readPort(raw) {
  if (raw === undefined || raw === "") return 3000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`Recourse: PORT must be a whole number from 0 to 65535, not "${raw}".`);
    process.exit(1);
  }
  return value;
}

const REASONS = /** @type {const} */ ({
  204: "No Content",
  400: "Bad Request",
  405: "Method Not Allowed",
  408: "Request Timeout",
  413: "Content Too Large",
  414: "URI Too Long",
  431: "Request Header Fields Too Large",
});

/**
 * The response for a refused request, as header lines and body, shared by the request handler and
 * the raw-socket answer to parser errors.
 *
 * @param {keyof typeof REASONS} status
 * @param {{ method?: string }} request
 * @returns {{ headers: [string, string][], body: Buffer }}
 */
function refusal(status, { method }) {
  /** @type {[string, string][]} */
  const lines = headers.map(({ key, value }) => [key, value]);
  lines.push(["Cache-Control", "no-store"], ["Connection", "close"]);
  if (status === 204 || status === 405) lines.push(["Allow", ALLOW_HEADER]);
  let body = Buffer.alloc(0);
  if (status !== 204) {
    // A browser gets the site's page; a method no browser sends gets one line.
    const page = status === 405 ? null : errorPage;
    const type = page?.type ?? "text/plain; charset=utf-8";
    const content = page?.body ?? Buffer.from(`${status} ${REASONS[status]}\n`);
    lines.push(["Content-Type", type], ["Content-Length", String(content.length)]);
    if (method !== "HEAD") body = content;
  }
  return { headers: lines, body };
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {keyof typeof REASONS} status
 */
function refuse(req, res, status) {
  const { headers: lines, body } = refusal(status, { method: req.method });
  res.statusCode = status;
  for (const [key, value] of lines) res.setHeader(key, value);
  res.end(body);
}

const next = (await import("next")).default;
const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer({ maxHeaderSize: REQUEST_LIMITS.maxHeaderBytes }, (req, res) => {
  const verdict = checkRequestLine(req.method, req.url);
  if (verdict !== null) {
    refuse(req, res, verdict.status);
    return;
  }
  handle(req, res).catch((/** @type {unknown} */ error) => {
    console.error(`Recourse: request for ${req.url} failed`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

// Node's parser rejects some requests before there is a request object (headers over
// maxHeaderBytes, a method it doesn't know, a malformed request line) and by default answers them
// with a bare status line. Answer with the site's headers instead, as Node would choose the status.
server.on("clientError", (error, duplex) => {
  const socket = /** @type {import("node:net").Socket} */ (duplex);
  if (("code" in error && error.code === "ECONNRESET") || !socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const status = clientErrorStatus(error);
  const { headers: lines, body } = refusal(status, {});
  const head = [`HTTP/1.1 ${status} ${REASONS[status]}`, ...lines.map(([key, value]) => `${key}: ${value}`)].join("\r\n");
  socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, "latin1"), body]));
});

if (Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0) server.keepAliveTimeout = keepAliveTimeout;

server.on("error", (error) => {
  console.error(`Recourse: could not listen on ${hostname}:${port}.`, error);
  process.exit(1);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address !== null ? `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${address.port}` : String(address);
  console.log(
    `Recourse is ready on ${shown} (refusing request targets over ${REQUEST_LIMITS.maxTargetBytes} bytes or with more than ${REQUEST_LIMITS.maxParameters} parameters).`,
  );
});

// A container or process manager stops the server with SIGTERM: finish the requests in flight,
// then exit. Idle keep-alive connections are closed at once so they don't hold the exit up.
let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
  server.closeIdleConnections();
  // Requests still running after 10 s are cut off rather than keeping a deploy waiting.
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
