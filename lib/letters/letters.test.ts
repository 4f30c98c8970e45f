import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLISTS } from "@/lib/checklists";
import { type CalendarDate, calendarDate } from "@/lib/dates";
import { factDuration, factMoney, factValueText, getFact } from "@/lib/facts";
import { formatFactValue } from "@/lib/facts/format";
import { TOOLS } from "@/lib/site/tools";
import { FIELD_META, LETTER_FIELD_NAMES, LETTER_FIELD_PRIVACY, type LetterFields, letterFieldSchema, LINKABLE_FIELD_NAMES } from "./fields";
import { letterFactIds, letterFacts, letterSummary } from "./facts.server";
import { noteLinks } from "./notes";
import { linkableValues, parseLetterQuery, toLetterQuery } from "./query";
import { formFieldsFor, partsToText, renderLetter, WARNING_FACT_IDS } from "./render";
import { getLetterTemplate, LETTER_TEMPLATE_IDS, LETTER_TEMPLATES, type LetterTemplateId, parseTemplateText } from "./templates";

const TODAY = calendarDate("2026-11-27");

/** A letter as the page renders it: with the registry's values for the figures it names. */
function render(id: LetterTemplateId, fields: LetterFields, today: CalendarDate = TODAY) {
  return renderLetter(id, fields, { today, facts: letterFacts(id) });
}

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
  postalAddress: "1 High Street\nLeeds LS1 1AA",
  customsOffice: "Border Force, Coventry",
  noticeReference: "BF-2026-0042",
  noticeDate: calendarDate("2026-11-20"),
  seizureProcedure: "ip-destruction",
  objectionReason: "I bought the shoes from the brand's own store on the platform, and I attach its invoice.",
  carrierName: "YunExpress, then Royal Mail",
  shippedOn: calendarDate("2026-09-05"),
  parcelIssue: "damaged",
  chargeReference: "ZA123456789GB",
  chargeAmount: "£23.40",
  chargePaidOn: calendarDate("2026-09-28"),
  returnedOn: calendarDate("2026-10-10"),
  returnTracking: "RR123456785GB",
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
  noticeDate: { en: "20 November 2026", zh: "2026年11月20日" },
  shippedOn: { en: "5 September 2026", zh: "2026年9月5日" },
  chargePaidOn: { en: "28 September 2026", zh: "2026年9月28日" },
  returnedOn: { en: "10 October 2026", zh: "2026年10月10日" },
  seizureProcedure: { en: "I do not agree to the destruction of these goods", zh: "" },
  parcelIssue: { en: "The parcel arrived damaged, and so did what was inside", zh: "包裹在运输途中破损，里面的商品也已损坏" },
};

function textOf(field: string, lang: "en" | "zh"): string {
  const expected = EXPECTED_TEXT[field]?.[lang];
  if (expected !== undefined) return expected;
  const value = EVERYTHING[field as keyof LetterFields];
  return String(value);
}

