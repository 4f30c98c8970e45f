import { defineFacts } from "../define";

/**
 * Norwegian consumer law for goods bought online: the right of withdrawal (angrerettloven 2014, which
 * implements the EU Consumer Rights Directive through the EEA), the complaint deadlines of the
 * Consumer Purchases Act (forbrukerkjøpsloven § 27), the credit-card claim against the card issuer
 * (finansavtaleloven), and the conciliation board's and small-claims limits (tvisteloven). Import
 * tax and VOEC are in customs-ch-no.ts; ECC Norway is covered by ecc-net-scope in bodies.ts. Read on
 * regjeringen.no, stortinget.no, Forbrukerrådet's pages and lovdata.no on the dates given.
 */

const CHECKED = "2026-12-01";

const ANGRERETTLOVEN = {
  title: "Lov om opplysningsplikt og angrerett ved fjernsalg og salg utenom faste forretningslokaler (angrerettloven), LOV-2014-06-20-27, §§ 20–22",
  url: "https://lovdata.no/dokument/NL/lov/2014-06-20-27",
  publisher: "Lovdata",
  official: true,
};
const INNST_258_L = {
  title: "Innst. 258 L (2013–2014): the new angrerettloven implements Directive 2011/83/EU on consumer rights (full harmonisation)",
  url: "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2013-2014/inns-201314-258/?lvl=0",
  publisher: "Stortinget (Norwegian Parliament)",
  official: true,
};
const CRD_ART_9 = {
  title: "Directive 2011/83/EU, Article 9 (right of withdrawal)",
  url: "https://www.legislation.gov.uk/eudr/2011/83/article/9/adopted",
  publisher: "legislation.gov.uk (EU legislation as adopted)",
  official: true,
};
const PROP_49_LS_CH9 = {
  title: "Prop. 49 LS (2022–2023), chapter 9: the complaint deadlines in forbrukerkjøpsloven § 27",
  url: "https://cms12.regjeringen.no/no/dokumenter/prop.-49-ls-20222023/id2965716/?ch=9",
  publisher: "Government of Norway (regjeringen.no)",
  official: true,
};
const FORBRUKERKJOPSLOVEN = {
  title: "Lov om forbrukerkjøp (forbrukerkjøpsloven), LOV-2002-06-21-34, § 27",
  url: "https://lovdata.no/dokument/NL/lov/2002-06-21-34",
  publisher: "Lovdata",
  official: true,
};
const PROP_133_L = {
  title: "Prop. 133 L (2018–2019): Endringer i tvisteloven (verdigrensene)",
  url: "https://www.regjeringen.no/no/dokumenter/prop.-133-l-20182019/id2661126/",
  publisher: "Government of Norway (regjeringen.no)",
  official: true,
};
const FORBRUKERADVOKATEN_2020 = {
  title: "Forbrukeradvokaten: Changes to which cases go to the conciliation board, from 1 July 2020",
  url: "https://arkiv.forbrukeradvokaten.no/2020/08/endringer-i-hvilke-saker-som-skal-behandles-i-forliksradet-og-hvilke-saker-som-kan-ankes-til-lagmannsretten/",
  publisher: "Forbrukeradvokaten (law firm)",
  official: false,
  why: "The Government's proposal states the new limits but not the day they took effect, and we could not read the amended tvisteloven on lovdata; this states the date the amendment came into force.",
};
const PROP_55_L = {
  title: "Prop. 55 L (2019–2020): forbrukerklageloven, comments on § 1 (complaints between consumers and traders established in Norway)",
  url: "https://www.regjeringen.no/no/dokumenter/prop.-55-l-20192020/id2694001/?ch=7",
  publisher: "Government of Norway (regjeringen.no)",
  official: true,
};
const FORBRUKERKLAGEUTVALGET = {
  title: "Forbrukerklageutvalget: information to the parties",
  url: "https://www.forbrukerklageutvalget.no/om-forbrukerklageutvalget/informasjon-til-partene/",
  publisher: "Forbrukerklageutvalget (Consumer Complaints Committee)",
  official: true,
};
const FINANSPORTALEN_CREDIT = {
  title: "Finansportalen: your rights and duties when you buy on credit (claim against the credit provider)",
  url: "https://www.finansportalen.no/andre-valg/artikler/dine-rettigheter-og-plikter-ved-kredittkjop/",
  publisher: "Finansportalen (run by Forbrukerrådet, the Norwegian Consumer Council)",
  official: true,
};
const FORBRUKERRADET_BANK = {
  title: "Forbrukerrådet: Misnøgd med ei bankteneste? (complain to the bank, then to Finansklagenemnda)",
  url: "https://www.forbrukerradet.no/forside/okonomi-og-betaling/bank/bank-misfornoyd/",
  publisher: "Forbrukerrådet (Norwegian Consumer Council)",
  official: true,
};

