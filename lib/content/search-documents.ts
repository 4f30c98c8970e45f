import type { Checklist } from "../checklists/schema";
import { FIELD_META } from "../letters/fields";
import { fillFacts } from "../letters/facts.server";
import { notePlainText } from "../letters/notes";
import type { LetterTemplate, TemplateNode } from "../letters/templates";
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

/**
 * What a letter says, as a blank letter shows it: each field as its placeholder ("[order number]"), so
 * snippets read well, and each figure written out from the fact registry.
 */
function templateText(nodes: readonly TemplateNode[]): string {
  return nodes
    .map((node) => (node.type === "text" ? fillFacts(node.text) : node.type === "optional" ? templateText(node.nodes) : FIELD_META[node.name].placeholder.en))
    .join("");
}

/**
 * A letter is found by what it is for (title, description, who it goes to) and by what it says (its
 * English text; the Chinese half would only add terms nobody types here). "letter" is a tag so that
 * "refund letter" prefers the letters over guides that only mention refunds.
 */
export function letterSearchDocument(template: LetterTemplate): SearchDocument {
  const english = template.body.filter((segment) => segment.lang === "en");
  return {
    id: `letter:${template.id}`,
    url: `/tools/letters/${template.id}`,
    kind: "letter",
    title: template.title,
    description: fillFacts(template.description),
    tags: ["letter", "message", "template", template.recipient, ...(template.languages.includes("zh") ? ["chinese"] : [])],
    sections: [
      { id: null, heading: null, text: english.map((segment) => templateText(segment.nodes)).join("\n") },
      { id: "before-you-send", heading: "Before you send it", text: template.notes.map((note) => notePlainText(fillFacts(note))).join(" ") },
    ],
  };
}

/** A checklist is found by its title, its summary and every step with the reason for it. */
export function checklistSearchDocument(list: Checklist): SearchDocument {
  return {
    id: `checklist:${list.id}`,
    url: `/tools/checklists/${list.id}`,
    kind: "checklist",
    title: `Checklist: ${list.title}`,
    description: list.description,
    tags: ["checklist"],
    sections: [{ id: null, heading: null, text: list.items.map((item) => `${item.action} ${item.why}`).join(" ") }],
  };
}
