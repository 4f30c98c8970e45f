import { getChecklist } from "@/lib/checklists";
import { ChecklistWidget } from "./checklist-widget";

/** `<Checklist id="evidence" />` in MDX. An unknown id fails the build rather than showing nothing. */
export function ChecklistById({ id }: { id: string }) {
  const list = getChecklist(id);
  if (!list) throw new Error(`<Checklist id="${id}" />: no checklist has that id (see lib/checklists/data.ts)`);
  return <ChecklistWidget list={list} headingLevel={3} />;
}
