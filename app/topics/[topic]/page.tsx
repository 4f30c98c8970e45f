import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { GuideCard } from "@/components/site/guide-card";
import { PageHeading } from "@/components/site/page-heading";
import { guidesByTopic } from "@/lib/content/guides.server";
import { TOPICS, topicById } from "@/lib/content/taxonomy";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbJsonLd } from "@/lib/site/structured-data";
import { JsonLd } from "@/components/site/json-ld";

export const dynamicParams = false;

export function generateStaticParams() {
  return TOPICS.map((topic) => ({ topic: topic.id }));
}

export async function generateMetadata(props: PageProps<"/topics/[topic]">): Promise<Metadata> {
  const topic = topicById((await props.params).topic);
  if (!topic) return {};
  return pageMetadata({ title: topic.title, description: topic.summary, path: `/topics/${topic.id}` });
}

export default async function TopicPage(props: PageProps<"/topics/[topic]">) {
  const topic = topicById((await props.params).topic);
  if (!topic) notFound();
  const guides = guidesByTopic(topic.id);
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: "/" },
          { name: "Guides", path: "/guides" },
          { name: topic.title, path: `/topics/${topic.id}` },
        ])}
      />
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
