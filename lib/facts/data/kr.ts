import { defineFacts } from "../define";

/**
 * South Korean consumer law for goods bought online: withdrawal under the Act on the Consumer
 * Protection in Electronic Commerce (Article 17), the card-instalment defence of the Installment
 * Transactions Act, the small-claims limit, and the Korea Consumer Agency's cross-border help. Import
 * tax is in customs-asia.ts. Read on easylaw.go.kr (Ministry of Government Legislation), the Korea
 * Legislation Research Institute's English text, kca.go.kr and the pages named on the dates given.
 */

const CHECKED = "2026-12-01";

const EASYLAW_WITHDRAWAL = {
  title: "Easy-to-Find Korean Law: Online shopping malls, period for withdrawal or cancellation of a contract",
  url: "https://m.easylaw.go.kr/MOM/SubCsmOvRetrieve.laf?langCd=700101&csmSeq=1308&ccfNo=3&cciNo=3&cnpClsNo=3",
  publisher: "Ministry of Government Legislation (easylaw.go.kr)",
  official: true,
};
const ELAW_ECOMMERCE_ACT = {
  title: "Act on the Consumer Protection in Electronic Commerce, English translation (Article 17: withdrawal of subscription)",
  url: "https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=52489&type=part&key=28",
  publisher: "Korea Legislation Research Institute",
  official: true,
};
const BALAS_ART_17 = {
  title: "Order cancellation and return periods under Article 17 of the E-Commerce Act",
  url: "https://balas.biz/?p=1349",
  publisher: "balas.biz (Korean online shop's notice)",
  official: false,
  why: "The English translation of the Act is official, but our stored copy of it stops before Article 17; this page restates Article 17(3).",
};
const EASYLAW_DISPUTE = {
  title: "Easy-to-Find Korean Law: Online shopping, settling a dispute (Korea Consumer Agency, local consumer centres, lawsuit)",
  url: "https://m.easylaw.go.kr/MOM/SubCsmOvRetrieve.laf?langCd=700101&csmSeq=893&ccfNo=4&cciNo=2&cnpClsNo=1",
  publisher: "Ministry of Government Legislation (easylaw.go.kr)",
  official: true,
};
const EASYLAW_CARD_INSTALMENT = {
  title: "Easy-to-Find Korean Law: Credit card instalment contracts (신용카드 할부계약)",
  url: "https://easylaw.go.kr/CSP/CnpClsMain.laf?popMenu=ov&csmSeq=585&ccfNo=3&cciNo=3&cnpClsNo=1",
  publisher: "Ministry of Government Legislation (easylaw.go.kr)",
  official: true,
};
const ECONOMIST_FSS = {
  title: "Economist (Korea): Financial Supervisory Service notice, card-instalment defence needs KRW 200,000 and three months",
  url: "https://economist.co.kr/2022/05/30/finance/card/20220530150835777.html",
  publisher: "Economist (JoongAng), reporting the Financial Supervisory Service",
  official: false,
  why: "Reports the Financial Supervisory Service's consumer notice of 30 May 2022, which is not in our stored copies; the easylaw page on card instalments does not show the limits in our copy.",
};
const LAW_GO_KR_SMALL_CLAIMS = {
  title: "Small Claims Trial Act and Rules on Small Claims Trial, Article 1-2 (소액사건심판규칙)",
  url: "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EC%86%8C%EC%95%A1%EC%82%AC%EA%B1%B4%EC%8B%AC%ED%8C%90%EA%B7%9C%EC%B9%99",
  publisher: "Korea Ministry of Government Legislation (law.go.kr)",
  official: true,
};
const LFIND_SMALL_CLAIMS = {
  title: "lfind: small claims trial (소액사건재판) for disputes of KRW 30 million or less",
  url: "https://lfind.kr/statutes/669_5_1_1",
  publisher: "lfind.kr (legal information service)",
  official: false,
  why: "Quotes the Rules on Small Claims Trial, Article 1-2; the rules' text on law.go.kr is not in our stored copies.",
};
const KCA_CROSS_BORDER = {
  title: "Korea Consumer Agency: \"Cross-Border Transaction Consumer Portal\" open for service",
  url: "https://www.kca.go.kr/eng/sub.do?menukey=6007&mode=view&no=1001773673+",
  publisher: "Korea Consumer Agency",
  official: true,
};
const KCA_OVERSEAS_2018 = {
  title: "Korea Consumer Agency: Consumer complaints related to overseas online purchases increased significantly (1372 and the cross-border portal)",
  url: "https://english.kca.go.kr/brd/m_11/view.do?seq=398",
  publisher: "Korea Consumer Agency",
  official: true,
};

