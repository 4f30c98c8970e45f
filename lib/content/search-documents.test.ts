import { describe, expect, it } from "vitest";
import { CHECKLISTS } from "../checklists";
import { factValueText } from "../facts";
import { LETTER_TEMPLATES } from "../letters";
import { buildSearchIndex, search } from "../search";
import { checklistSearchDocument, letterSearchDocument } from "./search-documents";

describe("letters and checklists as search documents", () => {
  const letters = LETTER_TEMPLATES.map(letterSearchDocument);
  const checklists = CHECKLISTS.map(checklistSearchDocument);

  it("gives each its own page and says what it is", () => {
    expect(letters.map((d) => d.url)).toEqual(LETTER_TEMPLATES.map((t) => `/tools/letters/${t.id}`));
    expect(new Set(letters.map((d) => d.kind))).toEqual(new Set(["letter"]));
    expect(checklists.map((d) => d.url)).toEqual(CHECKLISTS.map((l) => `/tools/checklists/${l.id}`));
  });

  it("indexes what a letter says in English, fields as a blank letter shows them, without its Chinese half", () => {
    const refund = letters.find((d) => d.id === "letter:refund-or-replacement");
    const body = refund?.sections.map((s) => s.text).join(" ") ?? "";
    expect(body).toContain("Order number: [order number]");
    expect(body).not.toMatch(/\{\{|\[\[|请/);
  });

  it("lets a letter be found by what it is for", () => {
    const index = buildSearchIndex([...letters, ...checklists]);
    expect(search(index, "section 75 letter")[0]?.id).toBe("letter:section-75-claim");
    expect(search(index, "unboxing checklist")[0]?.id).toBe("checklist:unboxing");
  });

  it("shows every figure filled in from the registry, never a placeholder", () => {
    const all = [...letters, ...checklists].map((d) => [d.title, d.description, ...d.sections.map((s) => s.text)].join(" "));
    for (const text of all) expect(text).not.toMatch(/\{fact:|\]\(\//);
    const chargeback = letters.find((d) => d.id === "letter:chargeback-request");
    expect(chargeback?.sections.map((s) => s.text).join(" ")).toContain(factValueText("card-chargeback-window"));
    const returns = checklists.find((d) => d.id === "checklist:return-overseas");
    expect(returns?.sections[0]?.text).toContain(`within ${factValueText("temu-return-ship-by")} of requesting the return`);
    const s75 = letters.find((d) => d.id === "letter:section-75-claim");
    expect(s75?.description).toContain(factValueText("uk-section-75-max"));
  });

  it("finds the new letters and checklists by what they are for", () => {
    const index = buildSearchIndex([...letters, ...checklists]);
    expect(search(index, "customs seizure letter")[0]?.id).toBe("letter:customs-seizure-objection");
    expect(search(index, "customs seizure objection").slice(0, 2).map((hit) => hit.id).sort()).toEqual([
      "checklist:before-objecting-to-a-seizure",
      "letter:customs-seizure-objection",
    ]);
    expect(search(index, "lost parcel claim")[0]?.id).toMatch(/^(letter:postal-claim-request|checklist:lost-or-damaged-parcel)$/);
    expect(search(index, "repayment import charges returned goods")[0]?.id).toBe("letter:customs-repayment-request");
  });
});
