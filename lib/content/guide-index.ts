import type { TopicId } from "./taxonomy";

/**
 * How guides are listed for a reader: grouped by what the reader needs, in the order they would read
 * them (not alphabetically), each with the question it answers and a short label for link lists.
 *
 * The questions live here rather than in frontmatter because the guides are being migrated; once
 * they are, `answers` and `shortTitle` belong in frontmatter and this map goes. A guide missing
 * from it still appears (after the listed ones, by title) with its description instead.
 */

export type GuideListing = { question: string; short: string };

export const GUIDE_LISTINGS: Readonly<Record<string, GuideListing>> = {
  // Something went wrong: the five problems, in the home page's order, then other things that go wrong after a sale.
  "customs-charges-and-disputes": { question: "A customs or VAT bill I didn't expect: who should pay it, and how do I challenge it?", short: "Unexpected customs charges" },
  "delayed-or-missing-parcels": { question: "My parcel is late, stuck or marked delivered but not here: who do I claim from, and by when?", short: "Late or missing parcel" },
  "counterfeit-or-not-as-described": { question: "What arrived is fake or not as described: what do I do first, and what are my rights?", short: "Fake or not as described" },
  "returns-and-refunds-that-stall": { question: "My return or refund is going nowhere: how do I get the money back?", short: "Return or refund stuck" },
  "unresponsive-sellers-and-agents": { question: "The seller or agent has stopped replying: how do I get an answer, or go over their head?", short: "Seller or agent not replying" },
  "lost-in-the-post": { question: "My parcel is lost in the post: who can claim from China Post, EMS or the carrier, and by when?", short: "Lost in the post" },
  "when-a-shop-or-agent-leaks-your-data": { question: "A shop or agent leaked my data: what do I change now, and who can I complain to?", short: "Your data was leaked" },
  // Situations beyond the five problems.
  "parcel-seized-or-detained-by-customs": { question: "Customs detained or seized my parcel: can I object, by when, and can I get my money back?", short: "Parcel seized by customs" },
  "import-tax-refunds-when-you-return-or-reject-goods": { question: "I sent the goods back or rejected them: how do I get the duty and import VAT or GST back?", short: "Import tax back on returns" },
  "scams-and-clone-sites": { question: "Was it a scam or a fake shop? Where do I report it, and can I get my money back?", short: "Scams and clone sites" },
  // Getting your money back: in the order the routes are tried.
  "escalation-roadmap": { question: "Who do I go to next, and in what order?", short: "Who to go to next" },
  "platform-disputes": { question: "How do I open and escalate a dispute on AliExpress, Temu, eBay, Amazon or through an agent?", short: "Platform disputes" },
  "chargebacks-and-card-disputes": { question: "Can my card issuer get my money back (chargeback, Section 75)?", short: "Chargebacks and Section 75" },
  "ombudsmen-and-their-clocks": { question: "My bank refused a chargeback: which ombudsman can review it, and by when?", short: "Ombudsmen and their deadlines" },
  "paypal-buyer-protection": { question: "How do I claim under PayPal Buyer Protection, and by when?", short: "PayPal Buyer Protection" },
  "paying-without-a-card": { question: "I paid with Klarna, Clearpay, Apple Pay, an agent wallet or a bank transfer: what protects me?", short: "Paying without a card" },
  "consumer-bodies-and-mediation": { question: "Which consumer body or mediator can help with a shop abroad, and which cannot?", short: "Consumer bodies and mediation" },
  "small-claims-and-arbitration": { question: "Is going to court against a seller abroad worth it?", short: "Small claims and arbitration" },
  // Proof.
  "evidence-to-keep": { question: "Which records win a dispute, and how do I keep them before they disappear?", short: "Evidence to keep" },
  "unboxing-and-qc-photos": { question: "How do I film an unboxing and use QC photos so they hold up as proof?", short: "Unboxing videos and QC photos" },
  // Before buying.
  "choosing-a-reliable-platform-or-agent": { question: "Is this marketplace or shopping agent safe to buy through?", short: "Choosing a platform or agent" },
  "shopping-agents-from-the-inside": { question: "How long will my agent store my items, what do its extras cost, and why is shipping dearer than the estimate?", short: "Shopping agents from the inside" },
  "reading-return-and-refund-policies": { question: "What should I check in a return policy before I pay?", short: "Reading a return policy" },
  "estimating-import-tax-before-you-buy": { question: "What will this order really cost at my door, with tax and fees?", short: "Estimating import tax" },
  "shipping-insurance": { question: "Does shipping insurance really cover an expensive parcel?", short: "Shipping insurance" },
  "local-warehouses": { question: "What changes when the seller ships from a warehouse in my own country?", short: "Local warehouses" },
  // Rights where you live.
  "your-rights-uk": { question: "What does UK law give me when I buy from abroad, and who can help?", short: "United Kingdom" },
  "your-rights-eu": { question: "What does EU law give me when I buy from outside the EU, and where does it stop?", short: "European Union" },
  "your-rights-us": { question: "What protects me in the US when I buy from abroad?", short: "United States" },
  "your-rights-canada": { question: "What protects me in Canada when I buy from abroad?", short: "Canada" },
  "your-rights-australia-and-new-zealand": { question: "What protects me in Australia or New Zealand when I buy from abroad?", short: "Australia and New Zealand" },
  "your-rights-switzerland": { question: "What protects me in Switzerland when I buy from abroad, with no right to cancel online?", short: "Switzerland" },
  "your-rights-norway": { question: "What protects me in Norway when I buy from abroad, and can my credit card issuer pay?", short: "Norway" },
  "your-rights-japan": { question: "What protects me in Japan when I buy from abroad, and who helps with a seller overseas?", short: "Japan" },
  "your-rights-south-korea": { question: "What protects me in South Korea when I buy from abroad, and how long do I have to cancel?", short: "South Korea" },
  "your-rights-singapore": { question: "What protects me in Singapore when I buy from abroad, and does the lemon law help?", short: "Singapore" },
  "who-is-the-trader-with-an-agent": { question: "When I buy through a shopping agent, who is the trader, and which of my rights still work?", short: "Who is the trader with an agent" },
  // Words.
  glossary: { question: "What does this customs, delivery or dispute term mean?", short: "Glossary" },
};

