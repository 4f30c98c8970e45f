import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolList } from "@/components/site/tool-list";

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
      <ToolList headingLevel={2} className="mt-10 max-w-5xl" />
    </>
  );
}
