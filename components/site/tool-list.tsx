import Link from "@/components/site/link";
import { TOOLS } from "@/lib/site/tools";

/** The tools as cards: on home under an h2 (cards take h3), on /tools as the page's own list (h2). */
export function ToolList({ headingLevel, className }: { headingLevel: 2 | 3; className: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className={`grid gap-4 md:grid-cols-2 ${className}`}>
      {TOOLS.map((tool) => (
        <li key={tool.href} className="border-t-4 border-brand bg-paper-alt p-5">
          <Heading className={headingLevel === 2 ? "text-2xl font-bold" : "text-xl font-bold"}>
            <Link href={tool.href}>{tool.title}</Link>
          </Heading>
          <p className="mt-2">{tool.summary}</p>
        </li>
      ))}
    </ul>
  );
}
