import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { FIELD_META, LETTER_FIELD_NAMES, LETTER_FIELD_PRIVACY, type LetterFields, letterFieldSchema, LINKABLE_FIELD_NAMES } from "./fields";
import { linkableValues, parseLetterQuery, toLetterQuery } from "./query";
import { formFieldsFor, partsToText, renderLetter } from "./render";
import { getLetterTemplate, LETTER_TEMPLATE_IDS, LETTER_TEMPLATES, parseTemplateText } from "./templates";

const TODAY = calendarDate("2026-11-27");

const EVERYTHING: LetterFields = {
  name: "Alex Doe",
  orderNumber: "8123456789",
  orderDate: calendarDate("2026-09-01"),
  amount: "149.99",
  currency: "GBP",
  itemDescription: "Bluetooth speaker, model X2",
  sellerName: "Shenzhen Audio Store",
  platform: "AliExpress",
  problemKind: "faulty",
  problem: "It stops charging after ten minutes.",
  remedy: "refund",
  remedyDetails: "Please include the original shipping cost.",
  replyDays: 10,
  cardLast4: "4242",
  cardIssuer: "Example Bank",
  trackingNumber: "LP00123456789CN",
  expectedDelivery: calendarDate("2026-09-30"),
  agentName: "ExampleAgent",
  parcelId: "PKG-7788",
  transactionId: "5TY12345AB678901C",
  contactedSellerOn: calendarDate("2026-10-05"),
  consumerBody: "European Consumer Centre Ireland",
  sellerCountry: "Germany",
};

/** How each filled field should read in the English and Chinese parts. */
const EXPECTED_TEXT: Record<string, { en: string; zh: string }> = {
  orderDate: { en: "1 September 2026", zh: "2026年9月1日" },
  expectedDelivery: { en: "30 September 2026", zh: "2026年9月30日" },
  contactedSellerOn: { en: "5 October 2026", zh: "2026年10月5日" },
  remedy: { en: "a full refund", zh: "全额退款" },
  problemKind: { en: "The item is faulty or damaged", zh: "商品有质量问题或已损坏" },
  replyBy: { en: "Monday 7 December 2026", zh: "2026年12月7日（星期一）" },
  today: { en: "27 November 2026", zh: "2026年11月27日" },
};

function textOf(field: string, lang: "en" | "zh"): string {
  const expected = EXPECTED_TEXT[field]?.[lang];
  if (expected !== undefined) return expected;
  const value = EVERYTHING[field as keyof LetterFields];
  return String(value);
}

describe("templates", () => {
  it("has the seven letters", () => {
    expect(LETTER_TEMPLATES.map((template) => template.id)).toEqual([...LETTER_TEMPLATE_IDS]);
  });

  it("writes to sellers and agents in Chinese first, then English", () => {
    for (const id of ["refund-or-replacement", "non-delivery-notice", "agent-support-message"] as const) {
      const letter = renderLetter(id, EVERYTHING, { today: TODAY });
      expect(getLetterTemplate(id).languages).toEqual(["zh", "en"]);
      const chinese = letter.plainText.indexOf("您好");
      const english = letter.plainText.indexOf("Hello");
      expect(chinese).toBeGreaterThanOrEqual(0);
      expect(english).toBeGreaterThan(chinese);
      expect(letter.plainText).toMatch(/订单号|代购订单号/);
      expect(letter.plainText).toContain("请在");
      expect(letter.subject).toContain(" / ");
    }
  });

  it("cites Section 75 only in the Section 75 letter", () => {
    for (const template of LETTER_TEMPLATES) {
      const letter = renderLetter(template.id, EVERYTHING, { today: TODAY });
      const mentions = /section 75|Consumer Credit Act/i.test(letter.plainText);
      expect(mentions, template.id).toBe(template.id === "section-75-claim");
    }
  });

  it("rejects malformed template text with the template named", () => {
    expect(() => parseTemplateText("Hi {{nope}}", "letter x")).toThrow('letter x: unknown field "nope"');
    expect(() => parseTemplateText("[[a {{name}}", "letter x")).toThrow('"[[" without a matching "]]"');
    expect(() => parseTemplateText("a]]", "letter x")).toThrow('"]]" without');
    expect(() => parseTemplateText("[[[[{{name}}]]]]", "letter x")).toThrow("can't be nested");
    expect(() => parseTemplateText("[[no field]]", "letter x")).toThrow("must contain a field");
    expect(() => parseTemplateText("{{replyDays}}", "letter x")).toThrow("unknown field");
  });
});

