import type { Heading } from "@/lib/content/mdx-plugins";

function Entries({ headings }: { headings: readonly Heading[] }) {
  return (
    <ol className="mt-2 space-y-1.5">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? "pl-4" : undefined}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Links to the h2 and h3 headings of an article; h3s nest under their h2. On a phone the list is
 * folded into a native <details>, so the first screen shows what to do rather than a long index.
 */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  if (headings.length < 2) return null;
  return (
    <>
      <details className="border-l-4 border-brand pl-4 text-base lg:hidden">
        <summary className="cursor-pointer text-lg font-bold">On this page ({headings.length} sections)</summary>
        <nav aria-label="On this page">
          <Entries headings={headings} />
        </nav>
      </details>
      <nav aria-labelledby="toc-heading" className="hidden border-l-4 border-brand pl-4 text-base lg:block">
        <h2 id="toc-heading" className="text-lg font-bold">
          On this page
        </h2>
        <Entries headings={headings} />
      </nav>
    </>
  );
}
