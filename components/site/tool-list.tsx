import { LinkCard } from "@/components/site/link-card";
import { ToolIcon } from "@/components/site/tool-icons";
import { TOOLS } from "@/lib/site/tools";

/** The tools as cards: on home under an h2 (cards take h3), on /tools as the page's own list (h2). */
export function ToolList({ headingLevel, className }: { headingLevel: 2 | 3; className: string }) {
  return (
    <ul className={`grid gap-4 sm:grid-cols-2 ${className}`}>
      {TOOLS.map((tool) => (
        <LinkCard key={tool.href} href={tool.href} title={tool.title} headingLevel={headingLevel} icon={<ToolIcon href={tool.href} />}>
          <p>{tool.summary}</p>
        </LinkCard>
      ))}
    </ul>
  );
}