const ORDER = Object.keys(GUIDE_LISTINGS);

/** The topics as a reader meets them: what went wrong, getting money back, proof, rights, then before the next order. */
export const INDEX_GROUPS: readonly { topic: TopicId; heading: string; intro: string }[] = [
  { topic: "problems", heading: "Something went wrong with an order", intro: "Start here: what to do first, by when, and what proof you need." },
  { topic: "escalation", heading: "Getting your money back", intro: "The routes, in the order to try them: the platform, your card or PayPal, a consumer body, a court." },
  { topic: "evidence", heading: "Proving what happened", intro: "What to keep and how to record it, so a dispute can be won." },
  { topic: "rights", heading: "Your rights where you live", intro: "What the law gives you, and where it stops, for buyers in each place." },
  { topic: "before-you-buy", heading: "Before your next order", intro: "Choose sellers well, read the small print and know the real cost." },
  { topic: "reference", heading: "Words explained", intro: "Plain definitions of the terms customs, carriers and platforms use." },
];

type Listed = { slug: string; frontmatter: { title: string; topic: string } };

/** Reading order: the guides in GUIDE_LISTINGS first, in its order; any others after them by title. */
export function inReadingOrder<T extends Listed>(guides: readonly T[]): T[] {
  const rank = (slug: string) => {
    const at = ORDER.indexOf(slug);
    return at === -1 ? ORDER.length : at;
  };
  return [...guides].sort((a, b) => rank(a.slug) - rank(b.slug) || a.frontmatter.title.localeCompare(b.frontmatter.title));
}

export function listingFor(slug: string): GuideListing | undefined {
  return GUIDE_LISTINGS[slug];
}

/** The index's groups, each with its guides in reading order; empty groups are left out. */
export function groupForIndex<T extends Listed>(guides: readonly T[]): { topic: TopicId; heading: string; intro: string; guides: T[] }[] {
  return INDEX_GROUPS.map((group) => ({ ...group, guides: inReadingOrder(guides.filter((g) => g.frontmatter.topic === group.topic)) })).filter(
    (group) => group.guides.length > 0,
  );
}

/** "All 24 guides were last reviewed on 27 November 2026", or the range when the dates differ. */
export function reviewSummary(dates: readonly string[], format: (iso: string) => string): string {
  if (dates.length === 0) return "";
  const sorted = [...dates].sort();
  const first = sorted[0] ?? "";
  const last = sorted.at(-1) ?? "";
  const count = dates.length === 1 ? "The guide was" : `All ${dates.length} guides were`;
  return first === last ? `${count} last reviewed on ${format(last)}.` : `${count} last reviewed between ${format(first)} and ${format(last)}.`;
}
