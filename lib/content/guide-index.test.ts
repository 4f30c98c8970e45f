import { describe, expect, it } from "vitest";
import { GUIDE_SLUGS } from "../checklists/schema";
import { GUIDE_LISTINGS, groupForIndex, INDEX_GROUPS, inReadingOrder, reviewSummary } from "./guide-index";
import { TOPICS } from "./taxonomy";

const guide = (slug: string, topic: string, title = slug) => ({ slug, frontmatter: { title, topic } });

describe("guide index", () => {
  it("has a group for every topic, so no guide can fall off the index", () => {
    expect(INDEX_GROUPS.map((g) => g.topic).sort()).toEqual(TOPICS.map((t) => t.id).sort());
  });

  it("has a question and a short label for every guide the site links to", () => {
    for (const slug of GUIDE_SLUGS) {
      expect(GUIDE_LISTINGS[slug]?.question, slug).toMatch(/\?$/);
      expect(GUIDE_LISTINGS[slug]?.short.length, slug).toBeGreaterThan(3);
    }
  });

  it("orders guides for reading, not alphabetically, with unknown guides after them by title", () => {
    const ordered = inReadingOrder([
      guide("small-claims-and-arbitration", "escalation"),
      guide("zz-new", "escalation", "A new guide"),
      guide("escalation-roadmap", "escalation"),
      guide("aa-new", "escalation", "Another new guide"),
      guide("chargebacks-and-card-disputes", "escalation"),
    ]).map((g) => g.slug);
    expect(ordered).toEqual(["escalation-roadmap", "chargebacks-and-card-disputes", "small-claims-and-arbitration", "zz-new", "aa-new"]);
  });

  it("groups by what the reader needs, problems first, and leaves out empty groups", () => {
    const groups = groupForIndex([guide("glossary", "reference"), guide("your-rights-uk", "rights"), guide("delayed-or-missing-parcels", "problems")]);
    expect(groups.map((g) => [g.topic, g.guides.map((x) => x.slug)])).toEqual([
      ["problems", ["delayed-or-missing-parcels"]],
      ["rights", ["your-rights-uk"]],
      ["reference", ["glossary"]],
    ]);
  });

  it("says the review date once: one date, or the range", () => {
    const format = (iso: string) => `<${iso}>`;
    expect(reviewSummary(["2026-11-27", "2026-11-27"], format)).toBe("All 2 guides were last reviewed on <2026-11-27>.");
    expect(reviewSummary(["2026-11-30", "2026-10-01", "2026-11-27"], format)).toBe("All 3 guides were last reviewed between <2026-10-01> and <2026-11-30>.");
    expect(reviewSummary([], format)).toBe("");
  });
});
