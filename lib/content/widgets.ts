import { z } from "zod";
import { CHECKLISTS } from "../checklists";
import { getDestination } from "../import-tax";

/**
 * The interactive widgets an article may place, and the attributes each accepts. Articles are
 * rendered to HTML at build time; a widget is the one part that stays a React component on the
 * page, so its attributes are checked here, at the build, rather than failing when a page renders.
 */
export const WIDGET_PROPS = {
  Checklist: z.strictObject({
    id: z.enum(CHECKLISTS.map((list) => list.id) as [string, ...string[]], {
      error: `must be one of ${CHECKLISTS.map((list) => list.id).join(", ")}`,
    }),
  }),
  ImportTaxCalculator: z.strictObject({
    destination: z
      .string()
      .refine((code) => getDestination(code) !== undefined, { error: "is not a destination the calculator supports (see lib/import-tax/rules/)" })
      .optional(),
  }),
} as const;

export type WidgetName = keyof typeof WIDGET_PROPS;
export const WIDGET_NAMES = Object.keys(WIDGET_PROPS) as WidgetName[];
export type WidgetProps = { [N in WidgetName]: z.infer<(typeof WIDGET_PROPS)[N]> };

/** A guide's body as the page renders it: static HTML, with widgets between the pieces. */
export type ArticleBlock =
  | { type: "html"; html: string }
  | { [N in WidgetName]: { type: "widget"; widget: N; props: WidgetProps[N] } }[WidgetName];
