/** The tools, in the order a shopper tends to need them. Home and /tools list them from here. */
export type Tool = { href: string; title: string; summary: string };

export const TOOLS: readonly Tool[] = [];