describe("templates", () => {
  it("has the eleven letters", () => {
    expect(LETTER_TEMPLATES.map((template) => template.id)).toEqual([...LETTER_TEMPLATE_IDS]);
  });

  it("writes to sellers and agents in Chinese first, then English", () => {
    for (const id of ["refund-or-replacement", "non-delivery-notice", "agent-support-message", "postal-claim-request"] as const) {
      const letter = render(id, EVERYTHING, TODAY);
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
      const letter = render(template.id, EVERYTHING, TODAY);
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
    const letter = render(id, EVERYTHING, TODAY);
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
    const letter = render(id, {}, TODAY);
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
    const letter = render("non-delivery-notice", { orderNumber: "123" }, TODAY);
    expect(letter.bodyParts).toContainEqual({ kind: "field", name: "orderNumber", value: "123", placeholder: "[订单号 order number]", lang: "zh" });
    expect(letter.bodyParts).toContainEqual({ kind: "field", name: "trackingNumber", value: null, placeholder: "[tracking number]", lang: "en" });
    expect(letter.subject).toBe("订单号123：包裹至今未收到，请尽快处理 / Order 123: parcel not received");
  });

  it("leaves out optional passages whose fields are empty", () => {
    const without = render("refund-or-replacement", { problem: "Broken." }, TODAY);
    expect(without.plainText).not.toContain("问题类型");
    expect(without.plainText).not.toContain("Problem:");
    const withKind = render("refund-or-replacement", { problem: "Broken.", problemKind: "faulty" }, TODAY);
    expect(withKind.plainText).toContain("问题类型：商品有质量问题或已损坏。\n具体情况：Broken.");
    expect(withKind.plainText).toContain("Problem: The item is faulty or damaged.\nWhat happened: Broken.");
  });

  it("sets the reply date to today + 14 by default", () => {
    const letter = render("refund-or-replacement", {}, TODAY);
    expect(letter.replyBy).toBe("2026-12-11");
    expect(letter.plainText).toContain("请在2026年12月11日（星期五）之前回复");
    expect(letter.plainText).toContain("Please reply by Friday 11 December 2026");
  });

  it("counts the reply date across a year end and a leap day", () => {
    expect(render("chargeback-request", {}, calendarDate("2026-12-25")).replyBy).toBe("2027-01-08");
    expect(render("chargeback-request", { replyDays: 1 }, calendarDate("2028-02-28")).replyBy).toBe("2028-02-29");
  });

  it("gives each language on its own, Chinese first, joined the same way as the whole", () => {
    const letter = render("refund-or-replacement", { orderNumber: "123" }, TODAY);
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
    const single = render("chargeback-request", {}, TODAY);
    expect(single.versions).toEqual([{ lang: "en", subjectParts: single.subjectParts, bodyParts: single.bodyParts }]);
  });

  it("warns about letters that don't fit the case, with the registry's figures", () => {
    const min = Number(factMoney("uk-section-75-min").amount);
    const max = Number(factMoney("uk-section-75-max").amount);
    const band = `over ${factValueText("uk-section-75-min")} and up to ${factValueText("uk-section-75-max")}`;
    const s75 = (amount: number) => render("section-75-claim", { amount: String(amount), currency: "GBP", contactedSellerOn: TODAY }, TODAY).warnings;
    expect(s75(min)).toEqual([expect.stringContaining(band)]);
    expect(s75(min + 0.01)).toEqual([]);
    expect(s75(max)).toEqual([]);
    expect(s75(max + 0.01)).toEqual([expect.stringContaining(band)]);
    const escalation = factDuration("paypal-escalation-window");
    expect(render("paypal-dispute-description", { replyDays: escalation.amount }, TODAY).warnings).toEqual([
      expect.stringContaining(`within ${factValueText("paypal-escalation-window")} of opening it`),
    ]);
    expect(render("paypal-dispute-description", { replyDays: escalation.amount - 1 }, TODAY).warnings).toEqual([]);
    expect(render("non-delivery-notice", { remedy: "repair" }, TODAY).warnings).toEqual([
      "This letter can only ask for a full refund or a replacement. Change “What you want”.",
    ]);
  });

  it("lists the form fields per template, with replyDays instead of computed dates", () => {
    expect(formFieldsFor("paypal-dispute-description")).toContain("transactionId");
    expect(formFieldsFor("chargeback-request")).toContain("replyDays");
    expect(formFieldsFor("chargeback-request")).not.toContain("transactionId");
  });
});

describe("figures from the fact registry", () => {
  it.each(LETTER_TEMPLATE_IDS)("%s is sent exactly the facts it names, each current", (id) => {
    const template = getLetterTemplate(id);
    expect(Object.keys(letterFacts(id)).sort()).toEqual([...new Set([...template.factIds, ...(WARNING_FACT_IDS[id] ?? [])])].sort());
    for (const factId of letterFactIds(template)) {
      const { validTo } = getFact(factId);
      expect(validTo === null || validTo >= TODAY, `${id}: ${factId} has ended`).toBe(true);
    }
  });

  it.each(LETTER_TEMPLATE_IDS)("%s writes every figure out, in the language around it", (id) => {
    const letter = render(id, EVERYTHING, TODAY);
    for (const version of letter.versions) {
      const text = `${partsToText(version.subjectParts)}\n${partsToText(version.bodyParts)}`;
      expect(text).not.toContain("{fact:");
      const raw = [getLetterTemplate(id).subject, getLetterTemplate(id).body].flatMap((segments) => segments.filter((s) => s.lang === version.lang));
      const named = new Set(raw.flatMap((segment) => segment.nodes).flatMap((node) => (node.type === "text" ? [...node.text.matchAll(/\{fact:([a-z0-9-]+)/g)].map((m) => m[1] ?? "") : [])));
      for (const factId of named) expect(text, `${id} (${version.lang}): ${factId}`).toContain(formatFactValue(getFact(factId).value, "value", version.lang));
    }
    for (const warning of letter.warnings) expect(warning).not.toContain("{fact:");
  });

  it("writes a figure in a Chinese sentence the Chinese way", () => {
    const zh = render("agent-support-message", EVERYTHING, TODAY).versions.find((version) => version.lang === "zh");
    const days = formatFactValue(getFact("cn-seven-day-return").value, "value", "zh");
    expect(days).toMatch(/^\d+天$/);
    expect(partsToText(zh?.bodyParts ?? [])).toContain(`自收货之日起${days}内可以无理由退货`);
  });

  it("fails loudly when the page didn't pass a figure the letter names", () => {
    expect(() => renderLetter("chargeback-request", {}, { today: TODAY, facts: {} })).toThrow(/\{fact:card-chargeback-window\} has no value/);
  });

  it("refuses a malformed fact placeholder with the template named", () => {
    expect(() => parseTemplateText("Within {fact:Card window}.", "letter x")).toThrow("letter x: malformed fact placeholder");
    expect(() => parseTemplateText("Within {fact:card-chargeback-window.", "letter x")).toThrow("malformed fact placeholder");
  });

  it("fills every description and note, and leaves no marker for a reader to see", () => {
    for (const template of LETTER_TEMPLATES) {
      const summary = letterSummary(template);
      const words = [summary.description, ...summary.notes.flat().map((part) => part.text)].join(" ");
      expect(words, template.id).not.toMatch(/\{fact:|\]\(|\{\{|\[\[/);
    }
    const chargeback = letterSummary(getLetterTemplate("chargeback-request")).notes.flat().map((part) => part.text).join(" ");
    expect(chargeback).toContain(factValueText("ca-on-chargeback-request-window"));
    expect(chargeback).toContain("section 54.14");
  });

  it("links its advice only to guides and tools that exist", () => {
    const guides = new Set(readdirSync(join(process.cwd(), "content/guides")).map((file) => `/guides/${file.replace(/\.mdx$/, "")}`));
    const tools = new Set([
      ...TOOLS.map((tool) => tool.href),
      "/tools/import-tax-calculator/check-bill",
      ...LETTER_TEMPLATE_IDS.map((id) => `/tools/letters/${id}`),
      ...CHECKLISTS.map((list) => `/tools/checklists/${list.id}`),
    ]);
    const links = LETTER_TEMPLATES.flatMap((template) => template.notes.flatMap(noteLinks).map((href) => [template.id, href] as const));
    expect(links.length).toBeGreaterThan(5);
    for (const [id, href] of links) expect(guides.has(href) || tools.has(href), `${id}: ${href}`).toBe(true);
  });
});

describe("the letters for customs and carriers", () => {
  it("objects to a seizure in the words of the notice's procedure, and sets customs no reply date", () => {
    const letter = render("customs-seizure-objection", EVERYTHING, TODAY);
    expect(letter.asksForReply).toBe(false);
    expect(letter.plainText).not.toContain("reply by");
    expect(letter.subject).toBe("Objection to notice BF-2026-0042: parcel LP00123456789CN");
    expect(letter.plainText).toContain("Regulation (EU) No 608/2013");
    const claim = render("customs-seizure-objection", { ...EVERYTHING, seizureProcedure: "uk-seizure-claim" }, TODAY);
    expect(claim.plainText).toContain("my notice of claim under paragraph 3 of Schedule 3 to the Customs and Excise Management Act 1979");
    expect(claim.plainText).toContain("1 High Street\nLeeds LS1 1AA");
    expect(render("customs-seizure-objection", {}, TODAY).plainText).toContain("[what you are asking]");
  });

  it("tells the buyer to reply in time without typing a time limit", () => {
    const { description, notes } = letterSummary(getLetterTemplate("customs-seizure-objection"));
    expect(description).toContain("time limit printed on the notice");
    expect(notes.flat().some((part) => part.kind === "link" && part.href.startsWith("/guides/"))).toBe(true);
    const words = [description, ...notes.flat().map((part) => part.text), ...getLetterTemplate("customs-seizure-objection").body.map((segment) => JSON.stringify(segment.nodes))].join(" ");
    expect(words).not.toMatch(/\b(?:\d+|one|two|three|seven|ten|fourteen|thirty)\s+(?:working\s+|calendar\s+)?(?:days?|weeks?|months?)\b/i);
  });

  it("asks the agent to claim from the carrier in Chinese and English, with the tracking numbers", () => {
    const letter = render("postal-claim-request", EVERYTHING, TODAY);
    expect(letter.subject).toBe("物流单号LP00123456789CN：请向物流公司申请查件和索赔 / Parcel LP00123456789CN: please open a trace and a claim with the carrier");
    expect(letter.plainText).toContain("仓库包裹编号：PKG-7788");
    expect(letter.plainText).toContain("问题：包裹在运输途中破损，里面的商品也已损坏。");
    expect(letter.plainText).toContain("What happened: The parcel arrived damaged, and so did what was inside.");
    expect(letter.plainText).toContain("物流公司：YunExpress, then Royal Mail");
    expect(letter.asksForReply).toBe(true);
    const bare = render("postal-claim-request", { trackingNumber: "LP1" }, TODAY);
    expect(bare.plainText).not.toContain("仓库包裹编号");
    expect(bare.missing).toContain("parcelIssue");
  });

  it("asks for a repayment on rejected goods with the one-year limits, and points a wrong charge elsewhere", () => {
    const letter = render("customs-repayment-request", EVERYTHING, TODAY);
    expect(letter.plainText).toContain("Import charges paid: £23.40, on 28 September 2026");
    expect(letter.plainText).toContain("I sent them on 10 October 2026. The tracking number of the return is RR123456785GB.");
    const notYetSent = render("customs-repayment-request", { ...EVERYTHING, returnedOn: undefined, returnTracking: undefined }, TODAY);
    expect(notYetSent.plainText).toContain("and I am returning them to the seller abroad.\n");
    const notes = letterSummary(getLetterTemplate("customs-repayment-request")).notes;
    const words = notes.flat().map((part) => part.text).join(" ");
    expect(words).toContain(`form C&E1179, within ${factValueText("gb-rejected-imports-limit")} of being told of the charge`);
    expect(words).toContain(`within ${factValueText("eu-rejected-goods-limit")} of being told of the charge`);
    expect(notes.flat()).toContainEqual({ kind: "link", text: "Question a customs or import charge", href: "/tools/letters/customs-charge-query" });
    const query = letterSummary(getLetterTemplate("customs-charge-query")).notes.flat();
    expect(query).toContainEqual({ kind: "link", text: "Ask for the import charges back", href: "/tools/letters/customs-repayment-request" });
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
    const letter = render("non-delivery-notice", result.fields, TODAY);
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
