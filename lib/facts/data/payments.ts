import { defineFacts } from "../define";

/**
 * Payment routes: PayPal Buyer Protection, the card schemes' dispute limits, American Express and the
 * US Fair Credit Billing Act. Checked against each scheme's own pages on the dates given.
 */

const PAYPAL_TIMEFRAMES_CH = {
  title: "PayPal Switzerland: Dispute filing timeframes",
  url: "https://www.paypal.com/ch/cshelp/article/dispute-filing-timeframes-help1173",
  publisher: "PayPal",
  official: true,
};
const PAYPAL_TIMEFRAMES_US = {
  title: "PayPal US: Dispute filing timeframes",
  url: "https://www.paypal.com/us/cshelp/article/dispute-filing-timeframes-help1173",
  publisher: "PayPal",
  official: true,
};
const PAYPAL_TIMEFRAMES_HK = {
  title: "PayPal Hong Kong: Dispute filing timeframes",
  url: "https://www.paypal.com/hk/cshelp/article/dispute-filing-timeframes-help1173",
  publisher: "PayPal",
  official: true,
};
const PAYPAL_CLAIM_FAQ = {
  title: "PayPal: Do I have to file a PayPal Buyer Protection claim within a certain timeframe?",
  url: "https://www.paypal.com/us/smarthelp/article/do-i-have-to-file-a-paypal-buyer-protection-claim-within-a-certain-timeframe-faq1417",
  publisher: "PayPal",
  official: true,
};
const VISA_RULES = {
  title: "Visa Core Rules and Visa Product and Service Rules (dispute time limits)",
  url: "https://usa.visa.com/dam/VCOM/download/about-visa/visa-rules-public.pdf",
  publisher: "Visa",
  official: true,
};
const MASTERCARD_GUIDE = {
  title: "Mastercard Chargeback Guide",
  url: "https://www.mastercard.us/content/dam/public/mastercardcom/na/global-site/documents/chargeback-guide.pdf",
  publisher: "Mastercard",
  official: true,
};
const FTC_CARD_DISPUTES = {
  title: "FTC: Using Credit Cards and Disputing Charges",
  url: "https://consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges",
  publisher: "US Federal Trade Commission",
  official: true,
};
const USC_1666 = {
  title: "15 U.S.C. § 1666: Correction of billing errors",
  url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section1666&num=0&edition=prelim",
  publisher: "US House of Representatives, Office of the Law Revision Counsel",
  official: true,
};

const CHECKED = "2026-12-01";

