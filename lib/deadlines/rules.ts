import { z } from "zod";
import { calendarDateSchema } from "@/lib/dates";

/**
 * The dated, sourced facts behind every deadline the planner can show. The planner reads the
 * numbers (periods, caps) from here, so a rule changes in one place and its source travels with it.
 *
 * Sourcing policy:
 * - `source` is always an official or primary page (the scheme, the platform, the legislation).
 * - `lastChecked` is "2026-11-27" only where the fact was cross-checked against the project's
 *   reviewed reference (/work/shared/reference/consumer-rights-facts.md, status 2026-11-27).
 *   `null` means it has not been cross-checked there; such rules carry at most "medium" confidence.
 */

export const RULE_IDS = [
  "card-chargeback",
  "amex-dispute",
  "paypal-dispute",
  "paypal-escalation",
  "us-fcba-billing-error",
  "uk-cancellation",
  "uk-short-term-reject",
  "uk-six-year-limit",
  "eu-withdrawal",
  "eu-legal-guarantee",
  "aliexpress-dispute",
  "temu-return",
  "ebay-money-back",
  "amazon-a-to-z",
  "agent-return",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const RULE_KINDS = ["law", "scheme", "platform-policy"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Hosts we accept as official sources: the rule-maker's own site or the legislation itself. */
export const OFFICIAL_SOURCE_HOSTS = [
  "visa.com",
  "mastercard.us",
  "mastercard.com",
  "americanexpress.com",
  "paypal.com",
  "ftc.gov",
  "uscode.house.gov",
  "legislation.gov.uk",
  "europa.eu",
  "temu.com",
  "ebay.com",
  "amazon.com",
  "aliexpress.com",
  "taobao.com",
] as const;

export function isOfficialSourceUrl(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") return false;
    host = parsed.hostname;
  } catch {
    return false;
  }
  return OFFICIAL_SOURCE_HOSTS.some((official) => host === official || host.endsWith(`.${official}`));
}

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().refine(isOfficialSourceUrl, { message: "must be an https URL on an official domain" }),
});
export type Source = z.infer<typeof sourceSchema>;

export const periodSchema = z.object({
  unit: z.enum(["days", "months", "years"]),
  amount: z.number().int().positive(),
});
export type Period = z.infer<typeof periodSchema>;

