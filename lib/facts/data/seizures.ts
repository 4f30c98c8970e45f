import { defineFacts } from "../define";

/**
 * What happens when customs stops a parcel for suspected counterfeits or other breaches: the EU's
 * small-consignment procedure under Regulation (EU) No 608/2013, the UK's seizure and restoration
 * process (Notice 12A, Customs and Excise Management Act 1979, Schedule 3) and US CBP's petition
 * deadline (19 CFR 171.2). Each deadline counts from a date on a notice, which the statements name,
 * because a buyer who counts from the day they read the letter can miss it.
 */

const CHECKED = "2026-12-01";

const REG_608 = {
  title: "Regulation (EU) No 608/2013 concerning customs enforcement of intellectual property rights (Article 2(19) small consignment; Article 26 small-consignment procedure)",
  url: "https://eur-lex.europa.eu/eli/reg/2013/608/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const AEAT_DESTRUCTION = {
  title: "Agencia Tributaria: Customs intervention procedure and destruction of goods (Regulation (EU) 608/2013)",
  url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/aduanas/proteccion-propiedad-intelectual/procedimiento-intervencion-aduanero-destruccion-mercancias.html",
  publisher: "Agencia Tributaria (Spanish Tax Agency, customs)",
  official: true,
};
const ZACCO_608 = {
  title: "Zacco: New EU Customs Regulation January 1, 2014 (small consignments procedure and implied consent)",
  url: "https://www.zacco.com/new-eu-customs-regulation-january-1-2014",
  publisher: "Zacco (intellectual property firm)",
  official: false,
  why: "Our stored copies of the regulation on EUR-Lex did not include the text of Article 26; this summary states the small-consignment definition and the implied consent after 10 working days, which the Spanish customs page confirms for the standard procedure.",
};
const GOV_DISAGREE = {
  title: "GOV.UK: Options when customs seizes your things, Ask for a court hearing",
  url: "https://www.gov.uk/customs-seizures/disagree-with-a-customs-seizure",
  publisher: "GOV.UK (HM Revenue & Customs and Border Force)",
  official: true,
};
const GOV_RESTORATION = {
  title: "GOV.UK: Options when customs seizes your things, Ask for your things back",
  url: "https://www.gov.uk/customs-seizures/get-your-things-back",
  publisher: "GOV.UK (HM Revenue & Customs and Border Force)",
  official: true,
};
const CEMA_SCH3_PARA3 = {
  title: "Customs and Excise Management Act 1979, Schedule 3, paragraph 3 (notice of claim)",
  url: "https://www.legislation.gov.uk/ukpga/1979/2/schedule/3/paragraph/3",
  publisher: "legislation.gov.uk (The National Archives)",
  official: true,
};
const CFR_171_2 = {
  title: "19 CFR 171.2: Filing a petition (petitions for relief from seizures)",
  url: "https://www.ecfr.gov/current/title-19/chapter-I/part-171/subpart-A/section-171.2",
  publisher: "eCFR (US National Archives and Records Administration)",
  official: true,
};
const CBP_FORFEITURE_NOTICE = {
  title: "CBP: Administrative Forfeiture, New Publication Timeline for the Notice of Seizure and Intent to Forfeit (Federal Register 2023-10434)",
  url: "https://www.govinfo.gov/content/pkg/FR-2023-05-16/html/2023-10434.htm",
  publisher: "US Customs and Border Protection (Federal Register)",
  official: true,
};