export const PAYMENT_FACTS = defineFacts("payments", [
  {
    id: "paypal-inr-window",
    statement: "Open a PayPal dispute for an item that never arrived within {value} of the date you paid.",
    value: { kind: "duration", amount: 180, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [PAYPAL_TIMEFRAMES_US, PAYPAL_TIMEFRAMES_CH, PAYPAL_TIMEFRAMES_HK, PAYPAL_CLAIM_FAQ],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["PayPal"],
  },
  {
    id: "paypal-snad-window",
    statement:
      "Open a PayPal dispute for an item that is significantly not as described within {value} of delivery, or within {paypal-inr-window} of the date you paid if that comes sooner.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [PAYPAL_TIMEFRAMES_US, PAYPAL_TIMEFRAMES_CH, PAYPAL_TIMEFRAMES_HK],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "PayPal's general Buyer Protection FAQ says 180 days for every dispute, but its 'Dispute filing timeframes' pages for the US, Switzerland and Hong Kong give 30 days from delivery for an item not as described. We show the earlier date, because a dispute opened late is refused.",
    changes: [
      {
        date: CHECKED,
        kind: "correction",
        from: { kind: "duration", amount: 180, unit: "days" },
        summary:
          "We said an item not as described could be disputed within 180 days of payment. PayPal's dispute-timeframe pages say 30 days from delivery, or 180 days from payment if that is sooner.",
      },
    ],
    mentions: ["PayPal"],
  },
  {
    id: "paypal-escalation-window",
    statement: "Escalate a PayPal dispute to a claim within {value} of opening it, or it closes and cannot be reopened.",
    value: { kind: "duration", amount: 20, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [PAYPAL_CLAIM_FAQ],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["PayPal", "escalate"],
  },
  {
    id: "card-chargeback-window",
    statement:
      "A Visa or Mastercard chargeback must be raised by your bank within {value} of the transaction, or of the latest expected delivery date for goods that never arrived.",
    value: { kind: "duration", amount: 120, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [VISA_RULES, MASTERCARD_GUIDE],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "These are the limits for the banks; your own bank may ask you to report a problem sooner. Chargeback is not a legal right: the bank decides.",
    mentions: ["chargeback", "Visa", "Mastercard", "card scheme"],
  },
  {
    id: "card-chargeback-cap",
    statement: "However the dispute window is counted, a Visa or Mastercard chargeback cannot be raised later than {value} after the transaction.",
    value: { kind: "duration", amount: 540, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [VISA_RULES, MASTERCARD_GUIDE],
    lastVerified: CHECKED,
    confidence: "medium",
    mentions: ["chargeback", "Visa", "Mastercard"],
  },
  {
    id: "mastercard-no-date-wait",
    statement: "When no delivery date was given, Mastercard has banks wait {value} after the transaction before raising a chargeback for goods that never arrived.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [MASTERCARD_GUIDE],
    lastVerified: CHECKED,
    confidence: "medium",
    mentions: ["Mastercard"],
  },
  {
    id: "visa-credit-not-processed-window",
    statement:
      "When a merchant confirmed a refund that never reached your card, a Visa \"credit not processed\" chargeback must be raised within {value} of the date on the credit receipt, and within {card-chargeback-cap} of the original purchase.",
    value: { kind: "duration", amount: 120, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2021-10-16",
    validTo: null,
    sources: [
      VISA_RULES,
      {
        title: "Verifi: Update to Visa dispute condition 13.6 (Credit Not Processed)",
        url: "https://www.verifi.com/update-to-dispute-condition-13-6/",
        publisher: "Verifi (a Visa company)",
        official: false,
        why: "Visa's public rules PDF is long and its dispute-condition text could not be read in our stored copy; Verifi, a Visa subsidiary, quotes the condition and the date the outer limit was added.",
      },
    ],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Banks must first wait 15 days from the date on the credit receipt. The outer limit from the purchase was added for disputes processed from 16 October 2021.",
    mentions: ["credit not processed"],
  },
  {
    id: "amex-dispute-window",
    statement: "American Express's own help page for India gives {value} from the transaction to dispute a charge; we found no official limit for other countries.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [
      {
        title: "American Express India: What is the timeframe within which a charge can be disputed?",
        url: "https://www.americanexpress.com/in/customer-service/faq.security-and-fraud.what-is-the-timeframe-within-which-a-charge-can-be-disputed.html",
        publisher: "American Express",
        official: true,
      },
    ],
    lastVerified: CHECKED,
    confidence: "low",
    note: "We show the earliest window on an official American Express page, so you never rely on a later date that may not apply to your card.",
    mentions: ["American Express", "Amex"],
  },
  {
    id: "us-fcba-notice-window",
    statement:
      "Under the US Fair Credit Billing Act your written notice of a billing error must reach the card issuer within {value} after the first statement showing the charge was sent to you.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [USC_1666, FTC_CARD_DISPUTES],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["Fair Credit Billing", "FCBA", "billing error"],
  },
  {
    id: "us-fcba-acknowledge",
    statement: "After your billing-error notice, the card issuer must acknowledge it in writing within {value}.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [USC_1666, FTC_CARD_DISPUTES],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "us-fcba-resolve",
    statement: "The card issuer must resolve a billing-error dispute within two billing cycles, and never more than {value} after receiving your notice.",
    value: { kind: "duration", amount: 90, unit: "days" },
    appliesTo: ["US"],
    validFrom: "1975-10-28",
    validTo: null,
    sources: [USC_1666, FTC_CARD_DISPUTES],
    lastVerified: CHECKED,
    confidence: "high",
  },
]);
