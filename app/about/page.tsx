import type { Metadata } from "next";
import Link from "@/components/site/link";
import { PageHeading } from "@/components/site/page-heading";
import { correctionsContact, securityContact } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "About Recourse and how we check our guides",
  description: "Who writes Recourse, how every guide is sourced, dated, reviewed and corrected, and what our information can and cannot do for you.",
  path: "/about",
});

export default function AboutPage() {
  const contact = correctionsContact();
  const security = securityContact();
  return (
    <div className="prose prose-lg prose-recourse max-w-3xl">
      <PageHeading title="About Recourse" lead="Plain, sourced help for people whose overseas order went wrong." />

      <h2 id="who-we-are">Who we are</h2>
      <p>
        Recourse is an independent, non-commercial guide for people who buy from overseas web shops, marketplaces and
        shopping agents for themselves. Most consumer help is written for buying from shops in your own country. When the
        seller is in another country, the rules, the deadlines and the people who can help are different, and often
        nobody explains them. We do.
      </p>
      <p>
        We take no money from shops, platforms, agents, carriers or payment companies. There are no adverts, no
        affiliate links, no accounts and no trackers. The tools run in your browser, and what you type into them stays
        there.
      </p>

      <h2 id="editorial-policy">How guides are written and checked</h2>
      <ul>
        <li>
          <strong>Primary sources first.</strong> Every figure, deadline and rule comes from a source listed at the foot of
          the guide. We prefer legislation, regulators, customs authorities, card schemes and a platform&apos;s own policy
          pages over summaries by third parties. Where sources disagree or a rule is unsettled, the guide says so rather
          than guessing.
        </li>
        <li>
          <strong>Dated.</strong> Each guide shows the date it was last reviewed, that is, the date someone checked its
          facts against its sources. Tax rules and thresholds are stored as dated data, so the calculators use the rule in
          force on the date you give them.
        </li>
        <li>
          <strong>Reviewed.</strong> Guides are re-checked when a law, threshold or platform policy they rely on changes,
          and at least every six months.
        </li>
        <li>
          <strong>Checked automatically.</strong> A guide cannot be published without a title, summary, review date and at
          least two sources, or with a broken link or a link to a known clone or phishing site.
        </li>
      </ul>

      <h2 id="corrections">Corrections</h2>
      <p>
        If something is wrong or out of date, we fix it and say so. Every correction that changes a figure, a deadline or
        a rule is listed under &ldquo;What changed&rdquo; at the foot of the guide, with its date, so you can see what moved
        since you last read it.
      </p>
      <p>
        To report a mistake, write to <a href={`mailto:${contact}`}>{contact}</a>. Tell us the page, what is wrong and, if
        you can, the source that shows it.
      </p>

      <h2 id="security">Reporting a security problem</h2>
      <p>
        If you find a way this site could put a reader at risk, write to <a href={`mailto:${security}`}>{security}</a>.
        The site has no accounts and keeps nothing you type into the tools, so please test against your own browser only.
        The same address is in <a href="/.well-known/security.txt">security.txt</a>.
      </p>

      <h2 id="disclaimer">What this information can and cannot do</h2>
      <p>
        Recourse gives general information, not legal, tax or financial advice. It cannot take up your case, contact a
        seller for you or guarantee an outcome. Rules depend on where you live, where the seller is, how you paid and the
        exact facts, and they change. Before you rely on a deadline or a tax figure, check the linked source. For advice on
        your own case, contact a consumer body in your country: the <Link href="/guides">guides</Link> say which.
      </p>
    </div>
  );
}
