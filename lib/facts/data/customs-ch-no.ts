import { defineFacts } from "../define";
import { amount, correction, moneyFact, percentFact } from "./customs-builders";

/** Switzerland and Norway: VAT, the small-amount and VOEC limits, duty, and the postal clearance fees. Read by lib/import-tax/rules/ch.ts and no.ts. */

const CH_CH = {
  title: "ch.ch: ordering goods from abroad (VAT and duty of CHF 5 or less are not levied)",
  url: "https://www.ch.ch/en/ordering-goods-abroad",
  publisher: "Swiss Confederation (ch.ch)",
  official: true,
};
const ESTV_RATES = {
  title: "Swiss Federal Tax Administration: VAT rates in Switzerland",
  url: "https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-rates-switzerland.html",
  publisher: "Swiss Federal Tax Administration",
  official: true,
};
const POST_CH_FEES = {
  title: "Swiss Post: customs clearance fees (basic fee by country of origin, 3 % supplement, maximum)",
  url: "https://www.post.ch/en/receiving-mail/customs-clearance-fees",
  publisher: "Swiss Post",
  official: true,
};
const SECO_TARIFFS = {
  title: "SECO: abolition of industrial tariffs from 1 January 2024",
  url: "https://www.seco.admin.ch/seco/en/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/Industriezoelle.html",
  publisher: "State Secretariat for Economic Affairs (SECO)",
  official: true,
};
const TOLL_VOEC = {
  title: "Norwegian Customs: the VOEC scheme",
  url: "https://www.toll.no/en/online-shopping/the-voec-scheme",
  publisher: "Norwegian Customs (Tolletaten)",
  official: true,
};
const TOLL_VOEC_VALUE = {
  title: "Norwegian Customs, Toll-ABC § 5-9: the VOEC item value excludes transport and insurance",
  url: "https://www.toll.no/no/verktoy/regelverk/handboker/tollabc/5/5-9/",
  publisher: "Norwegian Customs (Tolletaten)",
  official: true,
};
const SKATTEETATEN_RATES = {
  title: "Skatteetaten: VAT rates (merverdiavgift)",
  url: "https://www.skatteetaten.no/en/rates/value-added-tax/",
  publisher: "Norwegian Tax Administration",
  official: true,
};
const TOLL_BOOKS = {
  title: "Norwegian Customs: online shopping questions and answers (no VAT or duty on books)",
  url: "https://www.toll.no/no/privat2/sporsmal-svar-private/netthandel-sporsmal-og-svar/",
  publisher: "Norwegian Customs (Tolletaten)",
  official: true,
};
const TOLL_CLOTHES = {
  title: "Norwegian Customs: clothes and shoes you buy online",
  url: "https://www.toll.no/en/goods/clothes-and-shoes/clothes-and-shoes-you-buy-online/",
  publisher: "Norwegian Customs (Tolletaten)",
  official: true,
};
const POSTEN_FEE = {
  title: "Posten: customs clearance when receiving from abroad (fee)",
  url: "https://www.posten.no/fortolling/motta-fra-utlandet",
  publisher: "Posten Norge",
  official: true,
};

const CH = ["CH"];
const NO = ["NO"];

