import type { GuideSummary } from "../content/artifacts";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from "./config";

/**
 * schema.org JSON-LD for search engines. Pure builders; components/site/json-ld.tsx renders them.
 * Property choices follow Google's structured-data docs for Article, BreadcrumbList, FAQPage and
 * the sitelinks search box (WebSite + SearchAction).
 */
type JsonLd = Record<string, unknown>;

const ORGANIZATION_ID = () => absoluteUrl("/#organization");

export function organizationJsonLd(): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": ORGANIZATION_ID(),
    name: SITE_NAME,
    url: absoluteUrl("/"),
    logo: absoluteUrl("/icon.svg"),
    description: SITE_DESCRIPTION,
  };
}

export function websiteJsonLd(): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: SITE_NAME,
    url: absoluteUrl("/"),
    inLanguage: "en",
    publisher: { "@id": ORGANIZATION_ID() },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; path: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export function articleJsonLd(guide: GuideSummary): JsonLd {
  const fm = guide.frontmatter;
  const url = absoluteUrl(`/guides/${guide.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: fm.title,
    description: fm.description,
    url,
    mainEntityOfPage: url,
    datePublished: fm.published,
    dateModified: fm.lastReviewed,
    inLanguage: "en",
    wordCount: guide.wordCount,
    image: [absoluteUrl(`/guides/${guide.slug}/opengraph-image`)],
    author: { "@id": ORGANIZATION_ID(), "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/about") },
    publisher: { "@id": ORGANIZATION_ID(), "@type": "Organization", name: SITE_NAME, logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") } },
    citation: fm.sources.map((s) => ({ "@type": "CreativeWork", name: s.title, url: s.url, publisher: s.publisher })),
  };
}

export function faqJsonLd(faq: readonly { question: string; answer: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: faq.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: item.answer },
    })),
  };
}

/** JSON for a <script> element: "<" is escaped so no content can close the element early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
