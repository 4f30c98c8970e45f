/**
 * /.well-known/security.txt (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116): how to report a
 * vulnerability. Written at build time from the build's settings, so its address and origin are the
 * deployment's own and its Expires date runs from the build: a site nobody has rebuilt for half a
 * year stops vouching for a contact nobody may be reading.
 */
export const SECURITY_TXT_LIFETIME_DAYS = 180;

export function securityTxt({ origin, email, builtAt }: { origin: string; email: string; builtAt: Date }): string {
  // RFC 9116 §2.5.5: Expires is an RFC 3339 date-time; it should be less than a year ahead.
  const expires = new Date(builtAt.getTime() + SECURITY_TXT_LIFETIME_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    "# How to report a security problem in Recourse.",
    "# Recourse keeps no accounts and stores nothing typed into its tools, but we want to hear about",
    "# anything that could put a reader at risk: write to the address below, in English.",
    `Contact: mailto:${email}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: en",
    `Canonical: ${origin}/.well-known/security.txt`,
    `Policy: ${origin}/about#security`,
    "",
  ].join("\n");
}
