import { defineFacts } from "../define";

/**
 * The clocks of the bodies that review a bank or card issuer after it refuses a complaint (such as a
 * chargeback): the UK Financial Ombudsman Service, Australia's AFCA, Canada's OBSI, and the US CFPB's
 * complaint process. Who the FOS can act against is uk-fos-scope in bodies.ts. Read on each body's
 * own pages (and the FCA Handbook) on the dates given.
 */

const CHECKED = "2026-12-01";

const FOS_TIME_LIMITS = {
  title: "Financial Ombudsman Service: Time limits for consumers making a complaint",
  url: "https://www.financial-ombudsman.org.uk/faqs/all/time-limits-consumers-making-complaint-complaint-time",
  publisher: "Financial Ombudsman Service",
  official: true,
};
const FCA_DISP = {
  title: "FCA Handbook, DISP 1.6 (complaints time limit rules) and DISP 2.8 (was the complaint referred in time?)",
  url: "https://www.handbook.fca.org.uk/handbook/DISP/1/6.html",
  publisher: "Financial Conduct Authority",
  official: true,
};
const FOS_CARD = {
  title: "Financial Ombudsman Service: Problems with goods and services bought using a debit card or credit (Section 75 and chargeback)",
  url: "https://financial-ombudsman.org.uk/consumers/complaints-can-help/credit-borrowing-money/goods-services-bought-credit",
  publisher: "Financial Ombudsman Service",
  official: true,
};
const AFCA_RG271 = {
  title: "AFCA: New maximum IDR timeframes (ASIC Regulatory Guide 271)",
  url: "https://afca.org.au/members/rg271/new-maximum-idr-timeframes",
  publisher: "Australian Financial Complaints Authority",
  official: true,
};
const AFCA_COMPLAIN = {
  title: "AFCA: Make a complaint (complain to your financial firm first; time limits in the AFCA Rules)",
  url: "https://afca.org.au/make-a-complaint/complain/",
  publisher: "Australian Financial Complaints Authority",
  official: true,
};
const AFCA_RULES = {
  title: "AFCA Complaint Resolution Scheme Rules, section B.4 (time limits for complaints)",
  url: "https://www.afca.org.au/about-afca/rules-and-guidelines/rules",
  publisher: "Australian Financial Complaints Authority",
  official: true,
};
const ALLIANZ_IDR = {
  title: "Allianz Australia: Dispute resolution (AFCA time limits quoted from the AFCA Rules)",
  url: "https://origin-www.allianz.com.au/contact-us/dispute-resolution.html",
  publisher: "Allianz Australia (an AFCA member firm)",
  official: false,
  why: "AFCA's own pages in our stored copies give only the six-year limit; the rules' text is not stored. AFCA member firms must quote both limits in their final responses, as this one does.",
};
const AFCA_CHARGEBACKS = {
  title: "AFCA: Factsheet, chargebacks (how AFCA investigates chargeback complaints)",
  url: "https://afca.org.au/about-afca/publications/factsheet-chargebacks",
  publisher: "Australian Financial Complaints Authority",
  official: true,
};
const OBSI_PROCESS = {
  title: "OBSI: How the complaint process works (56 days for banks, 180 days to bring the complaint to OBSI)",
  url: "https://obsi.ca/en/for-consumers/how-the-complaint-process-works",
  publisher: "Ombudsman for Banking Services and Investments",
  official: true,
};
const OBSI_FIRMS = {
  title: "OBSI: What to expect for firms (recommendations; consumers keep their right to go to court)",
  url: "https://obsi.ca/en/for-firms/what-to-expect-for-firms",
  publisher: "Ombudsman for Banking Services and Investments",
  official: true,
};
const CFPB_COMPLAINT = {
  title: "CFPB: Submit a complaint, and what happens after you submit it",
  url: "https://www.consumerfinance.gov/complaint/",
  publisher: "Consumer Financial Protection Bureau",
  official: true,
};
const CFPB_TOOLKIT = {
  title: "CFPB, Your Money, Your Goals toolkit: Submitting a complaint (companies have 15 days to respond, close most within 60 days)",
  url: "https://issuhub.com/view/index/4410?pageIndex=42",
  publisher: "Consumer Financial Protection Bureau (toolkit, copy hosted by issuhub)",
  official: false,
  why: "The CFPB's own complaint page in our stored copies lists the steps without the response times; this is a copy of the CFPB's published toolkit, which gives them.",
};

