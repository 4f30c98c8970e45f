import { defineFacts } from "../define";

/**
 * Japanese consumer law for goods bought online: the mail-order return rule of the Act on Specified
 * Commercial Transactions (no cooling-off for online shopping), the defence against the card company
 * under the Installment Sales Act, the small-claims limit, and the National Consumer Affairs
 * Center's cross-border centre (CCJ). Import tax is in customs-asia.ts. Read on the Consumer Affairs
 * Agency's and NCAC's pages, local government consumer centres' pages and courts.go.jp.
 */

const CHECKED = "2026-12-01";

const CAA_MAIL_ORDER = {
  title: "Consumer Affairs Agency: Mail Order Sales under the Act on Specified Commercial Transactions",
  url: "https://www.no-trouble.caa.go.jp/foreignlanguage/english/mailorder/",
  publisher: "Consumer Affairs Agency, Government of Japan",
  official: true,
};
const TOKUSHIMA_RETURNS = {
  title: "Tokushima Prefecture: Can I use cooling-off for a mail-order purchase? (return within 8 days when no return policy is stated)",
  url: "https://www.pref.tokushima.lg.jp/shohi/5019425/5019435/7246468",
  publisher: "Tokushima Prefectural Government (consumer information centre)",
  official: true,
};
const MINOH_CONSUMER = {
  title: "Minoh City: Consumer rights (cooling-off does not apply to mail order; return within 8 days if no return information was given)",
  url: "https://www.city.minoh.lg.jp/jinken/kokusai/guidebook/consumer.html",
  publisher: "Minoh City",
  official: true,
};
const NAGOYA_INSTALLMENT = {
  title: "Nagoya City Consumer Life Centre: defence under the Installment Sales Act (割賦販売法による抗弁)",
  url: "https://www.seikatsu.city.nagoya.jp/soudan/pickup/article/8",
  publisher: "Nagoya City Consumer Life Centre",
  official: true,
};
const COURTS_SUMMARY = {
  title: "Supreme Court of Japan: Questions and answers on civil proceedings in summary court (small claims action)",
  url: "https://www.courts.go.jp/english/judicial_sys/qa_on_Summary_Court_Procedure/index.html",
  publisher: "Supreme Court of Japan",
  official: true,
};
const JAPANCOMPLIANCE_SMALL_CLAIMS = {
  title: "Japan's small claims litigation (Code of Civil Procedure, Articles 368–381)",
  url: "https://japancompliance.com/my-company-has-a-small-monetary-claim-in-japan-is-there-a-simplified-procedure-available-a-look-at-japans-small-claims-litigation/",
  publisher: "japancompliance.com",
  official: false,
  why: "The Supreme Court's English Q&A page describes the small claims action, but the part of it in our stored copy does not show the limit; this article states the limit and the article of the Code that sets it.",
};
const CCJ_FAQ = {
  title: "Cross-border Consumer Center Japan (CCJ): frequently asked questions",
  url: "https://ccj.kokusen.go.jp/faq/index.html",
  publisher: "National Consumer Affairs Center of Japan (NCAC)",
  official: true,
};
const CCJ_TERMS = {
  title: "CCJ: conditions for consultations (consumers in Japan and businesses abroad; no help for goods known to be counterfeit)",
  url: "https://www.ccj.kokusen.go.jp/sdn_doi",
  publisher: "National Consumer Affairs Center of Japan (NCAC)",
  official: true,
};
const CAA_CCJ = {
  title: "Consumer Affairs Agency: Consumer research and international affairs (the CCJ and its overseas partners)",
  url: "https://www.caa.go.jp/en/policy/consumer_research/",
  publisher: "Consumer Affairs Agency, Government of Japan",
  official: true,
};

export const JP_FACTS = defineFacts("jp", [
  {
    id: "jp-mail-order-return-window",
    statement: "If a Japanese mail-order or online seller states no return policy, you can return the goods within {value}, counting the day you receive them, paying the return postage yourself.",
    value: { kind: "duration", amount: 8, unit: "days" },
    appliesTo: ["JP"],
    validFrom: "2009-12-01",
    validTo: null,
    sources: [TOKUSHIMA_RETURNS, MINOH_CONSUMER, CAA_MAIL_ORDER],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Act on Specified Commercial Transactions, Article 15-3. This is not a cooling-off right: a seller that states its own return policy (including \"no returns\") replaces it. The date is when the rule took effect, as reported in a merchant's notice of the amendment; the consumer centres' pages give the rule itself.",
    mentions: ["return", "mail order", "Specified Commercial Transactions"],
  },
  {
    id: "jp-installment-defence-min",
    statement: "Under Japan's Installment Sales Act you can refuse to keep paying the card company for goods not delivered or defective only if the purchase is {value} or more ({jp-installment-defence-min-revolving} for revolving payments), paid in instalments or by revolving credit, not as a single next-month payment.",
    value: { kind: "money", amount: "40000", currency: "JPY" },
    appliesTo: ["JP"],
    validFrom: "2021-02-18",
    validTo: null,
    sources: [NAGOYA_INSTALLMENT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Installment Sales Act, Article 30-4 (defence against the credit company). A card payment settled in one go the next month (the usual setting) is outside the Act; some issuers let you switch a purchase to instalments or revolving afterwards. The date is the consumer centre page we read, the earliest we vouch for.",
    mentions: ["Installment Sales Act", "instalment", "revolving"],
  },
  {
    id: "jp-installment-defence-min-revolving",
    statement: "For revolving-credit card payments, the Japanese Installment Sales Act's defence against the card company applies to purchases of {value} or more.",
    value: { kind: "money", amount: "38000", currency: "JPY" },
    appliesTo: ["JP"],
    validFrom: "2021-02-18",
    validTo: null,
    sources: [NAGOYA_INSTALLMENT],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "jp-small-claims-limit",
    statement: "Japan's small claims action in the summary court is for money claims of up to {value}, usually decided at a single hearing.",
    value: { kind: "money", amount: "600000", currency: "JPY" },
    appliesTo: ["JP"],
    validFrom: "2004-04-01",
    validTo: null,
    sources: [COURTS_SUMMARY, JAPANCOMPLIANCE_SMALL_CLAIMS],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Code of Civil Procedure, Article 368. Proceedings are in Japanese, and a case is normally filed where the defendant lives, which rules it out against a seller abroad in practice.",
    changes: [
      {
        date: "2004-04-01",
        kind: "rule-change",
        from: { kind: "money", amount: "300000", currency: "JPY" },
        summary: "A 2003 amendment to the Code of Civil Procedure raised the small claims limit from ¥300,000.",
      },
    ],
    mentions: ["small claims"],
  },
  {
    id: "jp-ccj-scope",
    statement: "The Cross-border Consumer Center Japan (CCJ) takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["JP"],
      tradersIn: ["global"],
      summary:
        "free consultations from consumers living in Japan about a business abroad, online only and in Japanese; it passes complaints to partner bodies where it has them (such as the US, Canada, Taiwan, Singapore and Vietnam) and cannot promise a result",
    },
    appliesTo: ["JP"],
    validFrom: "2020-03-31",
    validTo: null,
    sources: [CCJ_FAQ, CCJ_TERMS, CAA_CCJ],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Mainland China is not on the CCJ's partner list in the pages we read; it may still give advice. It does not take cases about goods bought knowing they were counterfeit, or between two private individuals. The CCJ was set up in 2011; the date is the Consumer Affairs Agency statement we read. For a business in Japan, call the consumer hotline 188 instead.",
  },
]);
