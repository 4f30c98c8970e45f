import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import type { NextStep } from "@/lib/deadlines/overview";
import type { RuleId } from "@/lib/deadlines/rules";
import type { ChainLinkId } from "./chain";
import { buildCasePlan, type CasePlan } from "./plan";
import { parsePlanQuery } from "./query";
import type { StepId } from "./route";

/**
 * The routing as a table of scenarios: country × platform × payment × problem × timing. Each row
 * states what a buyer in that case must see (the first step, the steps in ladder order, the routes
 * left out and why, the link of the chain highlighted) and every row is also held to the invariants
 * at the bottom. Today is fixed so "days left" and "passed" are stable.
 */

const TODAY = calendarDate("2026-12-01");

interface Row {
  name: string;
  query: string;
  /** The first step of the plan. */
  first?: StepId;
  /** Steps that must be offered, in this relative order. */
  steps?: StepId[];
  /** Steps that must not be offered. */
  absent?: StepId[];
  /** Routes listed as unable to help, with a reason. */
  notOffered?: string[];
  /** Routes whose every deadline has passed. */
  closed?: StepId[];
  /** Routes that depend on an answer the buyer didn't give. */
  dependsOn?: string[];
  highlight?: ChainLinkId;
  urgent?: boolean;
  /** What the plan leads with (the planner's overview). */
  lead?: NextStep["kind"];
  /** A step whose date to act by comes from this planner rule. */
  dueBy?: [StepId, RuleId];
  /** Steps to do now, within 24 hours. */
  now?: StepId[];
  /** Words a reason for a route left out must contain. */
  reasonMentions?: [string, RegExp];
  /** Guide pages ("slug" or "slug#section") the plan must link: a step's guide or further read, a route left out, or the chain. */
  guides?: string[];
  /** Guide pages the plan must not link. */
  noGuides?: string[];
}

