import Link from "@/components/site/link";
import { LinkCard } from "@/components/site/link-card";
import { ProblemIcon } from "@/components/site/problem-icons";
import { getAllGuides } from "@/lib/content/guides.server";
import { groupForIndex, listingFor } from "@/lib/content/guide-index";
import { type ProblemId, PROBLEMS } from "@/lib/content/taxonomy";
import type { PlanProblem } from "@/lib/plan/inputs";
import { ToolList } from "@/components/site/tool-list";
import { JsonLd } from "@/components/site/json-ld";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/lib/site/structured-data";
import type { Metadata } from "next";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${SITE_NAME}: help when an overseas order goes wrong`, description: SITE_DESCRIPTION, path: "/" }),
  // The home page's title stands alone rather than going through the "… | Recourse" template.
  title: { absolute: `${SITE_NAME}: help when an overseas order goes wrong` },
};

/** Where each of home's problem cards starts the plan: the commonest case of that problem, which the plan's first question lets the buyer change. */
const PLAN_START: Record<ProblemId, PlanProblem> = {
  customs: "unexpected-charges",
  delivery: "not-delivered",
  counterfeit: "not-as-described",
  returns: "refund-not-paid",
  unresponsive: "seller-unresponsive",
};

export default function HomePage() {
  // The five problems have their own cards above; the other things that go wrong (a seizure, a lost
  // postal parcel, a scam, a data leak) lead the rest of the guides, by what a reader needs next.
  const onCards = new Set<string>(PROBLEMS.map((problem) => problem.guide));
  const steps = groupForIndex(getAllGuides().filter((guide) => !onCards.has(guide.slug)))
    .filter((group) => group.topic !== "reference")
    .map((group) => (group.topic === "problems" ? { ...group, heading: "Other things that go wrong" } : group));
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <section aria-labelledby="problems">
        <div className="max-w-3xl">
          <p className="text-lg font-semibold text-brand">Bought from an overseas shop or shopping agent?</p>
          <h1 id="problems" className="mt-2 scroll-mt-6 text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
            What went wrong?
          </h1>
          <p className="mt-4 text-xl text-muted">
            Pick the problem closest to yours. A few questions give you one plan: what to do now, by which date, with which letter, and who owes you.
          </p>
        </div>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {PROBLEMS.map((problem) => (
            <LinkCard key={problem.id} href={`/plan?problem=${PLAN_START[problem.id]}`} title={problem.title} headingLevel={2} icon={<ProblemIcon problem={problem.id} />}>
              <p>{problem.question}</p>
              <p className="mt-2 text-base">
                {/* Above the card's stretched link, so the guide stays one tap away. */}
                <Link href={`/guides/${problem.guide}`} className="relative z-10" aria-label={`Read the guide: ${problem.title}`}>
                  Read the guide
                </Link>
              </p>
            </LinkCard>
          ))}
          <LinkCard href="/plan" title="Something else?" headingLevel={2} variant="quiet">
            <p>Damaged, the wrong item, or you changed your mind: start a plan and choose what happened.</p>
            <p className="mt-2 text-base">
              <Link href="/guides" className="relative z-10">
                Browse all guides
              </Link>
            </p>
          </LinkCard>
        </ul>
      </section>

      <section aria-labelledby="tools" className="mt-16">
        <h2 id="tools" className="text-3xl font-bold">
          Tools for your case
        </h2>
        <p className="mt-2 max-w-3xl text-muted">No account needed. We keep nothing you type; details you choose to save stay in your browser.</p>
        <ToolList headingLevel={3} className="mt-6" />
      </section>

      <section aria-labelledby="guides" className="mt-16">
        <h2 id="guides" className="text-3xl font-bold">
          Guides for the next step
        </h2>
        <div className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {steps.map((group) => (
            <section key={group.topic} aria-labelledby={`home-${group.topic}`}>
              <h3 id={`home-${group.topic}`} className="border-t-4 border-brand pt-3 text-xl font-bold">
                {group.heading}
              </h3>
              <ul className="mt-3 space-y-2">
                {group.guides.map((guide) => (
                  <li key={guide.slug}>
                    <Link href={`/guides/${guide.slug}`}>{listingFor(guide.slug)?.short ?? guide.frontmatter.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p className="mt-8">
          <Link href="/guides" className="font-semibold">
            All guides, by what you need
          </Link>
        </p>
      </section>
    </>
  );
}
