import { securityContact, siteUrl } from "@/lib/site/config";
import { securityTxt } from "@/lib/site/security-txt";

// Written once, at build time: its Expires date counts from the build (lib/site/security-txt.ts).
export const dynamic = "force-static";

export function GET() {
  return new Response(securityTxt({ origin: siteUrl(), email: securityContact(), builtAt: new Date() }), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
