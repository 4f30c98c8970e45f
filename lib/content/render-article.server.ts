import { Children, Fragment, isValidElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { MDXComponents } from "mdx/types";
import { getMDXComponent } from "../mdx/get-mdx-component";
import { WIDGET_NAMES, WIDGET_PROPS, type ArticleBlock, type WidgetName } from "./widgets";

export type RenderedArticle = { blocks: ArticleBlock[]; problems: string[] };

class NestedWidgetError extends Error {
  constructor(readonly widget: WidgetName) {
    super(`<${widget}> inside another element`);
  }
}

/**
 * Renders a compiled guide to static HTML at build time, so the page ships the article as markup
 * and the browser's React never builds or hydrates it (a fifth of a guide's script time, measured
 * in Chromium on 2026-11-27). Widgets are the exception: each stays a React component between two pieces
 * of HTML, so it must stand at the article's top level, where the HTML can be cut around it.
 */
export function renderArticle(file: string, code: string, components: MDXComponents): RenderedArticle {
  const problems: string[] = [];
  const markers = new Map<unknown, WidgetName>();
  const widgetMarkers: Record<string, () => never> = {};
  for (const name of WIDGET_NAMES) {
    // Reached only when a widget is nested: top-level ones are taken out before rendering.
    const marker = () => {
      throw new NestedWidgetError(name);
    };
    markers.set(marker, name);
    widgetMarkers[name] = marker;
  }

  let tree: ReactNode;
  try {
    tree = getMDXComponent(code)({ components: { ...components, ...widgetMarkers } });
  } catch (error) {
    return { blocks: [], problems: [`${file}: MDX: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const topLevel = isValidElement<{ children?: ReactNode }>(tree) && tree.type === Fragment ? Children.toArray(tree.props.children) : [tree];

  const blocks: ArticleBlock[] = [];
  let html = "";
  const flush = () => {
    if (html.trim()) blocks.push({ type: "html", html });
    html = "";
  };
  for (const node of topLevel) {
    const widget = isValidElement(node) ? markers.get(node.type) : undefined;
    if (widget && isValidElement<Record<string, unknown>>(node)) {
      const parsed = WIDGET_PROPS[widget].safeParse(node.props);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issue.code === "unrecognized_keys") {
            const accepted = Object.keys(WIDGET_PROPS[widget].shape).join(", ");
            problems.push(`${file}: <${widget}> ${issue.keys.join(", ")}: is not an attribute of this widget (it takes: ${accepted})`);
            continue;
          }
          const field = issue.path.length ? issue.path.join(".") : "attributes";
          const got = issue.path.length ? ` (got ${JSON.stringify(node.props[String(issue.path[0])])})` : "";
          problems.push(`${file}: <${widget}> ${field}: ${issue.message}${got}`);
        }
        continue;
      }
      flush();
      blocks.push({ type: "widget", widget, props: parsed.data } as ArticleBlock);
      continue;
    }
    try {
      html += renderToStaticMarkup(node);
    } catch (error) {
      if (error instanceof NestedWidgetError) {
        problems.push(
          `${file}: <${error.widget}>: must stand on its own line at the top level of the article, not inside a <Callout>, list or other element; move it out`,
        );
      } else {
        problems.push(`${file}: MDX: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  flush();
  return { blocks, problems };
}
