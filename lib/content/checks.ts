import type { GuideFrontmatter } from "./schema";
import { SLUG_PATTERN } from "./schema";
import type { Outline } from "./mdx-plugins";
import { isDeniedHost, type Redirect } from "./link-rules";

/**
 * Checks that need every guide at once: links, related guides, duplicates, redirects. Each returns
 * editor-facing lines in the same `file: field: problem` form as the frontmatter schema.
 */

export const MIN_SOURCES = 2;
/** Each guide sends readers on to at least this many other guides from its body. */
export const MIN_GUIDE_LINKS = 3;

export type CheckedGuide = {
  file: string;
  slug: string;
  /** null when the frontmatter failed validation: links and images are still checked. */
  frontmatter: GuideFrontmatter | null;
  outline: Outline;
};

export type SiteMap = {
  /** Every path the built site answers, without trailing slash, e.g. "/guides/glossary". */
  paths: ReadonlySet<string>;
  /** Heading ids by page path, for checking `#fragment` links. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Files under public/, as site paths ("/images/x.svg"). */
  publicFiles: ReadonlySet<string>;
};

const at = (line: number | null) => (line === null ? "" : ` (line ${line})`);

function duplicates(guides: readonly CheckedGuide[], field: "title" | "description"): string[] {
  const seen = new Map<string, CheckedGuide>();
  const problems: string[] = [];
  for (const guide of guides) {
    if (!guide.frontmatter) continue;
    const key = guide.frontmatter[field].trim().toLowerCase();
    const first = seen.get(key);
    if (first) problems.push(`${guide.file}: ${field}: is the same as in ${first.file}; each guide needs its own ${field}`);
    else seen.set(key, guide);
  }
  return problems;
}

function checkLink(guide: CheckedGuide, url: string, line: number | null, site: SiteMap, denied?: readonly string[]): string | null {
  const where = `${guide.file}: link${at(line)}`;
  if (url.startsWith("#")) {
    const id = decodeURIComponent(url.slice(1));
    const own = site.anchors.get(`/guides/${guide.slug}`);
    return own?.has(id) ? null : `${where}: "${url}" points to no heading in this guide`;
  }
  if (url.startsWith("mailto:")) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return `${where}: "${url}" is not a valid address`;
    }
    if (parsed.protocol !== "https:") return `${where}: "${url}" must use https://`;
    if (isDeniedHost(parsed.hostname, denied)) return `${where}: "${url}" is on the deny-list of clone and phishing domains (lib/content/deny-list.json)`;
    return null;
  }
  if (!url.startsWith("/")) return `${where}: "${url}" must start with / (a path from the site root, e.g. /guides/evidence-to-keep)`;
  const [pathAndQuery = "", fragment] = url.split("#", 2);
  const path = (pathAndQuery.split("?")[0] ?? "").replace(/\/$/, "") || "/";
  if (!site.paths.has(path)) return `${where}: "${url}" points to a page that does not exist`;
  if (fragment) {
    const ids = site.anchors.get(path);
    if (ids && !ids.has(decodeURIComponent(fragment))) return `${where}: "${url}" points to no heading "#${fragment}" on ${path}`;
  }
  return null;
}

