import { defineFacts } from "../define";

/**
 * The bodies and courts a buyer might turn to: who each can help (scope facts, which the case plan
 * reads to leave out routes that cannot help), the small-claims limits by jurisdiction, and the
 * closed EU ODR platform. Read on each body's own pages on the dates given.
 */

const CHECKED = "2026-12-01";

/** The EU member states except Denmark, which does not take part in the European Small Claims Procedure. */
const EU_WITHOUT_DENMARK = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

const ECCNET_OUTSIDE = {
  title: "ECC-Net: Assistance outside the EU, Norway or Iceland",
  url: "https://www.eccnet.eu/consumer-protection/need-help/assistance-outside-eu-norway-or-iceland",
  publisher: "European Consumer Centres Network",
  official: true,
};
const ECCNET_OUR_WORK = {
  title: "ECC-Net: Our work",
  url: "https://www.eccnet.eu/ecc-network/our-services/our-work",
  publisher: "European Consumer Centres Network",
  official: true,
};
const UKICC_2022 = {
  title: "UKICC: growing number of non-EU countries it has working agreements with (2022)",
  url: "https://ukecc.net/node/380",
  publisher: "UK International Consumer Centre (Chartered Trading Standards Institute)",
  official: true,
};
const ECONSUMER_ABOUT = {
  title: "econsumer.gov: About",
  url: "https://econsumer.gov/en/Home/About",
  publisher: "econsumer.gov (International Consumer Protection and Enforcement Network, run by the US FTC)",
  official: true,
};
const FOS_SECTION_75 = {
  title: "Financial Ombudsman Service: Problems with goods and services bought using a debit card or credit (Section 75 and chargeback)",
  url: "https://financial-ombudsman.org.uk/consumers/complaints-can-help/credit-borrowing-money/goods-services-bought-credit",
  publisher: "Financial Ombudsman Service",
  official: true,
};
const ECC_LUXEMBOURG_SMALL_CLAIMS = {
  title: "European Consumer Centre Luxembourg: European small claims procedure",
  url: "https://cecluxembourg.lu/first-steps/legal-proceedings/european-small-claims-procedure/?lang=en",
  publisher: "European Consumer Centre Luxembourg (ECC-Net)",
  official: true,
};
const REFIT_SMALL_CLAIMS = {
  title: "European Commission REFIT Scoreboard: Small claims (Regulation (EU) 2015/2421)",
  url: "https://op.europa.eu/webpub/com/refit-scoreboard/en/policy/11/11-4.html",
  publisher: "Publications Office of the European Union",
  official: true,
};
const CPR_PART_26 = {
  title: "Civil Procedure Rules, Part 26 (case management: the small claims track)",
  url: "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part26",
  publisher: "Ministry of Justice",
  official: true,
};
const SCOTCOURTS_SIMPLE_PROCEDURE = {
  title: "Scottish Courts and Tribunals: Simple Procedure",
  url: "https://www.scotcourts.gov.uk/taking-action/simple-procedure",
  publisher: "Scottish Courts and Tribunals Service",
  official: true,
};
const NIDIRECT_SMALL_CLAIMS = {
  title: "nidirect: Small claims process",
  url: "https://www.nidirect.gov.uk/articles/small-claims-process",
  publisher: "nidirect (Northern Ireland Government)",
  official: true,
};
const NZ_DISCLOSURE = {
  title: "Ministry of Justice: Departmental disclosure statement, Disputes Tribunal Amendment Bill",
  url: "https://pcodisclosure.cwp.govt.nz/bill/government/2024/98/?stage=Live",
  publisher: "New Zealand Ministry of Justice",
  official: true,
};
const NZ_MCVEAGH = {
  title: "McVeagh Fleming: What the new $60,000 Disputes Tribunal limit means for you",
  url: "https://www.mcveaghfleming.co.nz/articles/what-the-new-60-000-disputes-tribunal-limit-means-for-you",
  publisher: "McVeagh Fleming (law firm)",
  official: false,
  why: "The Ministry of Justice statement gives the new limit but not the day it took effect, which is set by the Disputes Tribunal Amendment Act 2025 (three months after Royal assent); we could not read the Act on legislation.govt.nz. Several law firms give the same date.",
};
const ODR_REGULATION = {
  title: "Regulation (EU) 2024/3228 discontinuing the European Online Dispute Resolution Platform (EUR-Lex)",
  url: "https://eur-lex.europa.eu/eli/reg/2024/3228/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const EP_OEIL_ODR = {
  title: "European Parliament, Legislative Observatory: Discontinuation of the European ODR Platform, 2023/0375(COD), summary of the Council's first-reading position",
  url: "https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1796297",
  publisher: "European Parliament (Legislative Observatory)",
  official: true,
};
const ODR_BIRD_AND_BIRD = {
  title: "Bird & Bird: The end of the European Online Dispute Resolution platform",
  url: "https://twobirds.com/en/insights/2025/global/the-end-of-the-european-online-dispute-resolution-platform",
  publisher: "Bird & Bird (law firm)",
  official: false,
  why: "Restates the regulation's dates; we could not read the regulation's own text in our stored copies of EUR-Lex.",
};

