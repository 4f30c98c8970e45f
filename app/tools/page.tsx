import type { Metadata } from "next";
import Link from "@/components/site/link";
import { PageHeading } from "@/components/site/page-heading";
import { pageMetadata } from "@/lib/site/metadata";
import { TOOLS } from "@/lib/site/tools";

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
      <ul className="mt-10 grid max-w-5xl gap-6 md:grid-cols-2">
        {TOOLS.map((tool) => (
          <li key={tool.href} className="border-t-4 border-brand bg-paper-alt p-6">
            <h2 className="text-2xl font-bold">
              <Link href={tool.href}>{tool.title}</Link>
            </h2>
            <p className="mt-2">{tool.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
