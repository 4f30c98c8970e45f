import { defineFacts } from "../define";

/**
 * Canadian provincial consumer law for goods bought online. Consumer protection is provincial, so
 * every fact names its province: Ontario (Consumer Protection Act, 2002 and O. Reg. 17/05, with the
 * statutory credit-card charge reversal in section 99), Quebec (Consumer Protection Act, CQLR
 * c. P-40.1, distance contracts and chargeback in sections 54.1 to 54.16) and British Columbia.
 * Read on ontario.ca, LégisQuébec, the Office de la protection du consommateur and Consumer
 * Protection BC on the dates given.
 */

const CHECKED = "2026-12-01";

const ONTARIO_SHOPPING_ADVICE = {
  title: "Ontario: Advice for shopping online or over the phone",
  url: "https://www.ontario.ca/page/advice-shopping-online-or-over-phone",
  publisher: "Government of Ontario",
  official: true,
};
const ONTARIO_CPA = {
  title: "Consumer Protection Act, 2002, S.O. 2002, c. 30, Sched. A (section 99: credit card charges)",
  url: "https://www.ontario.ca/laws/statute/02c30",
  publisher: "Government of Ontario (e-Laws)",
  official: true,
};
const ONTARIO_REG_17_05 = {
  title: "O. Reg. 17/05: General (regulation under the Consumer Protection Act, 2002)",
  url: "https://www.ontario.ca/laws/regulation/050017",
  publisher: "Government of Ontario (e-Laws)",
  official: true,
};
const CLEO_CANCEL = {
  title: "CLEO: How do I cancel an agreement? (online, telephone and mail-order shopping)",
  url: "https://www.cleo.on.ca/en/publications/otmshop/how-do-i-cancel-agreement",
  publisher: "Community Legal Education Ontario",
  official: false,
  why: "The refund time is set in O. Reg. 17/05, whose text we could not read in our stored copies of e-Laws; CLEO, a legal clinic funded by Legal Aid Ontario, states it in plain words.",
};
const STATUTORY_CHARGEBACK_ONTARIO = {
  title: "Air Passenger Rights: Chargeback under Ontario statute",
  url: "https://airpassengerrights.ca/en/practical-guides/statutory-chargeback/ontario",
  publisher: "Air Passenger Rights (consumer advocacy group)",
  official: false,
  why: "The time limit for the written request to the card issuer is set in O. Reg. 17/05, whose text we could not read in our stored copies of e-Laws, and no Ontario government page we found states it.",
};
const legisQuebec = (section: string, url: string) => ({
  title: `Consumer Protection Act (Quebec), CQLR c. P-40.1, section ${section}`,
  url,
  publisher: "LégisQuébec (Government of Quebec)",
  official: true,
});
const QC_54_13 = legisQuebec("54.13", "https://legisquebec.gouv.qc.ca/fr/showversion/cs/P-40.1?code=se:54_13&pointInTime=20170517&langCont=en");
const QC_54_14 = legisQuebec("54.14", "https://legisquebec.gouv.qc.ca/en/version/cs/P-40.1?code=se:54_14&history=20211125");
const QC_54_16 = legisQuebec("54.16", "https://www.legisquebec.gouv.qc.ca/en/version/cs/P-40.1?code=se:54_16&history=20210906");
/** The earliest version of Quebec's distance-contract sections we read on LégisQuébec. */
const QC_VOUCHED_FROM = "2017-03-03";
const OPC_DELIVERY_DELAY = {
  title: "Office de la protection du consommateur: Delivery delay",
  url: "https://www.opc.gouv.qc.ca/en/consumer/topic/delivery-delays/delay/",
  publisher: "Office de la protection du consommateur (Quebec)",
  official: true,
};
const OPC_CHARGEBACK = {
  title: "Office de la protection du consommateur: Refund and chargeback request after cancelling a distance purchase",
  url: "https://www.opc.gouv.qc.ca/en/consumer/topic/purchase/phone-mail/cancellation/refund/",
  publisher: "Office de la protection du consommateur (Quebec)",
  official: true,
};
const CPBC_ONLINE = {
  title: "Consumer Protection BC: Problem with an online purchase?",
  url: "https://www.consumerprotectionbc.ca/consumer-help/problem-with-an-online-purchase/",
  publisher: "Consumer Protection BC",
  official: true,
};

