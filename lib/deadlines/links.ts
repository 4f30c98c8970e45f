import type { RuleId } from "./rules";

/**
 * Where each deadline's "what to do" leads on this site: the guide section that explains it, and the
 * letter that does it where one exists. Kept apart from rules.ts, whose text carries no digits, because
 * heading ids can ("notice-12a"). rules.test.ts checks every guide section exists.
 */

export interface RuleLink {
  href: string;
  label: string;
}

export interface RuleLinks {
  guide: RuleLink;
  letter?: RuleLink;
}

const SEIZURE_LETTER: RuleLink = { href: "/tools/letters/customs-seizure-objection", label: "Write to customs about the seizure" };
const REFUND_LETTER: RuleLink = { href: "/tools/letters/refund-or-replacement", label: "Ask the seller for a refund or replacement" };
const FOS_GUIDE: RuleLink = { href: "/guides/ombudsmen-and-their-clocks#uk-the-financial-ombudsman-service", label: "UK: the Financial Ombudsman Service" };

export const RULE_LINKS: Partial<Record<RuleId, RuleLinks>> = {
  "ch-warranty": {
    guide: { href: "/guides/your-rights-switzerland#faulty-fake-or-not-as-described-the-warranty", label: "Switzerland: the warranty for defects" },
    letter: REFUND_LETTER,
  },
  "no-withdrawal": {
    guide: { href: "/guides/your-rights-norway#withdrawing-from-an-online-purchase-angrerett", label: "Norway: withdrawing from an online purchase" },
  },
  "no-complaint-limit": {
    guide: { href: "/guides/your-rights-norway#faults-fakes-and-goods-not-as-described-reklamasjon", label: "Norway: complaining about a defect (reklamasjon)" },
    letter: REFUND_LETTER,
  },
  "jp-mail-order-return": {
    guide: { href: "/guides/your-rights-japan#online-purchases-the-sellers-return-policy-decides", label: "Japan: the seller's return policy decides" },
  },
  "kr-withdrawal": {
    guide: { href: "/guides/your-rights-south-korea#withdrawing-from-an-online-purchase-청약철회", label: "South Korea: withdrawing from an online purchase" },
  },
  "kr-misdescribed-withdrawal": {
    guide: { href: "/guides/your-rights-south-korea#goods-not-as-advertised", label: "South Korea: goods not as advertised" },
    letter: REFUND_LETTER,
  },
  "sg-lemon-law": {
    guide: { href: "/guides/your-rights-singapore#defective-goods-the-lemon-law", label: "Singapore: the lemon law" },
    letter: { href: "/tools/letters/refund-or-replacement", label: "Ask the seller for a repair or replacement" },
  },
  "sg-small-claims": {
    guide: { href: "/guides/your-rights-singapore#the-small-claims-tribunals", label: "Singapore: the Small Claims Tribunals" },
  },
  "eu-seizure-objection": {
    guide: { href: "/guides/parcel-seized-or-detained-by-customs#in-the-eu-the-small-consignment-procedure", label: "In the EU: the small-consignment procedure" },
    letter: SEIZURE_LETTER,
  },
  "gb-seizure-claim": {
    guide: { href: "/guides/parcel-seized-or-detained-by-customs#in-the-uk-a-notice-of-seizure-and-notice-12a", label: "In the UK: a notice of seizure and Notice 12A" },
    letter: SEIZURE_LETTER,
  },
  "us-cbp-seizure-petition": {
    guide: { href: "/guides/parcel-seized-or-detained-by-customs#in-the-us-a-cbp-notice-of-seizure", label: "In the US: a CBP notice of seizure" },
    letter: SEIZURE_LETTER,
  },
  "uk-fos-final-response": {
    guide: FOS_GUIDE,
  },
  "uk-fos-referral": {
    guide: FOS_GUIDE,
  },
  "postal-inquiry": {
    guide: { href: "/guides/lost-in-the-post#the-time-limits-that-apply", label: "Lost in the post: the time limits that apply" },
    letter: { href: "/tools/letters/postal-claim-request", label: "Ask the seller or agent to claim from the post" },
  },
};

export function ruleLinks(id: RuleId): RuleLinks | null {
  return RULE_LINKS[id] ?? null;
}
