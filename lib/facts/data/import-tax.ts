import { defineFacts } from "../define";

/**
 * Figures the import-tax calculator and its bill check need beyond the rule versions in
 * lib/import-tax/rules/ (which move here separately): the top of the official US tariff ranges it
 * shows when the US duty rate is unknown, and the time limits for asking customs for a repayment.
 * Exchange rates are dated data of their own (lib/import-tax/exchange-rates/).
 */

const CHECKED = "2026-12-01";

const HTS_6110 = {
  title: "USITC Harmonized Tariff Schedule: 6110.30.30 (sweaters and similar, of man-made fibres), general rate",
  url: "https://hts.usitc.gov/?query=6110.30.30",
  publisher: "US International Trade Commission",
  official: true,
};
const HTS_6404 = {
  title: "USITC Harmonized Tariff Schedule: 6404.19.59 (footwear with textile uppers, other), general rate",
  url: "https://hts.usitc.gov/?query=6404.19.59",
  publisher: "US International Trade Commission",
  official: true,
};
const HTS_8517 = {
  title: "USITC Harmonized Tariff Schedule: 8517.13.00 (smartphones), general rate",
  url: "https://hts.usitc.gov/?query=8517.13.00",
  publisher: "US International Trade Commission",
  official: true,
};
const C285 = {
  title: "GOV.UK: How to apply for a repayment of import duty and VAT if you've overpaid (C285)",
  url: "https://www.gov.uk/guidance/how-to-apply-for-a-repayment-of-import-duty-and-vat-if-youve-overpaid-c285",
  publisher: "HM Revenue & Customs",
  official: true,
};
const CE1179 = {
  title: "GOV.UK: Claim repayment or remission of charges on rejected imports (C&E1179)",
  url: "https://www.gov.uk/guidance/claim-repayment-or-remission-of-charges-on-rejected-imports-ce1179",
  publisher: "HM Revenue & Customs",
  official: true,
};
const CE1179_PUBLICATION = {
  title: "GOV.UK: Claim repayment or remission of charges on rejected imports (who can apply, including private individuals)",
  url: "https://www.gov.uk/government/publications/import-and-export-repayment-or-remission-of-charges-on-rejected-imports-ce1179",
  publisher: "HM Revenue & Customs",
  official: true,
};
const UCC_REJECTED = {
  title: "Regulation (EU) No 952/2013, the Union Customs Code, Article 118 (defective goods or goods not complying with the contract) and Article 121(1)(b)",
  url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj",
  publisher: "EUR-Lex (Publications Office of the EU)",
  official: true,
};
const UCC = {
  title: "Regulation (EU) No 952/2013, the Union Customs Code, Article 121(1)(a)",
  url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj",
  publisher: "EUR-Lex (Publications Office of the EU)",
  official: true,
};

export const IMPORT_TAX_FACTS = defineFacts("import-tax", [
  {
    id: "us-mfn-clothing-max",
    statement: "The normal (most-favoured-nation) US duty on clothing runs up to {value} of the value, before any surcharge for the country of origin.",
    value: { kind: "percent", value: "32" },
    appliesTo: ["US"],
    validFrom: "2025-01-01",
    validTo: null,
    sources: [HTS_6110],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The highest general rate in HTSUS chapters 61 and 62; most clothing pays less. Checked against copies of the schedule: confirm on hts.usitc.gov.",
  },
  {
    id: "us-mfn-footwear-max",
    statement: "The normal (most-favoured-nation) US duty on footwear runs up to {value} of the value, before any surcharge for the country of origin.",
    value: { kind: "percent", value: "48" },
    appliesTo: ["US"],
    validFrom: "2025-01-01",
    validTo: null,
    sources: [HTS_6404],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The highest general rate in HTSUS chapter 64; most footwear pays less. Checked against copies of the schedule: confirm on hts.usitc.gov.",
  },
  {
    id: "us-mfn-phones",
    statement: "Smartphones pay a normal (most-favoured-nation) US duty of {value}.",
    value: { kind: "percent", value: "0" },
    appliesTo: ["US"],
    validFrom: "2025-01-01",
    validTo: null,
    sources: [HTS_8517],
    lastVerified: CHECKED,
    confidence: "medium",
  },
  {
    id: "gb-import-repayment-limit",
    statement: "Claim a repayment of overpaid UK import duty and VAT within {value}.",
    value: { kind: "duration", amount: 3, unit: "years" },
    appliesTo: ["GB"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [C285],
    lastVerified: CHECKED,
    confidence: "high",
    note: "HMRC's time limit for overpayments; it is 1 year for rejected imports and 90 days to withdraw an import declaration.",
  },
  {
    id: "eu-customs-repayment-limit",
    statement: "Ask customs in an EU country to repay overpaid import duty within {value} of being told of the charge.",
    value: { kind: "duration", amount: 3, unit: "years" },
    appliesTo: ["EU"],
    validFrom: "2016-05-01",
    validTo: null,
    sources: [UCC],
    lastVerified: CHECKED,
    confidence: "high",
  },
]);
