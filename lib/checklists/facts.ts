import { getFact } from "@/lib/facts";
import { factPlaceholderIds, fillFactPlaceholders } from "@/lib/facts/format";
import type { Checklist } from "./schema";

/**
 * Checklist text names the registry's figures as `{fact:id}` (never typed: lib/letters/typed-figures.test.ts
 * scans for them). They are filled here, once, when the lists load on the server or at the build, so
 * the page, the widget's props and the search index all carry the figures, and the registry never
 * reaches the browser (the widget is handed a filled list).
 */

function filler(listId: string) {
  return (text: string, where: string): string => {
    let filled: string;
    try {
      filled = fillFactPlaceholders(text, (id) => getFact(id).value);
    } catch (error) {
      throw new Error(`checklist ${listId}: ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (filled.includes("{fact:")) throw new Error(`checklist ${listId}: ${where}: malformed fact placeholder; write {fact:fact-id} or {fact:fact-id:adjective}`);
    return filled;
  };
}

export function fillChecklistFacts(list: Checklist): Checklist {
  const fill = filler(list.id);
  return {
    ...list,
    title: fill(list.title, "title"),
    description: fill(list.description, "description"),
    items: list.items.map((item) => ({
      ...item,
      action: fill(item.action, `${item.id}.action`),
      why: fill(item.why, `${item.id}.why`),
      ...(item.tool ? { tool: { ...item.tool, label: fill(item.tool.label, `${item.id}.tool.label`) } } : {}),
    })),
  };
}

/** The facts a list names, each once (for tests and reports). */
export function checklistFactIds(list: Checklist): string[] {
  const texts = [list.title, list.description, ...list.items.flatMap((item) => [item.action, item.why, item.tool?.label ?? ""])];
  return [...new Set(texts.flatMap(factPlaceholderIds))];
}
