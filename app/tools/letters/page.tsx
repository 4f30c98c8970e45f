import type { Metadata } from "next";
import Link from "@/components/site/link";
import { LETTER_TEMPLATES } from "@/lib/letters";
import { letterSummary } from "@/lib/letters/facts.server";
import { pageMetadata } from "@/lib/site/metadata";
import { ToolPageHeader } from "@/components/tools/tool-page-header";

export const metadata: Metadata = pageMetadata({
  title: "Letters and messages",
  description:
    "Ready-to-send letters filled in from your order: to the seller or agent in Chinese and English, your card issuer, PayPal, a consumer body or customs.",
  path: "/tools/letters",
});

export default function LettersPage() {
  return (
    <>
      <ToolPageHeader
        crumb="Letters"
        title="Letters and messages"
        lead="Choose who you need to write to. Fill in your order and the letter is written for you, ready to copy, download or print."
      />
      <ul className="mt-10 max-w-3xl">
        {LETTER_TEMPLATES.map((template) => (
          <li key={template.id} className="border-t border-line py-5">
            <h2 className="text-xl font-bold">
              <Link href={`/tools/letters/${template.id}`}>{template.title}</Link>
            </h2>
            <p className="mt-1">{letterSummary(template).description}</p>
            <p className="mt-1 text-base text-muted">
              To: {template.recipient}
              {template.languages.length > 1 ? ". In Chinese and English" : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
