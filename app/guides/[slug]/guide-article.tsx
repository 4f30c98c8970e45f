import Link from "@/components/site/link";
import { ArticleBody } from "@/components/mdx/article-body";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { GuideCard } from "@/components/site/guide-card";
import { FactNotes } from "@/components/site/fact-notes";
import { factChangeLog, formatFactValue } from "@/lib/facts";
import { TableOfContents } from "@/components/site/table-of-contents";
import type { GuideSummary } from "@/lib/content/artifacts";
import { getGuideBlocks, getGuideSummary } from "@/lib/content/guides.server";
import { topicById, type Jurisdiction } from "@/lib/content/taxonomy";
import { formatIsoDate, pluralise } from "@/lib/site/format";
import { JsonLd } from "@/components/site/json-ld";
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd } from "@/lib/site/structured-data";

// Typed by Jurisdiction so a place added to the taxonomy without a name here fails the typecheck.
const JURISDICTION_NAMES: Record<Jurisdiction, string> = {
  global: "Anywhere",
  EU: "European Union",
  UK: "United Kingdom",
  US: "United States",
  CA: "Canada",
  AU: "Australia",
  NZ: "New Zealand",
  CH: "Switzerland",
  NO: "Norway",
  JP: "Japan",
  KR: "South Korea",
  SG: "Singapore",
};

export function GuideArticle({ guide }: { guide: GuideSummary }) {
  const { frontmatter: fm } = guide;
  const topic = topicById(fm.topic);
  const related = fm.related.map(getGuideSummary).filter((g): g is GuideSummary => g !== undefined);
  // The guide's own changes, and every change to a figure it uses: a corrected fact changes this page too.
  const factChanges = factChangeLog(guide.facts).map((change) => ({
    date: change.date,
    summary: `${change.kind === "correction" ? "Corrected" : "The rule changed"}: ${formatFactValue(change.from)} → ${formatFactValue(change.to)}. ${change.summary}`,
  }));
  const changes = [...(fm.changes ?? []), ...factChanges].sort((a, b) => b.date.localeCompare(a.date));

  const trail = [
    { href: "/", label: "Home" },
    { href: "/guides", label: "Guides" },
    ...(topic ? [{ href: `/topics/${topic.id}`, label: topic.title }] : []),
  ];

  return (
    <article>
      <JsonLd data={articleJsonLd(guide)} />
      <JsonLd data={breadcrumbJsonLd([...trail.map((c) => ({ name: c.label, path: c.href })), { name: fm.title, path: `/guides/${guide.slug}` }])} />
      {fm.faq && fm.faq.length > 0 ? <JsonLd data={faqJsonLd(fm.faq)} /> : null}
      <Breadcrumbs
        trail={trail}
        current={fm.title}
      />
      <header className="mt-6 max-w-3xl">
        <h1 className="text-4xl font-bold leading-tight tracking-tight sm:text-5xl">{fm.title}</h1>
        <p className="mt-4 text-xl text-muted sm:text-2xl">{fm.description}</p>
        <dl className="mt-6 flex flex-wrap gap-x-8 gap-y-2 text-base">
          <div className="flex gap-2">
            <dt className="text-muted">Last reviewed</dt>
            <dd className="font-semibold">
              <time dateTime={fm.lastReviewed}>{formatIsoDate(fm.lastReviewed)}</time>
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-muted">Reading time</dt>
            <dd className="font-semibold">{pluralise(guide.readingMinutes, "minute")}</dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-muted">Applies to</dt>
            <dd className="font-semibold">{fm.jurisdictions.map((j) => JURISDICTION_NAMES[j] ?? j).join(", ")}</dd>
          </div>
        </dl>
      </header>

      <div className="mt-10 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <aside className="mb-8 lg:order-2 lg:mb-0">
          <div className="lg:sticky lg:top-6">
            <TableOfContents headings={guide.headings} />
          </div>
        </aside>
        <div className="min-w-0 lg:order-1">
          <ArticleBody
            blocks={getGuideBlocks(guide.slug)}
            className="prose prose-lg prose-recourse max-w-none prose-headings:scroll-mt-6 prose-a:font-normal"
          />

          {fm.faq && fm.faq.length > 0 ? (
            <section aria-labelledby="faq" className="mt-12">
              <h2 id="faq" className="text-3xl font-bold">Common questions</h2>
              <div className="mt-4 divide-y divide-line border-y border-line">
                {fm.faq.map((item) => (
                  <div key={item.question} className="py-5">
                    <h3 className="text-xl font-bold">{item.question}</h3>
                    <p className="mt-2">{item.answer}</p>
                  </div>
                ))}
              </div>
            </section>
          ) : null}

          <FactNotes ids={guide.facts} />

          <section aria-labelledby="sources" className="mt-12">
            <h2 id="sources" className="text-3xl font-bold">Sources</h2>
            <p className="mt-2 text-muted">Checked on {formatIsoDate(fm.lastReviewed)}. Official sources are preferred wherever one exists.</p>
            <ol className="mt-4 list-decimal space-y-3 pl-6">
              {fm.sources.map((source) => (
                <li key={source.url}>
                  <a href={source.url} rel="noopener noreferrer external">{source.title}</a>
                  <span className="text-muted">, {source.publisher}</span>
                </li>
              ))}
            </ol>
          </section>

          {changes.length > 0 ? (
            <section aria-labelledby="changes" className="mt-12">
              <h2 id="changes" className="text-3xl font-bold">What changed</h2>
              <p className="mt-2 text-muted">Changes to the rules this guide covers, and to the guide itself, newest first.</p>
              <ul className="mt-4 space-y-3">
                {changes.map((change) => (
                  <li key={`${change.date}-${change.summary}`} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
                    <time dateTime={change.date} className="shrink-0 font-semibold sm:w-44">{formatIsoDate(change.date)}</time>
                    <span>{change.summary}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <aside aria-label="Disclaimer" className="mt-12 border-l-8 border-line bg-paper-alt px-5 py-4 text-base">
            <p>
              <strong>General information, not legal advice.</strong> Rules differ by country and change; check the sources
              above for your case, and see <Link href="/about#disclaimer">how we write and check guides</Link>.
              Found a mistake? <Link href="/about#corrections">Tell us</Link>.
            </p>
          </aside>

          {related.length > 0 ? (
            <section aria-labelledby="related" className="mt-12">
              <h2 id="related" className="text-3xl font-bold">Related guides</h2>
              <ul className="mt-4">
                {related.map((r) => (
                  <GuideCard key={r.slug} guide={r} />
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
