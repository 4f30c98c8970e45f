import { defineFacts } from "../define";
import { CUSTOMS_CHECKED, dateFact, moneyFact, percentFact } from "./customs-builders";

/** United States: the $800 de minimis and the dates it ended, and the postal duty of 2026. Read by lib/import-tax/rules/us.ts. */

const USC_1321 = {
  title: "19 U.S.C. § 1321: administrative exemptions (de minimis)",
  url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title19-section1321&num=0&edition=prelim",
  publisher: "US House of Representatives, Office of the Law Revision Counsel",
  official: true,
};
const EO_14256 = {
  title: "Executive Order 14256 of April 2, 2025 (de minimis ends for products of China and Hong Kong), Federal Register 2025-06027",
  url: "https://www.govinfo.gov/content/pkg/FR-2025-04-07/html/2025-06027.htm",
  publisher: "Office of the Federal Register",
  official: true,
};
const EO_14324 = {
  title: "Executive Order 14324 of July 30, 2025: Suspending Duty-Free De Minimis Treatment for All Countries",
  url: "https://www.govinfo.gov/content/pkg/FR-2025-08-05/html/2025-14897.htm",
  publisher: "Office of the Federal Register",
  official: true,
};
const CBP_EO_14324_NOTICE = {
  title: "CBP: Notice of Implementation of Executive Order 14324 (Federal Register 2025-16802)",
  url: "https://www.govinfo.gov/content/pkg/FR-2025-09-02/html/2025-16802.htm",
  publisher: "US Customs and Border Protection",
  official: true,
};
const CBP_CSMS_67845486 = {
  title: "CBP CSMS #67845486: Continuing the Suspension of Duty-Free De Minimis Treatment for All Countries (10 % import surcharge from 24 February 2026)",
  url: "https://content.govdelivery.com/accounts/USDHSCBP/bulletins/40b3d6e",
  publisher: "US Customs and Border Protection",
  official: true,
};

const USC_1514 = {
  title: "19 U.S.C. § 1514: protest against decisions of Customs (time for filing a protest, subsection (c)(3))",
  url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title19-section1514&num=0&edition=prelim",
  publisher: "US House of Representatives, Office of the Law Revision Counsel",
  official: true,
};

const SUPPLY_CHAIN_DIVE_POSTAL = {
  title: "Supply Chain Dive: CBP readies more stringent data requirements for postal imports (interim final rule, most of it in force from 24 July)",
  url: "https://www.supplychaindive.com/news/cbp-readies-more-stringent-data-requirements-for-postal-imports/823923/",
  publisher: "Supply Chain Dive",
  official: false,
  why: "CBP's interim final rule of 24 June 2026 on postal entries (91 FR 37801) is not in our stored copies; this news report gives the date most of it took effect and quotes CBP.",
};
const CLEARANCE_NEWS_POSTAL = {
  title: "Clearance: the $800 import shortcut just became an entry problem (dates of CBP's June 2026 rules)",
  url: "https://clearance.news/editions/001-800-import-shortcut-entry-problem",
  publisher: "clearance.news",
  official: false,
  why: "A second, independent report of the dates in CBP's interim final rules, which are not in our stored copies.",
};

const US = ["US"];

export const CUSTOMS_US_FACTS = defineFacts("customs-us", [
  moneyFact({
    id: "us-de-minimis",
    statement: "US law lets shipments with a fair retail value of {value} or less, per person per day, enter free of duty (the de minimis exemption), unless it is suspended.",
    amount: "800",
    currency: "USD",
    appliesTo: US,
    validFrom: "2016-03-10",
    sources: [USC_1321],
    confidence: "high",
    mentions: ["de minimis"],
  }),
  dateFact({
    id: "us-de-minimis-china-end",
    statement: "Goods from mainland China and Hong Kong lost the US de minimis exemption on {value} (Executive Order 14256), including parcels sent by post.",
    date: "2025-05-02",
    appliesTo: US,
    validFrom: "2025-04-02",
    sources: [EO_14256],
    confidence: "high",
    mentions: ["de minimis"],
  }),
  dateFact({
    id: "us-de-minimis-suspended",
    statement: "The US suspended the de minimis exemption for goods from every country on {value} (Executive Order 14324).",
    date: "2025-08-29",
    appliesTo: US,
    validFrom: "2025-07-30",
    sources: [EO_14324, CBP_EO_14324_NOTICE],
    confidence: "high",
    mentions: ["de minimis"],
  }),
  percentFact({
    id: "us-postal-duty-surcharge",
    statement: "From 24 February 2026 parcels sent to the US by post paid a duty equal to the temporary import surcharge of {value}, until that surcharge expired.",
    value: "10",
    appliesTo: US,
    validFrom: "2026-02-24",
    validTo: "2026-07-23",
    sources: [CBP_CSMS_67845486],
    confidence: "medium",
    note: "CBP's message gives 10 %; some secondary sources said 15 %. The surcharge legally expired on 24 July 2026, when CBP's new postal entry process began.",
  }),
  // Added with the G2 rights by region guides
  moneyFact({
    id: "us-gift-exemption",
    statement:
      "A bona fide gift sent by a person abroad to a person in the US enters free of duty if the gifts one person receives in a day are worth {value} or less; goods you buy yourself are not gifts.",
    amount: "100",
    currency: "USD",
    appliesTo: US,
    validFrom: "1994-06-13",
    sources: [
      {
        title: "19 CFR 10.152: Bona-fide gifts",
        url: "https://www.ecfr.gov/current/title-19/section-10.152",
        publisher: "eCFR (US National Archives and Records Administration)",
        official: true,
      },
      CBP_EO_14324_NOTICE,
    ],
    confidence: "medium",
    note:
      "19 U.S.C. § 1321(a)(2)(A) and 19 CFR 10.152 and 145.32. The suspension of de minimis (Executive Order 14324, as CBP's notice sets out) covers only section 321(a)(2)(C), the general de minimis exemption, so the gift exemption stands. Medium confidence because we read the regulation's text in copies of the CFR, not on ecfr.gov itself. The date is when the regulation's current text was published; the limit may be older.",
  }),
  // Added with the G3 customs and buying guides
  {
    id: "us-customs-protest-window",
    statement:
      "A protest against a US customs decision on an entry (the duty, the value or the tariff classification) must be filed within {value} after the entry is liquidated, the date CBP finalises the duty.",
    value: { kind: "duration", amount: 180, unit: "days" },
    appliesTo: US,
    validFrom: "2025-01-01",
    validTo: null,
    sources: [USC_1514],
    lastVerified: CUSTOMS_CHECKED,
    confidence: "high",
    note: "Where there is no liquidation, the time runs from the date of the decision you protest. A courier's broker usually files the entry, so ask it first; for a parcel sent by post, ask the carrier that billed you for the entry number.",
    mentions: ["protest"],
  },
  dateFact({
    id: "us-postal-entry-process-from",
    statement:
      "Since {value}, parcels sent to the US by post go through CBP's new postal entry process, which is meant to collect the duties, taxes and fees that apply to the goods, as on courier parcels.",
    date: "2026-07-24",
    appliesTo: US,
    validFrom: "2026-06-24",
    sources: [SUPPLY_CHAIN_DIVE_POSTAL, CLEARANCE_NEWS_POSTAL],
    confidence: "medium",
    note: "CBP published the rule on 24 June 2026 with most of it in force a month later, when the temporary postal duty rate expired. We could not read the rule or a CBP page on the rates it applies.",
    mentions: ["postal entry"],
  }),
]);
