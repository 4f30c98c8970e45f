import type { SearchDocument } from "../search";
import type { Tool } from "../site/tools";
import type { GuideSummary } from "./artifacts";

/** What the site search indexes for a guide: its title, summary, tags and every section. */
export function guideSearchDocument(guide: GuideSummary): SearchDocument {
  const fm = guide.frontmatter;
  return {
    id: `guide:${guide.slug}`,
    url: `/guides/${guide.slug}`,
    kind: "guide",
    title: fm.title,
    description: fm.description,
    tags: [...fm.tags, ...fm.problems, fm.topic],
    sections: [
      ...guide.sections.map((s) => ({ id: s.id, heading: s.heading, text: s.text })),
      ...(fm.faq ?? []).map((item) => ({ id: "faq", heading: item.question, text: item.answer })),
    ],
  };
}

export function toolSearchDocument(tool: Tool): SearchDocument {
  return {
    id: `tool:${tool.href}`,
    url: tool.href,
    kind: "tool",
    title: tool.title,
    description: tool.summary,
    tags: [...tool.keywords],
    sections: [],
  };
}
