import { describe, expect, it } from "vitest";
import { factDuration, factMoney, factPercent, factValueText, getFact } from "../facts";
import { CATEGORIES, DESTINATIONS } from "../import-tax";
import { quote } from "../import-tax/test-support";
import { chargeNoticeModel } from "./charge-notice";
import { disputeTimelineModel } from "./dispute-timeline";
import { escalationModel } from "./escalation";
import { computeExample, isPictureDestination, limitText, money } from "./landed-cost";
import { taxCollectionModel } from "./tax-collection";

const DAY = "2026-12-01";

describe("escalationModel", () => {
  it("has the five steps in the roadmap's order and states the clocks with the registry's figures", () => {
    const model = escalationModel();
    expect(model.steps.map((s) => s.id)).toEqual(["seller", "platform", "payment", "body", "court"]);
    expect(model.clock).toContain(factValueText("card-chargeback-window"));
    expect(model.clock).toContain(factValueText("paypal-inr-window"));
    expect(model.facts).toEqual(["card-chargeback-window", "paypal-inr-window"]);
  });
});

describe("disputeTimelineModel", () => {
  it("draws PayPal's windows with the registry's days, counted from payment and from opening", () => {
    const model = disputeTimelineModel("paypal", { dueDay: 30, actDay: 40 });
    const open = model.rows.find((r) => r.label === "You can open a PayPal dispute")!;
    const escalate = model.rows.find((r) => r.label === "Escalate it to a claim")!;
    expect([open.from, open.to]).toEqual([0, factDuration("paypal-inr-window").amount]);
    expect([escalate.from, escalate.to]).toEqual([40, 40 + factDuration("paypal-escalation-window").amount]);
    expect(model.end).toBe(factDuration("paypal-inr-window").amount);
    expect(model.facts).toEqual(["paypal-inr-window", "paypal-escalation-window"]);
  });

  it("counts the card chargeback window from the latest delivery date", () => {
    const model = disputeTimelineModel("card", { dueDay: 25, actDay: 45 });
    const window = model.rows.find((r) => r.kind === "window")!;
    expect([window.from, window.to]).toEqual([25, 25 + factDuration("card-chargeback-window").amount]);
    expect(window.dayText).toBe(`Day 25 to day ${25 + factDuration("card-chargeback-window").amount}`);
  });

  it("refuses an example that acts before the delivery date or after the window has closed", () => {
    expect(() => disputeTimelineModel("paypal", { dueDay: 30, actDay: 20 })).toThrow(/due day < act day/);
    expect(() => disputeTimelineModel("paypal", { dueDay: 30, actDay: 400 })).toThrow(/after PayPal's window closes/);
  });
});

describe("taxCollectionModel", () => {
  it("UK: VAT at checkout up to £135 when the seller charges it; at the door when it does not, or over the limit", () => {
    const model = taxCollectionModel("GB", DAY);
    expect(model.limit).toBe(factValueText("gb-low-value-limit"));
    expect(model.lanes.map((l) => [l.id, l.taxAt, l.checkout, l.door])).toEqual([
      ["seller-collects", "checkout", "Price + VAT", "Nothing more to pay"],
      ["seller-does-not", "door", "Price", "VAT + carrier's\u00a0fee"],
      ["over-limit", "door", "Price", "VAT + duty + carrier's\u00a0fee"],
    ]);
    expect(model.facts).toEqual(["gb-low-value-limit"]);
  });

  it("EU: IOSS moves VAT (and the flat duty, while it applies) to checkout", () => {
    const model = taxCollectionModel("DE", DAY);
    expect(model.limit).toBe(factValueText("eu-low-value-limit"));
    expect(model.schemeName).toBe("IOSS");
    expect(model.lanes[0]).toMatchObject({ taxAt: "checkout", checkout: "Price + VAT + duty", door: "Nothing more to pay" });
    expect(model.lanes[1]).toMatchObject({ taxAt: "door", checkout: "Price" });
    // Before the flat duty, a parcel up to the limit paid no duty at all.
    expect(taxCollectionModel("DE", "2026-06-01").lanes[0]).toMatchObject({ checkout: "Price + VAT" });
  });

  it("refuses a destination whose limit it could not label", () => {
    expect(() => taxCollectionModel("US", DAY)).toThrow(/not a destination this picture supports/);
    expect(() => taxCollectionModel("PL", DAY)).toThrow(/not a destination this picture supports/);
  });
});

describe("computeExample", () => {
  it("gives the calculator's own result for the order, and a link that opens the calculator with it", () => {
    const example = computeExample({ destination: "GB", category: "clothing", price: "200", shipping: "10", sellerCollectsTax: "no", date: DAY });
    const api = quote({ destination: "GB", date: DAY, items: [{ category: "clothing", price: 200 }], shipping: 10, sellerCollectsTax: false, channel: "post" });
    expect(example.result.total / 100).toBe(api.total);
    expect(example.result.payOnDelivery / 100).toBe(api.payOnDelivery);
    expect(money(example.result.total, example.result)).toBe(`£${api.total.toFixed(2)}`);
    expect(example.calculatorHref).toBe(
      "/tools/import-tax-calculator?destination=GB&date=2026-12-01&item=clothing%2C200%2C1&shipping=10&insurance=0&sellerCollectsTax=false&channel=post",
    );
    expect(example.facts).toEqual(["gb-duty-clothing", "gb-vat-standard", "gb-royal-mail-fee"]);
  });

  it("traces every line to a fact that gives its rate or amount, for every drawable destination and category", () => {
    const drawable = DESTINATIONS.filter((d) => isPictureDestination(d.code, DAY));
    expect(drawable.length).toBeGreaterThan(15);
    for (const destination of drawable) {
      const limit = factMoney(destination.code === "GB" ? "gb-low-value-limit" : "eu-low-value-limit").amount;
      for (const category of CATEGORIES) {
        for (const [price, seller] of [[limit, "yes"], [limit, "no"], [String(Number(limit) * 3), "no"]] as const) {
          const { result, facts } = computeExample({ destination: destination.code, category, price, shipping: "5", sellerCollectsTax: seller, date: DAY });
          expect(facts.length, `${destination.code} ${category} ${price} ${seller}`).toBeGreaterThanOrEqual(result.lines.length > 0 ? 1 : 0);
          for (const id of facts) expect(getFact(id).id).toBe(id);
        }
      }
    }
  });

  it("says which fact a rate came from: the UK's VAT and duty, Germany's VAT, the EU's duty and flat duty", () => {
    const de = computeExample({ destination: "DE", category: "footwear", price: "100", shipping: "0", sellerCollectsTax: "no", date: DAY });
    expect(de.facts).toEqual(["eu-low-value-duty", "de-vat-standard", "de-post-dhl-advance-fee"]);
    const deOver = computeExample({ destination: "DE", category: "footwear", price: "400", shipping: "0", sellerCollectsTax: "no", date: DAY });
    expect(deOver.facts[0]).toBe("eu-duty-footwear");
    expect(deOver.result.lines[0]!.rate).toBe(`${factPercent("eu-duty-footwear").value}%`);
  });
});

describe("chargeNoticeModel", () => {
  it("lists the value, the taxes, the carrier's fee from the registry and the total the calculator gives", () => {
    const model = chargeNoticeModel({ destination: "GB", category: "clothing", price: "200", shipping: "10", date: DAY });
    const api = quote({ destination: "GB", date: DAY, items: [{ category: "clothing", price: 200 }], shipping: 10, sellerCollectsTax: false, channel: "post" });
    expect(model.carrier).toBe("Royal Mail");
    expect(model.rows.map((r) => [r.label, r.amountText, r.note])).toEqual([
      ["Value of the goods", "£200.00", 1],
      ["Customs duty", `£${api.duty.toFixed(2)}`, 2],
      ["Import VAT", `£${api.tax.toFixed(2)}`, 2],
      ["Handling fee", `£${Number(factMoney("gb-royal-mail-fee").amount).toFixed(2)}`, 3],
      ["Total to pay", `£${api.payOnDelivery.toFixed(2)}`, 4],
    ]);
    expect(model.notes[1]!.text).toContain("BOR286");
    expect(model.facts).toContain("gb-royal-mail-fee");
  });

  it("refuses a destination with no known carrier's fee, since telling fee from tax is the point", () => {
    expect(() => chargeNoticeModel({ destination: "IE", category: "clothing", price: "200", shipping: "0", date: DAY })).toThrow(/No carrier's fee is known/);
  });
});

describe("limitText", () => {
  it("writes each limit as its fact does", () => {
    expect(limitText("GB")).toBe(factValueText("gb-low-value-limit"));
    expect(limitText("FR")).toBe(factValueText("eu-low-value-limit"));
  });
});
