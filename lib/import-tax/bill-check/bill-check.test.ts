import { describe, expect, it } from "vitest";
import { estimateLandedCost } from "../estimate";
import { parseLandedCostJson } from "../parse";
import { checkBill, parseBilledAmounts, type BillCheck } from "./index";

const today = { today: "2026-11-27" };

/** Checks a bill (major units) for an order (major units), as the check-bill page does. */
function check(order: Record<string, unknown>, bill: { duty?: number; tax?: number; fee?: number }): BillCheck {
  const parsed = parseLandedCostJson({ date: "2026-10-01", channel: "post", ...order }, today);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const estimate = estimateLandedCost(parsed.input);
  const minor = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10 ** (estimate.currency === "JPY" || estimate.currency === "KRW" ? 0 : 2)));
  return checkBill(parsed.input, estimate, { duty: minor(bill.duty), tax: minor(bill.tax), fee: minor(bill.fee) });
}

const ids = (result: BillCheck) => result.findings.map((f) => `${f.id}:${f.severity}`);
const ukClothes = (price: number) => ({ destination: "GB", items: [{ category: "clothing", price }], sellerCollectsTax: false });

describe("a bill that looks right", () => {
  it("says so, and what made it right", () => {
    // £200 of clothing by post: 12% duty £24, VAT 20% of £224 = £44.80, Royal Mail fee £8.
    const result = check(ukClothes(200), { duty: 24, tax: 44.8, fee: 8 });
    expect(result.verdict).toBe("looksRight");
    expect(result.findings).toEqual([]);
    expect(result.rightBecause).toEqual([
      "VAT: £44.80 is what the rules give (20% on £224.00).",
      "Duty: £24.00 is what the rules give (12%).",
      "Fee: £8.00 matches the carrier's published fee (Royal Mail handling fee).",
    ]);
    expect(result.route).toBeNull();
    expect(result.letter).toBeNull();
  });
});

