import type { Metadata } from "next";
import Link from "@/components/site/link";
import { GuideCard } from "@/components/site/guide-card";
import { PageHeading } from "@/components/site/page-heading";
import { guidesByTopic } from "@/lib/content/guides.server";
import { TOPICS } from "@/lib/content/taxonomy";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "All guides",
  description: "Every Recourse guide, by topic: the five common problems, before you buy, evidence, escalation and your rights.",
  path: "/guides",
});

export default function GuidesPage() {
  const topics = TOPICS.map((topic) => ({ topic, guides: guidesByTopic(topic.id) })).filter((t) => t.guides.length > 0);
  return (
    <>
      <PageHeading title="All guides" lead="Sourced, dated guides for buying from overseas, grouped by what you need." />
      <nav aria-label="Topics" className="mt-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {topics.map(({ topic }) => (
            <li key={topic.id}><a href={`#${topic.id}`}>{topic.title}</a></li>
          ))}
        </ul>
      </nav>
      {topics.map(({ topic, guides }) => (
        <section key={topic.id} aria-labelledby={topic.id} className="mt-12 max-w-4xl">
          <h2 id={topic.id} className="scroll-mt-6 text-3xl font-bold">
            <Link href={`/topics/${topic.id}`} className="text-ink">{topic.title}</Link>
          </h2>
          <p className="mt-2 text-muted">{topic.summary}</p>
          <ul className="mt-4">
            {guides.map((guide) => (
              <GuideCard key={guide.slug} guide={guide} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
