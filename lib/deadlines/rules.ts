import { type CalendarDate, calendarDate } from "@/lib/dates";
import { type Fact, type FactSource, type FactValue, factDuration, factStatement, factText, getFact } from "@/lib/facts";
import { CONFIDENCE_LEVELS, type FactConfidence } from "@/lib/facts/schema";

/**
 * The deadlines the planner can show. Every period, cap and figure comes from the fact registry
 * (lib/facts), and so do each rule's sentence, source, date checked and confidence: a correction to
 * a fact moves the planner's dates and words at once. What stays here is how each rule reads a
 * case: who enforces it, what to do, and which facts it rests on. Type no figure a fact holds in
 * this file; write `{fact-id}` in factText instead (a test scans for them).
 */

export const RULE_IDS = [
  "card-chargeback",
  "amex-dispute",
  "paypal-dispute",
  "paypal-escalation",
  "us-fcba-billing-error",
  "ca-on-card-reversal",
  "ca-qc-card-reversal",
  "uk-cancellation",
  "uk-short-term-reject",
  "uk-court-time-limit",
  "eu-withdrawal",
  "eu-legal-guarantee",
  "aliexpress-dispute",
  "temu-return",
  "shein-return",
  "ebay-money-back",
  "amazon-a-to-z",
  "agent-return",
  "ch-warranty",
  "no-withdrawal",
  "no-complaint-limit",
  "jp-mail-order-return",
  "kr-withdrawal",
  "kr-misdescribed-withdrawal",
  "sg-lemon-law",
  "sg-small-claims",
  "eu-seizure-objection",
  "gb-seizure-claim",
  "us-cbp-seizure-petition",
  "uk-fos-final-response",
  "uk-fos-referral",
  "postal-inquiry",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export { CONFIDENCE_LEVELS };
export type Confidence = FactConfidence;

export const RULE_KINDS = ["law", "scheme", "platform-policy", "postal"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type Source = FactSource;
export type Period = Extract<FactValue, { kind: "duration" }>;

/**
 * Units the planner can add to a date. Working days are counted Monday to Friday (lib/deadlines/plan.ts):
 * public holidays are not working days either, so skipping only weekends gives a last day that is
 * never later than the real one. Business days would need each country's holidays and banking days.
 */
const COUNTABLE_UNITS: readonly Period["unit"][] = ["days", "working-days", "weeks", "months", "years"];

export interface DeadlineRule {
  id: RuleId;
  title: string;
  kind: RuleKind;
  /** Who makes you keep the deadline, and through whom you act. */
  enforcedBy: string;
  legalBasis: string;
  /** The rule in one plain sentence: its main fact's statement, or built from facts. */
  rule: string;
  /** The facts the rule rests on, its main fact first. */
  facts: readonly Fact[];
  /** How long the window is (from the main fact); null when no single period can be given. */
  period: Period | null;
  /** The lowest confidence among the rule's facts, or the rule's own limit if lower. */
  confidence: Confidence;
  /**
   * Caps the confidence when applying sure facts to a case is itself uncertain (each shopping
   * agent sets its own window, whatever the law behind it says).
   */
  confidenceLimit?: Confidence;
  /** The main fact's first source. */
  source: Source;
  /** Every other source of the rule's facts, without repeats. */
  otherSources: Source[];
  /** The oldest lastVerified among the rule's facts. */
  lastChecked: CalendarDate;
  /** What to do before the date. */
  action: string;
  /** What it means for the buyer once the date has passed, in plain words, and what may still help. */
  whenPassed: string;
  note: string;
}

type RuleDefinition = Omit<DeadlineRule, "confidence" | "source" | "otherSources" | "lastChecked">;

function lowestConfidence(levels: readonly Confidence[]): Confidence {
  return levels.reduce<Confidence>((lowest, level) => (CONFIDENCE_LEVELS.indexOf(level) > CONFIDENCE_LEVELS.indexOf(lowest) ? level : lowest), "high");
}

/** A rule whose confidence, sources and date checked come from its facts. */
function fromFacts(definition: RuleDefinition): DeadlineRule {
  const [main] = definition.facts;
  if (main === undefined) throw new Error(`Deadline rule ${definition.id} names no fact`);
  if (definition.period !== null && !COUNTABLE_UNITS.includes(definition.period.unit)) {
    throw new Error(`Deadline rule ${definition.id}: the planner cannot count a period in ${definition.period.unit}`);
  }
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const fact of definition.facts) {
    for (const source of fact.sources) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      sources.push(source);
    }
  }
  const [source, ...otherSources] = sources as [Source, ...Source[]];
  const [lastChecked = main.lastVerified] = definition.facts.map((fact) => fact.lastVerified).sort();
  const levels = [...definition.facts.map((fact) => fact.confidence), ...(definition.confidenceLimit === undefined ? [] : [definition.confidenceLimit])];
  return { ...definition, confidence: lowestConfidence(levels), source, otherSources, lastChecked: calendarDate(lastChecked) };
}

