import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseDataNotice } from "@/components/tools/case-data-notice";
import { ChecklistWidget } from "@/components/tools/checklist-widget";
import { CHECKLISTS, getChecklist } from "@/lib/checklists";
import { formatIsoDate } from "@/lib/site/format";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolPageHeader } from "@/components/tools/tool-page-header";

export const dynamicParams = false;

export function generateStaticParams() {
  return CHECKLISTS.map((list) => ({ id: list.id }));
}

export async function generateMetadata(props: PageProps<"/tools/checklists/[id]">): Promise<Metadata> {
  const list = getChecklist((await props.params).id);
  if (!list) return {};
  return pageMetadata({ title: `Checklist: ${list.title}`, description: list.description.slice(0, 160), path: `/tools/checklists/${list.id}` });
}

export default async function ChecklistPage(props: PageProps<"/tools/checklists/[id]">) {
  const list = getChecklist((await props.params).id);
  if (!list) notFound();
  return (
    <>
      <ToolPageHeader crumb={list.title} parent={{ href: "/tools/checklists", label: "Checklists" }} title={list.title} lead={list.description}>
        <p className="mt-4 text-base text-muted">
          Last reviewed <time dateTime={list.lastReviewed}>{formatIsoDate(list.lastReviewed)}</time>
        </p>
      </ToolPageHeader>
      <div className="max-w-3xl">
        <ChecklistWidget list={list} headingLevel={null} />
        <CaseDataNotice />
      </div>
    </>
  );
}
