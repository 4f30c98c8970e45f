import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * The Node version README promises must run every package `npm ci` installs, or the first command
 * a newcomer runs warns EBADENGINE (issue 16: @axe-core/playwright 4.14.0 wanted Node 22.12 while
 * README said 20.9). Optional packages are skipped: npm installs them only on the platform they are for.
 */
const root = join(import.meta.dirname, "..");
const packageJson = z.object({ engines: z.object({ node: z.string() }) }).parse(JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
const lock = z
  .object({ packages: z.record(z.string(), z.object({ version: z.string().optional(), optional: z.boolean().optional(), engines: z.unknown().optional() })) })
  .parse(JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")));
const readme = readFileSync(join(root, "README.md"), "utf8");

const minimum = semver.minVersion(packageJson.engines.node)?.version;

describe("the Node version the project states", () => {
  it("is a plain minimum in package.json", () => {
    expect(packageJson.engines.node).toMatch(/^>=\d+\.\d+$/);
    expect(minimum).toBeDefined();
  });

  it("is the one README names", () => {
    const [major, minor] = (minimum ?? "").split(".");
    expect(readme).toContain(`Node.js ${major}.${minor} or newer`);
  });

  it("satisfies every installed package's engines field", () => {
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === "" || entry.optional === true) continue;
      const parsed = z.object({ node: z.string() }).safeParse(entry.engines);
      if (parsed.success && !semver.satisfies(minimum ?? "0.0.0", parsed.data.node)) refusing.push(`${path}@${entry.version}: node ${parsed.data.node}`);
    }
    expect(refusing).toEqual([]);
  });
});
