import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Starts a server on an existing build and waits until it answers: by default the site's production
 * server (`npm start`: .next/standalone/server.js, request limits in front of Next). `dir` serves
 * another Next app (bench/bare-app) with `next start`; `bareNext` serves the site with `next start`,
 * Next without the production server's limits (bench:limits compares the two).
 */
export async function startServer(
  port: number,
  { dir, env, bareNext = false }: { dir?: string; env?: Record<string, string>; bareNext?: boolean } = {},
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const args =
    dir || bareNext
      ? ["node_modules/next/dist/bin/next", "start", ...(dir ? [dir] : []), "-p", String(port), "-H", "127.0.0.1"]
      : [".next/standalone/server.js"];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1" },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("The server did not start within 30 s. Run `npm run build` first.");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function writeResult(name: string, data: unknown): Promise<string> {
  const dir = join(process.cwd(), "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: machine(), ...(data as object) }, null, 2)}\n`);
  return file;
}

function machine() {
  return { node: process.version, platform: process.platform, arch: process.arch, cpus: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency };
}

/** The page types every benchmark measures. */
export const PAGE_TYPES = {
  home: "/",
  guide: "/guides/delayed-or-missing-parcels",
  guidesIndex: "/guides",
  calculator: "/tools/import-tax-calculator",
  deadlines: "/tools/deadlines?country=GB&payment=paypal&paid=2026-09-01&problem=not-delivered&platform=aliexpress",
  letter: "/tools/letters/refund-or-replacement",
  checklist: "/tools/checklists/evidence",
  search: "/search?q=chargeback",
  plan: "/plan?problem=not-delivered&country=GB&platform=aliexpress&payment=credit-card&paid=2026-10-01&expected=2026-11-01",
} as const;
