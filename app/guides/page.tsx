import type { Metadata } from "next";
import Link from "@/components/site/link";
import { GuideCard } from "@/components/site/guide-card";
import { PageHeading } from "@/components/site/page-heading";
import { getAllGuides } from "@/lib/content/guides.server";
import { groupForIndex, reviewSummary } from "@/lib/content/guide-index";
import { formatIsoDate } from "@/lib/site/format";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "All guides",
  description: "Every Recourse guide, grouped by what you need: something went wrong, getting your money back, proof, your rights and before you buy.",
  path: "/guides",
});

export default function GuidesPage() {
  const guides = getAllGuides();
  const groups = groupForIndex(guides);
  return (
    <>
      <PageHeading title="All guides" lead="Sourced, dated guides for buying from overseas, grouped by what you need, each with the question it answers." />
      <p className="mt-4 max-w-3xl text-base text-muted">
        {reviewSummary(
          guides.map((g) => g.frontmatter.lastReviewed),
          formatIsoDate,
        )}{" "}
        Each guide shows its sources and its own review date.
      </p>
      <nav aria-labelledby="guide-groups" className="mt-8 max-w-5xl">
        <h2 id="guide-groups" className="text-lg font-semibold">
          Topics
        </h2>
        <ul className="mt-3 grid grid-cols-1 gap-2 min-[400px]:grid-cols-2 lg:grid-cols-3">
          {groups.map((group) => (
            <li key={group.topic}>
              <a
                href={`#${group.topic}`}
                className="flex h-full items-center justify-between gap-3 border-2 border-line bg-paper px-4 py-3 font-semibold no-underline hover:border-brand"
              >
                <span className="underline underline-offset-4">{group.heading}</span>
                <span className="shrink-0 text-base font-normal text-muted">{group.guides.length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.topic} aria-labelledby={group.topic} className="mt-14">
          <h2 id={group.topic} className="scroll-mt-6 text-3xl font-bold">
            {group.heading}
          </h2>
          <p className="mt-2 max-w-3xl text-muted">
            {group.intro}{" "}
            <Link href={`/topics/${group.topic}`} className="whitespace-nowrap">
              Topic page
            </Link>
          </p>
          <ul className="mt-4 grid gap-x-10 md:grid-cols-2">
            {group.guides.map((guide) => (
              <GuideCard key={guide.slug} guide={guide} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
