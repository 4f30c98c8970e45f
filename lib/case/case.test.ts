import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { parseDeadlineQuery, planDeadlines } from "@/lib/deadlines";
import { renderLetter } from "@/lib/letters";
import { letterFacts } from "@/lib/letters/facts.server";
import {
  CASE_STORAGE_KEY,
  type CaseDetails,
  caseDetailsSchema,
  caseToDeadlineQuery,
  caseToLetterFields,
  describeCaseValue,
  isCaseEmpty,
  mergeCase,
  parseStoredCase,
  planCaseUpdate,
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
    const letter = renderLetter("refund-or-replacement", caseToLetterFields(FULL), { today: calendarDate("2026-11-27"), facts: letterFacts("refund-or-replacement") });
    expect(letter.missing).toEqual(["remedy", "problem"]);
    expect(letter.plainText).toContain("订单号：8123456789");
  });
});

describe("planCaseUpdate: ask before a link overwrites the saved case", () => {
  const saved: CaseDetails = { orderNumber: "8123456789", paid: calendarDate("2026-09-01"), platform: "aliexpress", amount: "49.99" };

  it("saves without asking when it only fills in what is missing", () => {
    const plan = planCaseUpdate(saved, { paid: "2026-09-01", platform: "aliexpress", country: "GB", payment: "paypal", problem: "not-delivered" });
    expect(plan.kind).toBe("fills-gaps");
    expect(plan.result).toEqual({ ...saved, country: "GB", payment: "paypal", problem: "not-delivered" });
    expect(planCaseUpdate({}, { paid: "2026-09-01" }).kind).toBe("fills-gaps");
  });

  it("has nothing to save when the saved case already holds it", () => {
    expect(planCaseUpdate(saved, { paid: " 2026-09-01 ", platform: "aliexpress", expected: undefined })).toEqual({ kind: "unchanged", result: saved });
  });

  it("lists what a different order would replace, and keeps the rest", () => {
    const plan = planCaseUpdate(saved, { paid: "2026-10-03", platform: "temu", country: "GB" });
    expect(plan).toEqual({
      kind: "conflict",
      result: { ...saved, paid: "2026-10-03", platform: "temu", country: "GB" },
      changes: [
        { field: "paid", saved: "2026-09-01", incoming: "2026-10-03" },
        { field: "platform", saved: "aliexpress", incoming: "temu" },
      ],
      added: ["country"],
    });
  });

  it("ignores values that would not be saved anyway", () => {
    expect(planCaseUpdate(saved, { paid: "9999-12-30", platform: "wish" }).kind).toBe("unchanged");
  });

  it("never reports a conflict for a patch of the saved case itself", () => {
    fc.assert(
      fc.property(fc.record({ orderNumber: fc.string({ maxLength: 10 }), amount: fc.constantFrom("1", "49.99"), platform: fc.constantFrom("temu", "ebay") }, { requiredKeys: [] }), (fields) => {
        const stored = mergeCase({}, fields);
        expect(planCaseUpdate(stored, stored).kind).toBe("unchanged");
      }),
    );
  });
});

describe("describeCaseValue", () => {
  it("says values the way the tools show them", () => {
    expect(describeCaseValue("paid", "2026-09-01")).toBe("1 September 2026");
    expect(describeCaseValue("platform", "taobao-agent")).toBe("A shopping agent (Taobao, Weidian or 1688)");
    expect(describeCaseValue("payment", "paypal")).toBe("PayPal");
    expect(describeCaseValue("country", "GB")).toBe("United Kingdom");
    expect(describeCaseValue("problem", "not-delivered")).toBe("It never arrived");
    expect(describeCaseValue("orderNumber", "8123")).toBe("8123");
    expect(describeCaseValue("expected", "")).toBe("(none)");
  });
});