export const CUSTOMS_CH_NO_FACTS = defineFacts("customs-ch-no", [
  percentFact({ id: "ch-vat-standard", statement: "Switzerland's standard VAT rate, also charged on imports, is {value}.", value: "8.1", appliesTo: CH, validFrom: "2024-01-01", sources: [ESTV_RATES], confidence: "high" }),
  percentFact({ id: "ch-vat-books", statement: "Printed books pay Switzerland's reduced VAT rate of {value}.", value: "2.6", appliesTo: CH, validFrom: "2024-01-01", sources: [ESTV_RATES], confidence: "high" }),
  moneyFact({
    id: "ch-small-amount-not-levied",
    statement: "Swiss import VAT of {value} or less on a consignment is not levied (duty is assessed separately in the same way).",
    amount: "5",
    currency: "CHF",
    appliesTo: CH,
    validFrom: "2025-01-01",
    sources: [CH_CH],
    confidence: "high",
  }),
  percentFact({
    id: "ch-duty-industrial",
    statement: "Switzerland charges {value} customs duty on industrial goods (tariff chapters 25 to 97) since 1 January 2024.",
    value: "0",
    appliesTo: CH,
    validFrom: "2024-01-01",
    sources: [SECO_TARIFFS],
    confidence: "high",
  }),
  moneyFact({
    id: "ch-post-fee-other",
    statement: "Swiss Post's basic customs clearance fee for a parcel from a country other than Germany, France, Italy or Austria is {value} (before VAT).",
    amount: "16",
    currency: "CHF",
    appliesTo: CH,
    validFrom: "2025-01-01",
    sources: [POST_CH_FEES],
    confidence: "high",
    changes: [
      correction(
        "2026-12-01",
        amount("11.50", "CHF"),
        "We used CHF 11.50, Swiss Post's fee for parcels from its neighbouring countries; parcels from elsewhere (such as China) pay CHF 16.",
      ),
    ],
  }),
  moneyFact({
    id: "ch-post-fee-neighbours",
    statement: "Swiss Post's basic customs clearance fee for a parcel from Germany, France, Italy or Austria is {value} (before VAT).",
    amount: "11.50",
    currency: "CHF",
    appliesTo: CH,
    validFrom: "2025-01-01",
    sources: [POST_CH_FEES],
    confidence: "high",
  }),
  percentFact({
    id: "ch-post-value-supplement",
    statement: "On top of its basic clearance fee, Swiss Post charges a supplement of {value} of the value of the goods (including shipping and duty).",
    value: "3",
    appliesTo: CH,
    validFrom: "2025-01-01",
    sources: [POST_CH_FEES],
    confidence: "high",
  }),
  moneyFact({
    id: "ch-post-fee-max",
    statement: "Swiss Post charges at most {value} in all for customs clearance of a parcel.",
    amount: "70",
    currency: "CHF",
    appliesTo: CH,
    validFrom: "2025-01-01",
    sources: [POST_CH_FEES],
    confidence: "high",
  }),

  moneyFact({
    id: "no-voec-limit",
    statement: "Sellers registered in Norway's VOEC scheme charge Norwegian VAT at checkout on each item worth less than {value} (without transport and insurance); those items pay no customs duty.",
    amount: "3000",
    currency: "NOK",
    appliesTo: NO,
    validFrom: "2020-04-01",
    sources: [TOLL_VOEC, TOLL_VOEC_VALUE],
    confidence: "high",
    mentions: ["VOEC"],
  }),
  percentFact({ id: "no-vat-standard", statement: "Norway's standard VAT rate, also charged on imports from the first krone, is {value}.", value: "25", appliesTo: NO, validFrom: "2013-01-01", sources: [SKATTEETATEN_RATES], confidence: "high" }),
  percentFact({ id: "no-vat-books", statement: "Books for your own use pay {value} VAT in Norway.", value: "0", appliesTo: NO, validFrom: "2024-01-01", sources: [TOLL_BOOKS], confidence: "high" }),
  percentFact({ id: "no-duty-general", statement: "Norway charges {value} customs duty on most manufactured goods; clothing is the main exception.", value: "0", appliesTo: NO, validFrom: "2025-01-01", sources: [TOLL_CLOTHES], confidence: "medium" }),
  percentFact({ id: "no-duty-clothing", statement: "Some clothing pays Norwegian customs duty; {value} is a common rate but not verified for your item.", value: "10.7", appliesTo: NO, validFrom: "2025-01-01", sources: [TOLL_CLOTHES], confidence: "low" }),
  percentFact({ id: "no-duty-footwear-books", statement: "Shoes, and books for your own use, pay {value} customs duty in Norway.", value: "0", appliesTo: NO, validFrom: "2025-01-01", sources: [TOLL_CLOTHES, TOLL_BOOKS], confidence: "high" }),
  moneyFact({
    id: "no-posten-fee",
    statement: "Posten charged {value} for its simplified customs clearance of a parcel; Posten says its prices are now lower.",
    amount: "149",
    currency: "NOK",
    appliesTo: NO,
    validFrom: "2025-01-01",
    sources: [POSTEN_FEE],
    confidence: "low",
    note: "We could not read Posten's current price in our stored copies; the figure may be out of date.",
  }),
]);
