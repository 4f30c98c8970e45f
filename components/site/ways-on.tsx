import Link from "@/components/site/link";
import { PROBLEMS } from "@/lib/content/taxonomy";

/**
 * Where to go from a page that could not show what was asked for (not found, an unreadable address,
 * an error): the five problems first, then the indexes. Plain links, so it works without JavaScript.
 */
export function WaysOn() {
  return (
    <>
      <h2 className="mt-8 text-2xl font-bold">Start from your problem</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        {PROBLEMS.map((problem) => (
          <li key={problem.id}>
            <Link href={`/guides/${problem.guide}`}>{problem.question}</Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-2xl font-bold">Or look around</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/guides">All guides, by topic</Link>
        </li>
        <li>
          <Link href="/search">Search the guides</Link>
        </li>
        <li>
          <Link href="/">Home page</Link>
        </li>
      </ul>
    </>
  );
}
