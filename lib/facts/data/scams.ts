import { defineFacts } from "../define";

/**
 * Where to report a scam or a clone shop, and what each service can and cannot do (scope facts the
 * case plan reads), and the UK's reimbursement rule for bank transfers made to a scammer. econsumer.gov,
 * ECC-Net and the Financial Ombudsman are in bodies.ts. Read on each body's own pages where our
 * stored copies had them; where they did not, the source says why.
 */

const CHECKED = "2026-12-01";

const COLP_REPORT_FRAUD = {
  title: "City of London Police: Report Fraud service goes live (4 December 2025), as published by WiredGov",
  url: "https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open",
  publisher: "City of London Police (republished by WiredGov)",
  official: false,
  why: "The City of London Police's own announcement is not in our stored copies; WiredGov republishes it word for word, and the Serious Fraud Office's notice to stakeholders gives the same date, address and phone number.",
};
const SFO_REPORT_FRAUD = {
  title: "Serious Fraud Office: City Police launch fraud reporting service (Report Fraud replaces Action Fraud), as republished by Mirage News",
  url: "https://www.miragenews.com/city-police-launch-fraud-reporting-service-1583577",
  publisher: "Serious Fraud Office (republished by Mirage News)",
  official: false,
  why: "The SFO's notice on GOV.UK is not in our stored copies; this republishes its text.",
};
const PSR_APP_START = {
  title: "Payment Systems Regulator: Groundbreaking new protections for victims of APP scams start today (7 October 2024)",
  url: "https://psr.org.uk/news-and-updates/latest-news/news/groundbreaking-new-protections-for-victims-of-app-scams-start-today",
  publisher: "Payment Systems Regulator",
  official: true,
};
const HOGAN_LOVELLS_APP = {
  title: "Hogan Lovells: UK APP fraud, what in-scope PSPs need to know about the new mandatory reimbursement regime",
  url: "https://www.hoganlovells.com/en/publications/uk-app-fraud-what-in-scope-psps-need-to-know-about-the-new-mandatory-reimbursement-regime",
  publisher: "Hogan Lovells (law firm)",
  official: false,
  why: "The PSR's announcement in our stored copies gives the cap and the scope; this summary of the PSR's directions confirms them and sets out the exclusions.",
};
const SCAMWATCH_ABOUT = {
  title: "Scamwatch: About Scamwatch and the National Anti-Scam Centre",
  url: "https://www.scamwatch.gov.au/about-scamwatch",
  publisher: "National Anti-Scam Centre (Australian Competition and Consumer Commission)",
  official: true,
};
const REPORTCYBER = {
  title: "Australian Cyber Security Centre: Report a cybercrime to police through ReportCyber",
  url: "https://www.cyber.gov.au/acsc/report",
  publisher: "Australian Signals Directorate, Australian Cyber Security Centre",
  official: true,
};
const VICPOL_REPORTCYBER = {
  title: "Victoria Police: Report cybercrime (when not to use ReportCyber; police cannot recover lost funds)",
  url: "https://police.vic.gov.au/report-cybercrime",
  publisher: "Victoria Police",
  official: true,
};
const CAFC_FAQ = {
  title: "Canadian Anti-Fraud Centre: Frequently asked questions (does the CAFC investigate?)",
  url: "https://www.antifraudcentre-centreantifraude.ca/english/stopit_faq.html",
  publisher: "Canadian Anti-Fraud Centre (RCMP, OPP and Competition Bureau)",
  official: true,
};
const OCA_FRAUD = {
  title: "Office of Consumer Affairs (Canada): Fraud, what to do if you have been a victim",
  url: "https://www.ic.gc.ca/eic/site/oca-bc.nsf/eng/h_ca02228.html",
  publisher: "Innovation, Science and Economic Development Canada",
  official: true,
};
const FTC_SCAMMED = {
  title: "FTC: What To Do if You Were Scammed",
  url: "https://consumer.ftc.gov/articles/what-do-if-you-were-scammed",
  publisher: "US Federal Trade Commission",
  official: true,
};

