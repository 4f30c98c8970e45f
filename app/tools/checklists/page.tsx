import type { Metadata } from "next";
import Link from "@/components/site/link";
import { CHECKLISTS } from "@/lib/checklists";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolPageHeader } from "@/components/tools/tool-page-header";

export const metadata: Metadata = pageMetadata({
  title: "Checklists for buying from abroad",
  description:
    "Tick-off lists for before you buy, the evidence to keep, unboxing, a dispute, a return overseas, a customs seizure and a lost parcel.",
  path: "/tools/checklists",
});

export default function ChecklistsPage() {
  return (
    <>
      <ToolPageHeader crumb="Checklists" title="Checklists" lead="Short lists to tick off, so nothing that could win your case gets missed. Your ticks stay in this browser." />
      <ul className="mt-10 max-w-3xl">
        {CHECKLISTS.map((list) => (
          <li key={list.id} className="border-t border-line py-5">
            <h2 className="text-xl font-bold">
              <Link href={`/tools/checklists/${list.id}`}>{list.title}</Link>
            </h2>
            <p className="mt-1">{list.description}</p>
            <p className="mt-1 text-base text-muted">{list.items.length} items</p>
          </li>
        ))}
      </ul>
    </>
  );
}