describe("each finding", () => {
  it("tax charged again although it was collected at checkout (UK under £135)", () => {
    const result = check({ destination: "GB", items: [{ category: "toys", price: 30 }], sellerCollectsTax: true }, { tax: 6, fee: 8 });
    expect(ids(result)).toEqual(["taxAlreadyCollected:overcharge", "feeNotDue:overcharge"]);
    expect(result.findings[0]?.explanation).toMatch(/You paid VAT of £6\.00 at checkout under UK point-of-sale VAT \(£135 rule\), so none is due at the border/);
    expect(result.verdict).toBe("overcharged");
    expect(result.overchargedBy).toBe(1400);
    expect(result.route?.title).toMatch(/BOR286/);
    expect(result.route?.timeLimit).toMatch(/3 years/);
    expect(result.letter).toMatchObject({ currency: "GBP", amount: "30.00" });
    expect(result.letter?.problem).toMatch(/^VAT charged again/);
  });

  it("tax charged again on an EU IOSS parcel: ask the carrier to re-present it with the IOSS number", () => {
    const result = check({ destination: "DE", items: [{ category: "clothing", price: 40 }], shipping: 5, sellerCollectsTax: true }, { tax: 8.55 });
    expect(ids(result)).toEqual(["taxAlreadyCollected:overcharge"]);
    expect(result.route?.title).toBe("The carrier, with the seller's IOSS number, before you pay");
    expect(result.route?.steps.join(" ")).toMatch(/cannot be added once customs have released the parcel/);
  });

  it.each([
    ["AU", "The seller, with proof you paid GST at the border"],
    ["NZ", "The seller, with proof you paid GST at the border"],
    ["NO", "The VOEC-registered shop, or the carrier that declared the parcel"],
  ])("tax charged again in %s goes back to the seller", (destination, title) => {
    const result = check({ destination, items: [{ category: "toys", price: 100 }], sellerCollectsTax: true }, { tax: 15 });
    expect(result.findings[0]?.id).toBe("taxAlreadyCollected");
    expect(result.route?.title).toBe(title);
  });

  it("tax on a parcel whose tax is not collected at the border, and a question if it was paid at checkout", () => {
    const result = check({ destination: "AU", items: [{ category: "toys", price: 100 }], sellerCollectsTax: null }, { tax: 10 });
    expect(ids(result)).toEqual(["taxNotDue:overcharge", "taxAlreadyCollected:check"]);
  });

  it("duty on a parcel that should have none", () => {
    // £100 of clothing: no duty at £135 or less; VAT £20 and the £8 fee are due when the seller did not charge VAT.
    const result = check(ukClothes(100), { duty: 12, tax: 20, fee: 8 });
    expect(ids(result)).toEqual(["dutyNotDue:overcharge"]);
    expect(result.findings[0]?.explanation).toMatch(/^No customs duty: the value of the goods \(£100\.00\) is no more than £135\. The bill charges £12\.00\./);
    expect(result.overchargedBy).toBe(1200);
  });

  it("duty higher than the rules give", () => {
    const result = check(ukClothes(200), { duty: 40, tax: 44.8, fee: 8 });
    expect(ids(result)).toEqual(["dutyHigher:overcharge"]);
    expect(result.findings[0]?.explanation).toMatch(/The rules give £24\.00 of duty \(customs duty on clothing: 12%\)\. The bill says £40\.00, £16\.00 more/);
  });

  it("tax higher than the rules give, and a value that does not match the order", () => {
    const result = check(ukClothes(200), { duty: 24, tax: 90, fee: 8 });
    expect(ids(result)).toEqual(["taxHigher:overcharge", "valueMismatch:check"]);
    expect(result.findings[1]?.explanation).toMatch(/VAT of £90\.00 at 20% means the parcel was valued at about £450\.00, but your order comes to £224\.00/);
    expect(result.overchargedBy).toBe(4520);
  });

  it("a fee higher than the carrier's published fee: the carrier's route", () => {
    const result = check(ukClothes(200), { duty: 24, tax: 44.8, fee: 12 });
    expect(ids(result)).toEqual(["feeTooHigh:overcharge"]);
    expect(result.findings[0]?.explanation).toMatch(/Royal Mail handling fee: £8\.00 is the published fee we hold\. The bill's fee is £12\.00, £4\.00 more/);
    expect(result.route?.title).toBe("Royal Mail, Parcelforce or the courier");
  });

  it("a fee we hold no published figure for", () => {
    const result = check({ destination: "US", date: "2026-04-01", items: [{ category: "toys", price: 100 }], sellerCollectsTax: false, channel: "post" }, { duty: 10, fee: 5 });
    expect(ids(result)).toEqual(["feeUnknown:info"]);
    expect(result.verdict).toBe("looksRight");
  });

  it("an amount lower than the rules give is noted, not complained about", () => {
    const result = check(ukClothes(200), { duty: 24, tax: 30, fee: 8 });
    expect(ids(result)).toEqual(["lowerThanExpected:info"]);
    expect(result.verdict).toBe("looksRight");
  });

  it("duty that cannot be checked (US since 24 July 2026)", () => {
    const result = check({ destination: "US", items: [{ category: "footwear", price: 120 }], sellerCollectsTax: false }, { duty: 20 });
    expect(ids(result)).toEqual(["dutyUnknown:info"]);
    expect(result.verdict).toBe("cannotTell");
    expect(result.expectedTotal).toBeNull();
  });

  it("Canada: refuse and ask for a reassessment, or pay and send Form B2G", () => {
    const result = check({ destination: "CA", region: "ON", items: [{ category: "clothing", price: 200 }], sellerCollectsTax: false }, { duty: 80 });
    expect(result.findings[0]?.id).toBe("dutyHigher");
    expect(result.route?.title).toBe("The CBSA: refuse and ask for a reassessment, or pay and send Form B2G");
  });

  it("a courier import to the UK goes to the courier, then C285", () => {
    const result = check({ ...ukClothes(100), channel: "courier" }, { duty: 12, tax: 20 });
    expect(result.route?.title).toMatch(/C285/);
  });
});

describe("reading the bill", () => {
  it("reads the billed amounts in the destination's currency, decimal comma included", () => {
    expect(parseBilledAmounts(new URLSearchParams("billedDuty=3,50&billedTax=12.40"), "EUR")).toEqual({ ok: true, billed: { duty: 350, tax: 1240, fee: null } });
  });

  it("asks for at least one amount, and explains a bad one", () => {
    expect(parseBilledAmounts(new URLSearchParams(""), "GBP")).toMatchObject({ ok: false, errors: [{ path: "billedTax" }] });
    expect(parseBilledAmounts({ billedFee: "eight" }, "GBP")).toEqual({
      ok: false,
      errors: [{ path: "billedFee", message: "Enter the fee on the bill as a number in GBP, like 12.40, or leave it empty if the bill has none." }],
    });
  });
});

describe("the bill check from a page's query", () => {
  it("reads the order and the billed amounts, so the letter it links to can fill itself in on the server", async () => {
    const { checkBillFromQuery, hasBilledAmounts } = await import("./from-query");
    const query = { destination: "GB", date: "2026-11-01", item: "clothing,30,1", sellerCollectsTax: "true", channel: "post", billedTax: "6", billedFee: "8" };
    expect(hasBilledAmounts(query)).toBe(true);
    expect(hasBilledAmounts({ destination: "GB" })).toBe(false);
    const { errors, check } = checkBillFromQuery(query, "2026-11-27");
    expect(errors).toEqual([]);
    expect(check?.letter?.problem).toMatch(/VAT charged again/);
    expect(checkBillFromQuery({ ...query, billedTax: "six" }, "2026-11-27").check).toBeNull();
  });
});
