import { defineFacts } from "../define";

/**
 * Singapore consumer law for goods bought online: the lemon law of the Consumer Protection (Fair
 * Trading) Act, the cooling-off period that exists only for direct sales (not online purchases), the
 * Small Claims Tribunals' limits and time limit, and what CASE can do. Import GST is in
 * customs-asia.ts. Read on mti.gov.sg, lawgowhere.sg, sso.agc.gov.sg, judiciary.gov.sg and
 * case.org.sg on the dates given.
 */

const CHECKED = "2026-12-01";

const MTI_LEMON_LAW = {
  title: "Ministry of Trade and Industry: General advisory on amendments to the Consumer Protection (Fair Trading) Act (lemon law)",
  url: "https://www.mti.gov.sg/Resources/Legislation/General-Advisory-on-Amendments-to-the-Consumer-Protection-Fair-Trading-Act-and-Hire-Purchase-Act",
  publisher: "Ministry of Trade and Industry, Singapore",
  official: true,
};
const LAWGOWHERE_DEFECTIVE = {
  title: "LawGoWhere: I bought something and it doesn't work (lemon law, online purchases, sellers abroad)",
  url: "https://lawgowhere.sg/get-information/issue-type-civil/i-bought-something-and-it-doesnt-work",
  publisher: "LawGoWhere (Ministry of Law, Singapore)",
  official: true,
};
const SSO_CANCELLATION_REGS = {
  title: "Consumer Protection (Fair Trading) (Cancellation of Contracts) Regulations 2009 (direct sales and time share contracts)",
  url: "https://sso.agc.gov.sg/SL-Rev/CPFTA2003-RG1/Published/20241217?DocDate=20241217",
  publisher: "Singapore Statutes Online (Attorney-General's Chambers)",
  official: true,
};
const SLA_CANCELLATION = {
  title: "SingaporeLegalAdvice: Cooling periods and the right to cancel contracts under the CPFTA",
  url: "https://singaporelegaladvice.com/law-articles/unfair-sale-practices-cooling-periods-right-cancel-contracts-consumer-protection-fair-trading-act/",
  publisher: "SingaporeLegalAdvice.com",
  official: false,
  why: "Our stored copy of the regulations on Singapore Statutes Online shows the definitions but not regulation 4, which sets the period; this quotes regulation 4(1).",
};
const JUDICIARY_SCT_2019 = {
  title: "State Courts media release: Small Claims Tribunals to accept higher value claims from 1 November 2019",
  url: "https://judiciary.gov.sg/news-and-resources/news/news-details/media-release-small-claims-tribunals-to-accept-higher-value-claims-from-1-november-2019",
  publisher: "Singapore Courts (State Courts)",
  official: true,
};
const CASE_COMPLAINT = {
  title: "CASE: Lodge a complaint (consultation, filed cases for members, assisted cases)",
  url: "https://www.case.org.sg/complaint_lodgeacomplaint.aspx",
  publisher: "Consumers Association of Singapore (CASE)",
  official: true,
};

