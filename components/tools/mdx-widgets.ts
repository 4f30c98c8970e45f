import type { ComponentType } from "react";
import type { WidgetName, WidgetProps } from "@/lib/content/widgets";
import { ChecklistById } from "./checklist-by-id";
import { ArticleImportTaxCalculator } from "./article-import-tax-calculator";

/**
 * The component behind each widget an article may place (names and attributes: lib/content/widgets.ts).
 * Client widgets are "use client" leaves imported here, in server code, so they reach the page as
 * client references.
 */
export const mdxWidgets: { [N in WidgetName]: ComponentType<WidgetProps[N]> } = {
  Checklist: ChecklistById,
  ImportTaxCalculator: ArticleImportTaxCalculator,
};
