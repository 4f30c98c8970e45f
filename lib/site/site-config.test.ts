import { afterEach, describe, expect, it, vi } from "vitest";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { LOCAL_SITE_URL, missingSiteUrlWarning, resolveSiteConfig, resolveSiteUrl } from "./site-config.mjs";
import nextConfig from "../../next.config.mjs";

describe("resolveSiteUrl", () => {
  it("falls back to the local server when SITE_URL is unset, and says it was not set", () => {
    expect(resolveSiteUrl(undefined)).toEqual({ url: LOCAL_SITE_URL, explicit: false, hostname: "localhost" });
    expect(resolveSiteUrl("  ").explicit).toBe(false);
  });

  it("keeps the origin only", () => {
    expect(resolveSiteUrl("https://recourse.example/")).toEqual({ url: "https://recourse.example", explicit: true, hostname: "recourse.example" });
    expect(resolveSiteUrl("https://www.recourse.example").hostname).toBe("recourse.example");
  });

  it.each([
    ["recourse.example", /is not a URL/],
    ["ftp://recourse.example", /must start with https:\/\//],
    ["https://recourse.example/guides", /has more than an origin/],
    ["https://recourse.example/?x=1", /has more than an origin/],
  ])("stops the build on %j, naming the fix", (value, message) => {
    expect(() => resolveSiteUrl(value)).toThrow(message);
    expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL=https:\/\/recourse\.example/);
  });
});

describe("resolveSiteConfig", () => {
  it("names corrections@ and security@ the site's own domain unless told otherwise", () => {
    expect(resolveSiteConfig({ SITE_URL: "https://www.recourse.example" })).toEqual({
      url: "https://www.recourse.example",
      explicit: true,
      correctionsEmail: "corrections@recourse.example",
      securityEmail: "security@recourse.example",
    });
    expect(resolveSiteConfig({ SITE_URL: "https://recourse.example", CORRECTIONS_EMAIL: "editor@mail.example" }).correctionsEmail).toBe("editor@mail.example");
    expect(() => resolveSiteConfig({ SECURITY_EMAIL: "not an address" })).toThrow(/SECURITY_EMAIL "not an address" is not an email address/);
  });
});

describe("next.config.mjs", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("says loudly when a production build has no SITE_URL", () => {
    delete process.env.SITE_URL;
    delete process.env.RECOURSE_SITE_URL_WARNED;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = nextConfig(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("SITE_URL is not set.");
    expect(config.env?.SITE_URL).toBe(LOCAL_SITE_URL);
  });

  it("stays quiet with SITE_URL set, and bakes it into the build", () => {
    process.env.SITE_URL = "https://recourse.example";
    delete process.env.RECOURSE_SITE_URL_WARNED;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = nextConfig(PHASE_PRODUCTION_BUILD);
    expect(warn).not.toHaveBeenCalled();
    expect(config.env).toMatchObject({ SITE_URL: "https://recourse.example", SECURITY_EMAIL: "security@recourse.example" });
  });

  it("does not warn outside a build", () => {
    delete process.env.SITE_URL;
    delete process.env.RECOURSE_SITE_URL_WARNED;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    nextConfig(PHASE_PRODUCTION_SERVER);
    expect(warn).not.toHaveBeenCalled();
  });

  it("frames the warning so it stands out", () => {
    const lines = missingSiteUrlWarning(resolveSiteConfig({})).trim().split("\n");
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^!+$/);
  });
});