export const BODY_FACTS = defineFacts("bodies", [
  {
    id: "ecc-net-scope",
    statement: "The European Consumer Centres Network (ECC-Net) can take up {value}.",
    value: {
      kind: "scope",
      consumersIn: ["EU", "NO", "IS"],
      tradersIn: ["EU", "NO", "IS", "GB"],
      summary:
        "a cross-border complaint from a consumer living in the EU, Norway or Iceland against a trader in another of those countries, or, working with the UK International Consumer Centre, against a trader in the UK",
    },
    appliesTo: ["EU", "NO", "IS"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [ECCNET_OUTSIDE, ECCNET_OUR_WORK],
    lastVerified: CHECKED,
    confidence: "high",
    note: "If you or the trader are based anywhere else (China, Hong Kong, the US), ECC-Net cannot help; it points you to your payment provider. It relies on persuasion, has no enforcement powers and does not handle outright fraud. UK residents use the UKICC instead. The date is when the UK left the network.",
  },
  {
    id: "ukicc-scope",
    statement: "The UK International Consumer Centre (UKICC) can take up {value}.",
    value: {
      kind: "scope",
      consumersIn: ["GB"],
      tradersIn: ["EU", "NO", "IS", "JP", "KR", "SG", "MN", "MY", "US", "CA", "MX", "CH", "CV", "TH"],
      summary:
        "a complaint from a UK consumer against a trader in the EU, Norway or Iceland (with the European Consumer Centres), or in one of its partner countries: Japan, South Korea, Singapore, Mongolia, Malaysia, the USA, Canada, Mexico, Switzerland, Cape Verde and Thailand; not China",
    },
    appliesTo: ["GB"],
    validFrom: "2022-12-31",
    validTo: null,
    sources: [UKICC_2022],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The partner list is from the UKICC's 2022 announcement, the latest we found; check its site for changes. China is not a partner, although it is among the commonest non-EU trader countries in the UKICC's cases, so for a Chinese seller it can advise but not contact the trader.",
  },
  {
    id: "ukicc-partner-countries",
    statement: "In 2022 the UKICC had agreements with consumer bodies in {value}, not including China.",
    value: { kind: "count", amount: 13, noun: "non-EU countries" },
    appliesTo: ["GB"],
    validFrom: "2022-12-31",
    validTo: null,
    sources: [UKICC_2022],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Japan, South Korea, Singapore, Mongolia, Malaysia, the USA, Canada, Mexico, Switzerland, Iceland, Norway, Cape Verde and Thailand.",
    mentions: ["UKICC"],
  },
  {
    id: "econsumer-gov-scope",
    statement: "econsumer.gov takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["global"],
      tradersIn: ["global"],
      summary:
        "reports of cross-border scams and problems from anyone, and shares them with consumer protection agencies in many countries; it does not resolve individual complaints",
    },
    appliesTo: ["global"],
    validFrom: "2001-04-01",
    validTo: null,
    sources: [ECONSUMER_ABOUT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Report anyway if the seller looks like a scam: it helps agencies spot patterns. Don't wait for a reply before using your payment routes.",
  },
  {
    id: "uk-fos-scope",
    statement: "The UK Financial Ombudsman Service takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["GB"],
      tradersIn: ["GB"],
      summary:
        "complaints about UK banks, card issuers and lenders, including how they handled a chargeback or Section 75 claim; it cannot act against the seller",
    },
    appliesTo: ["GB"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [FOS_SECTION_75],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Complain to your bank first; the ombudsman expects banks to consider both chargeback and Section 75 even if you didn't name them.",
  },
  {
    id: "eu-small-claims-limit",
    statement: "The European Small Claims Procedure covers cross-border claims of up to {value}, not counting interest and expenses.",
    value: { kind: "money", amount: "5000", currency: "EUR" },
    appliesTo: ["EU"],
    validFrom: "2017-07-14",
    validTo: null,
    sources: [REFIT_SMALL_CLAIMS, ECC_LUXEMBOURG_SMALL_CLAIMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Some pages, including a few from consumer centres, still give the old limit.",
    changes: [
      {
        date: "2017-07-14",
        kind: "rule-change",
        from: { kind: "money", amount: "2000", currency: "EUR" },
        summary: "Regulation (EU) 2015/2421 raised the limit from €2,000 for claims from 14 July 2017.",
      },
    ],
    mentions: ["Small Claims"],
  },
  {
    id: "eu-small-claims-scope",
    statement: "The European Small Claims Procedure is open to {value}.",
    value: {
      kind: "scope",
      consumersIn: EU_WITHOUT_DENMARK,
      tradersIn: EU_WITHOUT_DENMARK,
      summary: "claims where you and the trader are based in different EU countries, in every EU country except Denmark; it does not reach traders in China, the UK, the US or anywhere else outside the EU",
    },
    appliesTo: ["EU"],
    validFrom: "2017-07-14",
    validTo: null,
    sources: [ECC_LUXEMBOURG_SMALL_CLAIMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The judgment is recognised and enforceable in the other participating EU countries without any further declaration.",
  },
  {
    id: "uk-small-claims-eng-wls",
    statement: "In England and Wales, most money claims of up to {value} go to the County Court's small claims track.",
    value: { kind: "money", amount: "10000", currency: "GBP" },
    appliesTo: ["GB-ENG", "GB-WLS"],
    validFrom: "2013-04-01",
    validTo: null,
    sources: [CPR_PART_26],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Personal injury and housing disrepair claims have lower limits. You usually pay a court fee, and winning doesn't mean you get paid.",
    changes: [
      {
        date: "2013-04-01",
        kind: "rule-change",
        from: { kind: "money", amount: "5000", currency: "GBP" },
        summary: "The small claims track limit rose for claims issued from 1 April 2013.",
      },
    ],
    mentions: ["small claims"],
  },
  {
    id: "uk-small-claims-sct",
    statement: "In Scotland, money claims of up to {value} use the simple procedure in the sheriff court.",
    value: { kind: "money", amount: "5000", currency: "GBP" },
    appliesTo: ["GB-SCT"],
    validFrom: "2016-11-28",
    validTo: null,
    sources: [SCOTCOURTS_SIMPLE_PROCEDURE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Simple procedure replaced the small claims and (for these claims) summary cause procedures on 28 November 2016. Claims are started through Civil Online.",
    mentions: ["simple procedure", "small claims"],
  },
  {
    id: "uk-small-claims-nir",
    statement: "In Northern Ireland, the small claims court in the County Court hears most money claims of up to {value}.",
    value: { kind: "money", amount: "5000", currency: "GBP" },
    appliesTo: ["GB-NIR"],
    validFrom: "2022-10-03",
    validTo: null,
    sources: [NIDIRECT_SMALL_CLAIMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Older pages, including some advice pages, still give the previous limit.",
    changes: [
      {
        date: "2022-10-03",
        kind: "rule-change",
        from: { kind: "money", amount: "3000", currency: "GBP" },
        summary: "The County Courts (Financial Limits) Order (Northern Ireland) 2022 raised the small claims limit from 3 October 2022.",
      },
    ],
    mentions: ["small claims"],
  },
  {
    id: "nz-disputes-tribunal-limit",
    statement: "New Zealand's Disputes Tribunal can hear claims of up to {value}.",
    value: { kind: "money", amount: "60000", currency: "NZD" },
    appliesTo: ["NZ"],
    validFrom: "2026-01-24",
    validTo: null,
    sources: [NZ_DISCLOSURE, NZ_MCVEAGH],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "A higher filing fee applies to claims above the old limit. Lawyers cannot appear at hearings. Against a seller abroad, getting it to take part and enforcing an order are very hard.",
    changes: [
      {
        date: "2026-01-24",
        kind: "rule-change",
        from: { kind: "money", amount: "30000", currency: "NZD" },
        summary: "The Disputes Tribunal Amendment Act 2025 doubled the limit for claims filed from 24 January 2026.",
      },
    ],
    mentions: ["Disputes Tribunal"],
  },
  {
    id: "eu-odr-complaints-closed",
    statement: "The EU Online Dispute Resolution platform stopped taking new complaints on {value}.",
    value: { kind: "date", date: "2025-03-20" },
    appliesTo: ["EU"],
    validFrom: "2025-03-20",
    validTo: null,
    sources: [ODR_REGULATION, ODR_BIRD_AND_BIRD],
    lastVerified: CHECKED,
    confidence: "medium",
    mentions: ["Online Dispute Resolution", "ODR"],
  },
  {
    id: "eu-odr-closed",
    statement: "The EU Online Dispute Resolution platform closed on {value}; any shop page or guide that still sends you there is out of date.",
    value: { kind: "date", date: "2025-07-20" },
    appliesTo: ["EU"],
    validFrom: "2025-07-20",
    validTo: null,
    sources: [ODR_REGULATION, ODR_BIRD_AND_BIRD],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "National ADR bodies and the European Consumer Centres remain.",
    mentions: ["Online Dispute Resolution", "ODR"],
  },
  {
    id: "eu-odr-positive-replies",
    statement: "Only about {value} of complaints on the EU Online Dispute Resolution platform got a positive reply from the trader, which is why it was closed.",
    value: { kind: "percent", value: "2" },
    appliesTo: ["EU"],
    validFrom: "2025-07-20",
    validTo: null,
    sources: [EP_OEIL_ODR, ODR_BIRD_AND_BIRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "About 200 cases a year across the EU, in the words of the Council's position on the repealing regulation as summarised by the European Parliament's Legislative Observatory; the Commission's proposal (COM(2023) 647, recital 4) gives the same figures.",
    mentions: ["Online Dispute Resolution", "ODR"],
  },
]);