const ROWS: Row[] = [
  // ——— United Kingdom ———
  {
    name: "GB · AliExpress · credit card · never arrived · fresh",
    query: "problem=not-delivered&country=GB&region=ENG&platform=aliexpress&payment=credit-card&paid=2026-11-10&expected=2026-11-28",
    first: "message-seller",
    steps: ["message-seller", "platform-dispute", "card-chargeback", "section-75", "financial-ombudsman", "econsumer-report"],
    dependsOn: ["section-75", "ukicc", "uk-small-claims"],
    highlight: "freight",
    urgent: false,
    dueBy: ["card-chargeback", "card-chargeback"],
  },
  {
    name: "GB · AliExpress · credit card · never arrived · dispute window closing in days",
    query: "problem=not-delivered&country=GB&platform=aliexpress&payment=credit-card&paid=2026-10-01&expected=2026-11-20",
    urgent: true,
    now: ["message-seller", "platform-dispute"],
    dueBy: ["platform-dispute", "aliexpress-dispute"],
  },
  {
    name: "GB · AliExpress · debit card · never arrived: no Section 75",
    query: "problem=not-delivered&country=GB&platform=aliexpress&payment=debit-card&paid=2026-11-10",
    steps: ["message-seller", "platform-dispute", "card-chargeback", "financial-ombudsman"],
    absent: ["section-75"],
    notOffered: ["section-75"],
    reasonMentions: ["section-75", /not debit cards/],
  },
  {
    name: "GB · AliExpress · PayPal · never arrived: PayPal, not a chargeback",
    query: "problem=not-delivered&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-10&sellerCountry=CN",
    steps: ["message-seller", "platform-dispute", "paypal-dispute", "econsumer-report"],
    absent: ["card-chargeback", "section-75", "financial-ombudsman", "ukicc"],
    notOffered: ["section-75", "ukicc", "uk-small-claims"],
    reasonMentions: ["ukicc", /not China/],
  },
  {
    name: "GB · Temu · buy now pay later · faulty",
    query: "problem=faulty&country=GB&platform=temu&payment=bnpl&paid=2026-11-10&delivered=2026-11-20",
    first: "platform-dispute",
    steps: ["platform-dispute", "bnpl-dispute"],
    absent: ["card-chargeback", "section-75"],
    notOffered: ["section-75"],
    highlight: "seller",
  },
  {
    name: "GB · Amazon · credit card · faulty · £80: A-to-z before the chargeback, no Section 75",
    query: "problem=faulty&country=GB&platform=amazon&payment=credit-card&paid=2026-11-10&delivered=2026-11-15&expected=2026-11-16&amount=80&currency=GBP",
    steps: ["message-seller", "platform-dispute", "card-chargeback"],
    absent: ["section-75"],
    notOffered: ["section-75"],
    reasonMentions: ["section-75", /more than £100|over £100/],
  },
  {
    name: "GB · eBay · credit card · wrong item · £250 · UK seller",
    query: "problem=wrong-item&country=GB&region=WLS&platform=ebay&payment=credit-card&paid=2026-11-10&delivered=2026-11-15&expected=2026-11-16&amount=250&currency=GBP&sellerCountry=GB",
    first: "platform-dispute",
    steps: ["platform-dispute", "card-chargeback", "section-75", "financial-ombudsman", "uk-small-claims"],
    absent: ["econsumer-report", "ukicc"],
    notOffered: ["ukicc"],
    highlight: "seller",
  },
  {
    name: "GB · agent · agent wallet · never arrived · on the international line",
    query: "problem=not-delivered&country=GB&platform=taobao-agent&agentStage=international&payment=agent-wallet&paid=2026-10-20",
    first: "message-agent",
    steps: ["message-agent", "agent-compensation", "econsumer-report"],
    absent: ["card-chargeback", "section-75", "paypal-dispute", "financial-ombudsman"],
    notOffered: ["card-chargeback", "section-75"],
    highlight: "freight",
  },
  {
    name: "GB · agent · credit card · faulty · still at the warehouse",
    query: "problem=faulty&country=GB&platform=taobao-agent&agentStage=at-warehouse&payment=credit-card&paid=2026-11-20",
    now: ["message-agent", "return-from-warehouse"],
    steps: ["message-agent", "return-from-warehouse", "card-chargeback", "section-75"],
    highlight: "seller",
  },
  {
    name: "GB · agent · PayPal · wrong item · delivered: too late to return to the seller",
    query: "problem=wrong-item&country=GB&platform=taobao-agent&agentStage=delivered&payment=paypal&paid=2026-10-20&delivered=2026-11-25",
    absent: ["return-from-warehouse"],
    notOffered: ["return-from-warehouse", "section-75"],
    highlight: "seller",
  },
  {
    name: "GB · agent · credit card · never arrived · not yet sent by the seller",
    query: "problem=not-delivered&country=GB&platform=taobao-agent&agentStage=not-shipped&payment=credit-card&paid=2026-11-20",
    steps: ["message-agent", "return-from-warehouse", "card-chargeback"],
    absent: ["agent-compensation"],
    highlight: "seller",
  },
  {
    name: "GB · agent · debit card · stopped answering · stage unknown",
    query: "problem=seller-unresponsive&country=GB&platform=taobao-agent&payment=debit-card&paid=2026-11-01",
    first: "message-agent",
    highlight: "agent",
    absent: ["section-75"],
    guides: ["scams-and-clone-sites#scam-or-slow-seller", "when-a-shop-or-agent-leaks-your-data#what-to-change-now"],
  },
  {
    name: "GB · independent shop · credit card · faulty · US seller: the UKICC can act",
    query: "problem=faulty&country=GB&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=US&amount=300&currency=GBP",
    steps: ["message-seller", "card-chargeback", "section-75", "financial-ombudsman", "ukicc", "econsumer-report"],
    notOffered: ["platform-dispute", "uk-small-claims"],
  },
  {
    name: "GB · AliExpress · credit card · faulty · two years on, England: cards closed, Section 75 and the court limit still open",
    query: "problem=faulty&country=GB&region=ENG&platform=aliexpress&payment=credit-card&paid=2024-10-01&expected=2024-10-25&delivered=2024-10-20&amount=150",
    closed: ["platform-dispute", "card-chargeback"],
    absent: ["card-chargeback", "platform-dispute"],
    steps: ["message-seller", "section-75", "financial-ombudsman"],
    dueBy: ["section-75", "uk-court-time-limit"],
    lead: "deadline",
  },
  {
    name: "GB · AliExpress · credit card · faulty · six years on, Scotland: every deadline passed, Section 75 leads",
    query: "problem=faulty&country=GB&region=SCT&platform=aliexpress&payment=credit-card&paid=2020-05-20&expected=2020-06-10&delivered=2020-06-01&amount=150",
    closed: ["platform-dispute", "card-chargeback"],
    steps: ["message-seller", "section-75", "financial-ombudsman"],
    lead: "route",
  },
  {
    name: "GB · eBay · debit card · faulty · six years on · seller in China: only the seller, the ombudsman and a report are left",
    query: "problem=faulty&country=GB&region=SCT&platform=ebay&payment=debit-card&paid=2020-05-20&expected=2020-06-10&delivered=2020-06-01&sellerCountry=CN",
    closed: ["platform-dispute", "card-chargeback"],
    first: "message-seller",
    steps: ["message-seller", "financial-ombudsman", "econsumer-report"],
    absent: ["card-chargeback", "section-75", "uk-small-claims", "ukicc"],
    notOffered: ["section-75", "ukicc", "uk-small-claims"],
    lead: "all-passed",
  },
  {
    name: "GB · AliExpress · PayPal · stuck at customs",
    query: "problem=stuck-at-customs&country=GB&platform=aliexpress&payment=paypal&paid=2026-11-01",
    first: "contact-carrier",
    now: ["contact-carrier", "message-seller"],
    highlight: "customs",
  },
  {
    name: "GB · eBay · credit card · marked delivered, not received",
    query: "problem=delivered-not-received&country=GB&platform=ebay&payment=credit-card&paid=2026-11-01&expected=2026-11-20&delivered=2026-11-18",
    first: "contact-carrier",
    steps: ["contact-carrier", "platform-dispute", "card-chargeback"],
    highlight: "carrier",
  },
  {
    name: "GB · Amazon · credit card · refund promised, not paid",
    query: "problem=refund-not-paid&country=GB&platform=amazon&payment=credit-card&paid=2026-10-01&delivered=2026-10-08&expected=2026-10-09",
    first: "message-seller",
    steps: ["message-seller", "platform-dispute", "card-chargeback"],
    highlight: "seller",
  },
  {
    name: "GB · independent shop · PayPal · changed my mind",
    query: "problem=return&country=GB&platform=other&payment=paypal&paid=2026-11-20&delivered=2026-11-25",
    first: "message-seller",
    dueBy: ["message-seller", "uk-cancellation"],
    notOffered: ["platform-dispute", "section-75"],
  },
  {
    name: "GB · Shein · something else · faulty: ask the payment provider",
    query: "problem=faulty&country=GB&platform=shein&payment=other&paid=2026-11-10&delivered=2026-11-20",
    steps: ["platform-dispute", "ask-payment-provider"],
    absent: ["card-chargeback", "section-75", "financial-ombudsman"],
  },

  // ——— European Union, Norway ———
  {
    name: "DE · AliExpress · credit card · never arrived · seller in China: no ECC, no European small claims",
    query: "problem=not-delivered&country=DE&platform=aliexpress&payment=credit-card&paid=2026-11-01&sellerCountry=CN",
    steps: ["message-seller", "platform-dispute", "card-chargeback", "econsumer-report"],
    absent: ["ecc-net", "eu-small-claims", "section-75"],
    notOffered: ["ecc-net", "eu-small-claims", "eu-odr"],
    reasonMentions: ["ecc-net", /can't act against a seller in China/],
  },
  {
    name: "DE · eBay · PayPal · faulty · seller in France: ECC-Net and European small claims",
    query: "problem=faulty&country=DE&platform=ebay&payment=paypal&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-12&sellerCountry=FR",
    steps: ["platform-dispute", "paypal-dispute", "ecc-net", "econsumer-report", "eu-small-claims"],
  },
  {
    name: "DE · independent shop · debit card · faulty · seller in Germany: national bodies and courts",
    query: "problem=faulty&country=DE&platform=other&payment=debit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=DE",
    steps: ["message-seller", "card-chargeback", "national-consumer-body", "local-small-claims"],
    absent: ["ecc-net", "eu-small-claims", "econsumer-report"],
    notOffered: ["ecc-net", "eu-small-claims"],
  },
  {
    name: "DK · Temu · credit card · not as described · seller in Sweden: ECC yes, European small claims no (Denmark)",
    query: "problem=not-as-described&country=DK&platform=temu&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=SE",
    steps: ["platform-dispute", "card-chargeback", "ecc-net"],
    absent: ["eu-small-claims"],
    notOffered: ["eu-small-claims"],
  },
  {
    name: "FR · eBay · credit card · faulty · €6,000 · seller in Germany: over the European small claims limit",
    query: "problem=faulty&country=FR&platform=ebay&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-11&sellerCountry=DE&amount=6000&currency=EUR",
    steps: ["platform-dispute", "card-chargeback", "ecc-net"],
    absent: ["eu-small-claims"],
    notOffered: ["eu-small-claims"],
    reasonMentions: ["eu-small-claims", /larger/],
  },
  {
    name: "IE · Shein · buy now pay later · changed my mind",
    query: "problem=return&country=IE&platform=shein&payment=bnpl&paid=2026-11-10&delivered=2026-11-20",
    first: "platform-dispute",
    steps: ["platform-dispute", "bnpl-dispute"],
    dueBy: ["platform-dispute", "eu-withdrawal"],
    dependsOn: ["ecc-net", "eu-small-claims"],
  },
  {
    name: "IT · AliExpress · Amex · unexpected charges · parcel held",
    query: "problem=unexpected-charges&country=IT&platform=aliexpress&payment=amex&paid=2026-11-01",
    first: "query-customs-charge",
    steps: ["query-customs-charge", "message-seller", "platform-dispute", "amex-dispute"],
    highlight: "customs",
  },
  {
    name: "NO · AliExpress · credit card · never arrived · seller in Sweden: ECC-Net serves Norway",
    query: "problem=not-delivered&country=NO&platform=aliexpress&payment=credit-card&paid=2026-11-01&sellerCountry=SE",
    steps: ["message-seller", "platform-dispute", "card-chargeback", "ecc-net"],
    absent: ["eu-small-claims"],
  },

  // ——— Countries whose consumer law is still being added ———
  {
    name: "CH · Temu · credit card · faulty: payment and platform routes only",
    query: "problem=faulty&country=CH&platform=temu&payment=credit-card&paid=2026-11-01&delivered=2026-11-10",
    steps: ["platform-dispute", "card-chargeback", "econsumer-report"],
    absent: ["ecc-net", "section-75", "eu-small-claims"],
    dependsOn: ["local-small-claims"],
  },
  {
    name: "JP · Amazon · Amex · never arrived",
    query: "problem=not-delivered&country=JP&platform=amazon&payment=amex&paid=2026-11-01&expected=2026-11-15",
    steps: ["message-seller", "platform-dispute", "amex-dispute"],
    absent: ["card-chargeback", "section-75"],
  },
  {
    name: "KR · Shein · PayPal · wrong item",
    query: "problem=wrong-item&country=KR&platform=shein&payment=paypal&paid=2026-11-01&delivered=2026-11-12",
    steps: ["platform-dispute", "paypal-dispute"],
  },
  {
    name: "SG · agent · bank transfer · stopped answering · seller in China",
    query: "problem=seller-unresponsive&country=SG&platform=taobao-agent&payment=bank-transfer&paid=2026-10-01&sellerCountry=CN",
    steps: ["message-agent", "bank-recall", "econsumer-report"],
    notOffered: ["card-chargeback", "local-small-claims"],
  },

  // ——— United States ———
  {
    name: "US · Shein · credit card · faulty: billing-error notice, chargeback and Shein's US window",
    query: "problem=faulty&country=US&platform=shein&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&statementDate=2026-11-05",
    steps: ["platform-dispute", "fcba-notice", "card-chargeback"],
    dueBy: ["fcba-notice", "us-fcba-billing-error"],
  },
  {
    name: "US · AliExpress · debit card · never arrived: no Fair Credit Billing Act",
    query: "problem=not-delivered&country=US&platform=aliexpress&payment=debit-card&paid=2026-11-01",
    absent: ["fcba-notice"],
    notOffered: ["fcba-notice"],
  },
  {
    name: "US · Amazon · Amex · not as described",
    query: "problem=not-as-described&country=US&platform=amazon&payment=amex&paid=2026-11-01&delivered=2026-11-08&expected=2026-11-09",
    steps: ["message-seller", "platform-dispute", "fcba-notice", "amex-dispute"],
  },
  {
    name: "US · AliExpress · credit card · stopped answering after delivery: AliExpress's window has closed, the cards' have not",
    query: "problem=seller-unresponsive&country=US&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-12",
    steps: ["message-seller", "fcba-notice", "card-chargeback"],
    closed: ["platform-dispute"],
    highlight: "seller",
  },

  // ——— Canada ———
  {
    name: "CA-ON · independent shop · credit card · never arrived: cancel, then the statutory reversal",
    query: "problem=not-delivered&country=CA&region=ON&platform=other&payment=credit-card&paid=2026-09-01&expected=2026-09-20",
    steps: ["message-seller", "cancel-in-writing", "provincial-card-reversal", "card-chargeback"],
    dueBy: ["provincial-card-reversal", "ca-on-card-reversal"],
  },
  {
    name: "CA-ON · independent shop · credit card · never arrived · C$40: under Ontario's threshold",
    query: "problem=not-delivered&country=CA&region=ON&platform=other&payment=credit-card&paid=2026-09-01&amount=40&currency=CAD",
    absent: ["provincial-card-reversal", "cancel-in-writing"],
    notOffered: ["provincial-card-reversal"],
  },
  {
    name: "CA-QC · AliExpress · credit card · faulty: the reversal is for non-delivery only",
    query: "problem=faulty&country=CA&region=QC&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-10",
    absent: ["provincial-card-reversal"],
    notOffered: ["provincial-card-reversal"],
  },
  {
    name: "CA-QC · eBay · debit card · never arrived: the reversal is for credit cards",
    query: "problem=not-delivered&country=CA&region=QC&platform=ebay&payment=debit-card&paid=2026-11-01",
    notOffered: ["provincial-card-reversal"],
  },
  {
    name: "CA · no province · credit card · never arrived: the province would open a route",
    query: "problem=not-delivered&country=CA&platform=temu&payment=credit-card&paid=2026-11-01",
    dependsOn: ["provincial-card-reversal"],
    absent: ["provincial-card-reversal"],
  },

  // ——— Australia and New Zealand ———
  {
    name: "AU · Temu · PayPal · not as described",
    query: "problem=not-as-described&country=AU&platform=temu&payment=paypal&paid=2026-11-01&delivered=2026-11-10",
    steps: ["platform-dispute", "paypal-dispute", "au-state-agency", "econsumer-report"],
  },
  {
    name: "NZ · independent shop · credit card · faulty · New Zealand seller: the Disputes Tribunal",
    query: "problem=faulty&country=NZ&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-05&sellerCountry=NZ",
    steps: ["message-seller", "card-chargeback", "nz-disputes-tribunal"],
    notOffered: ["nz-commerce-commission"],
  },
  {
    name: "NZ · AliExpress · credit card · faulty · seller in China: no tribunal step",
    query: "problem=faulty&country=NZ&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-05&sellerCountry=CN",
    absent: ["nz-disputes-tribunal"],
    notOffered: ["nz-disputes-tribunal"],
  },

  // ——— The newer guides: where each is the next read, and where it isn't ———
  {
    name: "GB · AliExpress · credit card · held at customs: object to a seizure notice, with the UK's procedure",
    query: "problem=stuck-at-customs&country=GB&platform=aliexpress&payment=credit-card&paid=2026-11-01",
    now: ["contact-carrier", "customs-seizure-objection", "message-seller"],
    steps: ["contact-carrier", "customs-seizure-objection", "message-seller"],
    guides: ["parcel-seized-or-detained-by-customs#in-the-uk-a-notice-of-seizure-and-notice-12a", "customs-charges-and-disputes#who-is-responsible-at-each-leg"],
    noGuides: ["lost-in-the-post", "import-tax-refunds-when-you-return-or-reject-goods"],
  },
  {
    name: "FR · Temu · PayPal · held at customs: the EU's small-consignment procedure",
    query: "problem=stuck-at-customs&country=FR&platform=temu&payment=paypal&paid=2026-11-01",
    steps: ["customs-seizure-objection", "platform-dispute"],
    guides: ["parcel-seized-or-detained-by-customs#in-the-eu-the-small-consignment-procedure"],
  },
  {
    name: "US · AliExpress · credit card · charged unexpectedly: no seizure step, the import-tax refunds guide beside the bill check, the CFPB",
    query: "problem=unexpected-charges&country=US&platform=aliexpress&payment=credit-card&paid=2026-11-01",
    steps: ["query-customs-charge", "cfpb-complaint"],
    absent: ["customs-seizure-objection", "reclaim-import-charges"],
    guides: ["import-tax-refunds-when-you-return-or-reject-goods#two-different-claims", "ombudsmen-and-their-clocks#us-the-cfpb-and-your-rights-under-card-law"],
    noGuides: ["parcel-seized-or-detained-by-customs"],
  },
  {
    name: "GB · independent shop · credit card · changed my mind: import charges back from HMRC, alongside the message",
    query: "problem=return&country=GB&platform=other&payment=credit-card&paid=2026-11-20&delivered=2026-11-25",
    first: "message-seller",
    steps: ["message-seller", "reclaim-import-charges"],
    now: ["reclaim-import-charges"],
    guides: ["import-tax-refunds-when-you-return-or-reject-goods#united-kingdom"],
  },
  {
    name: "DE · eBay · debit card · faulty: import charges back from EU customs, and the EU's legal guarantee",
    query: "problem=faulty&country=DE&platform=ebay&payment=debit-card&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-12",
    first: "platform-dispute",
    steps: ["platform-dispute", "reclaim-import-charges"],
    guides: ["import-tax-refunds-when-you-return-or-reject-goods#european-union", "your-rights-eu#the-legal-guarantee"],
  },
  {
    name: "JP · Amazon · credit card · faulty: no import-charge claim where the guide doesn't cover the country",
    query: "problem=faulty&country=JP&platform=amazon&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-11",
    absent: ["reclaim-import-charges"],
    guides: ["your-rights-japan#defective-fake-or-not-as-described", "your-rights-japan#your-card-and-paypal"],
    noGuides: ["import-tax-refunds-when-you-return-or-reject-goods"],
  },
  {
    name: "GB · agent · credit card · never arrived · on the international line: the agent files the postal claim",
    query: "problem=not-delivered&country=GB&platform=taobao-agent&agentStage=international&payment=credit-card&paid=2026-10-20",
    first: "message-agent",
    steps: ["message-agent", "agent-compensation", "card-chargeback", "section-75"],
    guides: [
      "lost-in-the-post#how-to-get-the-seller-or-agent-to-file",
      "shopping-agents-from-the-inside#when-a-shipping-line-is-suspended-mid-route",
      "who-is-the-trader-with-an-agent#purchasing-agent-reseller-or-forwarder",
      "who-is-the-trader-with-an-agent#section-75-and-card-protection",
    ],
    highlight: "freight",
  },
  {
    name: "GB · agent · debit card · faulty · at the warehouse: the storage clock, not the post",
    query: "problem=faulty&country=GB&platform=taobao-agent&agentStage=at-warehouse&payment=debit-card&paid=2026-11-20",
    guides: ["shopping-agents-from-the-inside#how-long-can-items-stay-in-the-warehouse", "who-is-the-trader-with-an-agent"],
    noGuides: ["lost-in-the-post"],
  },
  {
    name: "US · eBay · PayPal · marked delivered, not received: the local carrier's trace",
    query: "problem=delivered-not-received&country=US&platform=ebay&payment=paypal&paid=2026-11-01&expected=2026-11-20&delivered=2026-11-18",
    first: "contact-carrier",
    guides: ["lost-in-the-post#if-the-loss-happened-in-your-own-country", "lost-in-the-post#who-can-claim-from-the-post-or-carrier"],
    noGuides: ["who-is-the-trader-with-an-agent", "scams-and-clone-sites"],
  },
  {
    name: "AU · independent shop · bank transfer · stopped answering: scam signs, what a bank can do, and no card route",
    query: "problem=seller-unresponsive&country=AU&platform=other&payment=bank-transfer&paid=2026-11-01",
    steps: ["message-seller", "bank-recall"],
    absent: ["financial-ombudsman", "card-chargeback"],
    notOffered: ["card-chargeback"],
    guides: ["scams-and-clone-sites#scam-or-slow-seller", "scams-and-clone-sites#bank-transfer", "paying-without-a-card#bank-transfers-crypto-and-gift-cards"],
    noGuides: ["ombudsmen-and-their-clocks"],
  },
  {
    name: "GB · Shein · bank transfer · stopped answering: the UK's reimbursement rule for UK transfers",
    query: "problem=seller-unresponsive&country=GB&platform=shein&payment=bank-transfer&paid=2026-11-01",
    steps: ["platform-dispute", "bank-recall"],
    guides: ["scams-and-clone-sites#bank-transfer"],
  },
  {
    name: "GB · agent · agent wallet · wrong item · delivered: wallet and Section 75 routes explained",
    query: "problem=wrong-item&country=GB&platform=taobao-agent&agentStage=delivered&payment=agent-wallet&paid=2026-10-20&delivered=2026-11-25",
    notOffered: ["card-chargeback", "section-75"],
    guides: ["paying-without-a-card#agent-wallets-and-top-ups", "who-is-the-trader-with-an-agent#section-75-and-card-protection", "who-is-the-trader-with-an-agent#what-still-works"],
    noGuides: ["scams-and-clone-sites"],
  },
  {
    name: "IE · Shein · buy now pay later · faulty: what buy now pay later protects",
    query: "problem=faulty&country=IE&platform=shein&payment=bnpl&paid=2026-11-10&delivered=2026-11-20",
    guides: ["paying-without-a-card#buy-now-pay-later"],
    noGuides: ["ombudsmen-and-their-clocks"],
  },
  {
    name: "AU · Temu · debit card · faulty: AFCA after the bank",
    query: "problem=faulty&country=AU&platform=temu&payment=debit-card&paid=2026-11-01&delivered=2026-11-10",
    steps: ["platform-dispute", "card-chargeback", "financial-ombudsman", "au-state-agency"],
    guides: ["ombudsmen-and-their-clocks#australia-afca"],
  },
  {
    name: "CA · AliExpress · credit card · not as described: OBSI after the bank",
    query: "problem=not-as-described&country=CA&region=BC&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-10",
    steps: ["message-seller", "card-chargeback", "financial-ombudsman"],
    guides: ["ombudsmen-and-their-clocks#canada-obsi"],
  },
  {
    name: "GB · AliExpress · credit card · faulty: the Financial Ombudsman's clocks",
    query: "problem=faulty&country=GB&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-10",
    guides: ["ombudsmen-and-their-clocks#uk-the-financial-ombudsman-service"],
  },
  {
    name: "CH · independent shop · credit card · faulty · Swiss seller: the E-commerce Ombudsman and conciliation",
    query: "problem=faulty&country=CH&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=CH",
    steps: ["message-seller", "card-chargeback", "ch-ecommerce-ombudsman", "local-small-claims"],
    absent: ["national-consumer-body", "econsumer-report", "financial-ombudsman"],
    notOffered: ["ecc-net"],
    guides: ["your-rights-switzerland#who-can-help-and-who-cant", "your-rights-switzerland#small-claims-conciliation-first", "your-rights-switzerland#faulty-fake-or-not-as-described-the-warranty"],
  },
  {
    name: "CH · AliExpress · PayPal · changed my mind · seller in China: no Swiss body can act, no right to cancel online",
    query: "problem=return&country=CH&platform=aliexpress&payment=paypal&paid=2026-11-01&delivered=2026-11-10&sellerCountry=CN",
    absent: ["ch-ecommerce-ombudsman", "reclaim-import-charges"],
    notOffered: ["ch-ecommerce-ombudsman", "ecc-net", "local-small-claims"],
    reasonMentions: ["ch-ecommerce-ombudsman", /can't act against a seller in China/],
    guides: ["your-rights-switzerland#no-right-to-change-your-mind-online"],
  },
  {
    name: "NO · independent shop · credit card · faulty · Norwegian seller: the credit claim, Forbrukerrådet, the conciliation board",
    query: "problem=faulty&country=NO&platform=other&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=NO",
    steps: ["message-seller", "card-chargeback", "no-credit-claim", "no-consumer-council", "local-small-claims"],
    absent: ["ecc-net", "national-consumer-body"],
    guides: ["your-rights-norway#your-credit-card-a-claim-against-the-card-issuer", "your-rights-norway#who-can-help-and-who-cant", "your-rights-norway#small-claims-the-conciliation-board", "ombudsmen-and-their-clocks#elsewhere"],
  },
  {
    name: "NO · Temu · debit card · never arrived · seller in China: no credit claim, no Norwegian body",
    query: "problem=not-delivered&country=NO&platform=temu&payment=debit-card&paid=2026-11-01&sellerCountry=CN",
    absent: ["no-credit-claim", "no-consumer-council"],
    notOffered: ["no-consumer-council", "ecc-net"],
  },
  {
    name: "JP · AliExpress · credit card · not as described · seller in China: the CCJ, with its partner caveat, and the instalment defence",
    query: "problem=not-as-described&country=JP&platform=aliexpress&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=CN",
    steps: ["message-seller", "card-chargeback", "jp-ccj", "econsumer-report"],
    notOffered: ["local-small-claims"],
    guides: ["your-rights-japan#who-can-help-and-who-cant", "your-rights-japan#your-card-and-paypal"],
  },
  {
    name: "KR · Temu · credit card · changed my mind · seller in China: the cross-border portal and the withdrawal right",
    query: "problem=return&country=KR&platform=temu&payment=credit-card&paid=2026-11-01&delivered=2026-11-05&sellerCountry=CN",
    steps: ["platform-dispute", "card-chargeback", "kr-cross-border-portal"],
    guides: ["your-rights-south-korea#who-can-help-and-who-cant", "your-rights-south-korea#withdrawing-from-an-online-purchase-청약철회"],
  },
  {
    name: "SG · independent shop · debit card · faulty · Singapore seller: CASE, then the Small Claims Tribunals",
    query: "problem=faulty&country=SG&platform=other&payment=debit-card&paid=2026-11-01&delivered=2026-11-10&sellerCountry=SG",
    steps: ["message-seller", "card-chargeback", "sg-case", "local-small-claims"],
    guides: ["your-rights-singapore#the-small-claims-tribunals", "your-rights-singapore#defective-goods-the-lemon-law"],
  },
  {
    name: "SG · Shein · PayPal · faulty · seller unknown: CASE depends on where the seller is",
    query: "problem=faulty&country=SG&platform=shein&payment=paypal&paid=2026-11-01&delivered=2026-11-10",
    absent: ["sg-case"],
    dependsOn: ["sg-case", "local-small-claims"],
  },
  {
    name: "GB · eBay · credit card · faulty · UK seller: no country guide for a buyer the plan already serves, no data-breach guide in any plan",
    query: "problem=faulty&country=GB&platform=ebay&payment=credit-card&paid=2026-11-01&delivered=2026-11-10&expected=2026-11-11&sellerCountry=GB",
    noGuides: ["your-rights-eu", "your-rights-switzerland", "when-a-shop-or-agent-leaks-your-data", "scams-and-clone-sites", "paying-without-a-card"],
  },

  // ——— Anywhere else ———
  {
    name: "other · independent shop · bank transfer · never arrived: no chargeback, no public body",
    query: "problem=not-delivered&country=other&platform=other&payment=bank-transfer&paid=2026-11-01",
    steps: ["message-seller", "bank-recall", "econsumer-report"],
    absent: ["card-chargeback", "local-small-claims"],
    notOffered: ["platform-dispute", "card-chargeback"],
  },
];

function plan(query: string): CasePlan {
  const parsed = parsePlanQuery(new URLSearchParams(query), { today: TODAY });
  if (!parsed.ok) throw new Error(`scenario query did not parse: ${JSON.stringify(parsed.errors)}`);
  return buildCasePlan(parsed.input, { today: TODAY });
}

const stepIds = (result: CasePlan) => result.steps.map((step) => step.id);

/** Every guide page the plan links, as "slug#section" (or "slug"), from steps, further reads, routes left out and the chain. */
function linkedGuides(result: CasePlan): string[] {
  const hrefs = [
    ...result.steps.flatMap((step) => [step.guide.href, ...step.more.map((link) => link.href)]),
    ...result.notOffered.flatMap((route) => (route.guide === null ? [] : [route.guide.href])),
    ...(result.chain.guide === null ? [] : [result.chain.guide.href]),
  ];
  return hrefs.map((href) => decodeURIComponent(href.replace(/^\/guides\//, "")));
}

const links = (linked: string[], guide: string) => linked.some((href) => href === guide || href.startsWith(`${guide}#`));

describe("the case plan's routing, scenario by scenario", () => {
  it("covers at least 40 scenarios across countries, platforms, payments, problems and timings", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    const params = ROWS.map((row) => new URLSearchParams(row.query));
    for (const key of ["country", "platform", "payment", "problem"]) {
      expect(new Set(params.map((p) => p.get(key))).size, key).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(ROWS)("$name", (row) => {
    const result = plan(row.query);
    const ids = stepIds(result);
    if (row.first) expect(ids[0]).toBe(row.first);
    if (row.steps) {
      const positions = row.steps.map((id) => ids.indexOf(id));
      expect(positions.every((p) => p >= 0), `offered: ${ids.join(", ")}`).toBe(true);
      expect([...positions].sort((a, b) => a - b), `ladder order: ${ids.join(", ")}`).toEqual(positions);
    }
    for (const id of row.absent ?? []) expect(ids, `${id} must not be a step`).not.toContain(id);
    for (const id of row.notOffered ?? []) {
      const entry = result.notOffered.find((n) => n.id === id);
      expect(entry, `${id} listed as unable to help; got ${result.notOffered.map((n) => n.id).join(", ")}`).toBeDefined();
      expect(entry?.reason.length).toBeGreaterThan(20);
    }
    for (const id of row.closed ?? []) expect(result.closed.map((c) => c.id)).toContain(id);
    for (const id of row.dependsOn ?? []) expect(result.dependsOn.map((d) => d.id)).toContain(id);
    if (row.highlight) expect(result.chain.highlight).toBe(row.highlight);
    if (row.urgent !== undefined) expect(result.urgent).toBe(row.urgent);
    if (row.lead) expect(result.overview.next.kind).toBe(row.lead);
    if (row.dueBy) {
      const [stepId, ruleId] = row.dueBy;
      expect(result.steps.find((s) => s.id === stepId)?.dueBy?.id).toBe(ruleId);
    }
    for (const id of row.now ?? []) expect(result.steps.find((s) => s.id === id)?.phase, id).toBe("now");
    if (row.reasonMentions) {
      const [id, words] = row.reasonMentions;
      expect(result.notOffered.find((n) => n.id === id)?.reason).toMatch(words);
    }
    const linked = linkedGuides(result);
    for (const guide of row.guides ?? []) expect(links(linked, guide), `${guide} linked; got ${linked.join(", ")}`).toBe(true);
    for (const guide of row.noGuides ?? []) expect(links(linked, guide), `${guide} must not be linked`).toBe(false);
  });

  describe.each(ROWS)("invariants: $name", (row) => {
    const result = plan(row.query);

    it("offers no step whose every deadline has passed, and no route it also says can't help", () => {
      for (const step of result.steps) {
        // Writing to the seller, and a route with no short deadline (Section 75), stay open whatever has passed.
        if (step.rung !== "seller" && step.kind !== "open" && step.deadlines.length === 0) expect(step.passed.length, step.id).toBe(0);
      }
      const offered = new Set(stepIds(result));
      for (const entry of result.notOffered) expect(offered.has(entry.id as StepId), entry.id).toBe(false);
    });

    it("starts with something to do now, numbers the steps in order, and keeps the ladder's order within each phase", () => {
      expect(result.steps[0]?.phase).toBe("now");
      expect(result.steps.map((s) => s.number)).toEqual(result.steps.map((_, i) => i + 1));
      const rank = { now: 0, next: 1, later: 2 } as const;
      const phases = result.steps.map((s) => rank[s.phase]);
      expect([...phases].sort((a, b) => a - b)).toEqual(phases);
    });

    it("takes every date from the deadline planner, and puts each open one in the calendar", () => {
      const planner = new Map(result.deadlinePlan.deadlines.map((d) => [d.id, d]));
      for (const step of result.steps) {
        for (const deadline of [...step.deadlines, ...step.passed]) expect(deadline).toBe(planner.get(deadline.id));
      }
      const open = result.deadlinePlan.deadlines.filter((d) => d.date !== null && (d.status === "upcoming" || d.status === "today"));
      expect(result.calendar.map((d) => d.id).sort()).toEqual(open.map((d) => d.id).sort());
    });

    it("gives the seller a reply-by date before the next deadline it protects", () => {
      for (const step of result.steps) {
        if (step.phase === "next" && step.dueBy?.date) expect(result.replyBy <= step.dueBy.date, step.id).toBe(true);
      }
    });
  });
});
