import type { Heading } from "@/lib/content/mdx-plugins";

/** Links to the h2 and h3 headings of an article; h3s nest under their h2. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="border-l-4 border-brand pl-4 text-base">
      <h2 id="toc-heading" className="text-lg font-bold">On this page</h2>
      <ol className="mt-2 space-y-1.5">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? "pl-4" : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