describe("renderLetter", () => {
  it.each(LETTER_TEMPLATE_IDS)("%s renders every field it uses, in every language", (id) => {
    const letter = renderLetter(id, EVERYTHING, { today: TODAY });
    const template = getLetterTemplate(id);
    expect(letter.missing).toEqual([]);
    expect(letter.plainText).not.toMatch(/\[[^\]]*\]/);
    expect(letter.plainText).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
    const fieldParts = [...letter.subjectParts, ...letter.bodyParts].filter((part) => part.kind === "field");
    for (const name of template.fields) {
      for (const lang of template.languages) {
        const part = fieldParts.find((candidate) => candidate.kind === "field" && candidate.name === name && candidate.lang === lang);
        // A field may appear in only one language's subject, but every field is in every body.
        const inBody = letter.bodyParts.some((candidate) => candidate.kind === "field" && candidate.name === name && candidate.lang === lang);
        expect(inBody || part !== undefined, `${id}: ${name} (${lang})`).toBe(true);
        if (inBody) expect(letter.plainText, `${id}: ${name} (${lang})`).toContain(textOf(name, lang));
      }
    }
  });

  it("uses every letter field somewhere", () => {
    const used = new Set(LETTER_TEMPLATES.flatMap((template) => formFieldsFor(template.id)));
    for (const name of LETTER_FIELD_NAMES) expect(used, name).toContain(name);
  });

  it.each(LETTER_TEMPLATE_IDS)("%s shows placeholders for empty fields", (id) => {
    const letter = renderLetter(id, {}, { today: TODAY });
    expect(letter.missing.length).toBeGreaterThan(0);
    expect(letter.missing).not.toContain("replyBy");
    for (const part of letter.bodyParts) {
      if (part.kind !== "field") continue;
      if (part.value === null) {
        expect(letter.plainText).toContain(part.placeholder);
        expect(part.placeholder).toBe(FIELD_META[part.name].placeholder[part.lang]);
      }
    }
    expect(letter.plainText).toContain(id === "paypal-dispute-description" ? "[order number]" : "[your name]");
  });

  it("marks empty fields so the UI can highlight them", () => {
    const letter = renderLetter("non-delivery-notice", { orderNumber: "123" }, { today: TODAY });
    expect(letter.bodyParts).toContainEqual({ kind: "field", name: "orderNumber", value: "123", placeholder: "[订单号 order number]", lang: "zh" });
    expect(letter.bodyParts).toContainEqual({ kind: "field", name: "trackingNumber", value: null, placeholder: "[tracking number]", lang: "en" });
    expect(letter.subject).toBe("订单号123：包裹至今未收到，请尽快处理 / Order 123: parcel not received");
  });

  it("leaves out optional passages whose fields are empty", () => {
    const without = renderLetter("refund-or-replacement", { problem: "Broken." }, { today: TODAY });
    expect(without.plainText).not.toContain("问题类型");
    expect(without.plainText).not.toContain("Problem:");
    const withKind = renderLetter("refund-or-replacement", { problem: "Broken.", problemKind: "faulty" }, { today: TODAY });
    expect(withKind.plainText).toContain("问题类型：商品有质量问题或已损坏。\n具体情况：Broken.");
    expect(withKind.plainText).toContain("Problem: The item is faulty or damaged.\nWhat happened: Broken.");
  });

  it("sets the reply date to today + 14 by default", () => {
    const letter = renderLetter("refund-or-replacement", {}, { today: TODAY });
    expect(letter.replyBy).toBe("2026-12-11");
    expect(letter.plainText).toContain("请在2026年12月11日（星期五）之前回复");
    expect(letter.plainText).toContain("Please reply by Friday 11 December 2026");
  });

  it("counts the reply date across a year end and a leap day", () => {
    expect(renderLetter("chargeback-request", {}, { today: calendarDate("2026-12-25") }).replyBy).toBe("2027-01-08");
    expect(renderLetter("chargeback-request", { replyDays: 1 }, { today: calendarDate("2028-02-28") }).replyBy).toBe("2028-02-29");
  });

  it("gives each language on its own, Chinese first, joined the same way as the whole", () => {
    const letter = renderLetter("refund-or-replacement", { orderNumber: "123" }, { today: TODAY });
    expect(letter.versions.map((version) => version.lang)).toEqual(["zh", "en"]);
    const [zh, en] = letter.versions;
    if (zh === undefined || en === undefined) throw new Error("expected two versions");
    expect(letter.subject).toBe(`${partsToText(zh.subjectParts)} / ${partsToText(en.subjectParts)}`);
    expect(letter.plainText.startsWith(partsToText(zh.bodyParts))).toBe(true);
    expect(letter.plainText.endsWith(partsToText(en.bodyParts))).toBe(true);
    expect(partsToText(zh.bodyParts)).not.toContain("Hello");
    expect(partsToText(en.bodyParts)).not.toContain("您好");
    for (const version of letter.versions) {
      for (const part of [...version.subjectParts, ...version.bodyParts]) if (part.kind === "field") expect(part.lang).toBe(version.lang);
    }
    const single = renderLetter("chargeback-request", {}, { today: TODAY });
    expect(single.versions).toEqual([{ lang: "en", subjectParts: single.subjectParts, bodyParts: single.bodyParts }]);
  });

  it("warns about letters that don't fit the case", () => {
    expect(renderLetter("section-75-claim", { amount: "80", currency: "GBP", contactedSellerOn: TODAY }, { today: TODAY }).warnings).toEqual([
      expect.stringMatching(/over £100 and up to £30,000/),
    ]);
    expect(renderLetter("section-75-claim", { amount: "100.01", currency: "GBP", contactedSellerOn: TODAY }, { today: TODAY }).warnings).toEqual([]);
    expect(renderLetter("paypal-dispute-description", { replyDays: 21 }, { today: TODAY }).warnings).toEqual([expect.stringMatching(/20 days/)]);
    expect(renderLetter("non-delivery-notice", { remedy: "repair" }, { today: TODAY }).warnings).toEqual([
      "This letter can only ask for a full refund or a replacement. Change “What you want”.",
    ]);
  });

  it("lists the form fields per template, with replyDays instead of computed dates", () => {
    expect(formFieldsFor("paypal-dispute-description")).toContain("transactionId");
    expect(formFieldsFor("chargeback-request")).toContain("replyDays");
    expect(formFieldsFor("chargeback-request")).not.toContain("transactionId");
  });
});

