import { existsSync } from "node:fs";

/**
 * Which Chromium the browser tests drive. CHROMIUM_PATH wins; then Debian's /usr/bin/chromium (CI
 * and this workplace, where Playwright cannot download its own); then Playwright's bundled build
 * on a normal laptop. With none, the tests fail loudly rather than skip.
 */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(playwrightBundled: () => string): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  let bundled = "";
  try {
    bundled = playwrightBundled();
  } catch {
    // Playwright throws when its browser registry has nothing for this platform.
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    [
      "No Chromium found for the browser tests, so they cannot run.",
      "Install one of these, then run the tests again:",
      "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
      "  Anywhere else:  npx playwright install chromium",
      "Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
}

/** Flags that keep Chromium from reaching out to Google's services on a machine with no internet. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
