import type { GuideSummary } from "../content/artifacts";
import { factChangeLog, factStatement, formatFactValue } from "../facts";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from "./config";

/** XML text escaping for element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 forbids outright would make the whole feed unreadable.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

type FeedEntry = { title: string; url: string; id: string; published: string; updated: string; summary: string };

/** One entry per change to a fact (/changes), so a corrected deadline reaches subscribers too. */
export function factChangeEntries(): FeedEntry[] {
  return factChangeLog().map((change) => {
    const anchor = `change-${change.factId}-${change.date}`;
    const what = change.kind === "correction" ? "Corrected" : "Rule changed";
    return {
      title: `${what}: ${formatFactValue(change.from)} → ${formatFactValue(change.to)} (${factStatement(change.factId)})`,
      url: absoluteUrl(`/changes#${anchor}`),
      id: absoluteUrl(`/changes#${anchor}`),
      published: change.date,
      updated: change.date,
      summary: change.summary,
    };
  });
}

/**
 * An Atom feed (RFC 4287) of every guide, newest review first, and every change to a fact. Atom rather
 * than RSS because it has separate published and updated dates, and a re-reviewed guide should reach
 * readers again.
 */
export function guidesAtomFeed(guides: readonly GuideSummary[], changes: readonly FeedEntry[] = []): string {
  const sorted = [...guides].sort(
    (a, b) => b.frontmatter.lastReviewed.localeCompare(a.frontmatter.lastReviewed) || a.slug.localeCompare(b.slug),
  );
  const guideEntries: FeedEntry[] = sorted.map((guide) => {
    const url = absoluteUrl(`/guides/${guide.slug}`);
    const fm = guide.frontmatter;
    const latestChange = [...(fm.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
    const summary = latestChange && latestChange.date === fm.lastReviewed ? `${fm.description} Latest change: ${latestChange.summary}` : fm.description;
    return { title: fm.title, url, id: url, published: fm.published, updated: fm.lastReviewed, summary };
  });
  const all = [...guideEntries, ...changes].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = all[0]?.updated ?? "2026-01-01";
  const entries = all.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.id)}</id>
    <published>${entry.published}T00:00:00Z</published>
    <updated>${entry.updated}T00:00:00Z</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(`${SITE_NAME}: new and updated guides, and changes to the figures they use`)}</title>
  <subtitle>${escapeXml(SITE_DESCRIPTION)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl("/feed.xml"))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl("/"))}"/>
  <id>${escapeXml(absoluteUrl("/"))}</id>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${escapeXml(SITE_NAME)}</name></author>
${entries.join("\n")}
</feed>
`;
}