describe("letterFieldSchema", () => {
  it("normalises what people type", () => {
    expect(
      letterFieldSchema.parse({ name: "  Alex   Doe ", amount: "49,99", currency: "gbp", cardLast4: "42 42", replyDays: "7", orderDate: "", problem: "a\r\n\r\n\r\nb" }),
    ).toEqual({ name: "Alex Doe", amount: "49.99", currency: "GBP", cardLast4: "4242", replyDays: 7, problem: "a\n\nb" });
  });

  it("says a negative amount must be zero or more, rather than that it isn't a number", () => {
    expect(letterFieldSchema.safeParse({ amount: "-5" }).error?.issues.map((issue) => issue.message)).toEqual([
      "The amount must be zero or more: enter what you paid, for example 49.99.",
    ]);
    expect(letterFieldSchema.safeParse({ amount: "-49,99" }).error?.issues[0]?.message).toMatch(/^The amount must be zero or more/);
    expect(letterFieldSchema.safeParse({ amount: "five" }).error?.issues[0]?.message).toBe("Enter the amount as a number, for example 49.99.");
    expect(letterFieldSchema.parse({ amount: "0" })).toEqual({ amount: "0" });
  });

  it("refuses a full card number", () => {
    const result = letterFieldSchema.safeParse({ cardLast4: "4111 1111 1111 1111" });
    expect(result.error?.issues[0]?.message).toBe("Enter only the last 4 digits of the card, never the full number.");
  });
});

