import { defineFacts } from "../define";

/**
 * Getting import duty and tax back when goods are sent back or rejected: the UK's rejected-imports
 * claim (C&E1179), the EU's repayment for defective or non-conforming goods (Union Customs Code,
 * Articles 118 and 121), Canada's casual refund (form B2G) and New Zealand's refund for goods returned
 * overseas. The general overpayment limits (3 years in the UK and the EU) are in import-tax.ts.
 * Tax charged at checkout (IOSS, the UK's low-value rule, Australia's and New Zealand's low-value GST)
 * comes back from the seller, not customs, which the guides say.
 */

const CHECKED = "2026-12-01";

const GOV_REJECTED_IMPORTS = {
  title: "GOV.UK: Claim a repayment or remission of charges on rejected imports (C&E1179)",
  url: "https://www.gov.uk/guidance/claim-repayment-or-remission-of-charges-on-rejected-imports-ce1179",
  publisher: "HM Revenue & Customs",
  official: true,
};
const UCC_ART_121 = {
  title: "Regulation (EU) No 952/2013, the Union Customs Code, Article 121 (procedure for repayment and remission)",
  url: "https://www.legislation.gov.uk/eur/2013/952/article/121",
  publisher: "legislation.gov.uk (EU legislation as it stood on 31 January 2020)",
  official: true,
};
const UCC_ART_118 = {
  title: "Regulation (EU) No 952/2013, the Union Customs Code, Article 118 (defective goods or goods not complying with the terms of the contract)",
  url: "https://www.legislation.gov.uk/eur/2013/952/article/118/adopted",
  publisher: "legislation.gov.uk (EU legislation as adopted)",
  official: true,
};
const UCC_EURLEX = {
  title: "Regulation (EU) No 952/2013 laying down the Union Customs Code (EUR-Lex)",
  url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const CBSA_D6_2_6 = {
  title: "CBSA Memorandum D6-2-6: Refund of Duties and Taxes on Non-commercial Importations",
  url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d6/d6-2-6-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CBSA_D6_2_3 = {
  title: "CBSA Memorandum D6-2-3: Refund of Duties (section 74 of the Customs Act: four-year period for refund claims)",
  url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d6/d6-2-3-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CBSA_REFUND = {
  title: "CBSA: Importing by mail or courier, applying for a refund of duty and taxes (form B2G)",
  url: "https://cbsa-asfc.gc.ca/import/courier/crp-prio-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const NZ_CUSTOMS_REFUNDS = {
  title: "New Zealand Customs: Duty and GST refunds (goods returned to the supplier)",
  url: "https://www.customs.govt.nz/sending-and-receiving/duty-and-gst/duty-and-gst-refunds",
  publisher: "New Zealand Customs Service",
  official: true,
};
const IRD_RETURNED_GOODS = {
  title: "Inland Revenue: New GST process for returned imported goods (from 24 September 2025)",
  url: "https://www.ird.govt.nz/updates/news-folder/2025/new-gst-process-for-returned-imported-goods",
  publisher: "Inland Revenue (New Zealand)",
  official: true,
};

export const TAX_REFUND_FACTS = defineFacts("tax-refunds", [
  {
    id: "gb-rejected-imports-limit",
    statement:
      "To get back UK import duty and VAT paid at the border on goods you reject because they were faulty, damaged before customs clearance or not what the contract said, claim within {value} of being notified of the charge.",
    value: { kind: "duration", amount: 1, unit: "years" },
    appliesTo: ["GB"],
    validFrom: "2021-01-01",
    validTo: null,
    sources: [GOV_REJECTED_IMPORTS],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "Private individuals claim on HMRC's online form C&E1179. The goods must not have been used beyond what it took to find the fault, and must be sent out of the UK or destroyed. VAT charged at checkout (goods within the UK's low-value limit) is refunded by the seller or marketplace, not HMRC. For a charge that was simply wrong, the longer general limit for overpayments applies instead. HMRC can extend the limit in exceptional circumstances. The date is when the UK's own rules replaced the EU's; the limit is the same as before.",
    mentions: ["rejected", "C&E1179", "reject"],
  },
  {
    id: "eu-rejected-goods-limit",
    statement:
      "In the EU, ask customs to repay import duty on goods you reject as defective or not in line with the contract within {value} of the date you were notified of the customs debt.",
    value: { kind: "duration", amount: 1, unit: "years" },
    appliesTo: ["EU"],
    validFrom: "2016-05-01",
    validTo: null,
    sources: [UCC_ART_121, UCC_ART_118, UCC_EURLEX],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "Union Customs Code, Article 121(1)(b), with the conditions in Article 118: the goods must be unused (apart from what it took to find the fault) and be taken out of the EU, or destroyed or placed under another procedure with customs' permission. Goods damaged before release count as defective. The period is extended if unforeseeable circumstances or force majeure stopped you applying. Import VAT is repaid under each country's own VAT rules; VAT paid at checkout through IOSS comes back from the seller.",
    mentions: ["defective", "Article 118", "repayment", "remission"],
  },
  {
    id: "ca-casual-refund-limit",
    statement: "In Canada, a refund of duty and taxes on goods you imported for personal use (form B2G) can be claimed up to {value} after the goods were accounted for.",
    value: { kind: "duration", amount: 4, unit: "years" },
    appliesTo: ["CA"],
    validFrom: "2015-03-27",
    validTo: null,
    sources: [CBSA_D6_2_6, CBSA_D6_2_3, CBSA_REFUND],
    lastVerified: CHECKED,
    confidence: "medium",
    note:
      "Section 74 of the Customs Act gives four years for refund claims; CBSA Memorandum D6-2-6 applies the Act to casual (non-commercial) goods returned to a foreign seller, which also need a credit note or refund from the seller and proof that the goods left Canada. We could not read the memorandum's table of time limits for returned goods in our stored copies, so claim as soon as you have the seller's refund and your proof of export. Broker and carrier fees are not refunded. The date is the memorandum's latest revision.",
    mentions: ["B2G", "Casual Refund"],
  },
  {
    id: "nz-returned-goods-refund-window",
    statement:
      "New Zealand Customs considers refunds of duty and GST on goods returned to the overseas supplier when they were imported within the last {value}, whether they were faulty, not what you ordered or simply no longer wanted.",
    value: { kind: "duration", amount: 12, unit: "months" },
    appliesTo: ["NZ"],
    validFrom: "2025-09-24",
    validTo: null,
    sources: [NZ_CUSTOMS_REFUNDS, IRD_RETURNED_GOODS],
    lastVerified: CHECKED,
    confidence: "high",
    note:
      "A longer period can be considered for goods returned under a written warranty that runs longer. It applies only to duty and GST paid to Customs, a customs broker or a clearing agent in New Zealand (goods over the low-value limit); GST charged at checkout is refunded by the seller. The Import Entry Transaction Fee is not refunded in most cases.",
    changes: [
      {
        date: "2025-09-24",
        kind: "rule-change",
        from: { kind: "duration", amount: 2, unit: "months" },
        summary: "New Zealand Customs extended the time to apply for a GST refund on goods returned to overseas suppliers from two months to 12 months, and allowed it in more situations.",
      },
    ],
    mentions: ["New Zealand Customs", "NZ Customs"],
  },
]);
