import { describe, expect, it } from "vitest";
import { CHECKLISTS } from "../checklists";
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
});
