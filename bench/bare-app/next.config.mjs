import { securityHeaders } from "../../server/security-headers.mjs";

/**
 * Built and started by bench/lighthouse.ts as the framework's ceiling on the same machine, with the
 * site's own response headers, and once more without Cross-Origin-Opener-Policy (BARE_COOP=off) to
 * show what that header costs in Lighthouse's lab.
 */
const withoutCoop = process.env.BARE_COOP === "off";

export default {
  poweredByHeader: false,
  distDir: withoutCoop ? ".next-no-coop" : ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ dev: false }).filter((h) => !(withoutCoop && h.key === "Cross-Origin-Opener-Policy")) }];
  },
};
