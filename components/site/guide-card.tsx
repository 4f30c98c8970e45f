import Link from "@/components/site/link";
import type { GuideSummary } from "@/lib/content/artifacts";
import { formatIsoDate } from "@/lib/site/format";

export function GuideCard({ guide, headingLevel = 3 }: { guide: GuideSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="border-t border-line py-5">
      <Heading className="text-xl font-bold">
        <Link href={`/guides/${guide.slug}`}>{guide.frontmatter.title}</Link>
      </Heading>
      <p className="mt-1 text-muted">{guide.frontmatter.description}</p>
      <p className="mt-1 text-base text-muted">
        Reviewed <time dateTime={guide.frontmatter.lastReviewed}>{formatIsoDate(guide.frontmatter.lastReviewed)}</time>
      </p>
    </li>
  );
}