export const NO_FACTS = defineFacts("no", [
  {
    id: "no-withdrawal-window",
    statement: "In Norway you can withdraw from an online or other distance purchase of goods, without giving a reason, within {value} of receiving the goods (angrerett).",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["NO"],
    validFrom: "2014-06-20",
    validTo: null,
    sources: [ANGRERETTLOVEN, INNST_258_L, CRD_ART_9],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Angrerettloven 2014 implements the EU Consumer Rights Directive, which sets this period with full harmonisation; we read the directive and Parliament's report, not the Act's text on lovdata. The date is the Act's date. Older Norwegian pages describe the 2000 Act, whose extended periods (3 months, 1 year) no longer apply.",
    mentions: ["angrerett", "angrefrist", "withdraw"],
  },
  {
    id: "no-withdrawal-extension",
    statement: "If a seller selling to Norway never told you about your right of withdrawal, the withdrawal period runs up to {value} longer.",
    value: { kind: "duration", amount: 12, unit: "months" },
    appliesTo: ["NO"],
    validFrom: "2014-06-20",
    validTo: null,
    sources: [ANGRERETTLOVEN, INNST_258_L],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Follows Article 10 of Directive 2011/83/EU, which angrerettloven 2014 implements; we could not read the Norwegian text of the section on lovdata.",
  },
  {
    id: "no-complaint-relative",
    statement: "In Norway, tell the seller about a defect within a reasonable time of finding it; a complaint made within {value} of finding the defect is always in time.",
    value: { kind: "duration", amount: 2, unit: "months" },
    appliesTo: ["NO"],
    validFrom: "2002-07-01",
    validTo: null,
    sources: [PROP_49_LS_CH9, FORBRUKERKJOPSLOVEN],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Forbrukerkjøpsloven § 27 first paragraph (reklamasjon). The deadline can be longer in special circumstances, such as illness; don't rely on that.",
    mentions: ["reklamasjon", "reasonable time"],
  },
  {
    id: "no-complaint-absolute",
    statement: "In Norway, a complaint about a defect must reach the seller at the latest {value} after you received the goods.",
    value: { kind: "duration", amount: 2, unit: "years" },
    appliesTo: ["NO"],
    validFrom: "2002-07-01",
    validTo: null,
    sources: [PROP_49_LS_CH9, FORBRUKERKJOPSLOVEN],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Forbrukerkjøpsloven § 27 second paragraph. A longer guarantee from the seller extends it.",
    mentions: ["reklamasjon", "Forbrukerkjøpsloven"],
  },
  {
    id: "no-complaint-absolute-long",
    statement: "For goods meant to last substantially longer than two years in normal use (a phone, a laptop, a washing machine), the Norwegian complaint deadline is {value} from when you received them.",
    value: { kind: "duration", amount: 5, unit: "years" },
    appliesTo: ["NO"],
    validFrom: "2002-07-01",
    validTo: null,
    sources: [PROP_49_LS_CH9, FORBRUKERKJOPSLOVEN],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Forbrukerkjøpsloven § 27 second paragraph. Which goods count is decided case by case; the examples are common ones, not a list in the law.",
    mentions: ["reklamasjon", "Forbrukerkjøpsloven"],
  },
  {
    id: "no-conciliation-board-limit",
    statement: "In Norway, a money dispute worth less than {value} must go to the conciliation board (forliksrådet) before a court, and the board can give judgment if one party asks.",
    value: { kind: "money", amount: "200000", currency: "NOK" },
    appliesTo: ["NO"],
    validFrom: "2020-07-01",
    validTo: null,
    sources: [PROP_133_L, FORBRUKERADVOKATEN_2020],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Tvisteloven §§ 6-2 and 6-10. A case already decided by Forbrukerklageutvalget does not go through the conciliation board.",
    changes: [
      {
        date: "2020-07-01",
        kind: "rule-change",
        from: { kind: "money", amount: "125000", currency: "NOK" },
        summary: "The limit for compulsory conciliation and for the board's power to give judgment at one party's request rose from NOK 125,000.",
      },
    ],
    mentions: ["forliksrådet", "conciliation board"],
  },
  {
    id: "no-small-claims-limit",
    statement: "Norwegian district courts hear money claims worth less than {value} under the small-claims procedure (småkravprosess), with limited legal costs.",
    value: { kind: "money", amount: "250000", currency: "NOK" },
    appliesTo: ["NO"],
    validFrom: "2020-07-01",
    validTo: null,
    sources: [PROP_133_L, FORBRUKERADVOKATEN_2020],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Tvisteloven § 10-1.",
    changes: [
      {
        date: "2020-07-01",
        kind: "rule-change",
        from: { kind: "money", amount: "125000", currency: "NOK" },
        summary: "The small-claims limit rose from NOK 125,000.",
      },
    ],
    mentions: ["småkravprosess", "small-claims"],
  },
  {
    id: "no-complaint-bodies-scope",
    statement: "Norway's mediation of consumer complaints and the Consumer Complaints Committee (Forbrukerklageutvalget) deal with {value}.",
    value: {
      kind: "scope",
      consumersIn: ["NO"],
      tradersIn: ["NO"],
      summary: "disputes between consumers and traders established in Norway; they cannot take a case against a seller abroad",
    },
    appliesTo: ["NO"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [PROP_55_L, FORBRUKERKLAGEUTVALGET],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Read in the Government's proposal for forbrukerklageloven (comments on § 1); the committee's decisions bind like a judgment unless brought to court. For a seller elsewhere in the EU, Norway or Iceland, Forbrukereuropa (ECC Norway) helps instead; for a seller in China, no Norwegian body can act.",
  },
  {
    id: "no-credit-card-claim-scope",
    statement: "Norway's Financial Contracts Act (finansavtaleloven) lets you bring {value}.",
    value: {
      kind: "scope",
      consumersIn: ["NO"],
      tradersIn: ["global"],
      summary:
        "a money claim for faulty or undelivered goods you bought on credit (such as a credit card) against the credit provider, when the seller does not put things right; you must have tried the seller first",
    },
    appliesTo: ["NO"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [FINANSPORTALEN_CREDIT, FORBRUKERRADET_BANK],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Formerly finansavtaleloven 1999 § 54 b; the 2020 Act keeps the rule. Debit (bank) cards are not credit. The pages we read do not say whether the claim reaches a seller abroad; card issuers have accepted such claims, but make the claim and expect to argue it. If the bank refuses, complain to Finansklagenemnda.",
  },
]);
