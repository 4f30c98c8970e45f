import { defineFacts } from "../define";
import { dateFact, moneyFact, percent, percentFact, ruleChange } from "./customs-builders";

/** Canada: the low-value thresholds, GST/HST/PST by province, duty rates and Canada Post's fee. Read by lib/import-tax/rules/ca.ts. */

const CBSA_CUSMA_LVS = {
  title: "CBSA: CUSMA, what importers need to know (low-value shipment thresholds by mail and by courier)",
  url: "https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CBSA_CN_20_18 = {
  title: "CBSA Customs Notice 20-18: CUSMA de minimis thresholds for courier imports",
  url: "https://cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CRA_RATES = {
  title: "Canada Revenue Agency: GST/HST rates by province",
  url: "https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/charge-collect-which-rate.html",
  publisher: "Canada Revenue Agency",
  official: true,
};
const CBSA_PROVINCIAL_TAX = {
  title: "CBSA: PST and HST on casual goods imported by courier (collection depends on the point of entry)",
  url: "https://www.cbsa-asfc.gc.ca/import/courier/lvs-efv/tax-taxe-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CBSA_RATES = {
  title: "CBSA: estimated rates of duty (most-favoured-nation rates)",
  url: "https://www.cbsa-asfc.gc.ca/travel-voyage/dte-acl/err-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CBSA_TAX_BREAK = {
  title: "CBSA: temporary GST/HST break on select imported goods (14 December 2024 to 15 February 2025)",
  url: "https://www.cbsa-asfc.gc.ca/import/postal-postale/dispute-contestation-eng.html",
  publisher: "Canada Border Services Agency",
  official: true,
};
const CANADA_POST = {
  title: "Canada Post: customs duty, taxes and exemptions",
  url: "https://www.canadapost-postescanada.ca/cpc/en/support/articles/customs-requirements/customs-duty-taxes-and-exemptions.page",
  publisher: "Canada Post",
  official: true,
};

const CA = ["CA"];
const FROM = "2025-01-01";

function provincialTax(id: string, place: string, statement: string, value: string) {
  return percentFact({
    id,
    statement,
    value,
    appliesTo: [place],
    validFrom: FROM,
    sources: [CBSA_PROVINCIAL_TAX],
    confidence: "medium",
    note: "The rate is the province's own; the CBSA page explains when it is collected at the border, not the rate.",
  });
}

function hst(id: string, place: string, name: string, value: string, confidence: "high" | "medium") {
  return percentFact({ id, statement: `${name} charges HST (federal and provincial sales tax together) at {value}.`, value, appliesTo: [place], validFrom: FROM, sources: [CRA_RATES], confidence });
}

function duty(id: string, statement: string, value: string, confidence: "high" | "medium" | "low") {
  return percentFact({ id, statement, value, appliesTo: CA, validFrom: FROM, sources: [CBSA_RATES], confidence });
}

export const CUSTOMS_CA_FACTS = defineFacts("customs-ca", [
  moneyFact({
    id: "ca-low-value-limit",
    statement: "Parcels with a value for duty of {value} or less enter Canada free of duty and tax, by mail or (unless sent from the US or Mexico) by courier.",
    amount: "20",
    currency: "CAD",
    appliesTo: CA,
    validFrom: "2020-07-01",
    sources: [CBSA_CUSMA_LVS, CANADA_POST],
    confidence: "high",
  }),
  moneyFact({
    id: "ca-cusma-duty-limit",
    statement: "Courier shipments from the US or Mexico with a value for duty of {value} or less pay no customs duty in Canada.",
    amount: "150",
    currency: "CAD",
    appliesTo: CA,
    validFrom: "2020-07-01",
    sources: [CBSA_CUSMA_LVS, CBSA_CN_20_18],
    confidence: "high",
  }),
  moneyFact({
    id: "ca-cusma-tax-limit",
    statement: "Courier shipments from the US or Mexico with a value for duty of {value} or less pay no GST/HST either.",
    amount: "40",
    currency: "CAD",
    appliesTo: CA,
    validFrom: "2020-07-01",
    sources: [CBSA_CUSMA_LVS, CBSA_CN_20_18],
    confidence: "high",
  }),
  percentFact({ id: "ca-gst", statement: "Canada's federal GST is {value}.", value: "5", appliesTo: CA, validFrom: FROM, sources: [CRA_RATES], confidence: "high" }),
  hst("ca-on-hst", "CA-ON", "Ontario", "13", "high"),
  hst("ca-nb-hst", "CA-NB", "New Brunswick", "15", "high"),
  hst("ca-nl-hst", "CA-NL", "Newfoundland and Labrador", "15", "high"),
  hst("ca-pe-hst", "CA-PE", "Prince Edward Island", "15", "high"),
  percentFact({
    id: "ca-ns-hst",
    statement: "Nova Scotia charges HST at {value}.",
    value: "14",
    appliesTo: ["CA-NS"],
    validFrom: "2025-04-01",
    sources: [CRA_RATES],
    confidence: "high",
    changes: [ruleChange("2025-04-01", percent("15"), "Nova Scotia's HST fell from 15 % to 14 % on 1 April 2025.")],
  }),
  provincialTax("ca-bc-pst", "CA-BC", "British Columbia's provincial sales tax (PST) is {value}.", "7"),
  provincialTax("ca-mb-rst", "CA-MB", "Manitoba's retail sales tax (RST) is {value}.", "7"),
  provincialTax("ca-qc-qst", "CA-QC", "Quebec's sales tax (QST) is {value}.", "9.975"),
  provincialTax("ca-sk-pst", "CA-SK", "Saskatchewan's provincial sales tax (PST) is {value}.", "6"),
  dateFact({
    id: "ca-tax-break-end",
    statement: "Canada's temporary GST/HST break on printed books, children's clothing, shoes and toys and some other goods ended on {value}.",
    date: "2025-02-15",
    appliesTo: CA,
    validFrom: "2024-12-14",
    sources: [CBSA_TAX_BREAK],
    confidence: "high",
  }),
  duty("ca-duty-general", "For goods we have no checked Canadian rate for, we use {value}, a common most-favoured-nation rate; check the Customs Tariff for your product.", "6.5", "low"),
  duty("ca-duty-clothing", "Most clothing pays {value} duty in Canada (the most-favoured-nation rate, which goods from China pay).", "18", "high"),
  duty("ca-duty-footwear", "Shoes pay up to {value} duty in Canada (the usual maximum most-favoured-nation rate); some footwear pays less.", "18", "medium"),
  duty("ca-duty-bags", "Luggage and most bags pay about {value} duty in Canada (most-favoured-nation rate).", "10", "medium"),
  duty("ca-duty-electronics", "Most consumer electronics pay {value} duty in Canada; not checked item by item.", "0", "low"),
  duty("ca-duty-phones", "Mobile phones pay {value} duty in Canada (WTO Information Technology Agreement).", "0", "low"),
  duty("ca-duty-books", "Printed books pay {value} duty in Canada.", "0", "low"),
  moneyFact({
    id: "ca-canada-post-fee",
    statement: "Canada Post charges a handling fee of {value} on each item on which it collects duty or tax for you.",
    amount: "9.95",
    currency: "CAD",
    appliesTo: CA,
    validFrom: FROM,
    sources: [CANADA_POST],
    confidence: "high",
  }),
]);