export const SG_FACTS = defineFacts("sg", [
  {
    id: "sg-lemon-law-window",
    statement: "Under Singapore's lemon law, ask the seller to repair or replace defective goods within {value} of delivery (then a price cut or refund if that fails): a defect that shows in that time is presumed to have been there at delivery.",
    value: { kind: "duration", amount: 6, unit: "months" },
    appliesTo: ["SG"],
    validFrom: "2012-09-01",
    validTo: null,
    sources: [MTI_LEMON_LAW, LAWGOWHERE_DEFECTIVE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Consumer Protection (Fair Trading) Act, Part 3 (sections 12A to 12F). The Ministry of Trade and Industry describes the period as a presumption that the defect existed at delivery; the Ministry of Law's LawGoWhere says the request must be made within it. We show it as your deadline, the earlier reading. It covers goods, including those bought online, not services.",
    mentions: ["lemon law", "Consumer Protection (Fair Trading)"],
  },
  {
    id: "sg-cooling-off-window",
    statement: "Singapore's cooling-off period, {value} (not counting weekends and public holidays), applies only to direct sales such as doorstep selling and to time-share contracts, not to online purchases.",
    value: { kind: "duration", amount: 5, unit: "working-days" },
    appliesTo: ["SG"],
    validFrom: "2009-04-15",
    validTo: null,
    sources: [SSO_CANCELLATION_REGS, SLA_CANCELLATION],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Consumer Protection (Fair Trading) (Cancellation of Contracts) Regulations 2009, regulation 4. For an online purchase you can return goods for a change of mind only if the shop's own policy allows it.",
    mentions: ["cooling-off", "cooling off"],
  },
  {
    id: "sg-small-claims-limit",
    statement: "Singapore's Small Claims Tribunals hear claims of up to {value}, or up to {sg-small-claims-limit-consent} if both sides agree in writing.",
    value: { kind: "money", amount: "20000", currency: "SGD" },
    appliesTo: ["SG"],
    validFrom: "2019-11-01",
    validTo: null,
    sources: [JUDICIARY_SCT_2019],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Claims are filed online; lawyers may not act for the parties. The tribunals hear disputes about contracts for the sale of goods and services, among others.",
    changes: [
      {
        date: "2019-11-01",
        kind: "rule-change",
        from: { kind: "money", amount: "10000", currency: "SGD" },
        summary: "The Small Claims Tribunals (Amendment) Act 2018 doubled the default limit for claims filed from 1 November 2019.",
      },
    ],
    mentions: ["Small Claims Tribunal"],
  },
  {
    id: "sg-small-claims-limit-consent",
    statement: "With both parties' written consent, Singapore's Small Claims Tribunals can hear claims of up to {value}.",
    value: { kind: "money", amount: "30000", currency: "SGD" },
    appliesTo: ["SG"],
    validFrom: "2019-11-01",
    validTo: null,
    sources: [JUDICIARY_SCT_2019],
    lastVerified: CHECKED,
    confidence: "high",
    changes: [
      {
        date: "2019-11-01",
        kind: "rule-change",
        from: { kind: "money", amount: "20000", currency: "SGD" },
        summary: "The extended limit with both parties' consent rose from S$20,000.",
      },
    ],
    mentions: ["Small Claims Tribunal"],
  },
  {
    id: "sg-small-claims-time-limit",
    statement: "A claim at Singapore's Small Claims Tribunals must be filed within {value} of the day the cause of action arose, usually the day of the breach.",
    value: { kind: "duration", amount: 2, unit: "years" },
    appliesTo: ["SG"],
    validFrom: "2018-11-01",
    validTo: null,
    sources: [JUDICIARY_SCT_2019],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Applies to causes of action that arose on or after 1 November 2018; it was one year before.",
    changes: [
      {
        date: "2018-11-01",
        kind: "rule-change",
        from: { kind: "duration", amount: 1, unit: "years" },
        summary: "The time limit for Small Claims Tribunal claims became two years for causes of action arising from 1 November 2018.",
      },
    ],
    mentions: ["Small Claims Tribunal"],
  },
  {
    id: "sg-case-scope",
    statement: "The Consumers Association of Singapore (CASE) offers {value}.",
    value: {
      kind: "scope",
      consumersIn: ["SG"],
      tradersIn: ["SG"],
      summary:
        "free advice, and for members a negotiation or mediation with the business for a small fee; it works with businesses in Singapore and cannot compel a seller, least of all one abroad, to take part",
    },
    appliesTo: ["SG"],
    validFrom: "2015-01-01",
    validTo: null,
    sources: [CASE_COMPLAINT],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "CASE's complaint page describes corresponding with \"the retailer\" on your behalf and, if that fails, advising on mediation or the Small Claims Tribunals. It does not say it will not contact a seller abroad, but it has no power over one; the date is the fee scheme its page refers to.",
  },
]);
