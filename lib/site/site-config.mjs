// @ts-check
/**
 * The settings a deployment gives the build: the public origin and the two addresses readers
 * write to. next.config.mjs resolves them once and bakes them into the build (`env`), so canonical
 * links, the sitemap, the feed, social cards, the calendar files, the About page and security.txt
 * all agree, whatever the server's environment says later. A malformed value stops the build.
 *
 *   SITE_URL           the public origin, e.g. https://recourse.example (default http://localhost:3000)
 *   CORRECTIONS_EMAIL  where readers report mistakes (default corrections@ the site's domain)
 *   SECURITY_EMAIL     where vulnerabilities are reported, in security.txt (default security@ the
 *                      site's domain, the mailbox RFC 2142 reserves for it)
 *
 * Plain JavaScript with JSDoc types because next.config.mjs loads it with plain Node.
 */

/** Where `npm start` serves the site; the origin a build without SITE_URL names. */
export const LOCAL_SITE_URL = "http://localhost:3000";

const EMAIL = /^[^@\s<>"]+@[^@\s<>"]+$/;

/**
 * @typedef {object} SiteConfig
 * @property {string} url the public origin, without a trailing slash
 * @property {boolean} explicit whether SITE_URL was set (a build without it can only be tried locally)
 * @property {string} correctionsEmail
 * @property {string} securityEmail
 */

/**
 * @param {string | undefined} raw the SITE_URL environment variable
 * @returns {{ url: string, explicit: boolean, hostname: string }}
 * @throws {Error} when SITE_URL is set but is not an http(s) origin, naming the value and the fix
 */
export function resolveSiteUrl(raw) {
  const value = raw?.trim() ?? "";
  if (value === "") return { url: LOCAL_SITE_URL, explicit: false, hostname: "localhost" };
  const fix = "Set it to the public origin only, for example SITE_URL=https://recourse.example (no path, no query).";
  /** @type {URL} */
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL. ${fix}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`SITE_URL "${value}" must start with https:// or http://. ${fix}`);
  if (parsed.pathname !== "/" || parsed.search !== "" || parsed.hash !== "" || parsed.username !== "" || parsed.password !== "") {
    throw new Error(`SITE_URL "${value}" has more than an origin. ${fix}`);
  }
  return { url: parsed.origin, explicit: true, hostname: parsed.hostname.replace(/^www\./, "") };
}

/**
 * @param {string} name the environment variable
 * @param {string | undefined} raw its value
 * @param {string} fallback used when it is unset
 */
function resolveEmail(name, raw, fallback) {
  const value = raw?.trim() ?? "";
  if (value === "") return fallback;
  if (!EMAIL.test(value)) throw new Error(`${name} "${value}" is not an email address. Set it to one address, for example ${name}=${fallback}.`);
  return value;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {SiteConfig}
 */
export function resolveSiteConfig(env) {
  const { url, explicit, hostname } = resolveSiteUrl(env.SITE_URL);
  return {
    url,
    explicit,
    correctionsEmail: resolveEmail("CORRECTIONS_EMAIL", env.CORRECTIONS_EMAIL, `corrections@${hostname}`),
    securityEmail: resolveEmail("SECURITY_EMAIL", env.SECURITY_EMAIL, `security@${hostname}`),
  };
}

/**
 * What a production build without SITE_URL prints, boxed so it stands out in a build log.
 *
 * @param {SiteConfig} site what the build falls back to
 */
export function missingSiteUrlWarning(site) {
  const lines = [
    "SITE_URL is not set.",
    `This build names ${site.url} as the site's address in every canonical link,`,
    "the sitemap, the feed, the social cards and the calendar files, and",
    `${site.correctionsEmail} and ${site.securityEmail} as its contacts.`,
    "That is right only for trying the site on this computer. For a deployment,",
    "build with the public origin: SITE_URL=https://your.domain npm run build",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "!".repeat(width + 8);
  return ["", rule, ...lines.map((line) => `!!  ${line.padEnd(width)}  !!`), rule, ""].join("\n");
}
