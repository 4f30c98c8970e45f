import Link from "@/components/site/link";
import type { GuideSummary } from "@/lib/content/artifacts";
import { listingFor } from "@/lib/content/guide-index";

/**
 * A guide in a list: its title, then the question it answers (what tells one guide from the next),
 * and how long it takes to read. Review dates are said once for the whole list, not on every card.
 */
export function GuideCard({ guide, headingLevel = 3 }: { guide: GuideSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const listing = listingFor(guide.slug);
  return (
    <li className="border-t-2 border-line py-5">
      <Heading className="text-xl font-bold">
        <Link href={`/guides/${guide.slug}`}>{guide.frontmatter.title}</Link>
      </Heading>
      <p className="mt-2">{listing?.question ?? guide.frontmatter.description}</p>
      <p className="mt-1 text-base text-muted">{guide.readingMinutes}-minute read</p>
    </li>
  );
}
