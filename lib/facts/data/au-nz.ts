import { defineFacts } from "../define";

/**
 * Australian Consumer Law and New Zealand's Consumer Guarantees Act and Fair Trading Act. The
 * guarantees themselves have no fixed deadline (they last a reasonable time for the product), so
 * the figures here are the ACL's price ceiling, who the laws reach, and New Zealand's limitation
 * period. The Disputes Tribunal limit is in bodies.ts. Read on business.gov.au, comcom.govt.nz and
 * legislation.govt.nz on the dates given.
 */

const CHECKED = "2026-12-01";

const BUSINESS_GOV_AU_ACL = {
  title: "business.gov.au: Australian Consumer Law and your business",
  url: "https://business.gov.au/legal/fair-trading/australian-consumer-law-and-your-business",
  publisher: "Australian Government (business.gov.au)",
  official: true,
};
const COMCOM_SELLING_ONLINE = {
  title: "Commerce Commission: Selling online",
  url: "https://comcom.govt.nz/business/dealing-with-typical-situations/selling-goods-and-services/selling-online",
  publisher: "Commerce Commission New Zealand",
  official: true,
};
const NZ_LIMITATION_ACT = {
  title: "Limitation Act 2010 (New Zealand), section 11 (defence to money claim filed after applicable period)",
  url: "https://www.legislation.govt.nz/act/public/2010/0110/latest/whole.html",
  publisher: "New Zealand Legislation (Parliamentary Counsel Office)",
  official: true,
};

export const AU_NZ_FACTS = defineFacts("au-nz", [
  {
    id: "au-consumer-guarantees-scope",
    statement: "The Australian Consumer Law's guarantees (acceptable quality, fit for purpose, matching the description) protect {value}.",
    value: {
      kind: "scope",
      consumersIn: ["AU"],
      tradersIn: ["global"],
      summary: "consumers in Australia against any business selling goods or services in Australia, including businesses based overseas",
    },
    appliesTo: ["AU"],
    validFrom: "2011-01-01",
    validTo: null,
    sources: [BUSINESS_GOV_AU_ACL],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The guarantees cannot be excluded and have no fixed deadline: they last a reasonable time for the product. The ACCC deals with widespread issues, not individual complaints; state and territory agencies take individual ones. Enforcing the law against a seller abroad is hard.",
  },
  {
    id: "au-consumer-guarantee-threshold",
    statement: "The Australian Consumer Law's guarantees cover goods and services costing less than {value}, and dearer ones normally bought for personal, domestic or household use.",
    value: { kind: "money", amount: "100000", currency: "AUD" },
    appliesTo: ["AU"],
    validFrom: "2021-07-01",
    validTo: null,
    sources: [BUSINESS_GOV_AU_ACL],
    lastVerified: CHECKED,
    confidence: "high",
    changes: [
      {
        date: "2021-07-01",
        kind: "rule-change",
        from: { kind: "money", amount: "40000", currency: "AUD" },
        summary: "The price ceiling for the consumer guarantees rose for purchases from 1 July 2021.",
      },
    ],
  },
  {
    id: "nz-consumer-guarantees-scope",
    statement: "New Zealand's Fair Trading Act and Consumer Guarantees Act protect {value}.",
    value: {
      kind: "scope",
      consumersIn: ["NZ"],
      tradersIn: ["global"],
      summary: "consumers in New Zealand against businesses that advertise or sell to them, including online sellers based outside New Zealand",
    },
    appliesTo: ["NZ"],
    validFrom: "1994-04-01",
    validTo: null,
    sources: [COMCOM_SELLING_ONLINE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The guarantees (acceptable quality, fit for purpose, matching the description, arriving on time) cannot be contracted out of for personal or household purchases, and last a reasonable time. The Commerce Commission does not act on behalf of individuals. The date is when the Consumer Guarantees Act 1993 came into force.",
  },
  {
    id: "nz-limitation",
    statement: "In New Zealand, a money claim (for example for breach of contract) must be filed within {value} of the act or omission it is based on.",
    value: { kind: "duration", amount: 6, unit: "years" },
    appliesTo: ["NZ"],
    validFrom: "2011-01-01",
    validTo: null,
    sources: [NZ_LIMITATION_ACT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Limitation Act 2010, section 11, for acts or omissions from 1 January 2011. A claimant who learned of the claim late can have an extra period, subject to a long stop. The same limit applies to Disputes Tribunal claims.",
    mentions: ["Disputes Tribunal", "claims must be brought"],
  },
]);
