import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKLISTS } from "../checklists";
import { buildGuides } from "./build.server";

let root: string;

const frontmatter = (title: string, extra = "") => `---
title: ${title}
description: A description for ${title} that is long enough to pass the rule.
topic: problems
jurisdictions: [global]
published: 2026-11-01
lastReviewed: 2026-11-20
sources:
  - { title: One, url: "https://www.gov.uk/one", publisher: HMRC }
  - { title: Two, url: "https://europa.eu/two", publisher: European Commission }
${extra}---
`;

async function site(files: Record<string, string>) {
  await rm(join(root, "content"), { recursive: true, force: true });
  await mkdir(join(root, "content/guides"), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, "content/guides", name), text);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recourse-content-"));
  for (const dir of ["app", "app/guides/[slug]", "app/topics/[topic]", "app/about", "app/(legal)/terms", "app/_private"]) {
    await mkdir(join(root, dir), { recursive: true });
    await writeFile(join(root, dir, "page.tsx"), "export default function Page() { return null; }");
  }
  await mkdir(join(root, "public/images"), { recursive: true });
  await writeFile(join(root, "public/images/chain.svg"), "<svg/>");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("buildGuides", () => {
  it("compiles guides with their outline, reading time and body as static HTML", async () => {
    await site({
      "lost-parcels.mdx": `${frontmatter("Lost parcels", "related: [fakes]\n")}
## First steps

Read [about us](/about), the [terms](/terms) and [fakes](/guides/fakes#what-to-do).

| A | B |
|---|---|
| 1 | 2 |

### Who pays?

![The chain from seller to door](/images/chain.svg)
`,
      "fakes.mdx": `${frontmatter("Fakes")}
## What to do

<Callout type="warning">Do not sell it on.</Callout>
`,
    });
    const { guides, problems } = await buildGuides({ root, today: "2026-11-27", includeDrafts: false });
    expect(problems).toEqual([]);
    expect(guides.map((g) => g.slug)).toEqual(["fakes", "lost-parcels"]);
    const lost = guides[1]!;
    expect(lost.headings).toEqual([
      { depth: 2, id: "first-steps", text: "First steps" },
      { depth: 3, id: "who-pays", text: "Who pays?" },
    ]);
    expect(lost.readingMinutes).toBe(1);
    expect(lost.sections.map((s) => s.heading)).toEqual(["First steps", "Who pays?"]);
    expect(lost.blocks).toHaveLength(1);
    const [body] = lost.blocks;
    expect(body?.type).toBe("html");
    const html = body?.type === "html" ? body.html : "";
    expect(html).toContain('<h2 id="first-steps">First steps<a href="#first-steps" class="heading-anchor no-print">');
    expect(html).toContain('<a href="/about">about us</a>');
    expect(html).toContain('<a href="/guides/fakes#what-to-do">fakes</a>');
    // Wide tables scroll in a focusable box that says so (components/mdx/table.tsx).
    expect(html).toMatch(/<div class="table-scroll relative" role="region" aria-label="Table[^"]*" tabindex="0"><p class="table-scroll-hint" aria-hidden="true">Scroll sideways[^<]*<span>→<\/span><\/p><table>/);
    expect(html).toContain('<img src="/images/chain.svg" alt="The chain from seller to door"/>');
  });

  it("keeps each top-level widget as a component between pieces of HTML, and checks its attributes", async () => {
    await site({
      "evidence.mdx": `${frontmatter("Evidence")}
Keep these [before](/about) you [open](/terms) a [dispute](/about#x).

<Checklist id="evidence" />

## After

<ImportTaxCalculator destination="DE" />
`,
    });
    const { guides, problems } = await buildGuides({ root, today: "2026-11-27", includeDrafts: false });
    expect(problems).toEqual([]);
    expect(guides[0]!.blocks.map((b) => (b.type === "html" ? "html" : b))).toEqual([
      "html",
      { type: "widget", widget: "Checklist", props: { id: "evidence" } },
      "html",
      { type: "widget", widget: "ImportTaxCalculator", props: { destination: "DE" } },
    ]);
  });

  it("refuses a widget nested inside another element, an unknown checklist and an unknown attribute", async () => {
    await site({
      "nested.mdx": `${frontmatter("Nested")}
<Callout>
  <Checklist id="evidence" />
</Callout>

<Checklist id="evidnce" />

<ImportTaxCalculator destination="XX" colour="red" />
`,
    });
    const { problems } = await buildGuides({ root, today: "2026-11-27", includeDrafts: false });
    expect(problems.filter((p) => p.includes("<"))).toEqual([
      `content/guides/nested.mdx: <Checklist> id: must be one of ${CHECKLISTS.map((list) => list.id).join(", ")} (got "evidnce")`,
      "content/guides/nested.mdx: <Checklist>: must stand on its own line at the top level of the article, not inside a <Callout>, list or other element; move it out",
      "content/guides/nested.mdx: <ImportTaxCalculator> colour: is not an attribute of this widget (it takes: destination)",
      "content/guides/nested.mdx: <ImportTaxCalculator> destination: is not a destination the calculator supports (see lib/import-tax/rules/) (got \"XX\")",
    ]);
  });

  it("reports every problem in every file in one run, and names the file of an MDX syntax error", async () => {
    await site({
      "a.mdx": `${frontmatter("Same title")}\n## Hi\n\n[gone](/guides/nowhere) and ![](/images/chain.svg)\n`,
      "b.mdx": `${frontmatter("Same title")}\n## Hi\n\n<Callout>never closed\n`,
      "c.md": "# wrong extension",
      "d.mdx": `---\ntitle: [unclosed\n---\n`,
    });
    const { problems } = await buildGuides({ root, today: "2026-11-27", includeDrafts: false });
    expect(problems).toContain(
      "content/guides/b.mdx: MDX: Expected a closing tag for `<Callout>` (15:1-15:10) before the end of `paragraph` (line 15, column 1)",
    );
    expect(problems).toContain('content/guides/a.mdx: link (line 15): "/guides/nowhere" points to a page that does not exist');
    expect(problems).toContain('content/guides/a.mdx: image (line 15): "/images/chain.svg" needs alt text that says what it shows');
    expect(problems).toContain("content/guides/c.md: file name: guides must end in .mdx; rename it to c.mdx");
    expect(problems.some((p) => p.startsWith("content/guides/d.mdx: frontmatter: is not valid YAML"))).toBe(true);
  });

  it("keeps drafts out unless asked, but still checks links to them", async () => {
    await site({
      "live.mdx": `${frontmatter("Live")}\nSee [the draft](/guides/wip).\n`,
      "wip.mdx": `${frontmatter("Work in progress", "draft: true\n")}\nNot ready.\n`,
    });
    const built = await buildGuides({ root, today: "2026-11-27", includeDrafts: false });
    expect(built.problems).toEqual(['content/guides/live.mdx: link (line 13): "/guides/wip" is a draft and will not be published']);
    expect(built.guides.map((g) => g.slug)).toEqual(["live"]);
    const dev = await buildGuides({ root, today: "2026-11-27", includeDrafts: true });
    expect(dev.guides.map((g) => g.slug)).toEqual(["live", "wip"]);
  });

  it("writes figures from the fact registry, numbered to the page's figure notes, in the body and the frontmatter", async () => {
    await site({
      "paypal.mdx": `${frontmatter("PayPal").replace(
        "description: A description for PayPal that is long enough to pass the rule.",
        'description: "Open a PayPal dispute within {fact:paypal-inr-window} of paying, and know what happens next."',
      )}
Open a dispute within <Fact id="paypal-inr-window" />, then escalate within <Fact id="paypal-escalation-window" />.

It is a <Fact id="paypal-inr-window" as="adjective" /> window.
`,
    });
    const { guides, problems } = await buildGuides({ root, today: "2026-12-01", includeDrafts: false });
    expect(problems).toEqual([]);
    const guide = guides[0]!;
    expect(guide.frontmatter.description).toBe("Open a PayPal dispute within 180 days of paying, and know what happens next.");
    expect(guide.facts).toEqual(["paypal-inr-window", "paypal-escalation-window"]);
    const html = guide.blocks[0]?.type === "html" ? guide.blocks[0].html : "";
    expect(html).toContain(
      '<span class="fact">180 days<sup class="fact-ref"><a href="#fact-paypal-inr-window"><span class="visually-hidden">Source of figure </span>1</a></sup></span>',
    );
    expect(html).toContain('<span class="fact">20 days<sup class="fact-ref"><a href="#fact-paypal-escalation-window">');
    expect(html).toContain('<span class="fact">180-day<sup class="fact-ref">');
  });

  it("refuses an unknown fact and a figure typed by hand where a fact holds it", async () => {
    await site({
      "typed.mdx": `${frontmatter("Typed")}
Open a PayPal dispute within 180 days.

Escalate within <Fact id="paypal-escalation-windw" />.
`,
    });
    const { problems } = await buildGuides({ root, today: "2026-12-01", includeDrafts: false });
    expect(problems).toEqual([
      'content/guides/typed.mdx: <Fact id="paypal-escalation-windw"> (line 15): is not a fact; `npm run facts:report` lists every id',
      'content/guides/typed.mdx: line 13: "180 days" next to "PayPal" is fact paypal-inr-window typed by hand; write <Fact id="paypal-inr-window" /> instead',
    ]);
  });

  it("adds the facts a picture draws to the page's figure notes, where the picture stands, and draws it on the build's day", async () => {
    await site({
      "pictures.mdx": `${frontmatter("Pictures")}
Open a dispute within <Fact id="paypal-escalation-window" />.

<DisputeTimeline route="card" />

Card or PayPal: <Fact id="paypal-inr-window" />.

<WhereTaxIsPaid destination="DE" />

<WhereTaxIsPaid destination="DE" date="2026-06-01" />
`,
    });
    const { guides, problems } = await buildGuides({ root, today: "2026-12-01", includeDrafts: false });
    expect(problems).toEqual([]);
    const guide = guides[0]!;
    expect(guide.facts).toEqual(["paypal-escalation-window", "card-chargeback-window", "paypal-inr-window", "eu-low-value-limit"]);
    const html = guide.blocks.map((b) => (b.type === "html" ? b.html : "")).join("");
    const [timeline, today, before] = html.split("<figure").slice(1);
    expect([timeline, today, before].every(Boolean)).toBe(true);
    // The IOSS lane shows the EU's flat duty on the build's day; a picture dated before it began does not.
    expect(today).toContain("rules in force on 1 December 2026");
    expect(today).toContain("Price + VAT + duty");
    expect(before).toContain("rules in force on 1 June 2026");
    expect(before).not.toContain("Price + VAT + duty");
  });

  it("refuses a picture nested in another element, a wrong or unknown attribute and an expression, naming file and line", async () => {
    await site({
      "bad-pictures.mdx": `${frontmatter("Bad pictures")}
<Callout>
<EscalationLadder />
</Callout>

<DisputeTimeline route="bank" />

<LandedCostBreakdown destination="US" category="toys" price="50" seller="yes" />

<EscalationLadder colour="red" />

<CustomsChargeNotice destination="GB" category="toys" price={50} />
`,
    });
    const { problems } = await buildGuides({ root, today: "2026-12-01", includeDrafts: false });
    expect(problems).toEqual([
      'content/guides/bad-pictures.mdx: <CustomsChargeNotice> (line 23) price: write the value in quotes, like price="…"',
      'content/guides/bad-pictures.mdx: <DisputeTimeline> (line 17) route: must be one of paypal, card (got "bank")',
      "content/guides/bad-pictures.mdx: <EscalationLadder> (line 14): must stand on its own line at the top level of the article, not inside a <Callout>, list or other element; move it out",
      "content/guides/bad-pictures.mdx: <EscalationLadder> (line 21) colour: is not an attribute of this picture (it takes: id, highlight)",
      "content/guides/bad-pictures.mdx: <LandedCostBreakdown> (line 19) destination: US is not a destination pictures can draw on 2026-12-01; use GB or a euro member of the EU",
    ]);
  });
});
