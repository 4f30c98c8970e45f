/**
 * An editor's worklist for the fact registry: every fact, oldest check first, with its age, how sure
 * we are, whether an official page backs it, and every page and tool that uses it.
 *
 *   npm run facts:report            a Markdown table on standard output
 *   npm run facts:report -- --json  the same rows as JSON
 */
import { buildGuides } from "../lib/content/build.server";
import { STALE_AFTER_DAYS } from "../lib/content/fact-checks";
import { FACTS, factFile, formatFactValue, hasOfficialSource } from "../lib/facts";
import { factUsage, scanCodeForFacts } from "../lib/facts/usage.server";

const root = process.cwd();
const today = process.env.CONTENT_TODAY ?? new Date().toISOString().slice(0, 10);

const { guides } = await buildGuides({ root, today, includeDrafts: true });
const usage = factUsage(
  guides.map((g) => ({ slug: g.slug, title: g.frontmatter.title, facts: g.facts })),
  scanCodeForFacts(root, new Set(FACTS.map((f) => f.id))),
);

const ageInDays = (iso: string) => Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);

const rows = [...FACTS]
  .sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.id.localeCompare(b.id))
  .map((fact) => ({
    id: fact.id,
    value: formatFactValue(fact.value),
    lastVerified: fact.lastVerified,
    ageDays: ageInDays(fact.lastVerified),
    confidence: fact.confidence,
    source: hasOfficialSource(fact) ? "official" : "secondary only",
    validTo: fact.validTo,
    file: factFile(fact.id) ?? "",
    usedBy: (usage[fact.id] ?? []).map((u) => (u.path ? `${u.label} (${u.path})` : u.label)),
  }));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const stale = rows.filter((r) => r.ageDays > STALE_AFTER_DAYS).length;
  const unused = rows.filter((r) => r.usedBy.length === 0).length;
  const secondary = rows.filter((r) => r.source !== "official").length;
  console.log(`# Fact registry: ${rows.length} facts, ${today}\n`);
  console.log(`${stale} not checked in ${STALE_AFTER_DAYS} days · ${secondary} with no official source · ${unused} used nowhere\n`);
  console.log("| Fact | Value | Checked | Age (days) | Confidence | Source | Used by |");
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows) {
    const used = row.usedBy.length > 0 ? row.usedBy.join("; ") : "nowhere";
    console.log(`| ${row.id} | ${cell(row.value)} | ${row.lastVerified} | ${row.ageDays} | ${row.confidence} | ${row.source} | ${cell(used)} |`);
  }
}
