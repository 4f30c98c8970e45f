import { defineFacts } from "../define";

/**
 * UK consumer law: cancelling a distance purchase, rejecting faulty goods, delivery, Section 75 and
 * the time limits for a court claim in each nation. Read on legislation.gov.uk (the revised text)
 * on the dates given; the nations' limitation rules are one fact each because they differ.
 */

const CHECKED = "2026-12-01";

const legislation = (title: string, path: string) => ({
  title,
  url: `https://www.legislation.gov.uk/${path}`,
  publisher: "legislation.gov.uk (The National Archives)",
  official: true,
});

const CCR_REG_30 = legislation("The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regulation 30 (normal cancellation period)", "uksi/2013/3134/regulation/30");
const CCR_REG_31 = legislation("The Consumer Contracts Regulations 2013, regulation 31 (cancellation period extended for breach of information requirement)", "uksi/2013/3134/regulation/31");
const CCR_REG_34 = legislation("The Consumer Contracts Regulations 2013, regulation 34 (reimbursement by trader in the event of withdrawal or cancellation)", "uksi/2013/3134/regulation/34");
const CCR_REG_35 = legislation("The Consumer Contracts Regulations 2013, regulation 35 (payment by consumer in the event of withdrawal or cancellation)", "uksi/2013/3134/regulation/35");
const CRA_S19 = legislation("Consumer Rights Act 2015, section 19 (consumer's rights to enforce terms about goods)", "ukpga/2015/15/section/19");
const CRA_S22 = legislation("Consumer Rights Act 2015, section 22 (time limit for short-term right to reject)", "ukpga/2015/15/section/22");
const CRA_S22_NOTES = legislation("Consumer Rights Act 2015, Explanatory Notes on section 22", "ukpga/2015/15/section/22/notes");
const CRA_S28 = legislation("Consumer Rights Act 2015, section 28 (delivery of goods)", "ukpga/2015/15/section/28");
const LIMITATION_ACT_S5 = legislation("Limitation Act 1980, section 5 (time limit for actions founded on simple contract)", "ukpga/1980/58/section/5");
const LIMITATION_NI_ART4 = legislation("The Limitation (Northern Ireland) Order 1989, article 4 (actions founded on contract)", "nisi/1989/1339/article/4");
const PRESCRIPTION_SCT_S6 = legislation("Prescription and Limitation (Scotland) Act 1973, section 6 (extinction of obligations by prescriptive periods of five years)", "ukpga/1973/52/section/6");
const PRESCRIPTION_SCT_SCH1 = legislation("Prescription and Limitation (Scotland) Act 1973, Schedule 1 (obligations affected by the five-year prescription, including breach of contract)", "ukpga/1973/52/schedule/1");
const CCA_S75 = legislation("Consumer Credit Act 1974, section 75 (liability of creditor for breaches by supplier)", "ukpga/1974/39/section/75");
const OFT_EQUAL_LIABILITY = {
  title: "Office of Fair Trading: Equal liability (section 75), archived",
  url: "https://webarchive.nationalarchives.gov.uk/20140402163517/http:/oft.gov.uk/about-the-oft/legal-powers/legal/cca/equal-liability",
  publisher: "Office of Fair Trading (UK Government Web Archive)",
  official: true,
};