export const SCAM_FACTS = defineFacts("scams", [
  {
    id: "uk-report-fraud-scope",
    statement: "Report Fraud, run by the City of London Police, takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["GB-ENG", "GB-WLS", "GB-NIR"],
      tradersIn: ["global"],
      summary:
        "reports of fraud and cyber crime from people in England, Wales and Northern Ireland, gives a crime reference number and passes the intelligence to police forces; it does not get your money back, and people in Scotland report to Police Scotland instead",
    },
    appliesTo: ["GB-ENG", "GB-WLS", "GB-NIR"],
    validFrom: "2025-12-04",
    validTo: null,
    sources: [COLP_REPORT_FRAUD, SFO_REPORT_FRAUD],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "It replaced Action Fraud, whose old address now forwards to it; the phone line is unchanged. Report at reportfraud.police.uk. Only a small share of reports lead to an investigation, and a crime reference number mainly helps with your bank and any insurer.",
  },
  {
    id: "uk-report-fraud-from",
    statement: "Report Fraud replaced Action Fraud as the place to report fraud and cyber crime in England, Wales and Northern Ireland on {value}.",
    value: { kind: "date", date: "2025-12-04" },
    appliesTo: ["GB-ENG", "GB-WLS", "GB-NIR"],
    validFrom: "2025-12-04",
    validTo: null,
    sources: [COLP_REPORT_FRAUD, SFO_REPORT_FRAUD],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Pages and letters that still say Action Fraud are out of date, not fake for that reason alone; check the address you report to ends in police.uk.",
  },
  {
    id: "uk-app-reimbursement-cap",
    statement:
      "Since 7 October 2024, a UK bank or payment firm must normally reimburse you, up to {value} per claim, when a scammer tricked you into sending money by Faster Payments or CHAPS from your UK account to another UK account.",
    value: { kind: "money", amount: "85000", currency: "GBP" },
    appliesTo: ["GB"],
    validFrom: "2024-10-07",
    validTo: null,
    sources: [PSR_APP_START, HOGAN_LOVELLS_APP],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "It does not cover a transfer to an account abroad, a card payment, a payment through PayPal or an app outside Faster Payments, or a genuine dispute with a real seller about goods (a civil dispute); the bank may also refuse where you were grossly negligent, and may deduct a small excess. Most claims must be decided within five business days. The rules also set a time limit for claiming, counted from the last payment; tell your bank the day you realise it was a scam, while it can still try to freeze the money at the receiving bank.",
    mentions: ["APP", "authorised push payment", "reimburse", "reimbursement"],
  },
  {
    id: "au-scamwatch-scope",
    statement: "Scamwatch, run by the National Anti-Scam Centre, takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["AU"],
      tradersIn: ["global"],
      summary:
        "scam reports from people in Australia, uses them to warn others and disrupt scams (such as having scam websites taken down), and shares them with law enforcement and regulators in Australia and overseas; it does not investigate your case or get your money back",
    },
    appliesTo: ["AU"],
    validFrom: "2023-07-01",
    validTo: null,
    sources: [SCAMWATCH_ABOUT],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Report a scam there even if you lost nothing. If you lost money or personal information to a cybercrime, report it to police through ReportCyber as well, and call your bank first. The date is when the National Anti-Scam Centre began running Scamwatch.",
  },
  {
    id: "au-reportcyber-scope",
    statement: "ReportCyber, run by the Australian Cyber Security Centre, takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["AU"],
      tradersIn: ["global"],
      summary:
        "reports of cybercrime to police from people in Australia, including online shopping fraud where you were deceived into sending money; reports are assessed and passed to the police force that can act, which cannot recover lost money",
    },
    appliesTo: ["AU"],
    validFrom: "2019-07-01",
    validTo: null,
    sources: [REPORTCYBER, VICPOL_REPORTCYBER],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Victoria Police asks people not to use ReportCyber when they bought from a real seller and the goods simply did not arrive: take that to the website, your state's consumer affairs agency and your payment provider. The date is approximate: ReportCyber replaced the earlier ACORN service in 2019.",
  },
  {
    id: "ca-cafc-scope",
    statement: "The Canadian Anti-Fraud Centre takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["CA"],
      tradersIn: ["global"],
      summary:
        "reports of fraud and scams with a connection to Canada, and analyses them to help police; it does not investigate individual cases, so report to your local police as well",
    },
    appliesTo: ["CA"],
    validFrom: "2010-01-01",
    validTo: null,
    sources: [CAFC_FAQ, OCA_FRAUD],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The CAFC is run by the RCMP, the Ontario Provincial Police and the Competition Bureau. The date is approximate: the centre took its present name around 2010.",
  },
  {
    id: "us-ftc-reportfraud-scope",
    statement: "The US Federal Trade Commission's ReportFraud.ftc.gov takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["US"],
      tradersIn: ["global"],
      summary:
        "reports of scams, fraud and bad business practices, and shares them with law enforcement to spot patterns and bring cases; it does not resolve individual reports or get your money back",
    },
    appliesTo: ["US"],
    validFrom: "2020-10-01",
    validTo: null,
    sources: [FTC_SCAMMED],
    lastVerified: CHECKED,
    confidence: "medium",
    note:
      "The FTC's own advice is to contact whoever you paid through (card issuer, bank, money-transfer company or app) first and ask for the money back. Internet crime can also be reported to the FBI's IC3. Medium confidence because we read the FTC's advice in copies of its page; that it does not resolve individual reports rests on summaries of FTC material. The date is approximate: ReportFraud.ftc.gov replaced the FTC Complaint Assistant in 2020.",
  },
]);
