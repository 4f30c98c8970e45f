import { defineFacts } from "../define";

/**
 * Swiss consumer law for goods bought online: no statutory right to cancel an online purchase (only
 * doorstep and telephone sales), the two-year warranty of the Code of Obligations, the conciliation
 * authority's and the simplified procedure's limits in the Civil Procedure Code, and the E-commerce
 * Ombudsman. Import tax is in customs-ch-no.ts. Read on ch.ch, e-commerce-guide.admin.ch and the
 * Federal Chancellery's text of the codes (through a bilingual copy where fedlex is not stored).
 */

const CHECKED = "2026-12-01";

const CH_RETURNS = {
  title: "ch.ch: Returning or exchanging goods (no statutory right of return; doorstep and telephone sales; two-year warranty)",
  url: "https://www.ch.ch/en/safety-and-justice/returning-or-exchanging-goods/",
  publisher: "Swiss Confederation (ch.ch)",
  official: true,
};
const CH_REFUND_CONDITIONS = {
  title: "ch.ch: Is it possible to return a product if it is not suitable? (no right to cancel online purchases)",
  url: "https://www.ch.ch/en/conditions-for-returning-items-or-getting-a-refund/",
  publisher: "Swiss Confederation (ch.ch)",
  official: true,
};
const KMU_CANCELLATION = {
  title: "SME portal: What is a cancellation right? (Swiss law gives none for online purchases)",
  url: "https://www.kmu.admin.ch/kmu/en/home/concrete-know-how/sme-management/e-commerce/creating-own-website/information-website/cancellation-right.html",
  publisher: "State Secretariat for Economic Affairs (SECO), SME portal",
  official: true,
};
const ECOMMERCE_GUIDE_HELP = {
  title: "E-commerce guide: Help (E-commerce Ombudsman, civil courts, reporting unfair practices to SECO)",
  url: "https://www.e-commerce-guide.admin.ch/ecommerce/de/home/hilfe.html",
  publisher: "Swiss Confederation (e-commerce guide, Federal Consumer Affairs Bureau)",
  official: true,
};
const OMBUDSSTELLE = {
  title: "Ombudsman's Office for E-Commerce: how to submit a complaint",
  url: "https://konsum.ch/en/?p=116547",
  publisher: "Ombudsstelle E-Commerce (Konsumentenforum kf)",
  official: true,
};
const CO_ART_210 = {
  title: "Code of Obligations (SR 220), Article 210 (prescription of warranty claims)",
  url: "https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en#art_210",
  publisher: "Federal Chancellery (fedlex)",
  official: true,
};
const CO_ART_210_COPY = {
  title: "Code of Obligations, Article 210, bilingual English–French text",
  url: "https://droit-bilingue.ch/en-fr/2/22/220-210-224.html",
  publisher: "droit-bilingue.ch",
  official: false,
  why: "Our stored copies of fedlex do not hold the article text; this reproduces the Federal Chancellery's English translation of Article 210 word for word.",
};
const CPC_FEDLEX = {
  title: "Swiss Civil Procedure Code (SR 272), Articles 212 and 243",
  url: "https://www.fedlex.admin.ch/eli/cc/2010/262/en",
  publisher: "Federal Chancellery (fedlex)",
  official: true,
};
const CPC_212_COPY = {
  title: "Civil Procedure Code, Articles 211–212 (decision by the conciliation authority), bilingual text",
  url: "https://droit-bilingue.ch/fr-en/2/27/272-211-215.html",
  publisher: "droit-bilingue.ch",
  official: false,
  why: "Our stored copies of fedlex do not hold the article text; this reproduces the Federal Chancellery's English translation word for word.",
};
const CPC_243_COPY = {
  title: "Civil Procedure Code, Article 243 (simplified procedure), bilingual text",
  url: "https://droit-bilingue.ch/en-de/2/27/272-243-246.html",
  publisher: "droit-bilingue.ch",
  official: false,
  why: "Our stored copies of fedlex do not hold the article text; this reproduces the Federal Chancellery's English translation word for word.",
};

