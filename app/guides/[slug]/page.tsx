import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideArticle } from "./guide-article";
import { getAllGuides, getGuideSummary } from "@/lib/content/guides.server";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata(props: PageProps<"/guides/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const guide = getGuideSummary(slug);
  if (!guide) return {};
  return pageMetadata({
    title: guide.frontmatter.title,
    description: guide.frontmatter.description,
    path: `/guides/${slug}`,
    type: "article",
    published: guide.frontmatter.published,
    modified: guide.frontmatter.lastReviewed,
    card: { path: `/guides/${slug}/opengraph-image`, alt: `${guide.frontmatter.title}: a Recourse guide` },
  });
}

export default async function GuidePage(props: PageProps<"/guides/[slug]">) {
  const { slug } = await props.params;
  const guide = getGuideSummary(slug);
  if (!guide) notFound();
  return <GuideArticle guide={guide} />;
}
