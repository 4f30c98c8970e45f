import { getAllGuides, getGuideSummary } from "@/lib/content/guides.server";
import { topicById } from "@/lib/content/taxonomy";
import { SOCIAL_CARD_SIZE, socialCard } from "@/lib/site/social-card";

export const alt = "Recourse guide";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllGuides().map((guide) => ({ slug: guide.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuideSummary((await params).slug);
  return socialCard({
    title: guide?.frontmatter.title ?? "Guide",
    label: guide ? (topicById(guide.frontmatter.topic)?.title ?? "Guide") : "Guide",
  });
}
