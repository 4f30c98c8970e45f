import Link from "@/components/site/link";
import { LinkCard } from "@/components/site/link-card";
import { ProblemIcon } from "@/components/site/problem-icons";
import { getAllGuides } from "@/lib/content/guides.server";
import { groupForIndex, listingFor } from "@/lib/content/guide-index";
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
  // The problems have their own cards above; the rest of the guides by what a reader needs next.
  const steps = groupForIndex(getAllGuides()).filter((group) => group.topic !== "problems" && group.topic !== "reference");
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <section aria-labelledby="problems">
        <div className="max-w-3xl">
          <p className="text-lg font-semibold text-brand">Bought from an overseas shop or shopping agent?</p>
          <h1 id="problems" className="mt-2 scroll-mt-6 text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
            What went wrong?
          </h1>
          <p className="mt-4 text-xl text-muted">Pick the problem closest to yours. Each guide says what to do first, by when, and what proof you need.</p>
        </div>
        {/* The case plan's entry ("Make a plan for my case", /plan) goes here, above the problems, once /plan exists. */}
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {PROBLEMS.map((problem) => (
            <LinkCard key={problem.id} href={`/guides/${problem.guide}`} title={problem.title} icon={<ProblemIcon problem={problem.id} />}>
              <p>{problem.question}</p>
            </LinkCard>
          ))}
          <LinkCard href="/guides" title="Something else?" variant="quiet">
            <p>Browse all guides, grouped by what you need.</p>
          </LinkCard>
        </ul>
      </section>

      <section aria-labelledby="tools" className="mt-16">
        <h2 id="tools" className="text-3xl font-bold">
          Tools for your case
        </h2>
        <p className="mt-2 max-w-3xl text-muted">No account needed. We keep nothing you type; details you choose to save stay in your browser.</p>
        <ToolList headingLevel={3} className="mt-6" />
      </section>

      <section aria-labelledby="guides" className="mt-16">
        <h2 id="guides" className="text-3xl font-bold">
          Guides for the next step
        </h2>
        <div className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((group) => (
            <section key={group.topic} aria-labelledby={`home-${group.topic}`}>
              <h3 id={`home-${group.topic}`} className="border-t-4 border-brand pt-3 text-xl font-bold">
                {group.heading}
              </h3>
              <ul className="mt-3 space-y-2">
                {group.guides.map((guide) => (
                  <li key={guide.slug}>
                    <Link href={`/guides/${guide.slug}`}>{listingFor(guide.slug)?.short ?? guide.frontmatter.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p className="mt-8">
          <Link href="/guides" className="font-semibold">
            All guides, by what you need
          </Link>
        </p>
      </section>
    </>
  );
}
