import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Which pages and tools use each fact, so an editor sees what a change will touch (`npm run
 * facts:report`) and readers see which pages a change reached (/changes). Guides report their own
 * <Fact> uses from the content build; code is scanned for the registry's accessors called with a
 * literal id, for any quoted fact id, and for `{fact-id}` placeholders in text, which is why ids are
 * always written out in full.
 */

export type FactUser = { label: string; path: string | null };

/** Code folders that belong to a tool a reader can open. */
const TOOL_FOLDERS: readonly { prefix: string; user: FactUser }[] = [
  { prefix: "lib/deadlines/", user: { label: "Deadline planner", path: "/tools/deadlines" } },
  { prefix: "app/tools/deadlines/", user: { label: "Deadline planner", path: "/tools/deadlines" } },
  { prefix: "lib/import-tax/", user: { label: "Import-tax calculator", path: "/tools/import-tax-calculator" } },
  { prefix: "app/tools/import-tax-calculator/", user: { label: "Import-tax calculator", path: "/tools/import-tax-calculator" } },
  { prefix: "lib/letters/", user: { label: "Letters", path: "/tools/letters" } },
  { prefix: "app/tools/letters/", user: { label: "Letters", path: "/tools/letters" } },
  { prefix: "lib/checklists/", user: { label: "Checklists", path: "/tools/checklists" } },
  { prefix: "lib/plan/", user: { label: "Case plan", path: "/plan" } },
  { prefix: "app/plan/", user: { label: "Case plan", path: "/plan" } },
];

const SCANNED_FOLDERS = ["lib", "app", "components"];
const ACCESSOR_CALL = /\bfact(?:Duration|Money|Percent|Date|Count|Scope|Statement|ValueText|ValueOn|Periods|Value)?\(\s*["'`]([a-z0-9-]+)["'`]/g;
/** Any quoted string that is exactly a known fact id: getFact("at-vat-standard"), helpers taking an id. */
const QUOTED_ID = /["'`]([a-z0-9]+(?:-[a-z0-9]+)+)["'`]/g;
const PLACEHOLDER = /\{(?:fact:)?([a-z0-9]+(?:-[a-z0-9]+)*)(?::adjective)?\}/g;

function isScannedFile(path: string): boolean {
  return /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.includes(`${sep}__fixtures__${sep}`);
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listFiles(full);
    return isScannedFile(full) ? [full] : [];
  });
}

/** Files (relative to root, with /) that name each known fact id, outside the registry itself. */
export function scanCodeForFacts(root: string, knownIds: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const folder of SCANNED_FOLDERS) {
    for (const full of listFiles(join(root, folder))) {
      const file = relative(root, full).split(sep).join("/");
      if (file.startsWith("lib/facts/")) continue;
      const text = readFileSync(full, "utf8");
      const ids = new Set<string>();
      for (const match of text.matchAll(ACCESSOR_CALL)) if (match[1]) ids.add(match[1]);
      for (const match of text.matchAll(QUOTED_ID)) if (match[1] && knownIds.has(match[1])) ids.add(match[1]);
      for (const match of text.matchAll(PLACEHOLDER)) if (match[1] && knownIds.has(match[1])) ids.add(match[1]);
      for (const id of ids) found.set(id, [...(found.get(id) ?? []), file]);
    }
  }
  return found;
}

/** The tool a code file belongs to, or the file itself when it serves no single tool. */
export function codeUser(file: string): FactUser {
  return TOOL_FOLDERS.find((t) => file.startsWith(t.prefix))?.user ?? { label: file, path: null };
}

export type GuideFacts = { slug: string; title: string; facts: readonly string[] };

/** Every user of every fact: guides first (by title), then tools, each once. */
export function factUsage(guides: readonly GuideFacts[], code: ReadonlyMap<string, readonly string[]>): Record<string, FactUser[]> {
  const usage: Record<string, FactUser[]> = {};
  const add = (id: string, user: FactUser) => {
    const users = (usage[id] ??= []);
    if (!users.some((u) => u.label === user.label && u.path === user.path)) users.push(user);
  };
  for (const guide of [...guides].sort((a, b) => a.title.localeCompare(b.title))) {
    for (const id of guide.facts) add(id, { label: guide.title, path: `/guides/${guide.slug}` });
  }
  for (const [id, files] of code) for (const file of files) add(id, codeUser(file));
  return usage;
}
