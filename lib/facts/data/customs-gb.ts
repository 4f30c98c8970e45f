import { defineFacts } from "../define";
import { CUSTOMS_CHECKED, dateFact, moneyFact, percentFact } from "./customs-builders";

/** United Kingdom (Great Britain): the £135 rule, VAT, duty rates and Royal Mail's fee. Read by lib/import-tax/rules/gb.ts. */

const GOV_SENT_FROM_ABROAD = {
  title: "GOV.UK: Tax and customs for goods sent from abroad",
  url: "https://www.gov.uk/goods-sent-from-abroad/tax-and-duty",
  publisher: "HM Revenue & Customs",
  official: true,
};
const GOV_OVERSEAS_GOODS = {
  title: "GOV.UK: VAT and overseas goods sold directly to customers in the UK",
  url: "https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk",
  publisher: "HM Revenue & Customs",
  official: true,
};
const GOV_VAT_RATES = {
  title: "GOV.UK: VAT rates",
  url: "https://www.gov.uk/vat-rates",
  publisher: "HM Revenue & Customs",
  official: true,
};
const GOV_BOOKS = {
  title: "GOV.UK VAT Notice 701/10: zero-rating of books and printed matter",
  url: "https://www.gov.uk/guidance/zero-rating-books-and-printed-matter-vat-notice-70110",
  publisher: "HM Revenue & Customs",
  official: true,
};
const UK_TRADE_TARIFF = {
  title: "UK Trade Tariff: look up commodity codes, duty and VAT rates",
  url: "https://www.trade-tariff.service.gov.uk/find_commodity",
  publisher: "HM Revenue & Customs / Department for Business and Trade",
  official: true,
};
const ROYAL_MAIL_FEE = {
  title: "Royal Mail: fee to pay on items sent to you (customs charge and handling fee)",
  url: "https://personal.help.royalmail.com/app/answers/detail/a_id/143",
  publisher: "Royal Mail",
  official: true,
};
const DELOITTE_LVI = {
  title: "Deloitte Taxscape: Autumn Budget 2025, customs duty relief for low value imports",
  url: "https://taxscape.deloitte.com/measures-autumn-budget-2025/customs-duty-relief-for-low-value-imports.aspx",
  publisher: "Deloitte",
  official: false,
  why: "The Budget documents announcing the end of the relief are not in our stored copies; this summarises the measure and its latest date.",
};

const NIDIRECT_POST_CHARGES = {
  title: "nibusinessinfo.co.uk: Pay outstanding charges on goods imported by post (items kept for three weeks)",
  url: "https://www.nibusinessinfo.co.uk/content/pay-outstanding-charges-goods-imported-post",
  publisher: "Invest Northern Ireland (NI Business Info)",
  official: true,
};

const GB = ["GB"];

export const CUSTOMS_GB_FACTS = defineFacts("customs-gb", [
  moneyFact({
    id: "gb-low-value-limit",
    statement:
      "For goods worth {value} or less in total (without separately charged postage and insurance), the overseas seller or online marketplace charges UK VAT at checkout and no customs duty is due; above it, duty and VAT are charged when the goods arrive.",
    amount: "135",
    currency: "GBP",
    appliesTo: GB,
    validFrom: "2021-01-01",
    sources: [GOV_SENT_FROM_ABROAD, GOV_OVERSEAS_GOODS],
    confidence: "high",
    mentions: ["customs duty", "marketplace"],
  }),
  dateFact({
    id: "gb-low-value-relief-end",
    statement: "The UK government has announced that the customs duty relief for goods worth {gb-low-value-limit} or less will end by {value} at the latest; the start date is not set.",
    date: "2029-03-31",
    appliesTo: GB,
    validFrom: "2025-11-26",
    sources: [DELOITTE_LVI],
    confidence: "medium",
    note: "Announced as 'by March 2029 at the latest'; we show the last day of that month.",
  }),
  percentFact({ id: "gb-vat-standard", statement: "The UK's standard VAT rate, also charged on imported goods, is {value}.", value: "20", appliesTo: GB, validFrom: "2011-01-04", sources: [GOV_VAT_RATES], confidence: "high" }),
  percentFact({ id: "gb-vat-books", statement: "Printed books are zero-rated for VAT in the UK ({value}).", value: "0", appliesTo: GB, validFrom: "2011-01-04", sources: [GOV_BOOKS], confidence: "high" }),
  percentFact({
    id: "gb-duty-general",
    statement: "For goods we have no checked UK tariff rate for, we use {value}; your product's exact rate is in the UK Trade Tariff.",
    value: "4",
    appliesTo: GB,
    validFrom: "2021-01-01",
    sources: [UK_TRADE_TARIFF],
    confidence: "low",
  }),
  percentFact({
    id: "gb-duty-clothing",
    statement: "Almost all clothing pays {value} customs duty under the UK Global Tariff; goods from China get no preference.",
    value: "12",
    appliesTo: GB,
    validFrom: "2021-01-01",
    sources: [UK_TRADE_TARIFF],
    confidence: "medium",
    note: "Checked as the usual rate for chapters 61 and 62; a few garments pay a different rate.",
  }),
  percentFact({ id: "gb-duty-electronics", statement: "Most consumer electronics pay {value} customs duty in the UK (WTO Information Technology Agreement); some do not.", value: "0", appliesTo: GB, validFrom: "2021-01-01", sources: [UK_TRADE_TARIFF], confidence: "medium" }),
  percentFact({ id: "gb-duty-phones", statement: "Mobile phones pay {value} customs duty in the UK (WTO Information Technology Agreement).", value: "0", appliesTo: GB, validFrom: "2021-01-01", sources: [UK_TRADE_TARIFF], confidence: "medium" }),
  percentFact({ id: "gb-duty-books", statement: "Printed books pay {value} customs duty in the UK.", value: "0", appliesTo: GB, validFrom: "2021-01-01", sources: [UK_TRADE_TARIFF], confidence: "medium" }),
  moneyFact({
    id: "gb-royal-mail-fee",
    statement: "Royal Mail adds a handling fee of {value} to any parcel on which it collects customs charges for you.",
    amount: "8",
    currency: "GBP",
    appliesTo: GB,
    validFrom: "2014-01-01",
    sources: [ROYAL_MAIL_FEE],
    confidence: "medium",
    note: "Royal Mail's help page states the fee; we could not find the date it was last changed.",
  }),
  // Added with the G3 customs and buying guides
  {
    id: "gb-unpaid-parcel-hold",
    statement:
      "Royal Mail, Parcelforce or the courier normally hold a parcel with unpaid import charges for about {value}; if you have not paid by then, it is sent back to the sender.",
    value: { kind: "duration", amount: 3, unit: "weeks" },
    appliesTo: GB,
    validFrom: "2021-01-01",
    validTo: null,
    sources: [GOV_SENT_FROM_ABROAD, ROYAL_MAIL_FEE, NIDIRECT_POST_CHARGES],
    lastVerified: CUSTOMS_CHECKED,
    confidence: "high",
    note: "GOV.UK says 'about 3 weeks'; Royal Mail's help page says it holds an item with a customs charge for 21 calendar days before returning it. The carrier's own card or letter gives the exact last day, and that date is the one to act on.",
    mentions: ["hold", "holding period", "sent back"],
  },
]);
