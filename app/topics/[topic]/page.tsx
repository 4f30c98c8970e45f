import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { GuideCard } from "@/components/site/guide-card";
import { PageHeading } from "@/components/site/page-heading";
import { guidesByTopic } from "@/lib/content/guides.server";
import { TOPICS, topicById } from "@/lib/content/taxonomy";

export const dynamicParams = false;

export function generateStaticParams() {
  return TOPICS.map((topic) => ({ topic: topic.id }));
}

export async function generateMetadata(props: PageProps<"/topics/[topic]">): Promise<Metadata> {
  const topic = topicById((await props.params).topic);
  if (!topic) return {};
  return { title: topic.title, description: topic.summary, alternates: { canonical: `/topics/${topic.id}` } };
}

export default async function TopicPage(props: PageProps<"/topics/[topic]">) {
  const topic = topicById((await props.params).topic);
  if (!topic) notFound();
  const guides = guidesByTopic(topic.id);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/guides", label: "Guides" }]} current={topic.title} />
      <div className="mt-6">
        <PageHeading title={topic.title} lead={topic.summary} />
      </div>
      {guides.length > 0 ? (
        <ul className="mt-8 max-w-4xl">
          {guides.map((guide) => (
            <GuideCard key={guide.slug} guide={guide} headingLevel={2} />
          ))}
        </ul>
      ) : (
        <p className="mt-8">No guides on this topic yet. <a href="/guides">See all guides</a>.</p>
      )}
    </>
  );
}
