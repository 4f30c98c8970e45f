import type { Metadata } from "next";
import Link from "@/components/site/link";
import { PROBLEMS } from "@/lib/content/taxonomy";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold sm:text-5xl">Page not found</h1>
      <p className="mt-4 text-xl">
        The address may be mistyped, or the page may have moved. These pages can help you with an overseas order that
        went wrong:
      </p>
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
        <li><Link href="/guides">All guides, by topic</Link></li>
        <li><Link href="/search">Search the guides</Link></li>
        <li><Link href="/">Home page</Link></li>
      </ul>
    </div>
  );
}
