import { describe, expect, it } from "vitest";
import { factPlaceholderIds, fillFactPlaceholders, formatFactValue } from "./format";
import type { FactValue } from "./schema";

describe("formatFactValue in Chinese", () => {
  it("writes durations the Chinese way, with no separate adjective form", () => {
    expect(formatFactValue({ kind: "duration", amount: 180, unit: "days" }, "value", "zh")).toBe("180天");
    expect(formatFactValue({ kind: "duration", amount: 180, unit: "days" }, "adjective", "zh")).toBe("180天");
    expect(formatFactValue({ kind: "duration", amount: 10, unit: "working-days" }, "value", "zh")).toBe("10个工作日");
    expect(formatFactValue({ kind: "duration", amount: 6, unit: "months" }, "value", "zh")).toBe("6个月");
    expect(formatFactValue({ kind: "duration", amount: 1, unit: "years" }, "value", "zh")).toBe("1年");
    expect(formatFactValue({ kind: "duration", amount: 48, unit: "hours" }, "value", "zh")).toBe("48小时");
  });

  it("keeps the currency sign and digit grouping, and writes dates as 年月日", () => {
    expect(formatFactValue({ kind: "money", amount: "100", currency: "GBP" }, "value", "zh")).toBe("£100");
    expect(formatFactValue({ kind: "money", amount: "30000", currency: "GBP" }, "value", "zh")).toBe("£30,000");
    expect(formatFactValue({ kind: "money", amount: "1000", currency: "CHF" }, "value", "zh")).toBe("CHF 1,000");
    expect(formatFactValue({ kind: "percent", value: "8.1" }, "value", "zh")).toBe("8.1%");
    expect(formatFactValue({ kind: "date", date: "2026-07-01" }, "value", "zh")).toBe("2026年7月1日");
  });

  it("refuses what has only English words rather than mixing them into Chinese", () => {
    expect(() => formatFactValue({ kind: "count", amount: 13, noun: "countries" }, "value", "zh")).toThrow(/English text only/);
    expect(() => formatFactValue({ kind: "scope", consumersIn: ["GB"], tradersIn: ["global"], summary: "anyone" }, "value", "zh")).toThrow(/English text only/);
    expect(() => formatFactValue({ kind: "money", amount: "3", currency: "EUR", per: "tariff line" }, "value", "zh")).toThrow(/per tariff line/);
  });

  it("is English unless asked", () => {
    expect(formatFactValue({ kind: "duration", amount: 180, unit: "days" })).toBe("180 days");
    expect(formatFactValue({ kind: "duration", amount: 180, unit: "days" }, "adjective", "en")).toBe("180-day");
  });
});

describe("fillFactPlaceholders", () => {
  const values: Record<string, FactValue> = {
    window: { kind: "duration", amount: 180, unit: "days" },
    min: { kind: "money", amount: "100", currency: "GBP" },
  };
  const lookup = (id: string) => {
    const value = values[id];
    if (value === undefined) throw new Error(`no ${id}`);
    return value;
  };

  it("fills each placeholder in the language asked for", () => {
    expect(fillFactPlaceholders("Within {fact:window}, a {fact:window:adjective} window, over {fact:min}.", lookup)).toBe(
      "Within 180 days, a 180-day window, over £100.",
    );
    expect(fillFactPlaceholders("请在{fact:window}内", lookup, "zh")).toBe("请在180天内");
  });

  it("leaves other braces alone and lets the lookup refuse an unknown id", () => {
    expect(fillFactPlaceholders("{{orderNumber}} {value} {window}", lookup)).toBe("{{orderNumber}} {value} {window}");
    expect(() => fillFactPlaceholders("{fact:nope}", lookup)).toThrow("no nope");
  });

  it("lists the ids named, once each", () => {
    expect(factPlaceholderIds("{fact:window} and {fact:min:adjective}, {fact:window}")).toEqual(["window", "min"]);
  });
});
