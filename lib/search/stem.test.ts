import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stem } from "./stem";

describe("stem", () => {
  it.each([
    ["arrived", "arriv"],
    ["parcels", "parcel"],
    ["refunds", "refund"],
    ["chargebacks", "chargeback"],
    ["shipping", "ship"],
    ["missing", "miss"],
    ["policies", "polici"],
    ["quickly", "quick"],
    ["taxes", "tax"],
    ["classes", "class"],
    ["agreed", "agree"],
    ["status", "status"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ["arrive", "arrives", "arrived", "arriving"],
    ["parcel", "parcels"],
    ["delivery", "deliveries"],
    ["charge", "charges", "charged", "charging"],
    ["ship", "ships", "shipped", "shipping"],
    ["apply", "applies", "applied", "applying"],
    ["dispute", "disputes", "disputed", "disputing"],
    ["miss", "missed", "missing"],
    ["fee", "fees"],
    ["complete", "completely"],
    ["family", "families"],
    ["supply", "supplies"],
  ])("conflates the forms of %s", (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it("leaves short words, numbers and other scripts alone", () => {
    expect(["bus", "use", "75", "3ds", "b2b", "طرد", "thing", "string"].map(stem)).toEqual(["bus", "use", "75", "3ds", "b2b", "طرد", "thing", "string"]);
  });

  it("never throws and never returns an empty stem for a non-empty word", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        const result = stem(word);
        expect(result.length).toBeGreaterThan(0);
        expect(result.length).toBeLessThanOrEqual(word.length);
      }),
    );
  });
});
