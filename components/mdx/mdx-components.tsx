import type { MDXComponents } from "mdx/types";
import { Callout } from "./callout";
import { Details } from "./details";
import { anchoredHeading } from "./heading";
import { SmartLink } from "./smart-link";
import { Steps } from "./steps";
import { ScrollTable } from "./table";

/**
 * Everything an article may use. MDX files never import components: what is listed here is all
 * there is, and docs/writing-guides.md documents each entry. Interactive widgets are client
 * components passed in through `overrides` by the page, so they stay client references.
 */
const baseComponents = {
  a: SmartLink,
  h2: anchoredHeading("h2"),
  h3: anchoredHeading("h3"),
  table: ScrollTable,
  Callout,
  Steps,
  Details,
} satisfies MDXComponents;

export function getMDXComponents<T extends MDXComponents>(overrides?: T) {
  return { ...baseComponents, ...overrides };
}

declare global {
  type MDXProvidedComponents = typeof baseComponents;
}
