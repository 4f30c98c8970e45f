import { defineFacts } from "../define";

/**
 * Data protection after a shop or agent leaks customers' data: who the UK and EU regulators can
 * take complaints about (scope facts the case plan can read), how long a business has to answer you
 * and to report a breach, the ICO's complaint window, and the size of the Pandabuy leak as a data
 * protection authority stated it. Read on the ICO's pages, EUR-Lex and legislation.gov.uk.
 */

const CHECKED = "2026-12-01";

const GDPR = {
  title: "Regulation (EU) 2016/679, the General Data Protection Regulation (EUR-Lex)",
  url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const UK_GDPR_ART_3 = {
  title: "UK GDPR, Article 3 (territorial scope)",
  url: "https://www.legislation.gov.uk/eur/2016/679/article/3",
  publisher: "legislation.gov.uk (The National Archives)",
  official: true,
};
const UK_GDPR_ART_12 = {
  title: "UK GDPR, Article 12 (transparent information and time limits for exercising rights)",
  url: "https://www.legislation.gov.uk/eur/2016/679/article/12",
  publisher: "legislation.gov.uk (The National Archives)",
  official: true,
};
const UK_GDPR_ART_33 = {
  title: "UK GDPR, Article 33 (notification of a personal data breach to the Commissioner)",
  url: "https://www.legislation.gov.uk/eur/2016/679/article/33",
  publisher: "legislation.gov.uk (The National Archives)",
  official: true,
};
const ICO_WHAT_TO_EXPECT = {
  title: "ICO: What to expect when you complain (what you need to do before you can complain)",
  url: "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/",
  publisher: "Information Commissioner's Office",
  official: true,
};
const ICO_OUTCOMES = {
  title: "ICO: What are the possible outcomes of my complaint?",
  url: "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/outcomes-of-complaints/",
  publisher: "Information Commissioner's Office",
  official: true,
};
const ICO_BREACH_REPORTING = {
  title: "ICO: Personal data breach management toolkit, reporting processes (72 hours)",
  url: "https://ico.org.uk/for-organisations/advice-and-services/audits/data-protection-audit-framework/toolkits/personal-data-breach-management/reporting-processes",
  publisher: "Information Commissioner's Office",
  official: true,
};
const ICO_ACCESS_COMPLAINT = {
  title: "ICO: What to do if the organisation does not respond or you are dissatisfied with the outcome",
  url: "https://ico.org.uk/for-the-public/your-right-to-get-copies-of-your-data/what-to-do-if-the-organisation-does-not-respond-or-you-are-dissatisfied-with-the-outcome/",
  publisher: "Information Commissioner's Office",
  official: true,
};
const EDPB_FAQ = {
  title: "European Data Protection Board: Frequently asked questions (what can I do if my rights have been violated?)",
  url: "https://edpb.europa.eu/about-edpb/faq-frequently-asked-questions_en",
  publisher: "European Data Protection Board",
  official: true,
};
const RP_UODO_PANDABUY = {
  title: "Rzeczpospolita: Wyciek danych klientów znanej platformy. Jest doniesienie do prokuratury (quoting the Polish data protection authority, UODO)",
  url: "https://www.rp.pl/dane-osobowe/art40295771-wyciek-danych-klientow-znanej-platformy-jest-doniesienie-do-prokuratury",
  publisher: "Rzeczpospolita",
  official: false,
  why: "The figure was given by Poland's data protection authority (UODO) in its communiqué of April 2024 on reporting the publication of Polish Pandabuy customers' data to prosecutors; we could not read the communiqué on uodo.gov.pl in our stored copies, so we cite a national newspaper that quotes it. Pandabuy published no count.",
};

export const DATA_PROTECTION_FACTS = defineFacts("data-protection", [
  {
    id: "uk-ico-scope",
    statement: "The UK Information Commissioner's Office (ICO) takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["GB"],
      tradersIn: ["global"],
      summary:
        "complaints from people in the UK about how an organisation handled their personal data, including a business outside the UK that sells to people in the UK; it cannot award compensation, and it rarely takes action over a single complaint",
    },
    appliesTo: ["GB"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [UK_GDPR_ART_3, ICO_WHAT_TO_EXPECT, ICO_OUTCOMES],
    lastVerified: CHECKED,
    confidence: "high",
    note: "UK GDPR applies to a business outside the UK when it offers goods or services to people in the UK (Article 3(2)). Whether the ICO can make such a business act is another matter: a company with no office or representative in the UK is hard to reach. Compensation needs a court claim.",
  },
  {
    id: "eu-dpa-scope",
    statement: "An EU country's data protection authority takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["EU", "NO", "IS", "LI"],
      tradersIn: ["global"],
      summary:
        "complaints from people who live or work in that country about how an organisation handled their personal data, including a business outside the EU that offers goods to people in the EU; it cannot award compensation",
    },
    appliesTo: ["EU"],
    validFrom: "2018-05-25",
    validTo: null,
    sources: [GDPR, EDPB_FAQ],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Articles 3(2) and 77 of the GDPR. The same applies in Norway, Iceland and Liechtenstein. Compensation (Article 82) is claimed from the business or in court. A business outside the EU must name a representative in the EU (Article 27), but many small ones do not, and enforcing against them is hard.",
  },
  {
    id: "uk-ico-complaint-window",
    statement: "Complain to the ICO within {value} of your last contact with the organisation about the problem.",
    value: { kind: "duration", amount: 3, unit: "months" },
    appliesTo: ["GB"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [ICO_WHAT_TO_EXPECT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The ICO expects you to have complained to the organisation first, asked it to clarify an answer you did not understand, and followed it up if it did not answer. The date is the earliest we vouch for.",
    mentions: ["ICO", "Information Commissioner"],
  },
  {
    id: "uk-ico-follow-up-wait",
    statement: "Before complaining to the ICO, follow up with the organisation if it has not answered your complaint after {value}.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [ICO_WHAT_TO_EXPECT],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["ICO", "Information Commissioner"],
  },
  {
    id: "gdpr-response-time",
    statement: "A business must answer a request about your personal data (a copy of it, correcting or deleting it) within {value} of receiving it; it can extend that by two further months for complex or numerous requests if it tells you why within the first month.",
    value: { kind: "duration", amount: 1, unit: "months" },
    appliesTo: ["EU", "GB"],
    validFrom: "2018-05-25",
    validTo: null,
    sources: [GDPR, UK_GDPR_ART_12, ICO_ACCESS_COMPLAINT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 12(3) of the GDPR and of the UK GDPR.",
    mentions: ["GDPR", "subject access"],
  },
  {
    id: "gdpr-breach-report-time",
    statement: "A business that suffers a personal data breach putting people at risk must report it to the data protection authority without undue delay and, where feasible, within {value} of becoming aware of it; where the risk to you is high, it must also tell you without undue delay.",
    value: { kind: "duration", amount: 72, unit: "hours" },
    appliesTo: ["EU", "GB"],
    validFrom: "2018-05-25",
    validTo: null,
    sources: [GDPR, UK_GDPR_ART_33, ICO_BREACH_REPORTING],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Articles 33 and 34 of the GDPR and of the UK GDPR. A business based outside the UK and the EU may ignore these duties in practice; the duty is the business's, not yours.",
    mentions: ["breach"],
  },
  {
    id: "pandabuy-leak-customers",
    statement: "The data of {value} of the shopping agent Pandabuy, including people in Poland, was published online on 31 March 2024, according to Poland's data protection authority.",
    value: { kind: "count", amount: 1.3, noun: "million customers" },
    appliesTo: ["global"],
    validFrom: "2024-03-31",
    validTo: null,
    sources: [RP_UODO_PANDABUY],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The authority listed names, email addresses, phone numbers, user IDs, IP addresses, passwords, delivery addresses and order and payment details. Security researchers counted a similar number of unique email addresses; the attackers claimed more rows, many duplicates. Pandabuy itself published no figure.",
  },
]);
