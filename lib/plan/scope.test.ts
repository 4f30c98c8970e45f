import { describe, expect, it } from "vitest";
import { factScope } from "@/lib/facts";
import { consumerPlace, placeIn, scopeReaches } from "./scope";

describe("reading the registry's scope facts", () => {
  it("matches a country, an EU member through \"EU\", a region through its country, and anything through \"global\"", () => {
    expect(placeIn(["EU", "NO"], "DE")).toBe("yes");
    expect(placeIn(["EU", "NO"], "NO")).toBe("yes");
    expect(placeIn(["EU", "NO"], "CN")).toBe("no");
    expect(placeIn(["GB"], "GB-SCT")).toBe("yes");
    expect(placeIn(["global"], "CN")).toBe("yes");
  });

  it("says \"unknown\" when it depends on a region or a seller the buyer didn't name", () => {
    expect(placeIn(["CA-ON"], "CA")).toBe("unknown");
    expect(placeIn(["CA-ON"], "CA-QC")).toBe("no");
    expect(placeIn(["EU"], "unknown")).toBe("unknown");
    expect(placeIn(["EU", "IS"], "other")).toBe("unknown");
  });

  it("ECC-Net: an EU buyer against a trader in another EU country or the UK, never in China or at home", () => {
    expect(scopeReaches("ecc-net-scope", "DE", "FR", { crossBorder: true })).toBe("yes");
    expect(scopeReaches("ecc-net-scope", "DE", "GB", { crossBorder: true })).toBe("yes");
    expect(scopeReaches("ecc-net-scope", "DE", "CN", { crossBorder: true })).toBe("no");
    expect(scopeReaches("ecc-net-scope", "DE", "DE", { crossBorder: true })).toBe("no");
    expect(scopeReaches("ecc-net-scope", "GB", "DE", { crossBorder: true })).toBe("no");
    expect(scopeReaches("ecc-net-scope", "DE", "unknown", { crossBorder: true })).toBe("unknown");
  });

  it("follows the fact: a partner country added to the UKICC's scope would open the route", () => {
    expect(factScope("ukicc-scope").tradersIn).not.toContain("CN");
    expect(scopeReaches("ukicc-scope", "GB", "CN")).toBe("no");
    expect(scopeReaches("ukicc-scope", "GB", "JP")).toBe("yes");
    expect(scopeReaches("ukicc-scope", "GB-NIR", "US")).toBe("yes");
  });

  it("names the buyer's place as scope facts do", () => {
    expect(consumerPlace("CA", "ON")).toBe("CA-ON");
    expect(consumerPlace("DE", undefined)).toBe("DE");
  });
});