export const SEIZURE_FACTS = defineFacts("seizures", [
  {
    id: "eu-small-consignment-units",
    statement:
      "In the EU's procedure for destroying suspected fakes, a small consignment is a postal or express-courier parcel holding no more than {value}, or weighing less than {eu-small-consignment-weight} gross.",
    value: { kind: "count", amount: 3, noun: "units" },
    appliesTo: ["EU"],
    validFrom: "2014-01-01",
    validTo: null,
    sources: [REG_608, ZACCO_608],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Article 2(19) of Regulation (EU) No 608/2013. Either test is enough: a 1.5 kg parcel of ten items is a small consignment, and so is a 3 kg parcel of two. The date is when the regulation began to apply.",
  },
  {
    id: "eu-small-consignment-weight",
    statement: "A parcel weighing less than {value} gross counts as a small consignment in the EU procedure for destroying suspected fakes, however many items it holds.",
    value: { kind: "count", amount: 2, noun: "kilograms" },
    appliesTo: ["EU"],
    validFrom: "2014-01-01",
    validTo: null,
    sources: [REG_608, ZACCO_608],
    lastVerified: CHECKED,
    confidence: "medium",
  },
  {
    id: "eu-small-consignment-objection-window",
    statement:
      "When EU customs detain a small consignment of suspected fakes, the declarant or holder of the goods (for an online order, normally you as the addressee and owner) has {value} from the date customs notified the detention to agree to destruction or object to it; if you do neither, customs may treat your silence as agreement and destroy the goods.",
    value: { kind: "duration", amount: 10, unit: "working-days" },
    appliesTo: ["EU"],
    validFrom: "2014-01-01",
    validTo: null,
    sources: [REG_608, AEAT_DESTRUCTION, ZACCO_608],
    lastVerified: CHECKED,
    confidence: "medium",
    note:
      "Article 26(4) to (6) of Regulation (EU) No 608/2013. The period runs from the notification of the detention (customs must send it within one working day of detaining the goods), not from the day you read it, and working days are those of the country whose customs wrote to you. An objection must reach customs inside the period; send it the day you get the letter. Medium confidence because our stored copy of the regulation lacked Article 26's text; the Spanish customs page gives the same 10 working days from notification for the standard procedure.",
    mentions: ["small consignment", "small-consignment", "object", "objection", "destruction", "destroy"],
  },
  {
    id: "eu-rightholder-proceedings-window",
    statement:
      "If you object in time, EU customs tell the brand owner, who then has {value} from that notice to start court proceedings; if it does not, customs must release the goods once the other formalities are done.",
    value: { kind: "duration", amount: 10, unit: "working-days" },
    appliesTo: ["EU"],
    validFrom: "2014-01-01",
    validTo: null,
    sources: [REG_608, AEAT_DESTRUCTION],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Article 26(8) and (9) of Regulation (EU) No 608/2013. Objecting does not make a fake legal: if the brand owner sues, a court decides, and you may face its costs.",
    mentions: ["brand owner", "rights holder", "right-holder", "proceedings"],
  },
  {
    id: "gb-seizure-claim-window",
    statement:
      "To challenge a UK customs seizure in court, your notice of claim must reach HMRC or Border Force within {value} of the date of the seizure.",
    value: { kind: "duration", amount: 1, unit: "months" },
    appliesTo: ["GB"],
    validFrom: "1979-04-01",
    validTo: null,
    sources: [GOV_DISAGREE, CEMA_SCH3_PARA3],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "The Act counts the month from the date of the notice of seizure where one was served on you, and from the seizure itself where none was; GOV.UK counts from the seizure. We show the seizure date, the earlier of the two, because a claim that arrives late is not heard and the goods are treated as forfeited. This is the challenge to the seizure's legality (condemnation proceedings), set out in Notice 12A.",
    mentions: ["notice of claim", "Notice 12A", "seizure", "seized", "court hearing"],
  },
  {
    id: "gb-seized-goods-kept",
    statement:
      "There is no deadline for asking UK customs to give seized things back (restoration), but goods that do not perish are usually destroyed or sold {value} after the seizure.",
    value: { kind: "duration", amount: 45, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2020-01-01",
    validTo: null,
    sources: [GOV_RESTORATION],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Perishable goods are disposed of straight away. GOV.UK says a restoration request usually keeps non-perishable goods until it is decided. The date is the earliest version of the GOV.UK page we vouch for, not when the practice began.",
    mentions: ["restoration", "destroyed or sold"],
  },
  {
    id: "us-cbp-seizure-petition-window",
    statement: "A petition to US Customs and Border Protection for relief from a seizure must be filed within {value} from the date the notice of seizure was mailed.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["US"],
    validFrom: "1970-12-01",
    validTo: null,
    sources: [CFR_171_2, CBP_FORFEITURE_NOTICE],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "19 CFR 171.2(b)(1). The time runs from the mailing date printed on the notice, not from the day it reached you. The Fines, Penalties and Forfeitures officer named on the notice can grant more time if you ask before it runs out, and the notice itself may set a different period: go by the earlier. CBP now publishes the intent to forfeit online at about the same time it mails the notice.",
    mentions: ["petition", "CBP", "notice of seizure"],
  },
]);
