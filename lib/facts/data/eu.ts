import { defineFacts } from "../define";

/**
 * EU consumer law for goods bought at a distance: the Consumer Rights Directive 2011/83/EU
 * (withdrawal, refund, delivery) and the Sale of Goods Directive (EU) 2019/771 (legal guarantee).
 * Directives set the rule each member state must give at least; national law can add to the
 * guarantee, which the notes say. Read on EUR-Lex and Your Europe on the dates given.
 */

const CHECKED = "2026-12-01";

const CRD = {
  title: "Directive 2011/83/EU on consumer rights (EUR-Lex)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011L0083",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const CRD_ART_9 = {
  title: "Directive 2011/83/EU, Article 9 (right of withdrawal)",
  url: "https://www.legislation.gov.uk/eudr/2011/83/article/9/adopted",
  publisher: "legislation.gov.uk (EU legislation as adopted)",
  official: true,
};
const SGD = {
  title: "Directive (EU) 2019/771 on contracts for the sale of goods (EUR-Lex)",
  url: "https://eur-lex.europa.eu/eli/dir/2019/771/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};
const CRD_AMENDMENT_2023 = {
  title: "Directive (EU) 2023/2673 amending Directive 2011/83/EU (withdrawal function, Article 11a)",
  url: "https://eur-lex.europa.eu/eli/dir/2023/2673/oj",
  publisher: "EUR-Lex (Publications Office of the European Union)",
  official: true,
};

export const EU_FACTS = defineFacts("eu", [
  {
    id: "eu-withdrawal-window",
    statement: "You can withdraw from an online or other distance purchase of goods, without giving a reason, until {value} after the day you receive them.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["EU"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CRD_ART_9, CRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Counted from the day you (or someone you named, other than the carrier) take physical possession of the goods; for several goods delivered separately, of the last one. If the last day is a weekend or public holiday, EU rules move it to the next working day, but don't count on it.",
    mentions: ["withdrawal", "withdraw", "cancel"],
  },
  {
    id: "eu-withdrawal-extension",
    statement: "If the trader never told you about your right of withdrawal, the withdrawal period runs {value} longer.",
    value: { kind: "duration", amount: 12, unit: "months" },
    appliesTo: ["EU"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 10 of the directive. If the trader gives the information late within that time, the withdrawal period instead ends the normal period after you receive it.",
  },
  {
    id: "eu-withdrawal-refund",
    statement: "After you withdraw, the trader must refund you, including the standard delivery charge, within {value} of being told; it may wait until it gets the goods back or your proof that you sent them.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["EU"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 13 of the directive.",
  },
  {
    id: "eu-withdrawal-return-goods",
    statement: "After you withdraw, send the goods back within {value} of telling the trader, unless it offered to collect them.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["EU"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 14 of the directive. You pay the return postage only if the trader told you so before you bought.",
  },
  {
    id: "eu-delivery-default",
    statement: "When no delivery date was agreed, an EU trader must deliver without undue delay and within {value} of the contract.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["EU"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CRD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 18 of the directive. If the trader misses it, you can call on it to deliver within an additional period and end the contract if it does not.",
    mentions: ["deliver"],
  },
  {
    id: "eu-legal-guarantee",
    statement: "The seller is liable for faults that appear within {value} of delivery, and must repair or replace the goods free of charge, or else cut the price or refund you (the legal guarantee).",
    value: { kind: "duration", amount: 2, unit: "years" },
    appliesTo: ["EU"],
    validFrom: "2022-01-01",
    validTo: null,
    sources: [SGD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 10 of Directive (EU) 2019/771 sets this as a minimum: some member states give longer. The earlier Directive 1999/44/EC set the same minimum.",
    mentions: ["legal guarantee", "guarantee"],
  },
  {
    id: "eu-burden-of-proof",
    statement: "A fault that appears within {value} of delivery is presumed to have been there at delivery, unless the seller proves otherwise.",
    value: { kind: "duration", amount: 1, unit: "years" },
    appliesTo: ["EU"],
    validFrom: "2022-01-01",
    validTo: null,
    sources: [SGD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 11 of Directive (EU) 2019/771 lets member states make this two years; some do. Older Your Europe pages still give six months, the rule before 2022.",
    changes: [
      {
        date: "2022-01-01",
        kind: "rule-change",
        from: { kind: "duration", amount: 6, unit: "months" },
        summary: "Directive (EU) 2019/771 replaced the six-month presumption of Directive 1999/44/EC with one year for contracts from 1 January 2022.",
      },
    ],
    mentions: ["presumed", "burden of proof"],
  },
  {
    id: "eu-defect-notice",
    statement: "Some EU countries require you to tell the seller about a fault within {value} of discovering it, or you may lose the legal guarantee.",
    value: { kind: "duration", amount: 2, unit: "months" },
    appliesTo: ["EU"],
    validFrom: "2022-01-01",
    validTo: null,
    sources: [SGD],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 12 of Directive (EU) 2019/771 allows member states to keep or introduce a notification period of at least this length. Report a fault as soon as you see it.",
  },
  {
    id: "eu-withdrawal-function-from",
    statement: "From {value}, a trader selling to EU consumers through a website or app must offer a clearly labelled online withdrawal function for the whole withdrawal period and confirm your withdrawal on a durable medium.",
    value: { kind: "date", date: "2026-06-19" },
    appliesTo: ["EU"],
    validFrom: "2026-06-19",
    validTo: null,
    sources: [CRD_AMENDMENT_2023],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Article 11a of Directive 2011/83/EU, inserted by Directive (EU) 2023/2673; member states apply it from this date.",
  },
]);
