import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { parseDeadlineQuery, planDeadlines } from "@/lib/deadlines";
import { renderLetter } from "@/lib/letters";
import {
  CASE_STORAGE_KEY,
  type CaseDetails,
  caseDetailsSchema,
  caseToDeadlineQuery,
  caseToLetterFields,
  isCaseEmpty,
  mergeCase,
  parseStoredCase,
  serializeCase,
} from "./case";

const FULL: CaseDetails = {
  name: "Alex Doe",
  orderNumber: "8123456789",
  paid: calendarDate("2026-09-01"),
  expected: calendarDate("2026-09-30"),
  delivered: calendarDate("2026-10-02"),
  amount: "49.99",
  currency: "GBP",
  platform: "aliexpress",
  sellerName: "Shenzhen Audio Store",
  country: "GB",
  payment: "paypal",
  problem: "not-as-described",
  itemDescription: "Bluetooth speaker",
};

describe("storage", () => {
  it("uses a versioned key", () => {
    expect(CASE_STORAGE_KEY).toBe("recourse:case:v1");
  });

  it("round-trips", () => {
    expect(parseStoredCase(serializeCase(FULL))).toEqual(FULL);
  });

  it.each([null, "", "{", "null", "[]", "42", '"text"'])("reads %j as an empty case", (raw) => {
    expect(parseStoredCase(raw)).toEqual({});
  });

  it("drops bad or unknown fields and keeps the rest", () => {
    const raw = JSON.stringify({ ...FULL, paid: "2026-02-30", country: "Narnia", amount: 12, extra: "x" }).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},',
    );
    const { paid: _paid, country: _country, amount: _amount, ...rest } = FULL;
    const parsed = parseStoredCase(raw);
    expect(parsed).toEqual(rest);
    expect("polluted" in parsed).toBe(false);
    expect("polluted" in {}).toBe(false);
  });

  it("never throws and always returns a valid case", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ paid: value, platform: value }))), (raw) => {
        expect(caseDetailsSchema.safeParse(parseStoredCase(raw)).success).toBe(true);
      }),
    );
  });
});

describe("mergeCase", () => {
  it("sets, clears and leaves fields", () => {
    const merged = mergeCase(FULL, { orderNumber: "  999 ", delivered: null, sellerName: "", name: undefined, currency: "eur" });
    expect(merged.orderNumber).toBe("999");
    expect(merged.currency).toBe("EUR");
    expect(merged.name).toBe("Alex Doe");
    expect("delivered" in merged).toBe(false);
    expect("sellerName" in merged).toBe(false);
  });

  it("keeps the old value when the new one is invalid", () => {
    expect(mergeCase(FULL, { paid: "2026-02-30", payment: "cash" })).toEqual(FULL);
  });

  it("starts from an empty case", () => {
    expect(isCaseEmpty({})).toBe(true);
    const started = mergeCase({}, { country: "DE" });
    expect(started).toEqual({ country: "DE" });
    expect(isCaseEmpty(started)).toBe(false);
  });
});

describe("caseToDeadlineQuery", () => {
  it("builds the deadline tool's URL state, which plans the PayPal deadline", () => {
    const query = caseToDeadlineQuery(FULL);
    expect(new URLSearchParams(query).toString()).toBe(
      "country=GB&payment=paypal&platform=aliexpress&paid=2026-09-01&problem=not-as-described&expected=2026-09-30&delivered=2026-10-02",
    );
    const parsed = parseDeadlineQuery(new URLSearchParams(query));
    if (!parsed.ok) throw new Error("expected a valid query");
    const plan = planDeadlines(parsed.input, { today: calendarDate("2026-11-27") });
    // Not as described, delivered 2 October 2026: PayPal's window runs from delivery (fact paypal-snad-window).
    expect(plan.deadlines.find((deadline) => deadline.id === "paypal-dispute")?.date).toBe("2026-11-01");
  });

  it("leaves out what the case doesn't have", () => {
    expect(caseToDeadlineQuery({ country: "GB" })).toEqual({ country: "GB" });
  });
});

describe("caseToLetterFields", () => {
  it("maps the case into letter fields", () => {
    expect(caseToLetterFields(FULL)).toEqual({
      name: "Alex Doe",
      orderNumber: "8123456789",
      orderDate: "2026-09-01",
      amount: "49.99",
      currency: "GBP",
      itemDescription: "Bluetooth speaker",
      sellerName: "Shenzhen Audio Store",
      platform: "AliExpress",
      problemKind: "not-as-described",
      expectedDelivery: "2026-09-30",
    });
    expect(caseToLetterFields({ platform: "other" })).toEqual({});
  });

  it("fills a letter so only case-independent fields are left", () => {
    const letter = renderLetter("refund-or-replacement", caseToLetterFields(FULL), { today: calendarDate("2026-11-27") });
    expect(letter.missing).toEqual(["remedy", "problem"]);
    expect(letter.plainText).toContain("订单号：8123456789");
  });
});
