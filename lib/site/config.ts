/**
 * Site-wide settings. SITE_URL is the public origin used for canonical URLs, the sitemap and
 * social cards; it defaults to the local production server.
 */
export const SITE_NAME = "Recourse";
export const SITE_TAGLINE = "Help when an overseas order goes wrong";
export const SITE_DESCRIPTION =
  "Plain, sourced help for people who buy from overseas shops and shopping agents: customs charges, lost parcels, fakes, stalled refunds and silent sellers.";

export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Where readers report mistakes. Set CORRECTIONS_EMAIL in the deployment; without it the address is not shown. */
export function correctionsContact(): string | null {
  const email = process.env.CORRECTIONS_EMAIL?.trim();
  return email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? email : null;
}
