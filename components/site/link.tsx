import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without viewport prefetching. By default every link prefetches its page's RSC payload
 * as soon as it scrolls into view; a guide shows dozens of links, and on a slow phone those
 * requests and their parsing were most of the page's blocking time (Lighthouse TBT 550–1,000 ms, 2026-11-27).
 * Pages here are small and static, so fetching on click is quick enough.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

export default Link;