export const UK_FACTS = defineFacts("uk", [
  {
    id: "uk-cancellation-window",
    statement: "You can cancel an online or other distance order for goods, without giving a reason, until {value} after the day you receive them.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CCR_REG_30],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The period counts from the day the goods come into your physical possession (or that of someone you named, other than the carrier); for several goods delivered on different days, from the day the last one arrives.",
    mentions: ["cancel", "cancellation", "Consumer Contracts Regulations"],
  },
  {
    id: "uk-cancellation-extension",
    statement: "If the trader never told you about your right to cancel, the cancellation period runs up to {value} longer.",
    value: { kind: "duration", amount: 12, unit: "months" },
    appliesTo: ["GB"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CCR_REG_31],
    lastVerified: CHECKED,
    confidence: "high",
    note: "If the trader gives you the information late, within that extension, the cancellation period instead ends the normal cancellation period after the day you receive it.",
  },
  {
    id: "uk-cancellation-refund",
    statement: "After you cancel, the trader must refund you, including standard delivery, within {value} of getting the goods back or of your proof that you sent them, whichever comes first.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CCR_REG_34],
    lastVerified: CHECKED,
    confidence: "high",
    note: "If the trader offered to collect the goods, the refund period counts from the day you told it you were cancelling.",
  },
  {
    id: "uk-cancellation-return-goods",
    statement: "After you cancel, send the goods back within {value} of telling the trader, unless it offered to collect them.",
    value: { kind: "duration", amount: 14, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2014-06-13",
    validTo: null,
    sources: [CCR_REG_35],
    lastVerified: CHECKED,
    confidence: "high",
  },
  {
    id: "uk-short-term-reject",
    statement: "Goods that are faulty, not as described or not fit for purpose can be rejected for a full refund within {value} of delivery (the short-term right to reject).",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2015-10-01",
    validTo: null,
    sources: [CRA_S22, CRA_S22_NOTES],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The period begins the day after you own the goods, they are delivered and any installation the trader had to do is done; it pauses while the trader repairs or replaces at your request. Perishable goods can have a shorter period.",
    mentions: ["reject", "right to reject"],
  },
  {
    id: "uk-fault-presumption",
    statement: "A fault that shows within {value} of delivery is presumed to have been there at delivery, unless the trader proves otherwise; after that, you have to show it was.",
    value: { kind: "duration", amount: 6, unit: "months" },
    appliesTo: ["GB"],
    validFrom: "2015-10-01",
    validTo: null,
    sources: [CRA_S19],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The presumption applies to repair, replacement, price reduction and the final right to reject (section 19(14) and (15)); it does not apply to the short-term right to reject.",
    mentions: ["presumed", "burden of proof"],
  },
  {
    id: "uk-delivery-default",
    statement: "When no delivery date was agreed, the trader must deliver without undue delay and within {value} of the contract.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["GB"],
    validFrom: "2015-10-01",
    validTo: null,
    sources: [CRA_S28],
    lastVerified: CHECKED,
    confidence: "high",
    note: "If the trader misses the date, you can give it a further reasonable period and end the contract if it fails again, or end it at once where the date was essential.",
    mentions: ["deliver"],
  },
  {
    id: "uk-limitation-eng-wls",
    statement: "In England and Wales, a court claim for breach of contract must be started within {value} of the breach.",
    value: { kind: "duration", amount: 6, unit: "years" },
    appliesTo: ["GB-ENG", "GB-WLS"],
    validFrom: "1981-05-01",
    validTo: null,
    sources: [LIMITATION_ACT_S5],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The time runs from the breach, which for goods is usually delivery. Don't wait for the limit: evidence fades and overseas sellers disappear.",
    mentions: ["Limitation Act", "court claim", "claims can be brought"],
  },
  {
    id: "uk-limitation-nir",
    statement: "In Northern Ireland, a court claim for breach of contract must be started within {value} of the breach.",
    value: { kind: "duration", amount: 6, unit: "years" },
    appliesTo: ["GB-NIR"],
    validFrom: "1989-10-03",
    validTo: null,
    sources: [LIMITATION_NI_ART4],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Set by the Limitation (Northern Ireland) Order 1989, not the Limitation Act 1980, which does not extend to Northern Ireland.",
    mentions: ["Limitation", "Northern Ireland"],
  },
  {
    id: "uk-limitation-sct",
    statement: "In Scotland, the right to claim for breach of contract is extinguished if no claim is made within {value} (prescription).",
    value: { kind: "duration", amount: 5, unit: "years" },
    appliesTo: ["GB-SCT"],
    validFrom: "1976-07-25",
    validTo: null,
    sources: [PRESCRIPTION_SCT_S6, PRESCRIPTION_SCT_SCH1],
    lastVerified: CHECKED,
    confidence: "high",
    note: "In Scotland the obligation itself ends once the period has run from when it became enforceable (usually when the loss occurred; later if you could not reasonably have known of it). Count from delivery to be safe.",
    mentions: ["Scotland", "prescription"],
  },
  {
    id: "uk-section-75-min",
    statement: "Section 75 of the Consumer Credit Act 1974 covers a single item only if its cash price is more than {value} (delivery not counted).",
    value: { kind: "money", amount: "100", currency: "GBP" },
    appliesTo: ["GB"],
    validFrom: "1985-05-20",
    validTo: null,
    sources: [CCA_S75, OFT_EQUAL_LIABILITY],
    lastVerified: CHECKED,
    confidence: "high",
    note: "The limits are per item, not per order: three items at £40 each on one £120 order are not covered. The claim is not limited to the part you paid by card.",
    mentions: ["Section 75"],
  },
  {
    id: "uk-section-75-max",
    statement: "Section 75 of the Consumer Credit Act 1974 covers a single item with a cash price up to {value}.",
    value: { kind: "money", amount: "30000", currency: "GBP" },
    appliesTo: ["GB"],
    validFrom: "1985-05-20",
    validTo: null,
    sources: [CCA_S75, OFT_EQUAL_LIABILITY],
    lastVerified: CHECKED,
    confidence: "high",
    mentions: ["Section 75"],
  },
  {
    id: "uk-section-75-scope",
    statement: "Section 75 makes a UK credit card issuer equally liable with the seller: {value}.",
    value: {
      kind: "scope",
      consumersIn: ["GB"],
      tradersIn: ["global"],
      summary:
        "it covers UK credit cards (not debit cards, charge cards or credit-card cheques), for a single item priced within the Section 75 band, bought directly from a supplier anywhere, including abroad",
    },
    appliesTo: ["GB"],
    validFrom: "1985-05-20",
    validTo: null,
    sources: [OFT_EQUAL_LIABILITY, CCA_S75],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Paying through a third party such as PayPal normally breaks the link Section 75 needs. Whether it survives payment through a shopping agent or a marketplace checkout has not been settled.",
  },
]);
