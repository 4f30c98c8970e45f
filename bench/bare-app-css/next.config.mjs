import { securityHeaders } from "../../server/security-headers.mjs";

/** Built and started by bench/lighthouse.ts: the bare page plus one stylesheet, with the site's own response headers. */
export default {
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ dev: false }) }];
  },
};
