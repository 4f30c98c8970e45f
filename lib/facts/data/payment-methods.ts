import { defineFacts } from "../define";

/**
 * Paying without a card: when UK buy now pay later came under FCA regulation, and the dispute steps
 * of Klarna and Clearpay/Afterpay as their own help pages give them. Card, PayPal and Section 75
 * figures are in payments.ts and uk.ts; the UK bank-transfer scam rule is in scams.ts.
 */

const CHECKED = "2026-12-01";

const FRESHFIELDS_DPC = {
  title: "Freshfields: UK BNPL regime, FCA publishes final rules (PS26/1, regulation from 15 July 2026)",
  url: "https://riskandcompliance.freshfields.com/post/102mkqc/uk-bnpl-regime-fca-publishes-final-rules",
  publisher: "Freshfields (law firm)",
  official: false,
  why: "The FCA's own pages on regulating buy now pay later and its policy statement PS26/1 are not in our stored copies; several independent summaries of PS26/1 agree on the date and the scope.",
};
const OSBORNE_CLARKE_DPC = {
  title: "Osborne Clarke: FCA finalises UK buy-now, pay-later credit rules ahead of July implementation",
  url: "https://www.osborneclarke.com/insights/fca-finalises-uk-buy-now-pay-later-credit-rules-ahead-july-implementation",
  publisher: "Osborne Clarke (law firm)",
  official: false,
  why: "As above: a second, independent summary of the FCA's final rules, read because the FCA's own page was not in our stored copies.",
};
const KLARNA_AFTER_REPORT = {
  title: "Klarna UK: What happens after I've reported my problem?",
  url: "https://www.klarna.com/uk/customer-service/what-happens-after-ive-reported-my-problem/",
  publisher: "Klarna",
  official: true,
};
const KLARNA_BUYER_PROTECTION_UK = {
  title: "Klarna UK: Buyer Protection Policy for consumers",
  url: "https://www.klarna.com/uk/buyer-protection-description/",
  publisher: "Klarna",
  official: true,
};
const CLEARPAY_NOT_ARRIVED = {
  title: "Clearpay: What should I do if my goods haven't arrived or have arrived damaged or faulty?",
  url: "https://help.clearpay.co.uk/hc/en-gb/articles/7476553870361-What-should-I-do-if-my-goods-haven-t-arrived-or-have-arrived-damaged-faulty",
  publisher: "Clearpay",
  official: true,
};
const AFTERPAY_NOT_RECEIVED = {
  title: "Afterpay: Self-service, non-receipt of goods",
  url: "https://help.afterpay.com/hc/en-us/articles/5212463164569-Self-Service-non-receipt-of-goods-",
  publisher: "Afterpay",
  official: true,
};
const ADYEN_CLEARPAY = {
  title: "Adyen: Afterpay and Clearpay chargebacks (shopper dispute time limit)",
  url: "https://docs.adyen.com/risk-management/chargeback-guidelines/afterpay-chargebacks",
  publisher: "Adyen (payment processor)",
  official: false,
  why: "Clearpay's and Afterpay's consumer help pages in our stored copies give no time limit for a dispute; this payment processor's merchant documentation states the limit Afterpay and Clearpay apply.",
};

export const PAYMENT_METHOD_FACTS = defineFacts("payment-methods", [
  {
    id: "uk-dpc-regulated-from",
    statement:
      "Interest-free buy now pay later from a separate lender (deferred payment credit, such as Klarna or Clearpay instalments) became regulated by the UK Financial Conduct Authority on {value}, for agreements made from that day.",
    value: { kind: "date", date: "2026-07-15" },
    appliesTo: ["GB"],
    validFrom: "2026-07-15",
    validTo: null,
    sources: [FRESHFIELDS_DPC, OSBORNE_CLARKE_DPC],
    lastVerified: CHECKED,
    confidence: "medium",
    note:
      "From that day lenders must check that you can afford each agreement, give clear information about it, tell you about missed payments and help you if you struggle, and you can take a complaint to the Financial Ombudsman Service. Agreements made before that day stay unregulated. Instalment plans a shop offers itself, with no separate lender, stay outside regulation. Reports say Section 75 will also apply to regulated agreements; we could not read that in the legislation itself, so ask the lender before relying on it.",
    mentions: ["deferred payment credit", "buy now pay later", "BNPL"],
  },
  {
    id: "klarna-store-resolution-period",
    statement:
      "When you report a problem with an order to Klarna, it pauses your payments; if you and the store have not sorted it out after {value}, Klarna asks you for evidence and then decides.",
    value: { kind: "duration", amount: 21, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [KLARNA_AFTER_REPORT, KLARNA_BUYER_PROTECTION_UK],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "Klarna's UK and US help pages give the same period. If Klarna decides for the store, the paused payments fall due again on an updated schedule. Klarna's Buyer Protection does not cover illegal items or, in the US, purchases with the Klarna Card. The date is the earliest version of the help page we vouch for.",
    mentions: ["Klarna"],
  },
  {
    id: "clearpay-merchant-wait",
    statement:
      "Clearpay (called Afterpay outside the UK) asks you to contact the store first and wait {value} for an answer before you raise a dispute in its app.",
    value: { kind: "duration", amount: 7, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [CLEARPAY_NOT_ARRIVED, AFTERPAY_NOT_RECEIVED],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Clearpay counts calendar days from the day you placed the order; Afterpay asks you to allow the store that long to reply. A dispute raised in the app goes to the store first, and Clearpay decides only if you reject the store's answer. The date is the earliest version of the help pages we vouch for.",
    mentions: ["Clearpay", "Afterpay"],
  },
  {
    id: "clearpay-dispute-window",
    statement:
      "Shoppers can raise a dispute with Afterpay or Clearpay up to {value} after the payment, the cancellation or the date the goods were expected, according to a payment processor's guide for merchants.",
    value: { kind: "duration", amount: 120, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [ADYEN_CLEARPAY],
    lastVerified: CHECKED,
    confidence: "low",
    note: "Neither Clearpay's nor Afterpay's own consumer pages that we could read state a limit, so raise a dispute as soon as the store's waiting time has passed, long before this.",
    mentions: ["Clearpay", "Afterpay"],
  },
]);
