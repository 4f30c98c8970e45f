import type { Metadata } from "next";
import Link from "@/components/site/link";
import { PageHeading } from "@/components/site/page-heading";
import { getFactUsage } from "@/lib/content/guides.server";
import { factChangeLog, factStatement, formatFactValue } from "@/lib/facts";
import { formatIsoDate } from "@/lib/site/format";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "What changed: corrections and new rules",
  description: "Every change to a deadline, threshold, rate or fee on this site, dated, with the old and new figure and the pages it changed.",
  path: "/changes",
});

const KIND_LABELS = { "rule-change": "The rule changed", correction: "We corrected our figure" } as const;

export default function ChangesPage() {
  const changes = factChangeLog();
  const usage = getFactUsage();
  return (
    <>
      <PageHeading
        title="What changed"
        lead="Every change to a figure on this site: when a law, a scheme or a carrier changes a rule, and when we find we had something wrong. Newest first."
      />
      <p className="mt-6 max-w-3xl">
        Each figure is kept once, in our register of facts, and every guide and tool reads it from there, so one change
        reaches every page below at once. Changes are also in the <Link href="/feed.xml">feed</Link>. Spotted something
        wrong? <Link href="/about#corrections">Tell us</Link>.
      </p>
      {changes.length === 0 ? (
        <p className="mt-10">No figure has changed since the site was published.</p>
      ) : (
        <ol className="mt-10 max-w-3xl divide-y divide-line border-y border-line">
          {changes.map((change) => {
            const users = usage[change.factId] ?? [];
            return (
              <li key={`${change.factId}-${change.date}`} id={`change-${change.factId}-${change.date}`} className="scroll-mt-6 py-6">
                <p className="text-base text-muted">
                  <time dateTime={change.date} className="font-semibold text-ink">
                    {formatIsoDate(change.date)}
                  </time>{" "}
                  · {KIND_LABELS[change.kind]}
                </p>
                <h2 className="mt-2 text-xl font-bold">{factStatement(change.factId)}</h2>
                <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                  <dt className="text-muted">Before</dt>
                  <dd>
                    <del>{formatFactValue(change.from)}</del>
                  </dd>
                  <dt className="text-muted">Now</dt>
                  <dd className="font-semibold">
                    <ins className="no-underline">{formatFactValue(change.to)}</ins>
                  </dd>
                </dl>
                <p className="mt-3">{change.summary}</p>
                {users.length > 0 ? (
                  <div className="mt-3">
                    <p className="text-base font-semibold">Pages this changed</p>
                    <ul className="mt-1 list-disc space-y-1 pl-6 text-base">
                      {users.map((user) => (
                        <li key={`${user.label}-${user.path}`}>{user.path ? <Link href={user.path}>{user.label}</Link> : user.label}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
