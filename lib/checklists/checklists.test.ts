import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factValueText, getFact } from "@/lib/facts";
import { CHECKLIST_FACT_IDS, CHECKLISTS, evidence, getChecklist } from "./data";
import { fillChecklistFacts } from "./facts";
import {
  checklistStorageKey,
  parseStoredState,
  progress,
  serializeState,
  setItemDone,
  toggleItem,
} from "./progress";
import { type Checklist, checklistSchema, defineChecklist, GUIDE_SLUGS } from "./schema";
import { LETTER_TEMPLATE_IDS } from "@/lib/letters";
import { TOOLS } from "@/lib/site/tools";

const small: Checklist = defineChecklist({
  id: "small",
  title: "Small",
  description: "A test list.",
  lastReviewed: "2026-11-27",
  items: [
    { id: "a", action: "Do the first thing.", why: "Because it matters.", guide: "evidence-to-keep" },
    { id: "b", action: "Do the second thing.", why: "Because it matters.", guide: "glossary" },
    { id: "c", action: "Do the third thing.", why: "Because it matters.", guide: "glossary" },
  ],
});

describe("checklist data", () => {
  it("links the steps a tool does to that tool, and every link leads to a page that exists", () => {
    const links = CHECKLISTS.flatMap((list) => list.items.flatMap((item) => (item.tool ? [[`${list.id}/${item.id}`, item.tool.href] as const] : [])));
    expect(new Map(links).get("before-a-dispute/list-every-deadline")).toBe("/tools/deadlines");
    expect(new Map(links).get("before-you-buy/estimate-import-tax")).toBe("/tools/import-tax-calculator");
    const pages = new Set([
      ...TOOLS.map((tool) => tool.href),
      ...LETTER_TEMPLATE_IDS.map((id) => `/tools/letters/${id}`),
      ...CHECKLISTS.map((list) => `/tools/checklists/${list.id}`),
    ]);
    for (const [item, href] of links) expect(pages, item).toContain(href);
  });

  it("refuses a tool link that is not a tool page", () => {
    expect(() =>
      defineChecklist({ ...small, items: [...small.items.slice(0, 2), { ...small.items[2]!, tool: { href: "https://example.com", label: "Somewhere else" } }] }),
    ).toThrow(/items\.2\.tool\.href: must be a tool page/);
  });

  it("has the seven lists", () => {
    expect(CHECKLISTS.map((list) => list.id)).toEqual([
      "before-you-buy",
      "evidence",
      "unboxing",
      "before-a-dispute",
      "return-overseas",
      "before-objecting-to-a-seizure",
      "lost-or-damaged-parcel",
    ]);
    expect(getChecklist("unboxing")?.title).toBe("Unboxing protocol");
    expect(getChecklist("nope")).toBeUndefined();
  });

  it("validates, with unique item ids and links only to known guides", () => {
    for (const list of CHECKLISTS) {
      expect(checklistSchema.safeParse(list).success).toBe(true);
      expect(new Set(list.items.map((item) => item.id)).size).toBe(list.items.length);
      for (const item of list.items) expect(GUIDE_SLUGS).toContain(item.guide);
    }
  });

  it("covers the cross-border specifics", () => {
    const text = CHECKLISTS.flatMap((list) => list.items.map((item) => `${item.action} ${item.why}`)).join(" ");
    for (const phrase of ["QC photos", "warehouse log", "tracking history", "customs", "continuous take", "shipping label"]) {
      expect(text).toContain(phrase);
    }
  });

  it("sends the buyer from the new situations to the letters that act on them", () => {
    const tool = (list: string, item: string) => getChecklist(list)?.items.find((candidate) => candidate.id === item)?.tool?.href;
    expect(tool("before-objecting-to-a-seizure", "send-the-objection")).toBe("/tools/letters/customs-seizure-objection");
    expect(tool("lost-or-damaged-parcel", "ask-for-the-claim")).toBe("/tools/letters/postal-claim-request");
    expect(tool("return-overseas", "reclaim-import-charges")).toBe("/tools/letters/customs-repayment-request");
  });

  it("fails loudly with the list and field named", () => {
    expect(() =>
      defineChecklist({
        id: "bad",
        title: "Bad",
        description: "x",
        lastReviewed: "2026-02-30",
        items: [
          { id: "Same", action: "Do something useful.", why: "Because it matters.", guide: "glossary" },
          { id: "x", action: "Do something useful.", why: "Because it matters.", guide: "glossary" },
          { id: "x", action: "Do something useful.", why: "Because it matters.", guide: "glossary" },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: invalid checklist bad:
        lastReviewed: 2026-02-30 isn't a real date. Check the day and month.
        items.0.id: must be kebab-case (a-z, 0-9, single hyphens)]
    `);
  });
});

describe("progress storage", () => {
  it("uses a versioned key", () => {
    expect(checklistStorageKey("evidence")).toBe("recourse:checklist:v1:evidence");
  });

  it("round-trips", () => {
    const state = toggleItem(toggleItem({ done: [] }, small, "c"), small, "a");
    expect(state).toEqual({ done: ["a", "c"] });
    expect(parseStoredState(serializeState(state), small)).toEqual(state);
  });

  it("drops items removed since, duplicates and non-strings", () => {
    expect(parseStoredState('{"done":["c","gone",3,"a","a"]}', small)).toEqual({ done: ["a", "c"] });
  });

  it("accepts older shapes: an array or an id map", () => {
    expect(parseStoredState('["b"]', small)).toEqual({ done: ["b"] });
    expect(parseStoredState('{"a":true,"b":false,"c":"yes"}', small)).toEqual({ done: ["a"] });
  });

  it.each([null, "", "not json", "null", "42", '"a"', '{"done":"a"}', "{"])("tolerates %j", (raw) => {
    expect(parseStoredState(raw, small)).toEqual({ done: [] });
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const state = parseStoredState(raw, evidence);
        expect(state.done.every((id) => evidence.items.some((item) => item.id === id))).toBe(true);
      }),
    );
  });

  it("ignores unknown ids when ticking", () => {
    expect(setItemDone({ done: ["a"] }, small, "zzz", true)).toEqual({ done: ["a"] });
    expect(setItemDone({ done: ["a", "b"] }, small, "a", false)).toEqual({ done: ["b"] });
  });
});

describe("progress", () => {
  it("counts done items out of the total", () => {
    expect(progress(small, { done: [] })).toEqual({ done: 0, total: 3, percent: 0 });
    expect(progress(small, { done: ["a"] })).toEqual({ done: 1, total: 3, percent: 33 });
    expect(progress(small, { done: ["a", "b"] })).toEqual({ done: 2, total: 3, percent: 67 });
    expect(progress(small, { done: ["a", "b", "c", "gone"] })).toEqual({ done: 3, total: 3, percent: 100 });
  });
});

describe("figures from the fact registry", () => {
  const everything = (list: (typeof CHECKLISTS)[number]) =>
    [list.title, list.description, ...list.items.flatMap((item) => [item.action, item.why, item.tool?.label ?? ""])].join("\n");

  it("fills every figure, so no reader sees a placeholder", () => {
    for (const list of CHECKLISTS) expect(everything(list), list.id).not.toContain("{fact:");
  });

  it("names only facts that exist and still apply", () => {
    const named = [...CHECKLIST_FACT_IDS.values()].flat();
    expect(named.length).toBeGreaterThan(10);
    for (const id of named) {
      const { validTo } = getFact(id);
      expect(validTo === null || validTo >= "2026-12-01", id).toBe(true);
    }
  });

  it("says the UK and EU refund rules each the way the law does", () => {
    const chase = getChecklist("return-overseas")?.items.find((item) => item.id === "chase-the-refund")?.why ?? "";
    expect(chase).toContain(`a UK trader must refund you within ${factValueText("uk-cancellation-refund")} of getting the goods back or your proof of posting, whichever comes first`);
    expect(chase).toContain(`An EU trader must refund within ${factValueText("eu-withdrawal-refund")} of being told you are withdrawing, but may wait`);
    const buy = getChecklist("before-you-buy")?.items.find((item) => item.id === "estimate-import-tax")?.why ?? "";
    expect(buy).toContain(factValueText("gb-low-value-limit"));
    expect(buy).toContain(factValueText("eu-low-value-limit"));
    const post = getChecklist("return-overseas")?.items.find((item) => item.id === "post-before-the-deadline")?.action ?? "";
    expect(post).toContain(`on Temu, within ${factValueText("temu-return-ship-by")} of requesting the return`);
  });

  it("names the list and the item when a fact doesn't exist", () => {
    expect(() => fillChecklistFacts({ ...small, items: [{ ...small.items[0]!, why: "Within {fact:no-such-fact}." }, ...small.items.slice(1)] })).toThrow(
      /checklist small: a\.why: Unknown fact "no-such-fact"/,
    );
    expect(() => fillChecklistFacts({ ...small, description: "Within {fact:Bad}." })).toThrow(/checklist small: description: malformed fact placeholder/);
  });
});