export const OMBUDSMEN_FACTS = defineFacts("ombudsmen", [
  {
    id: "uk-fos-firm-response-window",
    statement: "A UK bank or card issuer has up to {value} to send its final response to your complaint; after that, or once it has answered, you can go to the Financial Ombudsman Service.",
    value: { kind: "duration", amount: 8, unit: "weeks" },
    appliesTo: ["GB"],
    validFrom: "2011-04-06",
    validTo: null,
    sources: [FOS_TIME_LIMITS, FCA_DISP],
    lastVerified: CHECKED,
    confidence: "high",
    note: "FCA Handbook DISP 1.6. Complaints about payment services (for example an unauthorised card payment) have a shorter clock: see uk-fos-payment-services-window. The date is the earliest we vouch for.",
    mentions: ["eight weeks", "final response"],
  },
  {
    id: "uk-fos-payment-services-window",
    statement: "For most complaints about payment services, a UK bank must answer within {value} (35 in exceptional circumstances) before you can go to the Financial Ombudsman Service.",
    value: { kind: "duration", amount: 15, unit: "business-days" },
    appliesTo: ["GB"],
    validFrom: "2018-01-13",
    validTo: null,
    sources: [FOS_TIME_LIMITS, FCA_DISP],
    lastVerified: CHECKED,
    confidence: "high",
    note: "FCA Handbook DISP 1.6.2A. It covers complaints about rights under the Payment Services Regulations, such as unauthorised or wrongly executed payments. A refused chargeback or a Section 75 claim about the goods is usually a complaint about the card account, with the eight-week clock. The date is when the Payment Services Regulations 2017 took effect.",
  },
  {
    id: "uk-fos-referral-window",
    statement: "Refer your complaint to the UK Financial Ombudsman Service within {value} of the date on the bank's final response, or it can refuse to look at it.",
    value: { kind: "duration", amount: 6, unit: "months" },
    appliesTo: ["GB"],
    validFrom: "2011-04-06",
    validTo: null,
    sources: [FOS_TIME_LIMITS, FCA_DISP],
    lastVerified: CHECKED,
    confidence: "high",
    note: "DISP 2.8.2R. The final response must mention this limit; if it doesn't, the clock may not run. The ombudsman can look at a late complaint only in exceptional circumstances or if the bank agrees.",
    mentions: ["Financial Ombudsman", "final response", "ombudsman"],
  },
  {
    id: "uk-fos-event-limit",
    statement: "The UK Financial Ombudsman Service can also refuse a complaint made more than {value} after the event, or, if later, more than three years after you knew or should have known you had cause to complain.",
    value: { kind: "duration", amount: 6, unit: "years" },
    appliesTo: ["GB"],
    validFrom: "2011-04-06",
    validTo: null,
    sources: [FOS_TIME_LIMITS],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["Financial Ombudsman"],
  },
  {
    id: "au-afca-idr-window",
    statement: "An Australian bank or card issuer has up to {value} to give a final answer to a complaint (internal dispute resolution); after that, or once it answers, you can go to AFCA.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["AU"],
    validFrom: "2021-10-05",
    validTo: null,
    sources: [AFCA_RG271],
    lastVerified: CHECKED,
    confidence: "high",
    note: "ASIC Regulatory Guide 271 for most complaint types (financial hardship: 21 days; superannuation: 45 days). It applies to complaints received from 5 October 2021.",
    changes: [
      {
        date: "2021-10-05",
        kind: "rule-change",
        from: { kind: "duration", amount: 45, unit: "days" },
        summary: "ASIC Regulatory Guide 271 shortened the maximum internal response time for most complaints for complaints received from 5 October 2021.",
      },
    ],
    mentions: ["AFCA", "internal dispute resolution"],
  },
  {
    id: "au-afca-referral-window",
    statement: "Lodge your complaint with AFCA within {value} of the bank's final internal response (and never more than {au-afca-awareness-limit} after you became aware of the loss), or it may refuse it.",
    value: { kind: "duration", amount: 2, unit: "years" },
    appliesTo: ["AU"],
    validFrom: "2018-11-01",
    validTo: null,
    sources: [AFCA_RULES, AFCA_COMPLAIN, ALLIANZ_IDR],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "AFCA Rules B.4.3; the earlier of the two limits applies. AFCA can accept a late complaint in exceptional circumstances. We read the two-year limit in a member firm's quotation of the rules, not in the rules themselves. The date is when AFCA opened.",
    mentions: ["AFCA"],
  },
  {
    id: "au-afca-awareness-limit",
    statement: "AFCA generally takes complaints only within {value} of when you became aware, or should have become aware, of your loss.",
    value: { kind: "duration", amount: 6, unit: "years" },
    appliesTo: ["AU"],
    validFrom: "2018-11-01",
    validTo: null,
    sources: [AFCA_COMPLAIN, AFCA_RULES],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["AFCA"],
  },
  {
    id: "au-afca-scope",
    statement: "The Australian Financial Complaints Authority (AFCA) takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["AU"],
      tradersIn: ["AU"],
      summary:
        "free complaints about Australian banks, credit unions and card issuers that are its members, including how they handled a chargeback request; it cannot act against the seller",
    },
    appliesTo: ["AU"],
    validFrom: "2018-11-01",
    validTo: null,
    sources: [AFCA_CHARGEBACKS, AFCA_COMPLAIN],
    lastVerified: CHECKED,
    confidence: "high",
    note: "AFCA looks at whether the bank raised a chargeback it could have raised, in time, and handled it fairly; it cannot make Visa or Mastercard reverse a charge the card rules don't allow.",
  },
  {
    id: "ca-obsi-bank-response-window",
    statement: "A Canadian bank has {value} to respond to your complaint before you can take it to OBSI.",
    value: { kind: "duration", amount: 56, unit: "days" },
    appliesTo: ["CA"],
    validFrom: "2022-06-30",
    validTo: null,
    sources: [OBSI_PROCESS, OBSI_FIRMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "For banks and federal credit unions; investment firms and provincial credit unions have 90 days. The date is when the federal Financial Consumer Protection Framework set the 56-day limit, as we understand it; the figure is from OBSI's pages.",
    mentions: ["OBSI"],
  },
  {
    id: "ca-obsi-referral-window",
    statement: "Bring your complaint to OBSI within {value} of the bank's final response.",
    value: { kind: "duration", amount: 180, unit: "days" },
    appliesTo: ["CA"],
    validFrom: "2022-06-30",
    validTo: null,
    sources: [OBSI_PROCESS, OBSI_FIRMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The bank's final response must tell you about this limit. The date is the earliest we vouch for.",
    mentions: ["OBSI"],
  },
  {
    id: "ca-obsi-scope",
    statement: "The Ombudsman for Banking Services and Investments (OBSI) takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["CA"],
      tradersIn: ["CA"],
      summary:
        "free complaints about Canadian banks and other firms that take part in its service, including card complaints; it recommends compensation, which the firm is not bound to pay, and it cannot act against the seller",
    },
    appliesTo: ["CA"],
    validFrom: "2022-06-30",
    validTo: null,
    sources: [OBSI_PROCESS, OBSI_FIRMS],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Check that your bank takes part (OBSI has a look-up tool). You keep your right to go to court. The statutory chargeback rights of Ontario and Quebec are in ca.ts.",
  },
  {
    id: "us-cfpb-company-response",
    statement: "After the CFPB sends your complaint to a US bank or card issuer, the company is expected to respond within {value} and to close all but the most complicated complaints within {us-cfpb-company-close}.",
    value: { kind: "duration", amount: 15, unit: "days" },
    appliesTo: ["US"],
    validFrom: "2015-05-26",
    validTo: null,
    sources: [CFPB_COMPLAINT, CFPB_TOOLKIT],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "These are the CFPB's expectations for companies, not legal deadlines for you. The CFPB forwards your complaint and publishes it (without personal details); it does not decide who is right. Your own legal deadline for a credit card billing error is the Fair Credit Billing Act's (us-fcba-notice-window).",
    mentions: ["CFPB"],
  },
  {
    id: "us-cfpb-company-close",
    statement: "The CFPB expects companies to close all but the most complicated complaints within {value}.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["US"],
    validFrom: "2015-05-26",
    validTo: null,
    sources: [CFPB_COMPLAINT, CFPB_TOOLKIT],
    lastVerified: CHECKED,
    confidence: "medium",
    mentions: ["CFPB"],
  },
  {
    id: "us-cfpb-scope",
    statement: "The Consumer Financial Protection Bureau's complaint service takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["US"],
      tradersIn: ["US"],
      summary:
        "complaints about US financial companies, including card issuers that refused a dispute; it forwards them to the company for a response and uses them in its supervision, but it is not an ombudsman and cannot order a refund",
    },
    appliesTo: ["US"],
    validFrom: "2011-07-21",
    validTo: null,
    sources: [CFPB_COMPLAINT, CFPB_TOOLKIT],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "If the CFPB is not the right regulator for your bank, it forwards the complaint to the one that is. The date is when the CFPB opened.",
  },
]);
