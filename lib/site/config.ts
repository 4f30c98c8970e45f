import { resolveSiteConfig } from "./site-config.mjs";

/**
 * Site-wide settings. The origin and the contact addresses come from the build's environment
 * (SITE_URL, CORRECTIONS_EMAIL, SECURITY_EMAIL), resolved and baked in by next.config.mjs: see
 * lib/site/site-config.mjs for the defaults.
 */
export const SITE_NAME = "Recourse";
export const SITE_TAGLINE = "Help when an overseas order goes wrong";
export const SITE_DESCRIPTION =
  "Plain, sourced help for people who buy from overseas shops and shopping agents: customs charges, lost parcels, fakes, stalled refunds and silent sellers.";

function settings() {
  // Each read names its variable so Next's `env` replaces it with the value the build resolved.
  return resolveSiteConfig({ SITE_URL: process.env.SITE_URL, CORRECTIONS_EMAIL: process.env.CORRECTIONS_EMAIL, SECURITY_EMAIL: process.env.SECURITY_EMAIL });
}

export function siteUrl(): string {
  return settings().url;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Where readers report mistakes (the About page, the footer's "Report a mistake"). */
export function correctionsContact(): string {
  return settings().correctionsEmail;
}

/** Where security researchers report vulnerabilities (/.well-known/security.txt). */
export function securityContact(): string {
  return settings().securityEmail;
}