describe("parseLetterQuery", () => {
  it("prefills from the URL and keeps good fields when others are bad", () => {
    const result = parseLetterQuery(
      new URLSearchParams("template=non-delivery-notice&orderNumber=8123&orderDate=2026-02-30&replyDays=10&remedy=refund&cardLast4=123456"),
    );
    expect(result.templateId).toBe("non-delivery-notice");
    expect(result.fields).toEqual({ orderNumber: "8123", replyDays: 10, remedy: "refund" });
    expect(result.errors).toEqual([
      { path: "orderDate", message: "2026-02-30 isn't a real date. Check the day and month." },
      { path: "cardLast4", message: "Enter only the last 4 digits of the card, never the full number." },
    ]);
    const letter = renderLetter("non-delivery-notice", result.fields, { today: TODAY });
    expect(letter.replyBy).toBe("2026-12-07");
  });

  it("keeps long free text whole and reports text that is too long", () => {
    const problem = "The speaker stops charging after ten minutes, and the replacement the seller sent has the same fault. ".repeat(4).trim();
    expect(problem.length).toBeGreaterThan(100);
    expect(parseLetterQuery(new URLSearchParams({ problem })).fields.problem).toBe(problem);
    expect(parseLetterQuery({ remedyDetails: "x".repeat(501) }).errors).toEqual([
      { path: "remedyDetails", message: "The details of what you want can be at most 500 characters." },
    ]);
  });

  it("reports an unknown template", () => {
    expect(parseLetterQuery({ template: "angry-letter" })).toEqual({
      templateId: null,
      fields: {},
      errors: [{ path: "template", message: "“angry-letter” isn't a letter we have. Choose one from the list." }],
    });
  });

  it("round-trips through toLetterQuery", () => {
    const query = toLetterQuery("chargeback-request", EVERYTHING);
    const back = parseLetterQuery(new URLSearchParams(query));
    expect(back).toEqual({ templateId: "chargeback-request", fields: EVERYTHING, errors: [] });
  });

  it("refuses an order date, or a date the seller was contacted, after today", () => {
    const result = parseLetterQuery({ orderDate: "2026-11-28", contactedSellerOn: "2027-01-05", expectedDelivery: "2026-12-20" }, { today: TODAY });
    expect(result.errors).toEqual([
      { path: "orderDate", message: "The order date (28 November 2026) is after today. Enter the day it happened." },
      { path: "contactedSellerOn", message: "The date you first contacted the seller (5 January 2027) is after today. Enter the day it happened." },
    ]);
    // A delivery date may well be ahead; today itself is fine.
    expect(result.fields).toEqual({ expectedDelivery: "2026-12-20" });
    expect(parseLetterQuery({ orderDate: "2026-11-27" }, { today: TODAY }).fields).toEqual({ orderDate: "2026-11-27" });
  });

  it("refuses dates outside the range the tools work with", () => {
    expect(parseLetterQuery({ orderDate: "9999-12-31" }).errors).toEqual([
      { path: "orderDate", message: "31 December 9999 is outside the dates this tool works with, 1 January 2000 to 31 December 2099. Check the year." },
    ]);
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...LETTER_FIELD_NAMES, "template", "x"), fc.oneof(fc.string(), fc.array(fc.string()))), (params) => {
        const result = parseLetterQuery(params);
        expect(letterFieldSchema.safeParse(result.fields).success).toBe(true);
      }),
    );
  });
});

describe("what a letter's address may hold", () => {
  it("keeps names, numbers and free text about the order out", () => {
    for (const name of ["name", "orderNumber", "amount", "itemDescription", "sellerName", "problem", "remedyDetails", "cardLast4", "cardIssuer", "trackingNumber", "parcelId", "transactionId"] as const) {
      expect(LETTER_FIELD_PRIVACY[name], name).toBe("personal");
      expect(LINKABLE_FIELD_NAMES).not.toContain(name);
    }
  });

  it("lets case facts through, as typed", () => {
    const typed = { name: "Alex Doe", orderNumber: "8123", problemKind: "faulty", remedy: "refund", orderDate: "2026-09-01", replyDays: " 7", platform: "" };
    expect(linkableValues(typed)).toEqual({ problemKind: "faulty", remedy: "refund", orderDate: "2026-09-01", replyDays: " 7" });
  });
});
