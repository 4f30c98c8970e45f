import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolList } from "@/components/site/tool-list";
import Link from "@/components/site/link";
import { CASE_PLAN } from "@/lib/site/tools";

export const metadata: Metadata = pageMetadata({
  title: "Tools for your case",
  description: "Work out your dispute deadlines, write a letter that gets a reply, check an import-tax bill and keep your evidence in order.",
  path: "/tools",
});

export default function ToolsPage() {
  return (
    <>
      <PageHeading
        title="Tools for your case"
        lead="They work on your own order. We keep nothing you type: details you choose to save stay in this browser, and results worked out on our server are not stored."
      />
      <div className="mt-8 max-w-3xl border-l-8 border-brand bg-note-bg p-5">
        <p className="text-lg font-semibold">Not sure which tool you need?</p>
        <p className="mt-1">
          <Link href={CASE_PLAN.href} className="font-semibold">
            Make a plan for your case
          </Link>
          : it puts the deadlines, letters and checklists below in order for your problem.
        </p>
      </div>
      <ToolList headingLevel={2} className="mt-10 max-w-5xl" />
    </>
  );
}