export const deadlineRuleSchema = z
  .object({
    id: z.enum(RULE_IDS),
    title: z.string().min(1),
    kind: z.enum(RULE_KINDS),
    /** Who makes you keep the deadline, and through whom you act. */
    enforcedBy: z.string().min(1),
    legalBasis: z.string().min(1),
    /** The rule in one plain sentence, as the source states it. */
    rule: z.string().min(1),
    /** How long the window is; null when no single period can be given. */
    period: periodSchema.nullable(),
    /** Card schemes: the absolute cap, in days from the transaction. */
    capDaysFromPayment: z.number().int().positive().optional(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    source: sourceSchema,
    otherSources: z.array(sourceSchema),
    lastChecked: z.nullable(calendarDateSchema),
    /** What to do before the date. */
    action: z.string().min(1),
    /** What it means for the buyer once the date has passed, in plain words, and what may still help. */
    whenPassed: z.string().min(1),
    note: z.string().min(1),
  })
  .refine((rule) => rule.lastChecked !== null || rule.confidence !== "high", {
    message: "a rule not cross-checked against the reviewed reference cannot have high confidence",
    path: ["confidence"],
  });
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

const REFERENCE_REVIEW = "2026-11-27";

const VISA_RULES: Source = {
  title: "Visa Core Rules and Visa Product and Service Rules (dispute time limits)",
  url: "https://usa.visa.com/dam/VCOM/download/about-visa/visa-rules-public.pdf",
};
const MASTERCARD_GUIDE: Source = {
  title: "Mastercard Chargeback Guide",
  url: "https://www.mastercard.us/content/dam/public/mastercardcom/na/global-site/documents/chargeback-guide.pdf",
};

const rawRules = [
  {
    id: "card-chargeback",
    title: "Card chargeback (Visa or Mastercard)",
    kind: "scheme",
    enforcedBy: "The card scheme (Visa or Mastercard), through your bank",
    legalBasis: "Visa Core Rules and Mastercard Chargeback Guide (card-scheme rules, not law)",
    rule:
      "Your bank must raise the chargeback within 120 days of the transaction, or, for goods that never arrived, within 120 days of the latest expected delivery date; never later than 540 days after the transaction.",
    period: { unit: "days", amount: 120 },
    capDaysFromPayment: 540,
    confidence: "medium",
    source: VISA_RULES,
    otherSources: [MASTERCARD_GUIDE],
    lastChecked: REFERENCE_REVIEW,
    action:
      "Ask your bank (the card issuer) to raise a chargeback. Use its dispute form or call it well before this date, with your order confirmation, your messages with the seller and proof of the problem.",
    whenPassed:
      "Under the card schemes' rules your bank can no longer raise a chargeback for this payment. Tell it about the problem anyway: it decides, and it will say whether anything is left.",
    note:
      "This is the last day your bank itself can raise the chargeback under card-scheme rules, not your deadline to ask. Chargeback is not a legal right: the bank decides, and it may set a shorter internal deadline, so contact it weeks earlier.",
  },
  {
    id: "amex-dispute",
    title: "American Express dispute",
    kind: "scheme",
    enforcedBy: "American Express",
    legalBasis: "American Express's own dispute rules, which differ by country",
    rule:
      "We could not confirm a time limit for every country. American Express's help page for India says 60 days from the transaction; unofficial sources report 120 days elsewhere.",
    period: { unit: "days", amount: 60 },
    confidence: "low",
    source: {
      title: "American Express India: What is the timeframe within which a charge can be disputed?",
      url: "https://www.americanexpress.com/in/customer-service/faq.security-and-fraud.what-is-the-timeframe-within-which-a-charge-can-be-disputed.html",
    },
    otherSources: [],
    lastChecked: null,
    action: "Call American Express or use its online dispute form now, rather than waiting for a deadline.",
    whenPassed:
      "The earliest window we found has passed. Ask American Express anyway: the limit for your card may be longer.",
    note:
      "We show the earliest window we found on an official American Express page, so you don't rely on a later date that may not apply to your card. Ask American Express what limit applies to your card.",
  },
  {
    id: "paypal-dispute",
    title: "Open a PayPal dispute",
    kind: "scheme",
    enforcedBy: "PayPal (Buyer Protection)",
    legalBasis: "PayPal Buyer Protection, part of PayPal's user agreement",
    rule: "Open a dispute within 180 days of the payment.",
    period: { unit: "days", amount: 180 },
    confidence: "high",
    source: {
      title: "PayPal: Do I have to file a PayPal Buyer Protection claim within a certain timeframe?",
      url: "https://www.paypal.com/us/smarthelp/article/do-i-have-to-file-a-paypal-buyer-protection-claim-within-a-certain-timeframe-faq1417",
    },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action:
      "Open a dispute in PayPal's Resolution Centre (“Report a problem”), choosing “item not received” or “significantly not as described”.",
    whenPassed:
      "PayPal no longer takes a new dispute for this payment under Buyer Protection. If PayPal charged your card, your card issuer may still help.",
    note:
      "Some older or regional PayPal pages still say 45 days; the current help page says 180 days. Only payments for goods and services are covered.",
  },
  {
    id: "paypal-escalation",
    title: "Escalate the PayPal dispute to a claim",
    kind: "scheme",
    enforcedBy: "PayPal (Buyer Protection)",
    legalBasis: "PayPal Buyer Protection, part of PayPal's user agreement",
    rule: "Escalate the dispute to a claim within 20 days of opening it, or it closes and cannot be reopened.",
    period: { unit: "days", amount: 20 },
    confidence: "high",
    source: {
      title: "PayPal: Do I have to file a PayPal Buyer Protection claim within a certain timeframe?",
      url: "https://www.paypal.com/us/smarthelp/article/do-i-have-to-file-a-paypal-buyer-protection-claim-within-a-certain-timeframe-faq1417",
    },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action: "If the seller hasn't solved it, choose “Escalate to claim” in the Resolution Centre so PayPal decides.",
    whenPassed:
      "A dispute that was not escalated in time has closed and cannot be reopened.",
    note: "Escalate even if the seller keeps promising a fix: a dispute that is not escalated closes automatically after 20 days and cannot be reopened.",
  },
  {
    id: "us-fcba-billing-error",
    title: "Fair Credit Billing Act: written billing-error notice",
    kind: "law",
    enforcedBy: "US federal law (Fair Credit Billing Act), through your card issuer",
    legalBasis: "Fair Credit Billing Act, 15 U.S.C. § 1666",
    rule: "Your written notice must reach the card issuer within 60 days after the first statement showing the charge was sent to you.",
    period: { unit: "days", amount: 60 },
    confidence: "high",
    source: {
      title: "FTC: Using Credit Cards and Disputing Charges",
      url: "https://consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges",
    },
    otherSources: [
      {
        title: "15 U.S.C. § 1666 (correction of billing errors)",
        url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section1666&num=0&edition=prelim",
      },
    ],
    lastChecked: REFERENCE_REVIEW,
    action:
      "Write to the card issuer's billing-error address (on your statement, not the payment address): your name, account number, the amount and what went wrong. Send it by tracked mail so it arrives before this date.",
    whenPassed:
      "The Fair Credit Billing Act's billing-error process no longer covers this charge. Your card issuer's own dispute process may still apply: ask it.",
    note:
      "It covers credit cards, including goods not delivered as agreed. The issuer must acknowledge within 30 days and resolve within two billing cycles (at most 90 days). This is separate from the card scheme's chargeback time limit.",
  },
  {
    id: "uk-cancellation",
    title: "UK right to cancel (14 days)",
    kind: "law",
    enforcedBy: "UK law (Consumer Contracts Regulations 2013), against the seller",
    legalBasis: "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regulation 30",
    rule: "You can cancel an online order from when you place it until 14 days after the day you receive the goods, without giving a reason.",
    period: { unit: "days", amount: 14 },
    confidence: "high",
    source: {
      title: "The Consumer Contracts Regulations 2013, regulation 30",
      url: "https://www.legislation.gov.uk/uksi/2013/3134/regulation/30",
    },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action: "Tell the seller in writing that you are cancelling (a message through the platform counts), then send the goods back within 14 days of telling them.",
    whenPassed:
      "You can no longer cancel without giving a reason. If the goods are faulty or not as described, your other rights still apply.",
    note:
      "If the seller never told you about this right, the period is extended by up to 12 months. The seller must refund within 14 days, including standard delivery; you may pay return postage if you were told so before buying.",
  },
  {
    id: "uk-short-term-reject",
    title: "UK short-term right to reject (30 days)",
    kind: "law",
    enforcedBy: "UK law (Consumer Rights Act 2015), against the seller",
    legalBasis: "Consumer Rights Act 2015, sections 20 to 22",
    rule: "Goods that are faulty, not as described or not fit for purpose can be rejected for a full refund within 30 days of delivery.",
    period: { unit: "days", amount: 30 },
    confidence: "high",
    source: {
      title: "Consumer Rights Act 2015, section 22 (time limit for short-term right to reject)",
      url: "https://www.legislation.gov.uk/ukpga/2015/15/section/22",
    },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action: "Tell the seller clearly, in writing, that you are rejecting the goods and want a full refund.",
    whenPassed:
      "You can no longer reject the goods for a full refund under the 30-day rule, but you can still ask for a repair or replacement, then a price cut or refund.",
    note:
      "After 30 days you can still ask for one repair or replacement, then a price reduction or refund. For the first 6 months after delivery a fault is presumed to have been there at delivery; after that you must show it was.",
  },
  {
    id: "uk-six-year-limit",
    title: "UK time limit for a court claim (6 years)",
    kind: "law",
    enforcedBy: "The UK courts",
    legalBasis: "Limitation Act 1980, section 5 (contract claims in England and Wales; Northern Ireland and Scotland have their own Acts)",
    rule: "A claim for breach of contract must be started within 6 years of the breach (5 years in Scotland).",
    period: { unit: "years", amount: 6 },
    confidence: "medium",
    source: {
      title: "Limitation Act 1980, section 5",
      url: "https://www.legislation.gov.uk/ukpga/1980/58/section/5",
    },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action: "Start a small claim, or a Section 75 claim with your credit card issuer, long before this date.",
    whenPassed:
      "A court will usually refuse a claim started after this date.",
    note:
      "Counted here from the delivery date, which is usually when the breach happened. In Scotland the limit is 5 years. Don't wait for it: evidence fades and overseas sellers disappear.",
  },
  {
    id: "eu-withdrawal",
    title: "EU right of withdrawal (14 days)",
    kind: "law",
    enforcedBy: "EU consumer law, against the seller",
    legalBasis: "Consumer Rights Directive 2011/83/EU, Article 9",
    rule: "You can withdraw from an online purchase until 14 days after the day you receive the goods, without giving a reason.",
    period: { unit: "days", amount: 14 },
    confidence: "high",
    source: {
      title: "Directive 2011/83/EU on consumer rights (EUR-Lex)",
      url: "https://eur-lex.europa.eu/eli/dir/2011/83/oj",
    },
    otherSources: [
      {
        title: "Your Europe: Guarantees and returns",
        url: "https://europa.eu/youreurope/citizens/consumers/shopping/guarantees-returns/index_en.htm",
      },
    ],
    lastChecked: REFERENCE_REVIEW,
    action: "Tell the seller clearly that you are withdrawing (a message or the model withdrawal form), then send the goods back within 14 days.",
    whenPassed:
      "You can no longer withdraw without giving a reason. If the goods are faulty or not as described, the legal guarantee still applies.",
    note:
      "Extended by 12 months if the seller didn't tell you about this right. The seller must refund within 14 days, including standard delivery; you pay return postage only if told so in advance. If the last day is a weekend or public holiday, EU rules move it to the next working day, but don't count on it.",
  },
  {
    id: "eu-legal-guarantee",
    title: "EU legal guarantee (at least 2 years)",
    kind: "law",
    enforcedBy: "EU consumer law, against the seller",
    legalBasis: "Sale of Goods Directive (EU) 2019/771, Articles 10 and 11",
    rule: "The seller is liable for defects that appear within at least 2 years of delivery.",
    period: { unit: "years", amount: 2 },
    confidence: "high",
    source: {
      title: "Your Europe: Guarantees and returns",
      url: "https://europa.eu/youreurope/citizens/consumers/shopping/guarantees-returns/index_en.htm",
    },
    otherSources: [
      {
        title: "Directive (EU) 2019/771 on the sale of goods (EUR-Lex)",
        url: "https://eur-lex.europa.eu/eli/dir/2019/771/oj",
      },
    ],
    lastChecked: REFERENCE_REVIEW,
    action: "Tell the seller about the defect in writing and ask for repair or replacement (or a price cut or refund if that fails).",
    whenPassed:
      "The legal guarantee no longer covers defects that appear after this date. A manufacturer's or seller's own warranty may still cover them.",
    note:
      "A defect that appears within 1 year of delivery is presumed to have been there at delivery (2 years in some countries). Some countries give longer than 2 years, and some require you to report a defect within 2 months of finding it.",
  },
  {
    id: "aliexpress-dispute",
    title: "AliExpress: open a dispute",
    kind: "platform-policy",
    enforcedBy: "AliExpress",
    legalBasis: "AliExpress Buyer Protection (Purchase Protection)",
    rule: "Open a dispute while Purchase Protection runs, or within 15 days after the order is completed (you confirm receipt or the countdown ends).",
    period: { unit: "days", amount: 15 },
    confidence: "low",
    source: { title: "AliExpress Help Center", url: "https://customerservice.aliexpress.com/" },
    otherSources: [],
    lastChecked: null,
    action: "Open a dispute from the order page, with photos, an unboxing video and tracking screenshots.",
    whenPassed:
      "AliExpress no longer lets you open a dispute on this order. Your payment method's own dispute process may still be open.",
    note:
      "We could not confirm this window on a current official AliExpress page: the Purchase Protection countdown on your order page is the real deadline. Never confirm receipt of an order you haven't received, and ask the seller to extend protection if the parcel is still moving.",
  },
  {
    id: "temu-return",
    title: "Temu: return window (90 days)",
    kind: "platform-policy",
    enforcedBy: "Temu",
    legalBasis: "Temu Return and Refund Policy",
    rule: "Return eligible items within 90 days of purchase, and send the parcel within 14 days of requesting the return.",
    period: { unit: "days", amount: 90 },
    confidence: "medium",
    source: { title: "Temu: Return and refund policy", url: "https://www.temu.com/return-and-refund-policy.html" },
    otherSources: [],
    lastChecked: REFERENCE_REVIEW,
    action: "Request the return or refund from “Your orders” in the Temu app or website.",
    whenPassed:
      "Temu's return window for this order has closed. Contact Temu support anyway if the item is faulty, and check your payment method's dispute process.",
    note:
      "From Temu's official policy page, which says “Last updated: November 2, 2022”, so check it again before relying on it. Copycat sites quote 30 days; that is wrong for temu.com. Your first return on each order is free. Your country's Temu site may differ.",
  },
  {
    id: "ebay-money-back",
    title: "eBay Money Back Guarantee: report the problem",
    kind: "platform-policy",
    enforcedBy: "eBay",
    legalBasis: "eBay Money Back Guarantee policy",
    rule: "Report the problem within 30 days after the latest estimated delivery date.",
    period: { unit: "days", amount: 30 },
    confidence: "medium",
    source: {
      title: "eBay Money Back Guarantee policy",
      url: "https://www.ebay.com/help/policies/ebay-money-back-guarantee-policy/ebay-money-back-guarantee-policy?id=4210",
    },
    otherSources: [],
    lastChecked: null,
    action: "From your purchase history, choose “I didn't receive it” or “Return this item”. If the seller doesn't fix it within 3 business days, ask eBay to step in.",
    whenPassed:
      "eBay's Money Back Guarantee no longer covers this order. Your payment method's own dispute process may still be open.",
    note:
      "Not yet cross-checked against our reviewed facts: confirm on eBay's policy page. The latest estimated delivery date is on your order details page. Change-of-mind returns depend on the seller's own return policy.",
  },
  {
    id: "amazon-a-to-z",
    title: "Amazon A-to-z Guarantee claim",
    kind: "platform-policy",
    enforcedBy: "Amazon",
    legalBasis: "Amazon A-to-z Guarantee (items sold by third-party sellers)",
    rule: "Request an A-to-z Guarantee refund within 90 days after the maximum estimated delivery date.",
    period: { unit: "days", amount: 90 },
    confidence: "medium",
    source: {
      title: "Amazon: About A-to-z Guarantee",
      url: "https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670",
    },
    otherSources: [],
    lastChecked: null,
    action: "Contact the seller through Your Orders and wait 48 hours for a reply, then request an A-to-z Guarantee refund.",
    whenPassed:
      "You can no longer ask for an A-to-z Guarantee refund for this order. Your card issuer may still help.",
    note:
      "For a parcel that hasn't arrived, you can claim once 3 days have passed since the maximum estimated delivery date. If you file a chargeback with your bank, you can no longer get an A-to-z refund, so pick one route. Read on amazon.com; not yet cross-checked against our reviewed facts.",
  },
  {
    id: "agent-return",
    title: "Shopping agent: return or exchange before it leaves the warehouse",
    kind: "platform-policy",
    enforcedBy: "Your shopping agent and the Taobao seller",
    legalBasis: "The agent's own terms; Taobao's 7-day no-reason return (七天无理由退货) where the item qualifies",
    rule:
      "Varies by agent. Typically you must ask for a return or exchange within about 3 to 7 days of the item arriving at the agent's warehouse, before it is shipped abroad.",
    period: null,
    confidence: "low",
    source: { title: "Taobao rules centre (淘宝规则)", url: "https://rule.taobao.com/" },
    otherSources: [],
    lastChecked: null,
    action: "Check the QC photos as soon as the item reaches the warehouse, and ask the agent to return or exchange it at once if anything is wrong.",
    whenPassed:
      "Once the parcel has left the agent's warehouse, a return to the seller is rarely possible; ask the agent what its own policy still covers.",
    note:
      "We could not confirm one window: each agent sets its own, so read your agent's help pages. Once the parcel has left China, returns to the seller are rarely possible; what is left is the agent's own compensation or shipping-insurance policy.",
  },
] satisfies z.input<typeof deadlineRuleSchema>[];

/** Validated at load: a malformed rule fails the build with its id and field named. */
export const DEADLINE_RULES: readonly DeadlineRule[] = rawRules.map((rule) => {
  const result = deadlineRuleSchema.safeParse(rule);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`invalid deadline rule ${rule.id}:\n${details}`);
  }
  return result.data;
});

const RULES_BY_ID = new Map(DEADLINE_RULES.map((rule) => [rule.id, rule]));

export function getRule(id: RuleId): DeadlineRule {
  const rule = RULES_BY_ID.get(id);
  if (rule === undefined) throw new Error(`No deadline rule with id ${id}`);
  return rule;
}