export const KR_FACTS = defineFacts("kr", [
  {
    id: "kr-withdrawal-window",
    statement: "In South Korea you can withdraw from an online purchase within {value} of receiving the contract document, or of receiving the goods if they arrive later; you pay the return postage.",
    value: { kind: "duration", amount: 7, unit: "days" },
    appliesTo: ["KR"],
    validFrom: "2012-08-18",
    validTo: null,
    sources: [EASYLAW_WITHDRAWAL, ELAW_ECOMMERCE_ACT],
    lastVerified: CHECKED,
    confidence: "high",
    note: "Act on the Consumer Protection in Electronic Commerce, Article 17(1); the seller can agree a longer period. It is lost if the goods were damaged through your fault or have lost much of their value through use. The words \"or of receiving the goods if they arrive later\" are the proviso to Article 17(1)1; the easylaw page we read shows only the main rule, so to be safe, count from whichever came first. The date is when the wholly amended Act took effect; the right is older.",
    mentions: ["withdraw", "E-Commerce Act", "청약철회"],
  },
  {
    id: "kr-misdescribed-window-supply",
    statement: "If goods bought online in South Korea differ from what was advertised or agreed, you can withdraw within {value} of receiving them, and within {kr-misdescribed-window-known} of when you knew or could have known.",
    value: { kind: "duration", amount: 3, unit: "months" },
    appliesTo: ["KR"],
    validFrom: "2012-08-18",
    validTo: null,
    sources: [ELAW_ECOMMERCE_ACT, BALAS_ART_17],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Act on the Consumer Protection in Electronic Commerce, Article 17(3). In this case the seller pays the return costs. Use whichever deadline comes first.",
    mentions: ["not as advertised", "different from"],
  },
  {
    id: "kr-misdescribed-window-known",
    statement: "For goods that differ from the advertisement or contract, a South Korean buyer must withdraw within {value} of when the difference was known or could have been known.",
    value: { kind: "duration", amount: 30, unit: "days" },
    appliesTo: ["KR"],
    validFrom: "2012-08-18",
    validTo: null,
    sources: [ELAW_ECOMMERCE_ACT, BALAS_ART_17],
    lastVerified: CHECKED,
    confidence: "medium",
  },
  {
    id: "kr-instalment-defence-min",
    statement: "In South Korea you can refuse to pay the remaining card instalments for goods not supplied or defective only if the purchase was {value} or more and paid in instalments over {kr-instalment-defence-term} or more; a single payment (일시불) is not covered.",
    value: { kind: "money", amount: "200000", currency: "KRW" },
    appliesTo: ["KR"],
    validFrom: "2022-05-30",
    validTo: null,
    sources: [EASYLAW_CARD_INSTALMENT, ECONOMIST_FSS],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Installment Transactions Act (할부거래법), the right of defence (항변권). Tell the card company in writing. Purchases for business are excluded. The date is the Financial Supervisory Service notice we read reported; the rule is older.",
    mentions: ["instalment", "할부"],
  },
  {
    id: "kr-instalment-defence-term",
    statement: "The South Korean card-instalment defence applies only to purchases paid over {value} or more.",
    value: { kind: "duration", amount: 3, unit: "months" },
    appliesTo: ["KR"],
    validFrom: "2022-05-30",
    validTo: null,
    sources: [EASYLAW_CARD_INSTALMENT, ECONOMIST_FSS],
    lastVerified: CHECKED,
    confidence: "medium",
  },
  {
    id: "kr-small-claims-limit",
    statement: "South Korean courts hear money claims of up to {value} as small claims, usually at a single hearing.",
    value: { kind: "money", amount: "30000000", currency: "KRW" },
    appliesTo: ["KR"],
    validFrom: "2017-01-01",
    validTo: null,
    sources: [LAW_GO_KR_SMALL_CLAIMS, LFIND_SMALL_CLAIMS],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Small Claims Trial Act, Article 2, and the Rules on Small Claims Trial, Article 1-2. A claim may not be split to fit under the limit.",
    changes: [
      {
        date: "2017-01-01",
        kind: "rule-change",
        from: { kind: "money", amount: "20000000", currency: "KRW" },
        summary: "The small claims limit rose from KRW 20 million for cases from 1 January 2017.",
      },
    ],
    mentions: ["small claims", "소액"],
  },
  {
    id: "kr-kca-cross-border-scope",
    statement: "The Korea Consumer Agency's Cross-Border Transaction Consumer Portal takes {value}.",
    value: {
      kind: "scope",
      consumersIn: ["KR"],
      tradersIn: ["global"],
      summary:
        "complaints from consumers in Korea about overseas shopping sites and purchasing agents, in Korean, English or Chinese; it works with consumer bodies in some countries (such as Japan and Vietnam) and has no power over a seller abroad",
    },
    appliesTo: ["KR"],
    validFrom: "2015-11-12",
    validTo: null,
    sources: [KCA_CROSS_BORDER, KCA_OVERSEAS_2018],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "The partner list is from the Agency's 2015 announcement; check the portal for the current one. Domestic complaints go to the 1372 Consumer Counselling Center.",
  },
]);
