import type { MDXComponents } from "mdx/types";
import { ResponsibilityChain } from "../pictures/responsibility-chain";
import { Callout } from "./callout";
import { Details } from "./details";
import { Fact } from "./fact";
import { anchoredHeading } from "./heading";
import { SmartLink } from "./smart-link";
import { Steps } from "./steps";
import { ScrollTable } from "./table";

/**
 * Everything an article may use besides the widgets. MDX files never import components: what is
 * listed here is all there is, and docs/writing-guides.md documents each entry. These render to
 * static HTML at build time (lib/content/render-article.server.ts), so none may need the browser;
 * interactive widgets are listed in lib/content/widgets.ts and placed by components/mdx/article-body.tsx.
 */
export const mdxComponents = {
  a: SmartLink,
  h2: anchoredHeading("h2"),
  h3: anchoredHeading("h3"),
  table: ScrollTable,
  Callout,
  Steps,
  Details,
  Fact,
  ResponsibilityChain,
} satisfies MDXComponents;

declare global {
  type MDXProvidedComponents = typeof mdxComponents;
}