function checkReferences(
  guide: CheckedGuide,
  bySlug: ReadonlyMap<string, CheckedGuide>,
  site: SiteMap,
  denied: readonly string[] | undefined,
  problems: string[],
) {
  const { file } = guide;
  for (const link of guide.outline.links) {
    const problem = checkLink(guide, link.url, link.line, site, denied);
    if (problem) problems.push(problem);
    const target = link.url.match(/^\/guides\/([^/#?]+)/)?.[1];
    if (!problem && target && bySlug.get(target)?.frontmatter?.draft && !guide.frontmatter?.draft) {
      problems.push(`${file}: link${at(link.line)}: "${link.url}" is a draft and will not be published`);
    }
  }
  for (const image of guide.outline.images) {
    if (!image.alt) problems.push(`${file}: image${at(image.line)}: "${image.src}" needs alt text that says what it shows`);
    if (image.src.startsWith("/") && !site.publicFiles.has(image.src)) {
      problems.push(`${file}: image${at(image.line)}: "${image.src}" is not in public/`);
    }
  }
}

/** Guide slugs a guide's body links to (other guides only, each once). */
function linkedGuides(guide: CheckedGuide): Set<string> {
  const targets = new Set<string>();
  for (const link of guide.outline.links) {
    const slug = link.url.match(/^\/guides\/([^/#?]+)/)?.[1];
    if (slug && slug !== guide.slug) targets.add(slug);
  }
  return targets;
}

/**
 * No dead ends and no orphans: every published guide links on to others and is linked to from at
 * least one. Only a library larger than MIN_GUIDE_LINKS guides can meet that, so smaller ones skip it.
 */
function checkLinkGraph(guides: readonly CheckedGuide[]): string[] {
  const published = guides.filter((g) => g.frontmatter && !g.frontmatter.draft);
  if (published.length <= MIN_GUIDE_LINKS) return [];
  const inbound = new Map(published.map((g) => [g.slug, 0]));
  const problems: string[] = [];
  for (const guide of published) {
    const targets = linkedGuides(guide);
    for (const slug of targets) if (inbound.has(slug)) inbound.set(slug, (inbound.get(slug) ?? 0) + 1);
    if (targets.size < MIN_GUIDE_LINKS) {
      problems.push(`${guide.file}: links: must link to at least ${MIN_GUIDE_LINKS} other guides in the text where they help (got ${targets.size})`);
    }
  }
  for (const guide of published) {
    if (inbound.get(guide.slug) === 0) problems.push(`${guide.file}: links: no other guide links here; link to it from a guide on a related problem`);
  }
  return problems;
}

export function checkGuides(
  guides: readonly CheckedGuide[],
  site: SiteMap,
  options: { redirects?: readonly Redirect[]; denied?: readonly string[] } = {},
): string[] {
  const problems: string[] = [];
  const bySlug = new Map(guides.map((g) => [g.slug, g]));

  const slugCount = new Map<string, string[]>();
  for (const guide of guides) {
    if (!SLUG_PATTERN.test(guide.slug)) {
      problems.push(`${guide.file}: file name: must be lower-case words joined by hyphens, e.g. content/guides/lost-parcels.mdx`);
    }
    slugCount.set(guide.slug, [...(slugCount.get(guide.slug) ?? []), guide.file]);
  }
  for (const [slug, files] of slugCount) {
    if (files.length > 1) problems.push(`${files.slice(1).join(", ")}: slug: "${slug}" is already used by ${files[0]}`);
  }
  problems.push(...duplicates(guides, "title"), ...duplicates(guides, "description"));

  for (const guide of guides) {
    const { frontmatter: fm, file } = guide;
    checkReferences(guide, bySlug, site, options.denied, problems);
    if (!fm) continue;
    if (fm.sources.length < MIN_SOURCES) {
      problems.push(`${file}: sources: must list at least ${MIN_SOURCES} sources, preferably official ones (got ${fm.sources.length})`);
    }
    fm.sources.forEach((source, i) => {
      if (isDeniedHost(new URL(source.url).hostname, options.denied)) {
        problems.push(`${file}: sources.${i}.url: "${source.url}" is on the deny-list of clone and phishing domains`);
      }
    });
    fm.related.forEach((slug, i) => {
      const target = bySlug.get(slug);
      if (slug === guide.slug) problems.push(`${file}: related.${i}: a guide cannot be related to itself`);
      else if (!target) problems.push(`${file}: related.${i}: no guide has the slug "${slug}"`);
      else if (target.frontmatter?.draft && !fm.draft) problems.push(`${file}: related.${i}: "${slug}" is a draft and will not be published`);
    });
  }
  problems.push(...checkLinkGraph(guides));

  for (const [i, redirect] of (options.redirects ?? []).entries()) {
    const where = `lib/content/redirects.json: redirects.${i}`;
    const target = redirect.to.split("#")[0] ?? "";
    if (!site.paths.has(target)) problems.push(`${where}.to: "${redirect.to}" is not a page that exists`);
    if (site.paths.has(redirect.from)) problems.push(`${where}.from: "${redirect.from}" is a live page; a redirect would hide it`);
    if ((options.redirects ?? []).some((other) => other.from === target)) {
      problems.push(`${where}.to: "${redirect.to}" is itself redirected; point straight at the final page`);
    }
  }
  return problems;
}
