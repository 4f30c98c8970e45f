import type { MetadataRoute } from "next";
import { getAllGuides } from "@/lib/content/guides.server";
import { TOPICS } from "@/lib/content/taxonomy";
import { absoluteUrl } from "@/lib/site/config";
import { CASE_PLAN, TOOLS } from "@/lib/site/tools";

/** Every public page. Guides carry the date they were last reviewed; other pages the newest of those. */
export default function sitemap(): MetadataRoute.Sitemap {
  const guides = getAllGuides();
  const newest = guides.reduce((max, g) => (g.frontmatter.lastReviewed > max ? g.frontmatter.lastReviewed : max), "2026-01-01");
  const page = (path: string, lastModified = newest) => ({ url: absoluteUrl(path), lastModified });
  return [
    page("/"),
    page("/guides"),
    page("/about"),
    page("/changes"),
    page(CASE_PLAN.href),
    page("/tools"),
    ...TOOLS.map((tool) => page(tool.href)),
    ...TOPICS.map((topic) => {
      const dates = guides.filter((g) => g.frontmatter.topic === topic.id).map((g) => g.frontmatter.lastReviewed).sort();
      return page(`/topics/${topic.id}`, dates.at(-1) ?? newest);
    }),
    ...guides.map((guide) => page(`/guides/${guide.slug}`, guide.frontmatter.lastReviewed)),
  ];
}
