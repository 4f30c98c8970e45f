import type { Element, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/**
 * Unified plugins that record what the build-time checks and the page need from each article:
 * every link and image (for the link and alt-text checks), and the outline (for the table of
 * contents, anchors and the search index). They read the tree and never change it.
 */

export type Reference = { url: string; line: number | null };
export type ImageReference = { src: string; alt: string; line: number | null };
export type Heading = { depth: 2 | 3; id: string; text: string };
export type Section = { id: string | null; heading: string | null; text: string };

/** A `<Fact id="…" />` in the body; attributes as written, checked later against the registry. */
export type FactUse = { id: string | null; as: string | null; line: number | null };
/**
 * A capitalised element in the body (<Callout>, <EscalationLadder>…), with its attributes as written:
 * a string, `true` for a bare attribute, or `{ expression }` for one written in braces. The build
 * picks out the pictures (components/pictures/) to check their attributes and list their facts.
 */
export type ComponentUse = {
  name: string;
  attributes: Record<string, string | true | { expression: string }>;
  line: number | null;
  /** Whether it stands on its own at the article's top level rather than inside another element. */
  topLevel: boolean;
};

/** A run of prose (a paragraph, heading or table cell) with each <Fact> replaced by FACT_MARK. */
export type ProseRun = { text: string; line: number | null };

/** Stands in for a <Fact> in prose runs, so a figure the registry writes is never taken for a typed one. */
export const FACT_MARK = "\u2060fact\u2060";

export type Outline = {
  links: Reference[];
  images: ImageReference[];
  headings: Heading[];
  sections: Section[];
  wordCount: number;
  facts: FactUse[];
  prose: ProseRun[];
  components: ComponentUse[];
};

export function emptyOutline(): Outline {
  return { links: [], images: [], headings: [], sections: [], wordCount: 0, facts: [], prose: [], components: [] };
}

function jsxAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): ComponentUse["attributes"] {
  const attributes: ComponentUse["attributes"] = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const { value } = attribute;
    attributes[attribute.name] = value === null || value === undefined ? true : typeof value === "string" ? value : { expression: value.value };
  }
  return attributes;
}

function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  const attribute = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name,
  );
  if (!attribute) return null;
  return typeof attribute.value === "string" ? attribute.value : null;
}

export function remarkCollectReferences(outline: Outline) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node, _index, parent) => {
      const line = node.position?.start.line ?? null;
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name)) {
        outline.components.push({ name: node.name, attributes: jsxAttributes(node), line, topLevel: parent?.type === "root" && node.type === "mdxJsxFlowElement" });
      }
      if (node.type === "link" || node.type === "definition") {
        outline.links.push({ url: node.url, line });
      } else if (node.type === "image") {
        outline.images.push({ src: node.url, alt: (node.alt ?? "").trim(), line });
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        if (node.name === "a") {
          const href = jsxAttribute(node, "href");
          if (href !== null) outline.links.push({ url: href, line });
        } else if (node.name === "img") {
          outline.images.push({ src: jsxAttribute(node, "src") ?? "", alt: (jsxAttribute(node, "alt") ?? "").trim(), line });
        } else if (node.name === "Fact") {
          outline.facts.push({ id: jsxAttribute(node, "id"), as: jsxAttribute(node, "as"), line });
        }
      }
    });
  };
}

type MdastNode = MdastRoot["children"][number] | { type: string; value?: string; children?: unknown[]; name?: string | null };

/** The words of a node as a reader sees them, with each <Fact> as FACT_MARK. */
function proseText(node: MdastNode): string {
  if ("name" in node && node.name === "Fact" && (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement")) return FACT_MARK;
  if (node.type === "text" || node.type === "inlineCode") return "value" in node && typeof node.value === "string" ? node.value : "";
  if ("children" in node && Array.isArray(node.children)) return (node.children as MdastNode[]).map(proseText).join("");
  return "";
}

/**
 * Records every paragraph, heading and table cell as plain text, for the check that flags figures
 * typed by hand where the fact registry holds them (lib/content/fact-checks.ts).
 */
export function remarkCollectProse(outline: Outline) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node) => {
      if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
        const text = proseText(node).replace(/\s+/g, " ").trim();
        if (text) outline.prose.push({ text, line: node.position?.start.line ?? null });
        return "skip";
      }
      return undefined;
    });
  };
}

function headingDepth(node: Element): 2 | 3 | null {
  if (node.tagName === "h2") return 2;
  if (node.tagName === "h3") return 3;
  return null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Runs after rehype-slug, so headings already carry the ids the anchors will use. */
export function rehypeCollectOutline(outline: Outline) {
  return () => (tree: HastRoot) => {
    let current: Section = { id: null, heading: null, text: "" };
    const sections: Section[] = [current];
    for (const child of tree.children) {
      const depth = child.type === "element" ? headingDepth(child) : null;
      if (child.type === "element" && depth !== null) {
        const text = squash(hastToString(child));
        const id = typeof child.properties.id === "string" ? child.properties.id : "";
        outline.headings.push({ depth, id, text });
        current = { id, heading: text, text: "" };
        sections.push(current);
      } else if ("children" in child || "value" in child) {
        const text = squash(hastToString(child as Element));
        if (text) current.text = current.text ? `${current.text} ${text}` : text;
      }
    }
    outline.sections = sections.filter((s) => s.heading !== null || s.text !== "");
    outline.wordCount = sections.reduce(
      (sum, s) => sum + `${s.heading ?? ""} ${s.text}`.split(/\s+/).filter(Boolean).length,
      0,
    );
  };
}
