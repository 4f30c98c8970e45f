import type { GuideSummary } from "../content/artifacts";
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

/**
 * An Atom feed (RFC 4287) of every guide, newest review first. Atom rather than RSS because it
 * has separate published and updated dates, and a re-reviewed guide should reach readers again.
 */
export function guidesAtomFeed(guides: readonly GuideSummary[]): string {
  const sorted = [...guides].sort(
    (a, b) => b.frontmatter.lastReviewed.localeCompare(a.frontmatter.lastReviewed) || a.slug.localeCompare(b.slug),
  );
  const updated = sorted[0]?.frontmatter.lastReviewed ?? "2026-01-01";
  const entries = sorted.map((guide) => {
    const url = absoluteUrl(`/guides/${guide.slug}`);
    const fm = guide.frontmatter;
    const latestChange = [...(fm.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
    const summary = latestChange && latestChange.date === fm.lastReviewed ? `${fm.description} Latest change: ${latestChange.summary}` : fm.description;
    return `  <entry>
    <title>${escapeXml(fm.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <published>${fm.published}T00:00:00Z</published>
    <updated>${fm.lastReviewed}T00:00:00Z</updated>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(`${SITE_NAME}: new and updated guides`)}</title>
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
