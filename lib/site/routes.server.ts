import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * The set of paths the site answers, worked out from the app/ folder itself so the link checker
 * cannot drift from the real routes. Static pages are found by their page.tsx; dynamic segments
 * are filled in from the values the caller supplies for each pattern.
 */
export function listPagePatterns(appDir: string): string[] {
  const patterns: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) walk(full);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        const segments = relative(appDir, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
        patterns.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir);
  return patterns.sort();
}

export function expandPatterns(
  patterns: readonly string[],
  params: Readonly<Record<string, readonly string[]>>,
): { paths: Set<string>; unknown: string[] } {
  const paths = new Set<string>();
  const unknown: string[] = [];
  for (const pattern of patterns) {
    const dynamic = pattern.match(/\[([^\]]+)\]/g);
    if (!dynamic) {
      paths.add(pattern);
      continue;
    }
    const values = params[pattern];
    if (!values) {
      unknown.push(pattern);
      continue;
    }
    for (const value of values) paths.add(pattern.replace(/\[[^\]]+\]/, value));
  }
  return { paths, unknown };
}

export function listPublicFiles(publicDir: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(`/${relative(publicDir, full).split(sep).join("/")}`);
    }
  };
  walk(publicDir);
  return files;
}
