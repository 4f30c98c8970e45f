import { describe, expect, it } from "vitest";
import { checkGuides, type CheckedGuide, type SiteMap } from "./checks";
import { emptyOutline, type Outline } from "./mdx-plugins";
import type { GuideFrontmatter } from "./schema";

function frontmatter(patch: Partial<GuideFrontmatter> = {}): GuideFrontmatter {
  return {
    title: "A guide",
    description: "A description that is long enough to be a real summary of a guide.",
    topic: "problems",
    problems: [],
    jurisdictions: ["global"],
    tags: [],
    published: "2026-11-01",
    lastReviewed: "2026-11-27",
    sources: [
      { title: "One", url: "https://www.gov.uk/one", publisher: "HMRC" },
      { title: "Two", url: "https://europa.eu/two", publisher: "European Commission" },
    ],
    related: [],
    draft: false,
    ...patch,
  };
}

function guide(slug: string, patch: Partial<GuideFrontmatter> = {}, outline: Partial<Outline> = {}): CheckedGuide {
  return {
    file: `content/guides/${slug}.mdx`,
    slug,
    frontmatter: frontmatter({ title: `Title ${slug}`, description: `Description of ${slug}, long enough for the schema rule.`, ...patch }),
    outline: { ...emptyOutline(), ...outline },
  };
}

const site: SiteMap = {
  paths: new Set(["/", "/guides", "/guides/a", "/guides/b", "/tools/deadlines"]),
  anchors: new Map([
    ["/guides/a", new Set(["first-steps"])],
    ["/guides/b", new Set(["who-pays"])],
  ]),
  publicFiles: new Set(["/images/chain.svg"]),
};

const link = (url: string, line = 5) => ({ url, line });

describe("cross-guide checks", () => {
  it("passes a clean set of guides", () => {
    const guides = [
      guide("a", { related: ["b"] }, { links: [link("/guides/b#who-pays"), link("#first-steps"), link("https://www.gov.uk/x")] }),
      guide("b", { related: ["a"] }, { links: [link("/tools/deadlines?country=GB")] }),
    ];
    expect(checkGuides(guides, site)).toEqual([]);
  });

  it("finds internal links to pages and headings that do not exist", () => {
    const guides = [
      guide("a", {}, { links: [link("/guides/missing"), link("/guides/b#nowhere", 7), link("#nope", 9), link("evidence-to-keep", 11)] }),
      guide("b"),
    ];
    expect(checkGuides(guides, site)).toEqual([
      'content/guides/a.mdx: link (line 5): "/guides/missing" points to a page that does not exist',
      'content/guides/a.mdx: link (line 7): "/guides/b#nowhere" points to no heading "#nowhere" on /guides/b',
      'content/guides/a.mdx: link (line 9): "#nope" points to no heading in this guide',
      'content/guides/a.mdx: link (line 11): "evidence-to-keep" must start with / (a path from the site root, e.g. /guides/evidence-to-keep)',
    ]);
  });

  it("refuses plain http and clone or phishing domains, in links and sources", () => {
    const guides = [
      guide(
        "a",
        { sources: [{ title: "Clone", url: "https://www.temuau.rest/policy", publisher: "?" }, frontmatter().sources[0]!] },
        { links: [link("http://example.com"), link("https://shop.permalling.com/x")] },
      ),
    ];
    expect(checkGuides(guides, site, { denied: ["temuau.rest", "permalling.com"] })).toEqual([
      'content/guides/a.mdx: link (line 5): "http://example.com" must use https://',
      'content/guides/a.mdx: link (line 5): "https://shop.permalling.com/x" is on the deny-list of clone and phishing domains (lib/content/deny-list.json)',
      'content/guides/a.mdx: sources.0.url: "https://www.temuau.rest/policy" is on the deny-list of clone and phishing domains',
    ]);
  });

  it("checks related slugs", () => {
    const guides = [guide("a", { related: ["a", "nope", "b"] }), guide("b", { draft: true })];
    expect(checkGuides(guides, site)).toEqual([
      "content/guides/a.mdx: related.0: a guide cannot be related to itself",
      'content/guides/a.mdx: related.1: no guide has the slug "nope"',
      'content/guides/a.mdx: related.2: "b" is a draft and will not be published',
    ]);
  });

  it("needs alt text on every image and the image itself in public/", () => {
    const guides = [
      guide("a", {}, { images: [{ src: "/images/chain.svg", alt: "", line: 3 }, { src: "/images/gone.png", alt: "A map", line: 4 }] }),
    ];
    expect(checkGuides(guides, site)).toEqual([
      'content/guides/a.mdx: image (line 3): "/images/chain.svg" needs alt text that says what it shows',
      'content/guides/a.mdx: image (line 4): "/images/gone.png" is not in public/',
    ]);
  });

  it("refuses two guides with one slug, one title or one description", () => {
    const one = guide("a", { title: "Same", description: "The same description for both guides, which is not allowed." });
    const two = { ...guide("a", { title: "same", description: "The same description for both guides, which is not allowed." }), file: "content/guides/a.md" };
    expect(checkGuides([one, two], site)).toEqual([
      'content/guides/a.md: slug: "a" is already used by content/guides/a.mdx',
      "content/guides/a.md: title: is the same as in content/guides/a.mdx; each guide needs its own title",
      "content/guides/a.md: description: is the same as in content/guides/a.mdx; each guide needs its own description",
    ]);
  });

  it("needs at least two sources", () => {
    const guides = [guide("a", { sources: [frontmatter().sources[0]!] })];
    expect(checkGuides(guides, site)).toEqual([
      "content/guides/a.mdx: sources: must list at least 2 sources, preferably official ones (got 1)",
    ]);
  });

  it("still checks links of a guide whose frontmatter failed", () => {
    const broken: CheckedGuide = { ...guide("a", {}, { links: [link("/nowhere")] }), frontmatter: null };
    expect(checkGuides([broken], site)).toEqual(['content/guides/a.mdx: link (line 5): "/nowhere" points to a page that does not exist']);
  });

  it("checks that redirects lead to a live page in one hop", () => {
    const redirects = [
      { from: "/guides/old", to: "/guides/a" },
      { from: "/guides/b", to: "/guides/gone" },
      { from: "/guides/older", to: "/guides/old" },
    ];
    expect(checkGuides([guide("a"), guide("b")], site, { redirects })).toEqual([
      'lib/content/redirects.json: redirects.1.to: "/guides/gone" is not a page that exists',
      'lib/content/redirects.json: redirects.1.from: "/guides/b" is a live page; a redirect would hide it',
      'lib/content/redirects.json: redirects.2.to: "/guides/old" is not a page that exists',
      'lib/content/redirects.json: redirects.2.to: "/guides/old" is itself redirected; point straight at the final page',
    ]);
  });

  it("finds guides that link on to too few others, and guides nothing links to", () => {
    const paths = new Set(["/guides/a", "/guides/b", "/guides/c", "/guides/d", "/guides/e"]);
    const to = (...slugs: string[]) => ({ links: slugs.map((s) => link(`/guides/${s}`)) });
    const guides = [guide("a", {}, to("b", "c", "d")), guide("b", {}, to("a", "c", "d")), guide("c", {}, to("a", "b", "d")), guide("d", {}, to("a", "b")), guide("e", {}, to("a", "b", "c"))];
    expect(checkGuides(guides, { ...site, paths })).toEqual([
      "content/guides/d.mdx: links: must link to at least 3 other guides in the text where they help (got 2)",
      "content/guides/e.mdx: links: no other guide links here; link to it from a guide on a related problem",
    ]);
  });
});