export const CA_FACTS = defineFacts("ca", [
  {
    id: "ca-on-internet-agreement-threshold",
    statement: "Ontario's rules for internet, phone and mail-order agreements (a copy of the contract, and the right to cancel when they are broken) apply when the total you pay is more than {value}.",
    value: { kind: "money", amount: "50", currency: "CAD" },
    appliesTo: ["CA-ON"],
    validFrom: "2005-07-30",
    validTo: null,
    sources: [ONTARIO_SHOPPING_ADVICE, ONTARIO_CPA],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The Act applies when either you or the seller is in Ontario at the time of the sale. The date is when the Consumer Protection Act, 2002 came into force. Ontario has passed a Consumer Protection Act, 2023 that replaces it only when proclaimed; until then the 2002 Act applies.",
    mentions: ["internet agreement"],
  },
  {
    id: "ca-on-late-delivery",
    statement: "In Ontario, if goods you bought online are not delivered within {value} after the delivery date in the agreement (or after the agreement, when it gave no date), you can cancel in writing at any time before delivery, unless you agreed to accept the late delivery.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["CA-ON"],
    validFrom: "2005-07-30",
    validTo: null,
    sources: [ONTARIO_SHOPPING_ADVICE, CLEO_CANCEL],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["Ontario"],
  },
  {
    id: "ca-on-refund-window",
    statement: "In Ontario, once the seller gets your cancellation notice it has {value} to refund everything you paid.",
    value: { kind: "duration", amount: 15, unit: "days" },
    appliesTo: ["CA-ON"],
    validFrom: "2005-07-30",
    validTo: null,
    sources: [CLEO_CANCEL, ONTARIO_REG_17_05],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "If you already have the goods, return them within the same period after cancelling; the seller pays the return cost.",
    mentions: ["Ontario"],
  },
  {
    id: "ca-on-chargeback-request-window",
    statement: "In Ontario, if the seller has not refunded you after a valid cancellation and you paid by credit card, ask the card issuer in writing to cancel or reverse the charge (Consumer Protection Act, 2002, section 99) within {value}, counted at the earliest from the day you sent your cancellation notice.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["CA-ON"],
    validFrom: "2005-07-30",
    validTo: null,
    sources: [STATUTORY_CHARGEBACK_ONTARIO, ONTARIO_CPA, ONTARIO_REG_17_05],
    lastVerified: CHECKED,
    confidence: "low",
    note: "Section 99 of the Act gives the right; the time limit is in O. Reg. 17/05, which we could not read. The guide we cite counts it from the end of the seller's refund period, which would give you longer; we count from the cancellation notice, the earlier reading, because a request that arrives late can be refused.",
    mentions: ["Ontario", "section 99"],
  },
  {
    id: "ca-qc-late-delivery",
    statement: "In Quebec, you can cancel an online, phone or mail purchase before delivery if the goods have not arrived within {value} after the delivery date agreed in writing, or after the purchase when no date was given.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [OPC_DELIVERY_DELAY],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Consumer Protection Act (Quebec), section 54.9. The cancellation takes effect when you send the notice. The date is the earliest version of these sections we read, not when they first applied (they were added in 2006).",
    mentions: ["Quebec"],
  },
  {
    id: "ca-qc-refund-window",
    statement: "In Quebec, the merchant must refund everything you paid within {value} after you cancel a distance contract; you must return goods you received within the same period.",
    value: { kind: "duration", amount: 15, unit: "days" },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [QC_54_13, OPC_CHARGEBACK],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["Quebec"],
  },
  {
    id: "ca-qc-chargeback-request-window",
    statement: "In Quebec, if the merchant does not refund you after you cancel and you paid by credit card, you can ask the card issuer in writing for a chargeback within {value} following the merchant's default.",
    value: { kind: "duration", amount: 60, unit: "days" },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [QC_54_14, OPC_CHARGEBACK],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The merchant is in default the day after its refund period ends. The request must name the cardholder, card number and expiry, merchant, contract date, amounts, goods, reason and date and means of cancellation (section 54.15).",
    mentions: ["Quebec", "54.14"],
  },
  {
    id: "ca-qc-issuer-acknowledge",
    statement: "In Quebec, the card issuer must acknowledge your chargeback request within {value}.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [QC_54_16, OPC_CHARGEBACK],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "ca-qc-issuer-chargeback",
    statement: "In Quebec, the card issuer must make the chargeback and cancel the related charges within {value} of your request or within two complete statement periods, whichever comes first.",
    value: { kind: "duration", amount: 90, unit: "days" },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [QC_54_16, OPC_CHARGEBACK],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "ca-bc-refund-window",
    statement: "In British Columbia, a business must refund you within {value} after you validly cancel a distance sales contract.",
    value: { kind: "duration", amount: 15, unit: "days" },
    appliesTo: ["CA-BC"],
    validFrom: "2004-07-01",
    validTo: null,
    sources: [CPBC_ONLINE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Business Practices and Consumer Protection Act, Part 4. If it doesn't, Consumer Protection BC's steps lead to a chargeback request to your card provider. The date is when the Act came into force.",
    mentions: ["British Columbia"],
  },
  {
    id: "ca-on-cpa-scope",
    statement: "Ontario's Consumer Protection Act, 2002 protects {value}.",
    value: {
      kind: "scope",
      consumersIn: ["CA-ON"],
      tradersIn: ["global"],
      summary: "consumers when either they or the seller is in Ontario at the time of the sale, including buyers in Ontario of sellers abroad",
    },
    appliesTo: ["CA-ON"],
    validFrom: "2005-07-30",
    validTo: null,
    sources: [ONTARIO_SHOPPING_ADVICE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Enforcing it against a seller abroad is another matter: the statutory charge reversal through a credit card issuer is what makes it useful.",
  },
  {
    id: "ca-qc-cpa-scope",
    statement: "Quebec's Consumer Protection Act distance-contract rules protect {value}.",
    value: {
      kind: "scope",
      consumersIn: ["CA-QC"],
      tradersIn: ["global"],
      summary: "consumers in Quebec who buy online, by phone or by mail, from a merchant anywhere",
    },
    appliesTo: ["CA-QC"],
    validFrom: QC_VOUCHED_FROM,
    validTo: null,
    sources: [OPC_DELIVERY_DELAY, OPC_CHARGEBACK],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The Office de la protection du consommateur's pages describe the rights for any online purchase by a Quebec consumer; whether a Quebec court would apply them to a merchant with no presence in Quebec depends on the case. The chargeback through the card issuer works either way.",
  },
]);
