import { z } from "zod";
import denyListJson from "./deny-list.json";
import redirectsJson from "./redirects.json";

const denyListSchema = z.object({
  domains: z.array(z.object({ domain: z.string().min(3), reason: z.string().min(1), reported: z.string().min(1) })),
});
const redirectsSchema = z.object({
  redirects: z.array(
    z.strictObject({
      from: z.string().regex(/^\/[a-z0-9/-]*$/, "must be a site path such as /guides/old-slug"),
      to: z.string().regex(/^\/[a-z0-9/#-]*$/, "must be a site path such as /guides/new-slug"),
    }),
  ),
});

export type Redirect = z.output<typeof redirectsSchema>["redirects"][number];

export const DENIED_DOMAINS: readonly string[] = denyListSchema.parse(denyListJson).domains.map((d) => d.domain);
export const REDIRECTS: readonly Redirect[] = redirectsSchema.parse(redirectsJson).redirects;

/** True for the denied domain itself and any subdomain of it. */
export function isDeniedHost(hostname: string, denied: readonly string[] = DENIED_DOMAINS): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return denied.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
