/** The acceptance cases from the issue. Amounts in and out are major units, as the API sees them. */
import { describe, expect, it } from "vitest";
import { quote } from "./test-support";

describe("acceptance cases", () => {
  it("DE, seller collects VAT, clothing €40 + €5 shipping, 15 June 2026: duty 0, VAT 8.55, total 53.55", () => {
    const result = quote({ destination: "DE", date: "2026-06-15", items: [{ category: "clothing", price: 40, quantity: 1 }], shipping: 5, sellerCollectsTax: true });
    expect(result).toMatchObject({ currency: "EUR", duty: 0, tax: 8.55, total: 53.55, payAtCheckout: 53.55, payOnDelivery: 0, taxName: "VAT", taxRate: 19 });
  });

  it("the same order on 15 August 2026: the €3 duty is added, VAT unchanged (not in the IOSS base), total 56.55", () => {
    const result = quote({ destination: "DE", date: "2026-08-15", items: [{ category: "clothing", price: 40, quantity: 1 }], shipping: 5, sellerCollectsTax: true });
    expect(result).toMatchObject({ duty: 3, tax: 8.55, total: 56.55, payOnDelivery: 0 });
  });

  it("GB, seller collects VAT, clothing £120 + £10: duty 0, VAT 26.00, total 156.00", () => {
    const result = quote({ destination: "GB", date: "2026-08-15", items: [{ category: "clothing", price: 120, quantity: 1 }], shipping: 10, sellerCollectsTax: true });
    expect(result).toMatchObject({ currency: "GBP", duty: 0, tax: 26, total: 156 });
  });

  it("AU, no GST at checkout, clothing A$1,050 + A$50 by post: duty 52.50, GST 115.25, import processing charge as its own fee line", () => {
    const result = quote({ destination: "AU", date: "2026-08-15", items: [{ category: "clothing", price: 1050, quantity: 1 }], shipping: 50, sellerCollectsTax: false, channel: "post" });
    expect(result).toMatchObject({ duty: 52.5, tax: 115.25, taxName: "GST" });
    const gst = result.lines.find((l) => l.kind === "tax");
    expect(gst).toMatchObject({ basis: 1152.5, rate: "10%", paidWhen: "delivery" });
    expect(result.lines.find((l) => l.kind === "duty")).toMatchObject({ basis: 1050, amount: 52.5 });
    expect(result.lines.filter((l) => l.kind === "fee")).toEqual([expect.objectContaining({ id: "import-processing-charge", amount: 50, paidWhen: "delivery" })]);
    expect(result.total).toBe(1050 + 50 + 52.5 + 115.25 + 50);
  });

  it("SG, unregistered seller, S$380 + S$15 by post: no GST", () => {
    const result = quote({ destination: "SG", date: "2026-08-15", items: [{ category: "clothing", price: 380, quantity: 1 }], shipping: 15, sellerCollectsTax: false, channel: "post" });
    expect(result).toMatchObject({ tax: 0, duty: 0, total: 395, payOnDelivery: 0 });
  });
});
