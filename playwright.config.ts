import { chromium, defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/browser";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const executablePath = findChromium(() => chromium.executablePath());

/**
 * Browser tests run against the production build (`npm run test:e2e` builds first), served by the
 * same server `npm start` and a deployment run (.next/standalone/server.js, with its request
 * limits) on its own port, so a dev server on 3000 does not interfere.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } } },
  ],
  webServer: {
    // Started through node directly: a server started by npx or npm outlives that process (stack-notes 6).
    command: "node .next/standalone/server.js",
    env: { PORT: String(PORT), HOSTNAME: "127.0.0.1" },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
