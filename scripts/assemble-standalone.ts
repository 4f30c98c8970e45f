/**
 * Runs after `next build` (npm run build) and makes `.next/standalone` the complete deployable
 * server that `npm start`, the browser tests and the Dockerfile all run:
 *
 *   .next/standalone/server.js          starts server/main.mjs (request limits, then Next)
 *   .next/standalone/server/*.mjs       the entry point, its limits and the security headers
 *   .next/standalone/.next/static/      hashed assets (Next leaves them out of standalone output)
 *   .next/standalone/public/            security.txt, the touch icon (likewise)
 *
 * Next's generated server.js is replaced, so the one command anyone would guess (`node server.js`)
 * starts the guarded server, never Next's bare one. Fails with a message if the build output is
 * not laid out as expected (a Next upgrade that moves it should stop the build, not ship it).
 */
import { access, cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const root = process.cwd();
const standalone = join(root, ".next", "standalone");

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const required = [
    [join(standalone, "server.js"), "Next's standalone server.js: is `output: \"standalone\"` still set in next.config.mjs?"],
    [join(standalone, "node_modules", "next", "package.json"), "the traced copy of next"],
    [join(standalone, ".next", "required-server-files.json"), "the configuration server/main.mjs reads"],
    [join(standalone, ".next", "server", "app", "bad-address.html"), "the prerendered /bad-address page that refused requests are answered with"],
  ] as const;
  const missing = [];
  for (const [path, what] of required) if (!(await exists(path))) missing.push(`  ${path.slice(root.length + 1)}: ${what}`);
  if (missing.length > 0) {
    throw new Error(`scripts/assemble-standalone.ts: the build output is not what the production server needs:\n${missing.join("\n")}\nRun \`npm run build\` again; if it persists, Next's output layout has changed.`);
  }
  const nextServer = await readFile(join(standalone, "server.js"), "utf8");
  if (!nextServer.includes("server/main.mjs") && !nextServer.includes("startServer(")) {
    throw new Error("scripts/assemble-standalone.ts: .next/standalone/server.js is neither Next's nor ours; check what wrote it.");
  }

  await rm(join(standalone, ".next", "static"), { recursive: true, force: true });
  await cp(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
  await rm(join(standalone, "public"), { recursive: true, force: true });
  if (await exists(join(root, "public"))) await cp(join(root, "public"), join(standalone, "public"), { recursive: true });

  await rm(join(standalone, "server"), { recursive: true, force: true });
  const entries = (await readdir(join(root, "server"))).filter((name) => name.endsWith(".mjs") && !name.includes(".test."));
  for (const name of entries) await cp(join(root, "server", name), join(standalone, "server", name));

  // import() works whether Node reads this file as CommonJS or as an ES module.
  await writeFile(
    join(standalone, "server.js"),
    `// Written by scripts/assemble-standalone.ts in place of Next's own server.js: see server/main.mjs.\nimport("./server/main.mjs").catch((error) => {\n  console.error(error);\n  process.exit(1);\n});\n`,
  );
  console.log(`Standalone server assembled in .next/standalone (${entries.length} server files, static assets, public/). Start it with \`npm start\`.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
