import Link from "@/components/site/link";
import { GuideCard } from "@/components/site/guide-card";
import { ProblemIcon } from "@/components/site/problem-icons";
import { recentlyReviewed } from "@/lib/content/guides.server";
import { PROBLEMS } from "@/lib/content/taxonomy";
import { ToolList } from "@/components/site/tool-list";
import { JsonLd } from "@/components/site/json-ld";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/lib/site/structured-data";
import type { Metadata } from "next";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${SITE_NAME}: help when an overseas order goes wrong`, description: SITE_DESCRIPTION, path: "/" }),
  // The home page's title stands alone rather than going through the "… | Recourse" template.
  title: { absolute: `${SITE_NAME}: help when an overseas order goes wrong` },
};

export default function HomePage() {
  const recent = recentlyReviewed(6);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <section aria-labelledby="problems" className="max-w-4xl">
        <p className="text-lg font-semibold text-brand">Bought from an overseas shop or shopping agent?</p>
        <h1 id="problems" className="mt-2 scroll-mt-6 text-4xl font-bold leading-tight tracking-tight sm:text-5xl">What went wrong?</h1>
        <p className="mt-4 text-xl text-muted">
          Pick the problem closest to yours. Each guide says what to do first, by when, and what proof you need.
        </p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {PROBLEMS.map((problem) => (
            <li key={problem.id}>
              <Link
                href={`/guides/${problem.guide}`}
                className="group flex h-full items-start gap-4 border-2 border-line bg-paper p-5 no-underline hover:border-brand"
              >
                <ProblemIcon problem={problem.id} />
                <span>
                  <span className="block text-xl font-bold text-link underline underline-offset-4 group-hover:decoration-[3px]">{problem.title}</span>
                  <span className="mt-1 block text-ink">{problem.question}</span>
                </span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/guides" className="flex h-full items-center border-2 border-dashed border-line p-5 text-xl font-bold">
              Something else? Browse all guides
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="tools" className="mt-16">
        <h2 id="tools" className="text-3xl font-bold">Tools for your case</h2>
        <p className="mt-2 max-w-3xl text-muted">No account needed. We keep nothing you type; details you choose to save stay in your browser.</p>
        <ToolList headingLevel={3} className="mt-6 lg:grid-cols-3" />
      </section>

      <section aria-labelledby="recent" className="mt-16 max-w-4xl">
        <h2 id="recent" className="text-3xl font-bold">Recently reviewed guides</h2>
        <ul className="mt-4">
          {recent.map((guide) => (
            <GuideCard key={guide.slug} guide={guide} />
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/guides" className="font-semibold">All guides, by topic</Link>
        </p>
      </section>
    </>
  );
}
