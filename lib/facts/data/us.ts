import { defineFacts } from "../define";

/**
 * US consumer law for goods bought online (not import tax, which lives in the customs files): the
 * FTC's Mail, Internet, or Telephone Order Merchandise Rule, the credit-card claims-and-defenses
 * rule of the Truth in Lending Act, and Regulation E's time limit for debit-card errors. The Fair
 * Credit Billing Act deadlines are in payments.ts. Read on ecfr.gov and uscode.house.gov.
 */

const CHECKED = "2026-12-01";

const CFR_435 = {
  title: "16 CFR Part 435: Mail, Internet, or Telephone Order Merchandise",
  url: "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-435",
  publisher: "eCFR (US National Archives and Records Administration)",
  official: true,
};
const USC_1666I = {
  title: "15 U.S.C. § 1666i: Assertion by cardholder against card issuer of claims and defenses",
  url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section1666i&num=0&edition=prelim",
  publisher: "US House of Representatives, Office of the Law Revision Counsel",
  official: true,
};
const REG_E_1005_11 = {
  title: "12 CFR 1005.11: Procedures for resolving errors (Regulation E)",
  url: "https://www.ecfr.gov/current/title-12/chapter-X/part-1005/subpart-A/section-1005.11",
  publisher: "eCFR (US National Archives and Records Administration)",
  official: true,
};

export const US_FACTS = defineFacts("us", [
  {
    id: "us-ftc-shipping-default",
    statement: "A seller must ship within the time it advertised or, if it gave none, within {value} of receiving your properly completed order; if it can't, it must tell you and let you cancel for a full refund.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["US"],
    validFrom: "2014-12-08",
    validTo: null,
    sources: [CFR_435],
    lastVerified: CHECKED,
    confidence: "high",
    note: "16 CFR 435.2. The date is the last time the rule was amended (to name Internet orders); the default itself is older.",
    mentions: ["shipping rule", "ship within"],
  },
  {
    id: "us-ftc-prompt-refund",
    statement: "When a seller cancels an order under the FTC rule, a prompt refund means within {value} for cash, cheque or money-order payments, and within one billing cycle for a credit card.",
    value: { kind: "duration", amount: 7, unit: "working-days" },
    appliesTo: ["US"],
    validFrom: "2014-12-08",
    validTo: null,
    sources: [CFR_435],
    lastVerified: CHECKED,
    confidence: "high",
    note: "16 CFR 435.1(b), the definition of a prompt refund.",
  },
  {
    id: "us-card-claims-min",
    statement: "The right to raise a dispute about the goods themselves against a US credit card issuer applies only to purchases over {value}, made in your home state or within {us-card-claims-distance} of your address.",
    value: { kind: "money", amount: "50", currency: "USD" },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [USC_1666I],
    lastVerified: CHECKED,
    confidence: "high",
    note: "15 U.S.C. § 1666i(a). The amount and distance limits don't apply where the card issuer itself, or a business it controls, sold the goods, or where the order came from the issuer's own mail offer. An online order from abroad rarely meets the distance test.",
    mentions: ["claims and defenses", "quality"],
  },
  {
    id: "us-card-claims-distance",
    statement: "Outside your home state, the claims-and-defenses right against a US credit card issuer covers only purchases made within {value} of your mailing address.",
    value: { kind: "count", amount: 100, noun: "miles" },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [USC_1666I],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "us-reg-e-notice-window",
    statement: "For a debit card or other electronic transfer, your bank must investigate an error you report within {value} after it sent the first statement showing it.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["US"],
    validFrom: "2011-12-30",
    validTo: null,
    sources: [REG_E_1005_11],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Regulation E covers errors in the transfer itself (unauthorized, wrong amount), not a dispute with a seller about goods; for those, the bank may still raise a card-network chargeback. The date is when the CFPB republished Regulation E; the limit is older.",
    mentions: ["Regulation E", "debit"],
  },
  {
    id: "us-fcba-scope",
    statement: "The Fair Credit Billing Act's billing-error rights cover {value}.",
    value: {
      kind: "scope",
      consumersIn: ["US"],
      tradersIn: ["global"],
      summary: "US credit card accounts (not debit cards), whatever country the seller is in, including goods not delivered as agreed",
    },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [
      {
        title: "15 U.S.C. § 1666: Correction of billing errors",
        url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section1666&num=0&edition=prelim",
        publisher: "US House of Representatives, Office of the Law Revision Counsel",
        official: true,
      },
    ],
    lastVerified: CHECKED,
    confidence: "high",
  },
]);