const rawRules: RuleDefinition[] = [
  {
    id: "card-chargeback",
    title: "Card chargeback (Visa or Mastercard)",
    kind: "scheme",
    enforcedBy: "The card scheme (Visa or Mastercard), through your bank",
    legalBasis: "Visa Core Rules and Mastercard Chargeback Guide (card-scheme rules, not law)",
    rule: factText(
      "Your bank must raise the chargeback within {card-chargeback-window} of the transaction, or, for goods that never arrived, within {card-chargeback-window} of the latest expected delivery date; never later than {card-chargeback-cap} after the transaction.",
    ),
    facts: [getFact("card-chargeback-window"), getFact("card-chargeback-cap"), getFact("mastercard-no-date-wait")],
    period: factDuration("card-chargeback-window"),
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
    rule: factStatement("amex-dispute-window"),
    facts: [getFact("amex-dispute-window")],
    period: factDuration("amex-dispute-window"),
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
    // The planner picks the sentence for the case: item not received, or not as described.
    rule: factStatement("paypal-inr-window"),
    facts: [getFact("paypal-inr-window"), getFact("paypal-snad-window")],
    period: factDuration("paypal-inr-window"),
    action:
      "Open a dispute in PayPal's Resolution Centre (“Report a problem”), choosing “item not received” or “significantly not as described”.",
    whenPassed:
      "PayPal no longer takes a new dispute for this payment under Buyer Protection. If PayPal charged your card, your card issuer may still help.",
    note: "Only payments for goods and services are covered.",
  },
  {
    id: "paypal-escalation",
    title: "Escalate the PayPal dispute to a claim",
    kind: "scheme",
    enforcedBy: "PayPal (Buyer Protection)",
    legalBasis: "PayPal Buyer Protection, part of PayPal's user agreement",
    rule: factStatement("paypal-escalation-window"),
    facts: [getFact("paypal-escalation-window")],
    period: factDuration("paypal-escalation-window"),
    action: "If the seller hasn't solved it, choose “Escalate to claim” in the Resolution Centre so PayPal decides.",
    whenPassed:
      "A dispute that was not escalated in time has closed and cannot be reopened.",
    note: factText(
      "Escalate even if the seller keeps promising a fix: a dispute that is not escalated closes automatically after {paypal-escalation-window} and cannot be reopened.",
    ),
  },
  {
    id: "us-fcba-billing-error",
    title: "Fair Credit Billing Act: written billing-error notice",
    kind: "law",
    enforcedBy: "US federal law (Fair Credit Billing Act), through your card issuer",
    legalBasis: "Fair Credit Billing Act, 15 U.S.C. § 1666",
    rule: factStatement("us-fcba-notice-window"),
    facts: [getFact("us-fcba-notice-window"), getFact("us-fcba-acknowledge"), getFact("us-fcba-resolve")],
    period: factDuration("us-fcba-notice-window"),
    action:
      "Write to the card issuer's billing-error address (on your statement, not the payment address): your name, account number, the amount and what went wrong. Send it by tracked mail so it arrives before this date.",
    whenPassed:
      "The Fair Credit Billing Act's billing-error process no longer covers this charge. Your card issuer's own dispute process may still apply: ask it.",
    note: factText(
      "It covers credit cards, including goods not delivered as agreed. The issuer must acknowledge within {us-fcba-acknowledge} and resolve within two billing cycles (at most {us-fcba-resolve}). This is separate from the card scheme's chargeback time limit.",
    ),
  },
  {
    id: "ca-on-card-reversal",
    title: "Ontario: ask your credit card issuer to reverse the charge",
    kind: "law",
    enforcedBy: "Ontario law (Consumer Protection Act, 2002), through your credit card issuer",
    legalBasis: "Consumer Protection Act, 2002 (Ontario), section 99, and its General regulation",
    rule: factStatement("ca-on-chargeback-request-window"),
    facts: [getFact("ca-on-chargeback-request-window"), getFact("ca-on-late-delivery"), getFact("ca-on-refund-window")],
    period: factDuration("ca-on-chargeback-request-window"),
    action:
      "Write to your credit card issuer asking it to cancel or reverse the charge under section 99 of the Consumer Protection Act, 2002, with a copy of your cancellation notice, the order, the amount and the seller's name.",
    whenPassed:
      "The Act's request window has passed. Ask the issuer anyway: a card-scheme chargeback may still be open, and the issuer decides.",
    note: factText(
      "First cancel in writing: you can once the goods are {ca-on-late-delivery} late. The seller then has {ca-on-refund-window} to refund you; only if it doesn't can you ask the issuer.",
    ),
  },
  {
    id: "ca-qc-card-reversal",
    title: "Quebec: ask your credit card issuer for a chargeback",
    kind: "law",
    enforcedBy: "Quebec law (Consumer Protection Act), through your credit card issuer",
    legalBasis: "Consumer Protection Act (Quebec), sections 54.9 and 54.13 to 54.16",
    rule: factStatement("ca-qc-chargeback-request-window"),
    facts: [
      getFact("ca-qc-chargeback-request-window"),
      getFact("ca-qc-late-delivery"),
      getFact("ca-qc-refund-window"),
      getFact("ca-qc-issuer-acknowledge"),
      getFact("ca-qc-issuer-chargeback"),
    ],
    period: factDuration("ca-qc-chargeback-request-window"),
    action:
      "Send your credit card issuer a written chargeback request: your name, card number and expiry, the merchant, the contract date, the amounts, what you bought, why and when you cancelled, and how you sent the notice.",
    whenPassed:
      "The Act's request window has passed. Ask the issuer anyway: a card-scheme chargeback may still be open, and the issuer decides.",
    note: factText(
      "First cancel in writing: you can once the goods are {ca-qc-late-delivery} late. The merchant then has {ca-qc-refund-window} to refund you. The issuer must acknowledge your request within {ca-qc-issuer-acknowledge} and reverse the charges within {ca-qc-issuer-chargeback} or two statement periods, whichever comes first.",
    ),
  },
  {
    id: "uk-cancellation",
    title: factText("UK right to cancel ({uk-cancellation-window})"),
    kind: "law",
    enforcedBy: "UK law (Consumer Contracts Regulations 2013), against the seller",
    legalBasis: "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regulations 29 to 35",
    rule: factStatement("uk-cancellation-window"),
    facts: [getFact("uk-cancellation-window"), getFact("uk-cancellation-extension"), getFact("uk-cancellation-refund"), getFact("uk-cancellation-return-goods")],
    period: factDuration("uk-cancellation-window"),
    action: factText(
      "Tell the seller in writing that you are cancelling (a message through the platform counts), then send the goods back within {uk-cancellation-return-goods} of telling them.",
    ),
    whenPassed:
      "You can no longer cancel without giving a reason. If the goods are faulty or not as described, your other rights still apply.",
    note: factText(
      "If the seller never told you about this right, the period is extended by up to {uk-cancellation-extension}. The seller must refund within {uk-cancellation-refund} of getting the goods back or your proof of posting, including standard delivery; you may pay return postage if you were told so before buying.",
    ),
  },
  {
    id: "uk-short-term-reject",
    title: factText("UK short-term right to reject ({uk-short-term-reject})"),
    kind: "law",
    enforcedBy: "UK law (Consumer Rights Act 2015), against the seller",
    legalBasis: "Consumer Rights Act 2015, sections 19 to 22",
    rule: factStatement("uk-short-term-reject"),
    facts: [getFact("uk-short-term-reject"), getFact("uk-fault-presumption")],
    period: factDuration("uk-short-term-reject"),
    action: "Tell the seller clearly, in writing, that you are rejecting the goods and want a full refund.",
    whenPassed:
      factText("You can no longer reject the goods for a full refund under the {uk-short-term-reject:adjective} rule, but you can still ask for a repair or replacement, then a price cut or refund."),
    note: factText(
      "After that you can still ask for one repair or replacement, then a price reduction or refund. For the first {uk-fault-presumption} after delivery a fault is presumed to have been there at delivery; after that you must show it was.",
    ),
  },
  {
    id: "uk-court-time-limit",
    title: "UK time limit for a court claim",
    kind: "law",
    enforcedBy: "The UK courts",
    legalBasis:
      "Limitation Act 1980, section 5 (England and Wales); Limitation (Northern Ireland) Order 1989, article 4; Prescription and Limitation (Scotland) Act 1973, section 6",
    // The planner picks the nation's fact; without one it shows Scotland's, the shortest.
    rule: factStatement("uk-limitation-sct"),
    facts: [getFact("uk-limitation-sct"), getFact("uk-limitation-eng-wls"), getFact("uk-limitation-nir")],
    period: factDuration("uk-limitation-sct"),
    action: "Start a small claim, or a Section 75 claim with your credit card issuer, long before this date.",
    whenPassed:
      "A court will usually refuse a claim started after this date.",
    note: "Counted here from the delivery date, which is usually when the breach happened. Don't wait for it: evidence fades and overseas sellers disappear.",
  },
  {
    id: "eu-withdrawal",
    title: factText("EU right of withdrawal ({eu-withdrawal-window})"),
    kind: "law",
    enforcedBy: "EU consumer law, against the seller",
    legalBasis: "Consumer Rights Directive 2011/83/EU, Articles 9 to 14",
    rule: factStatement("eu-withdrawal-window"),
    facts: [getFact("eu-withdrawal-window"), getFact("eu-withdrawal-extension"), getFact("eu-withdrawal-refund"), getFact("eu-withdrawal-return-goods")],
    period: factDuration("eu-withdrawal-window"),
    action: factText(
      "Tell the seller clearly that you are withdrawing (a message or the model withdrawal form), then send the goods back within {eu-withdrawal-return-goods}.",
    ),
    whenPassed:
      "You can no longer withdraw without giving a reason. If the goods are faulty or not as described, the legal guarantee still applies.",
    note: factText(
      "Extended by {eu-withdrawal-extension} if the seller didn't tell you about this right. The seller must refund within {eu-withdrawal-refund}, including standard delivery; you pay return postage only if told so in advance. If the last day is a weekend or public holiday, EU rules move it to the next working day, but don't count on it.",
    ),
  },
  {
    id: "eu-legal-guarantee",
    title: factText("EU legal guarantee (at least {eu-legal-guarantee})"),
    kind: "law",
    enforcedBy: "EU consumer law, against the seller",
    legalBasis: "Sale of Goods Directive (EU) 2019/771, Articles 10 to 12",
    rule: factStatement("eu-legal-guarantee"),
    facts: [getFact("eu-legal-guarantee"), getFact("eu-burden-of-proof"), getFact("eu-defect-notice")],
    period: factDuration("eu-legal-guarantee"),
    action: "Tell the seller about the defect in writing and ask for repair or replacement (or a price cut or refund if that fails).",
    whenPassed:
      "The legal guarantee no longer covers defects that appear after this date. A manufacturer's or seller's own warranty may still cover them.",
    note: factText(
      "A defect that appears within {eu-burden-of-proof} of delivery is presumed to have been there at delivery (longer in some countries). Some countries give a longer guarantee, and some require you to report a defect within {eu-defect-notice} of finding it.",
    ),
  },
  {
    id: "aliexpress-dispute",
    title: "AliExpress: open a dispute",
    kind: "platform-policy",
    enforcedBy: "AliExpress",
    whenPassed:
      "AliExpress no longer lets you open a dispute on this order. Your payment method's own dispute process may still be open.",
    legalBasis: "AliExpress Buyer Protection",
    rule: factStatement("aliexpress-dispute-window"),
    facts: [getFact("aliexpress-dispute-window")],
    period: factDuration("aliexpress-dispute-window"),
    action: "Open a dispute from the order page before the order completes, with photos, an unboxing video and tracking screenshots.",
    note:
      "The Buyer Protection countdown on your order page is the real deadline: open the dispute before it ends if you can. Never confirm receipt of an order you haven't received, and ask the seller to extend protection if the parcel is still moving.",
  },
  {
    id: "temu-return",
    title: factText("Temu: return window ({temu-return-window})"),
    kind: "platform-policy",
    enforcedBy: "Temu",
    legalBasis: "Temu Return and Refund Policy",
    rule: factText("Return eligible items within {temu-return-window} of purchase, and post the parcel within {temu-return-ship-by} of requesting the return."),
    facts: [getFact("temu-return-window"), getFact("temu-return-ship-by")],
    period: factDuration("temu-return-window"),
    action: factText(
      "Request the return or refund from “Your orders” in the Temu app or website, then post the parcel within {temu-return-ship-by}.",
    ),
    whenPassed:
      "Temu's return window for this order has closed. Contact Temu support anyway if the item is faulty, and check your payment method's dispute process.",
    note: "From Temu's official policy page; your country's Temu site may differ, so check it. Copycat sites quote a shorter window; that is wrong for temu.com. Your first return on each order is free.",
  },
  {
    id: "shein-return",
    title: factText("Shein: return window ({shein-return-window})"),
    kind: "platform-policy",
    enforcedBy: "Shein",
    legalBasis: "SHEIN Return Policy (US site)",
    rule: factStatement("shein-return-window"),
    facts: [getFact("shein-return-window"), getFact("shein-extra-return-fee")],
    period: factDuration("shein-return-window"),
    action: "Request the return from “My Orders” in the Shein app or website, and post the parcel with the label Shein gives you.",
    whenPassed:
      "Shein's return window for this order has closed. Contact Shein's customer service anyway if the item is faulty or not as described, and check your payment method's dispute process.",
    note: `${getFact("shein-return-window").note ?? ""} ${factText("The first return package for an order is free; later ones cost {shein-extra-return-fee}, taken from your refund.")}`.trim(),
  },
  {
    id: "ebay-money-back",
    title: "eBay Money Back Guarantee: report the problem",
    kind: "platform-policy",
    enforcedBy: "eBay",
    legalBasis: "eBay Money Back Guarantee policy",
    rule: factStatement("ebay-report-window"),
    facts: [getFact("ebay-report-window"), getFact("ebay-seller-response"), getFact("ebay-step-in-window")],
    period: factDuration("ebay-report-window"),
    action: factText(
      "From your purchase history, choose “I didn't receive it” or “Return this item”. If the seller doesn't fix it within {ebay-seller-response}, ask eBay to step in, and do so within {ebay-step-in-window} of opening the request.",
    ),
    whenPassed:
      "eBay's Money Back Guarantee no longer covers this order. Your payment method's own dispute process may still be open.",
    note: "The latest estimated delivery date is on your order details page. Change-of-mind returns depend on the seller's own return policy.",
  },
  {
    id: "amazon-a-to-z",
    title: "Amazon A-to-z Guarantee claim",
    kind: "platform-policy",
    enforcedBy: "Amazon",
    legalBasis: "Amazon A-to-z Guarantee (items sold by third-party sellers)",
    rule: factStatement("amazon-a-to-z-window"),
    facts: [getFact("amazon-a-to-z-window"), getFact("amazon-a-to-z-wait"), getFact("amazon-seller-reply-wait")],
    period: factDuration("amazon-a-to-z-window"),
    action: factText("Contact the seller through Your Orders and wait {amazon-seller-reply-wait} for a reply, then request an A-to-z Guarantee refund."),
    whenPassed:
      "You can no longer ask for an A-to-z Guarantee refund for this order. Your card issuer may still help.",
    note: factText(
      "For a parcel that hasn't arrived, you can claim once {amazon-a-to-z-wait} have passed since the maximum estimated delivery date. If you file a chargeback with your bank, you can no longer get an A-to-z refund, so pick one route.",
    ),
  },
  {
    id: "agent-return",
    title: "Shopping agent: return or exchange before it leaves the warehouse",
    kind: "platform-policy",
    enforcedBy: "Your shopping agent and the Taobao seller",
    legalBasis: "The agent's own terms; China's Consumer Rights Protection Law, article 25 (no-reason returns)",
    rule: factText(
      "Varies by agent. A Chinese seller must take back most goods bought online without a reason within {cn-seven-day-return} of receipt, and your agent received them at its warehouse, so ask for a return or exchange within days of the item arriving there, before it is shipped abroad.",
    ),
    facts: [getFact("cn-seven-day-return")],
    confidenceLimit: "low",
    period: null,
    action: "Check the QC photos as soon as the item reaches the warehouse, and ask the agent to return or exchange it at once if anything is wrong.",
    whenPassed:
      "Once the parcel has left the agent's warehouse, a return to the seller is rarely possible; ask the agent what its own policy still covers.",
    note:
      "We could not confirm one window: each agent sets its own, so read your agent's help pages. Once the parcel has left China, returns to the seller are rarely possible; what is left is the agent's own compensation or shipping-insurance policy.",
  },
  {
    id: "ch-warranty",
    title: factText("Switzerland: warranty claim for defects ({ch-warranty-new})"),
    kind: "law",
    enforcedBy: "Swiss law (Code of Obligations), against the seller, through the civil courts",
    legalBasis: "Code of Obligations, Articles 197 to 210",
    rule: factStatement("ch-warranty-new"),
    facts: [getFact("ch-warranty-new")],
    period: factDuration("ch-warranty-new"),
    action:
      "Tell the seller in writing about the defect as soon as you find it, with photos, and ask for your money back, a price cut or a replacement. Keep a copy.",
    whenPassed:
      "A warranty claim for this defect can no longer be brought under Swiss law. A platform's buyer protection or your card or PayPal dispute may still be open.",
    note:
      "Swiss law reaches a foreign seller only where it sells to Switzerland, and no Swiss court can make a seller in China pay: use this as your argument in the platform's dispute and with your card issuer or PayPal. A seller may exclude the warranty altogether in its terms, so read them. Report a defect as soon as you find it: waiting can cost you the claim, whatever this date says.",
  },
  {
    id: "no-withdrawal",
    title: factText("Norway: right of withdrawal (angrerett, {no-withdrawal-window})"),
    kind: "law",
    enforcedBy: "Norwegian law (angrerettloven), against the seller",
    legalBasis: "Angrerettloven 2014 (Cancellation Act), which brings Directive 2011/83/EU into Norwegian law",
    rule: factStatement("no-withdrawal-window"),
    facts: [getFact("no-withdrawal-window"), getFact("no-withdrawal-extension")],
    period: factDuration("no-withdrawal-window"),
    action: "Tell the seller clearly, in writing, that you are withdrawing from the purchase (angrerett), then send the goods back.",
    whenPassed:
      "You can no longer withdraw without giving a reason, unless the seller never told you about the right. If the goods are faulty or not as described, you can still complain about the defect (reklamasjon).",
    note: factText(
      "If the seller never told you about your right of withdrawal, the period runs up to {no-withdrawal-extension} longer. Norwegian law binds a foreign seller only where it sells to Norway (prices in kroner, Norwegian VAT at checkout, delivery offered to Norway); a seller you reached through a shopping agent sold to the agent in China, so probably isn't bound. You pay the return postage if you were told so before buying.",
    ),
  },
  {
    id: "no-complaint-limit",
    title: factText("Norway: last day to complain about a defect ({no-complaint-absolute})"),
    kind: "law",
    enforcedBy: "Norwegian law (forbrukerkjøpsloven), against the seller",
    legalBasis: "Forbrukerkjøpsloven (Consumer Purchases Act), § 27",
    rule: factStatement("no-complaint-absolute"),
    facts: [getFact("no-complaint-absolute"), getFact("no-complaint-absolute-long"), getFact("no-complaint-relative")],
    period: factDuration("no-complaint-absolute"),
    action: "Tell the seller about the defect in writing (reklamasjon) as soon as you find it, and ask for a repair, a replacement, a price cut or your money back.",
    whenPassed: factText(
      "The ordinary limit has passed. For goods meant to last much longer, such as a phone or a laptop, the limit is {no-complaint-absolute-long} from when you received them; otherwise the seller can refuse the complaint.",
    ),
    note: factText(
      "This is the outer limit: you must also complain within a reasonable time of finding the defect, and a complaint within {no-complaint-relative} of finding it is always in time. Norwegian law binds a foreign seller only where it sells to Norway, and no Norwegian body can make a seller in China pay: use it as your argument in the platform's dispute and your card claim.",
    ),
  },
  {
    id: "jp-mail-order-return",
    title: factText("Japan: return a mail-order purchase ({jp-mail-order-return-window})"),
    kind: "law",
    enforcedBy: "Japanese law (Act on Specified Commercial Transactions), against the seller",
    legalBasis: "Act on Specified Commercial Transactions, Article 15-3",
    rule: factStatement("jp-mail-order-return-window"),
    facts: [getFact("jp-mail-order-return-window")],
    period: factDuration("jp-mail-order-return-window"),
    action:
      "First read the seller's return policy. Only if it states none, tell the seller you are returning the goods and post them back, at your own cost, within the window.",
    whenPassed:
      "The legal return window has passed. Goods that are defective, fake or not what you ordered are a breach of contract whatever the return policy says: ask the seller for a repair, replacement or refund.",
    note:
      "This applies only if the seller states no return policy of its own: a stated policy, even “no returns”, replaces it, and large platforms usually state one. It is not a cooling-off right. The Act applies to sellers advertising to consumers in Japan: a seller abroad that targets Japan in Japanese may be bound by it on paper, but no Japanese authority can make a seller in China pay.",
  },
  {
    id: "kr-withdrawal",
    title: factText("South Korea: withdraw from an online purchase ({kr-withdrawal-window})"),
    kind: "law",
    enforcedBy: "Korean law (E-Commerce Act), against the seller; the Korea Fair Trade Commission enforces it",
    legalBasis: "Act on the Consumer Protection in Electronic Commerce, Article 17",
    rule: factStatement("kr-withdrawal-window"),
    facts: [getFact("kr-withdrawal-window")],
    period: factDuration("kr-withdrawal-window"),
    action: "Tell the seller in writing that you are withdrawing (청약철회), and send the goods back; you pay the return postage.",
    whenPassed:
      "You can no longer withdraw without a reason, unless the seller agreed a longer period. If the goods differ from what was advertised, the longer window for that may still be open.",
    note:
      "The Act covers online sales to consumers in Korea. A foreign shop selling to Korea in Korean may be bound on paper, but no Korean body can make a seller in China pay; a Korean purchasing agent (구매대행) is a business in Korea, and the Act does apply to it. The right is lost if the goods were damaged through your fault or lost much of their value through use.",
  },
  {
    id: "kr-misdescribed-withdrawal",
    title: "South Korea: withdraw when the goods differ from the advertisement",
    kind: "law",
    enforcedBy: "Korean law (E-Commerce Act), against the seller; the Korea Fair Trade Commission enforces it",
    legalBasis: "Act on the Consumer Protection in Electronic Commerce, Article 17",
    rule: factStatement("kr-misdescribed-window-supply"),
    facts: [getFact("kr-misdescribed-window-supply"), getFact("kr-misdescribed-window-known")],
    period: factDuration("kr-misdescribed-window-supply"),
    action: "Tell the seller in writing that you are withdrawing because the goods differ from the advertisement or the contract, with photos of both; the seller pays the return.",
    whenPassed:
      "This withdrawal right has run out. Your card issuer or the platform's dispute may still help with goods that were not as described.",
    note:
      "Whichever deadline ends first is yours. A foreign shop selling to Korea in Korean may be bound on paper, but no Korean body can make a seller in China pay; a Korean purchasing agent (구매대행) is bound.",
  },
  {
    id: "sg-lemon-law",
    title: factText("Singapore lemon law: ask for a repair or replacement ({sg-lemon-law-window})"),
    kind: "law",
    enforcedBy: "Singapore law (Consumer Protection (Fair Trading) Act), against the seller",
    legalBasis: "Consumer Protection (Fair Trading) Act, Part 3 (sections 12A to 12F)",
    rule: factStatement("sg-lemon-law-window"),
    facts: [getFact("sg-lemon-law-window")],
    period: factDuration("sg-lemon-law-window"),
    action: "Write to the seller asking for a repair or replacement, with photos of the defect; if that fails or is impossible, ask for a price cut or a refund.",
    whenPassed:
      "The lemon law's period has passed. A claim that the goods were faulty at delivery may still be possible, but you would have to show the fault was there then; the platform's dispute or your card issuer may still help.",
    note:
      "LawGoWhere says Singapore's consumer protection laws apply to goods sold to you whether or not the seller is in Singapore, but that enforcing them against a foreign seller might be difficult or impossible. Use it as your argument in the platform's dispute and your card claim. It covers goods, not services or digital items.",
  },
  {
    id: "sg-small-claims",
    title: factText("Singapore: file at the Small Claims Tribunals ({sg-small-claims-time-limit})"),
    kind: "law",
    enforcedBy: "The Small Claims Tribunals of the State Courts",
    legalBasis: "Small Claims Tribunals Act",
    rule: factStatement("sg-small-claims-time-limit"),
    facts: [getFact("sg-small-claims-time-limit")],
    period: factDuration("sg-small-claims-time-limit"),
    action: "If nothing else works, send the seller a final letter, then file your claim online with the Small Claims Tribunals.",
    whenPassed: "The tribunals will usually refuse a claim filed after this date.",
    note:
      "Against a seller abroad, getting it to take part and enforcing an order are very hard; the tribunals help most against a seller or agent in Singapore. Don't wait for this date: payment and platform deadlines come much sooner.",
  },
  {
    id: "eu-seizure-objection",
    title: factText("EU customs: agree to or object to destruction ({eu-small-consignment-objection-window})"),
    kind: "law",
    enforcedBy: "The customs authority of the EU country that detained the parcel",
    legalBasis: "Regulation 608/2013 on customs enforcement of intellectual property rights, Article 26 (small consignments)",
    rule: factStatement("eu-small-consignment-objection-window"),
    facts: [getFact("eu-small-consignment-objection-window")],
    period: factDuration("eu-small-consignment-objection-window"),
    action:
      "If you believe the goods are genuine or want them back, write to the customs office named on the notice and object, with the order, proof of payment and the listing. Send it the day you get the letter: the objection must reach customs inside the period.",
    whenPassed:
      "Customs may now treat your silence as agreement and destroy the goods. Ask the customs office at once whether a late objection can still be heard, and tell your card issuer or the platform the goods were seized.",
    note:
      "Counted from the date of the customs notice, not from the day you read it. We count working days as Monday to Friday; a public holiday in the country whose customs wrote to you adds a day, so the real last day may be a little later, never earlier. If the notice itself gives a date, go by the earlier one.",
  },
  {
    id: "gb-seizure-claim",
    title: factText("UK customs seizure: notice of claim ({gb-seizure-claim-window}, Notice 12A)"),
    kind: "law",
    enforcedBy: "Border Force or HMRC, and then the courts (condemnation proceedings)",
    legalBasis: "Customs and Excise Management Act 1979, Schedule 3; HMRC Notice 12A",
    rule: factStatement("gb-seizure-claim-window"),
    facts: [getFact("gb-seizure-claim-window"), getFact("gb-seized-goods-kept")],
    period: factDuration("gb-seizure-claim-window"),
    action:
      "If you think customs had no legal right to seize the goods, send a notice of claim to the address on the seizure notice. Separately, you can ask for the goods back (restoration) even if the seizure was legal; write early.",
    whenPassed:
      "You can no longer challenge the legality of the seizure in court; the goods are treated as forfeited. You can still ask for restoration, which has no deadline, while the goods are kept.",
    note: factText(
      "Counted from the date you entered for the notice. GOV.UK counts from the seizure itself: if the goods were seized earlier than the date on the notice, count from the seizure. There is no deadline for asking for restoration, but goods that do not perish are usually destroyed or sold {gb-seized-goods-kept} after the seizure. If you lose a claim in court, you may have to pay costs.",
    ),
  },
  {
    id: "us-cbp-seizure-petition",
    title: factText("US customs seizure: petition CBP for relief ({us-cbp-seizure-petition-window})"),
    kind: "law",
    enforcedBy: "US Customs and Border Protection (the Fines, Penalties and Forfeitures office on the notice)",
    legalBasis: "19 CFR section 171.2",
    rule: factStatement("us-cbp-seizure-petition-window"),
    facts: [getFact("us-cbp-seizure-petition-window")],
    period: factDuration("us-cbp-seizure-petition-window"),
    action:
      "File a petition for relief with the Fines, Penalties and Forfeitures office named on the notice, or ask it for more time before the period ends.",
    whenPassed:
      "The time for a petition has passed. Ask the Fines, Penalties and Forfeitures office at once whether anything is still open: the notice lists the other options.",
    note:
      "Counted from the mailing date printed on the notice, not the day it reached you: enter that date as the notice date. The notice may set a different period; go by the earlier date. CBP publishes the intent to forfeit online at about the same time, so don't assume you have longer.",
  },
  {
    id: "uk-fos-final-response",
    title: factText("Your bank's final response to your complaint ({uk-fos-firm-response-window})"),
    kind: "law",
    enforcedBy: "The Financial Conduct Authority's complaint rules, against your bank or payment firm",
    legalBasis: "FCA Handbook, DISP 1.6",
    rule: factStatement("uk-fos-firm-response-window"),
    facts: [getFact("uk-fos-firm-response-window"), getFact("uk-fos-payment-services-window")],
    period: factDuration("uk-fos-firm-response-window"),
    action:
      "Wait for your bank's final response until this date. If none comes, or you disagree with it, take your complaint to the Financial Ombudsman Service, which is free.",
    whenPassed:
      "Your bank has had its time. If it hasn't sent a final response, you can go to the Financial Ombudsman Service now, without waiting any longer.",
    note: factText(
      "This is the bank's deadline, not yours: after it, you can go to the ombudsman. For a complaint about a payment service itself (an unauthorised payment, say), the bank usually has only {uk-fos-payment-services-window}. The ombudsman deals with your bank, never with the seller.",
    ),
  },
  {
    id: "uk-fos-referral",
    title: factText("Take your complaint to the Financial Ombudsman ({uk-fos-referral-window})"),
    kind: "law",
    enforcedBy: "The Financial Ombudsman Service, about your bank or payment firm (never about the seller)",
    legalBasis: "FCA Handbook, DISP 2.8.2R",
    rule: factStatement("uk-fos-referral-window"),
    facts: [getFact("uk-fos-referral-window"), getFact("uk-fos-scope")],
    period: factDuration("uk-fos-referral-window"),
    action: "Refer your complaint to the Financial Ombudsman Service online or by phone, with the bank's final response and your evidence.",
    whenPassed:
      "The ombudsman can refuse your complaint now. It can still look at it in exceptional circumstances or if your bank agrees, so ask.",
    note:
      "If the final response didn't tell you about this time limit, the clock may not have started. The ombudsman looks at whether your bank handled a chargeback or Section 75 claim properly; it cannot act against the seller.",
  },
  {
    id: "postal-inquiry",
    title: factText("Postal inquiry about a lost parcel ({upu-inquiry-window} from posting)"),
    kind: "postal",
    enforcedBy: "The postal operator that took the parcel, through the sender",
    legalBasis: "Universal Postal Convention and its Regulations, as postal operators apply them",
    rule: factStatement("upu-inquiry-window"),
    facts: [getFact("upu-inquiry-window"), getFact("hkpost-enquiry-latest")],
    period: factDuration("upu-inquiry-window"),
    action:
      "Ask the seller or agent, who sent the parcel, to open an inquiry (a trace) with the post office it used, now rather than near the end; only the sender can usually claim compensation.",
    whenPassed:
      "Postal operators no longer accept an inquiry about this parcel. Your payment and platform routes do not depend on it.",
    note:
      "This applies only if the parcel went by post as a registered item, an insured item or a parcel, not an ordinary untracked small packet, and not a courier. Each operator can ask for an inquiry sooner.",
  },
];

/** Built at load from validated facts: a missing fact or an uncountable period stops the build here. */
export const DEADLINE_RULES: readonly DeadlineRule[] = rawRules.map(fromFacts);

const RULES_BY_ID = new Map(DEADLINE_RULES.map((rule) => [rule.id, rule]));

export function getRule(id: RuleId): DeadlineRule {
  const rule = RULES_BY_ID.get(id);
  if (rule === undefined) throw new Error(`No deadline rule with id ${id}`);
  return rule;
}