export const CH_FACTS = defineFacts("ch", [
  {
    id: "ch-doorstep-cancellation-window",
    statement: "Swiss law lets you cancel only a doorstep or telephone sale, within {value}, and only if it is worth more than {ch-doorstep-cancellation-min}; there is no such right for online purchases.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["CH"],
    validFrom: "2016-01-01",
    validTo: null,
    sources: [CH_RETURNS, CH_REFUND_CONDITIONS, KMU_CANCELLATION],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Code of Obligations, Articles 40a to 40f. A shop's own return policy may give you a right to change your mind; the law does not. The date is when the period became 14 days (it was 7 before); we did not read the amending act itself.",
    mentions: ["doorstep", "telephone sale"],
  },
  {
    id: "ch-doorstep-cancellation-min",
    statement: "The Swiss right to cancel a doorstep or telephone sale applies only when the goods are worth more than {value}.",
    value: { kind: "money", amount: "100", currency: "CHF" },
    appliesTo: ["CH"],
    validFrom: "2016-01-01",
    validTo: null,
    sources: [CH_RETURNS],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "ch-warranty-new",
    statement: "In Switzerland a claim for defects in new goods must be brought within {value} of delivery, even if you find the defect later; a seller may not shorten this for a consumer.",
    value: { kind: "duration", amount: 2, unit: "years" },
    appliesTo: ["CH"],
    validFrom: "2013-01-01",
    validTo: null,
    sources: [CH_RETURNS, CO_ART_210, CO_ART_210_COPY],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Code of Obligations, Article 210. A seller may exclude the warranty altogether in its terms (ch.ch says so), so read them. Notify the seller as soon as you find a defect (Article 201): waiting can cost you the claim.",
    changes: [
      {
        date: "2013-01-01",
        kind: "rule-change",
        from: { kind: "duration", amount: 1, unit: "years" },
        summary: "The revised Article 210 of the Code of Obligations doubled the warranty period for goods delivered from 1 January 2013.",
      },
    ],
    mentions: ["warranty", "Code of Obligations"],
  },
  {
    id: "ch-warranty-used",
    statement: "For second-hand goods, a Swiss seller may shorten the warranty period, but not below {value} for a consumer.",
    value: { kind: "duration", amount: 1, unit: "years" },
    appliesTo: ["CH"],
    validFrom: "2013-01-01",
    validTo: null,
    sources: [CH_RETURNS, CO_ART_210, CO_ART_210_COPY],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Code of Obligations, Article 210 paragraph 4.",
    mentions: ["second-hand"],
  },
  {
    id: "ch-conciliation-decision-limit",
    statement: "In a money dispute worth up to {value}, the Swiss conciliation authority can decide the case itself if you, the claimant, ask it to.",
    value: { kind: "money", amount: "2000", currency: "CHF" },
    appliesTo: ["CH"],
    validFrom: "2011-01-01",
    validTo: null,
    sources: [CPC_FEDLEX, CPC_212_COPY],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Civil Procedure Code, Article 212. We read the article in a copy of the Federal Chancellery's translation, not on fedlex itself. The revised code in force since 1 January 2025 changed other conciliation rules; we could not confirm on an official page whether it changed this limit.",
    mentions: ["conciliation"],
  },
  {
    id: "ch-simplified-procedure-limit",
    statement: "Swiss money claims worth up to {value} go through the simplified procedure, which is quicker and less formal than an ordinary court case.",
    value: { kind: "money", amount: "30000", currency: "CHF" },
    appliesTo: ["CH"],
    validFrom: "2011-01-01",
    validTo: null,
    sources: [CPC_FEDLEX, CPC_243_COPY],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Civil Procedure Code, Article 243. We read the article in a copy of the Federal Chancellery's translation, not on fedlex itself. A conciliation attempt usually comes first.",
    mentions: ["simplified procedure"],
  },
  {
    id: "ch-ecommerce-ombudsman-scope",
    statement: "The Swiss E-commerce Ombudsman's Office takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["CH"],
      tradersIn: ["CH"],
      summary: "free complaints about online purchases from Swiss online shops, after you have tried the shop's customer service; its decision is a recommendation, not a judgment",
    },
    appliesTo: ["CH"],
    validFrom: "2013-11-01",
    validTo: null,
    sources: [CH_RETURNS, ECOMMERCE_GUIDE_HELP, OMBUDSSTELLE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "ch.ch describes it as the place for disputes with Swiss online traders; it cannot act against a seller in China or elsewhere abroad. A .ch address does not mean the shop is Swiss.",
  },
]);
