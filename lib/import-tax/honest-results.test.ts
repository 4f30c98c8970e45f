/** Issue 13.1, 13.9 and 14.3: a result never reads as final when a charge is unknown, and says plainly what it rests on. */
import { describe, expect, it } from "vitest";
import { quote } from "./test-support";

describe("a charge that cannot be estimated", () => {
  const sneakers = quote({ destination: "US", date: "2026-10-01", items: [{ category: "footwear", price: 120 }], sellerCollectsTax: null });

  it("marks the total as a minimum and never says nothing is due", () => {
    expect(sneakers.total).toBe(120);
    expect(sneakers.totalIsMinimum).toBe(true);
    expect(sneakers.unknownCharges.map((c) => c.id)).toEqual(["duty"]);
    expect(sneakers.explanation.join(" ")).toMatch(/at least US\$120\.00 in all, plus customs duty, which we cannot estimate/);
    expect(sneakers.explanation.at(-1)).toMatch(/the figures above are the dearer one \(.*: at least US\$120\.00 in all/);
    expect(sneakers.explanation.join(" ")).not.toMatch(/nothing on delivery/);
  });

  it("gives the range of the official normal rates where one exists, and what it leaves out", () => {
    // HTSUS chapter 64 general rates run up to 48%: US$0 to US$57.60 of duty on US$120.
    expect(sneakers.totalRange).toEqual({ min: 120, max: 177.6 });
    const range = sneakers.unknownCharges[0]?.range;
    expect(range).toMatchObject({ min: 0, max: 57.6 });
    expect(range?.basis).toMatch(/shoes and other footwear 0% to 48% \(HTSUS chapter 64\)/);
    expect(range?.excludes).toMatch(/surcharges/);
    expect(sneakers.sources.some((s) => s.url.startsWith("https://hts.usitc.gov/"))).toBe(true);
  });

  it("leaves the range out when a category has no checked range", () => {
    const toys = quote({ destination: "US", date: "2026-10-01", items: [{ category: "toys", price: 30 }, { category: "footwear", price: 50 }], sellerCollectsTax: false });
    expect(toys.totalIsMinimum).toBe(true);
    expect(toys.totalRange).toBeNull();
  });

  it("words the two cases for a country without VAT", () => {
    expect(sneakers.scenarioLabels).toEqual({
      sellerCollects: "If the seller pays the import charges (delivered duty paid)",
      payOnDelivery: "If the charges are collected on delivery",
    });
    const uk = quote({ destination: "GB", date: "2026-10-01", items: [{ category: "toys", price: 30 }], sellerCollectsTax: null });
    expect(uk.scenarioLabels.sellerCollects).toBe("If the seller charges VAT at checkout");
  });

  it("is not a minimum when every charge is known", () => {
    const uk = quote({ destination: "GB", date: "2026-10-01", items: [{ category: "clothing", price: 120 }], shipping: 10, sellerCollectsTax: true });
    expect(uk.totalIsMinimum).toBe(false);
    expect(uk.totalRange).toBeNull();
  });
});

describe("how a result presents rules and fees (issue 13.9)", () => {
  const parcel = quote({ destination: "GB", date: "2026-10-01", items: [{ category: "clothing", price: 200 }], sellerCollectsTax: false, channel: "post" });
  const fee = parcel.lines.find((l) => l.kind === "fee");

  it("shows a flat fee as flat, not as worked out on £0.00", () => {
    expect(fee).toMatchObject({ id: "royal-mail-fee", amount: 8, basis: null, rate: "flat fee" });
  });

  it("says when the fee was checked, in words, without internal notes", () => {
    expect(fee?.explanation).toBe("Royal Mail adds a handling fee of £8 to any parcel on which it collects customs charges for you. Fee last checked 1 December 2026; carriers change their fees, so treat it as a guide.");
    const text = JSON.stringify(parcel);
    expect(text).not.toMatch(/older page|indicative flat fee|medium confidence/);
  });

  it("dates the rules by when they came into force", () => {
    expect(parcel.rulesInForceFrom).toBe("2025-01-01");
  });
});

describe("a proposed charge (the EU handling fee from 1 November 2026)", () => {
  it("makes the total a minimum from its date, names it, and adds no carrier fee by itself", () => {
    const after = quote({ destination: "DE", date: "2026-11-15", items: [{ category: "clothing", price: 40 }], shipping: 5, sellerCollectsTax: true });
    expect(after.totalIsMinimum).toBe(true);
    expect(after.totalRange).toBeNull();
    expect(after.unknownCharges).toEqual([expect.objectContaining({ id: "eu-handling-fee", label: "EU handling fee", certain: false, range: null })]);
    expect(after.payOnDelivery).toBe(0);
    expect(after.lines.some((l) => l.kind === "fee")).toBe(false);
    expect(after.explanation.join(" ")).toMatch(/at least €56\.55 in all, plus any EU handling fee, which we cannot estimate/);
    expect(after.confidence).not.toBe("low");
  });

  it("does not apply before its date", () => {
    const before = quote({ destination: "DE", date: "2026-10-31", items: [{ category: "clothing", price: 40 }], shipping: 5, sellerCollectsTax: true });
    expect(before.totalIsMinimum).toBe(false);
    expect(before.total).toBe(56.55);
  });
});
