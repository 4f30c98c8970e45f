import { defineFacts } from "../define";
import { dateFact, moneyFact, percentFact } from "./customs-builders";

/** Japan, South Korea and Singapore: the small-value limits, taxes, duty rates and Japan Post's fee. Read by lib/import-tax/rules/jp.ts, kr.ts and sg.ts. */

const JP_CUSTOMS_1006 = {
  title: "Japan Customs: tax exemption for small-value imports (taxable value of ¥10,000 or less)",
  url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1006_e.htm",
  publisher: "Japan Customs",
  official: true,
};
const JP_BOKET = {
  title: "Boket Japan: personal imports are taxed on 60 % of the retail price",
  url: "https://www.boketjapan.com/blank-10",
  publisher: "Boket Japan",
  official: false,
  why: "Japan Customs' page on the personal-use taxable value is not in our stored copies; this states the 0.6 factor with a worked example.",
};
const JP_POSTAL = {
  title: "Japan Customs: postal items and the Japan Post customs handling charge",
  url: "https://www.customs.go.jp/english/c-answer_e/kokusaiyubin/6101_e.htm",
  publisher: "Japan Customs",
  official: true,
};
const JP_POSTAL_QA = {
  title: "Tokyo Customs: postal Q&A (leather shoes, duty-free electronics and watches)",
  url: "https://www.customs.go.jp/tokyo/english/yuubin/postal_qa/zeikingatakai.html",
  publisher: "Tokyo Customs",
  official: true,
};
const JP_SIMPLIFIED = {
  title: "Japan Customs: simplified duty rates for small-value imports",
  url: "https://www.customs.go.jp/tsukan/kanizeiritsu.htm",
  publisher: "Japan Customs",
  official: true,
};
const NTA_RATE = {
  title: "National Tax Agency: consumption tax rates",
  url: "https://www.nta.go.jp/english/taxes/consumption_tax/01.htm",
  publisher: "National Tax Agency Japan",
  official: true,
};
const SK_ADVISORY = {
  title: "SK Advisory: Japan platform taxation and the end of the ¥10,000 exemption (FY2026 reform)",
  url: "https://skadvisory.jp/en/japan-platform-taxation",
  publisher: "SK Advisory",
  official: false,
  why: "The FY2026 tax reform outline is not in our stored copies; this summarises the start date and the platform rule.",
};
const KR_KRUTILS = {
  title: "krutils: Korea customs duty and VAT guide 2026 (US$150 / US$200 limits)",
  url: "https://krutils.com/main/guides/korea-customs-guide-2026/",
  publisher: "krutils",
  official: false,
  why: "Korea Customs Service's English pages in our stored copies only cover travellers; this guide states the list-clearance limits.",
};
const KR_BOXOREGON = {
  title: "BoxOregon: Korea's customs clearance rules (limits exclude international shipping)",
  url: "https://boxoregon.com/blogs/news/korea-s-customs-regulations-have-been-changed-all-shipment-need-arc-number",
  publisher: "BoxOregon",
  official: false,
  why: "A forwarder's explanation of list-based and general clearance; no official page on the limits is in our stored copies.",
};
const KR_ULSAN = {
  title: "Ulsan Online: duty charges for shopping online (CIF, clothing 13 %, bags 8 %, cosmetics 6.5 %)",
  url: "https://ulsanonline.com/faq/duty-charges-for-shopping-online/",
  publisher: "Ulsan Online",
  official: false,
  why: "Korea's tariff schedule is not in our stored copies; this lists the usual rates for common personal imports.",
};
const SG_CUSTOMS = {
  title: "Singapore Customs: GST on low-value goods",
  url: "https://www.customs.gov.sg/personal-shipment/buying-from-overseas/gst-on-low-value-goods",
  publisher: "Singapore Customs",
  official: true,
};
const IRAS_RATE = {
  title: "IRAS: current GST rates",
  url: "https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/basics-of-gst/current-gst-rates",
  publisher: "Inland Revenue Authority of Singapore",
  official: true,
};

const JP = ["JP"];
const KR = ["KR"];
const SG = ["SG"];
const FROM = "2025-01-01";

export const CUSTOMS_ASIA_FACTS = defineFacts("customs-asia", [
  // Japan
  moneyFact({
    id: "jp-small-value-limit",
    statement: "Japan charges no duty or consumption tax on a parcel whose total taxable value is {value} or less, except on some goods such as footwear, knitted clothing and leather goods.",
    amount: "10000",
    currency: "JPY",
    appliesTo: JP,
    validFrom: FROM,
    sources: [JP_CUSTOMS_1006],
    confidence: "high",
  }),
  percentFact({
    id: "jp-personal-use-share",
    statement: "Goods imported for personal use are taxed in Japan on {value} of their overseas retail price.",
    value: "60",
    appliesTo: JP,
    validFrom: FROM,
    sources: [JP_BOKET],
    confidence: "medium",
    note:
      "The calculator's engine applies this share itself; the fact is here so pages name it from one place. Press reports in 2025 said the government meant to abolish this rule for cross-border mail order; the FY2026 reform outline as summarised for us (see jp-platform-tax-from) sets the small-parcel changes from 1 April 2028, and we found no date for ending the 60 % rule, so it still applies.",
  }),
  percentFact({ id: "jp-consumption-tax", statement: "Japan's consumption tax, also charged on imports, is {value}.", value: "10", appliesTo: JP, validFrom: "2019-10-01", sources: [NTA_RATE], confidence: "high" }),
  dateFact({
    id: "jp-platform-tax-from",
    statement: "From {value} the consumption-tax exemption for small parcels ends for cross-border mail-order sales, and large platforms charge consumption tax at checkout.",
    date: "2028-04-01",
    appliesTo: JP,
    validFrom: "2025-12-26",
    sources: [SK_ADVISORY],
    confidence: "medium",
  }),
  moneyFact({
    id: "jp-platform-sales-threshold",
    statement: "Under Japan's platform rule from {jp-platform-tax-from}, platforms with more than {value} a year in sales become liable for consumption tax on cross-border sales.",
    amount: "5000000000",
    currency: "JPY",
    appliesTo: JP,
    validFrom: "2025-12-26",
    sources: [SK_ADVISORY],
    confidence: "medium",
  }),
  moneyFact({
    id: "jp-post-fee",
    statement: "Japan Post charges {value} per parcel when it collects duty or tax for you.",
    amount: "200",
    currency: "JPY",
    appliesTo: JP,
    validFrom: FROM,
    sources: [JP_POSTAL],
    confidence: "high",
  }),
  percentFact({ id: "jp-duty-leather-shoes", statement: "Leather shoes pay {value} duty in Japan or a fixed amount per pair, whichever is more.", value: "30", appliesTo: JP, validFrom: FROM, sources: [JP_POSTAL_QA], confidence: "high" }),
  moneyFact({ id: "jp-duty-leather-shoes-per-pair", statement: "The fixed duty on leather shoes in Japan is {value} per pair, when that is more than the percentage duty.", amount: "4300", currency: "JPY", per: "pair", appliesTo: JP, validFrom: FROM, sources: [JP_POSTAL_QA], confidence: "high" }),
  percentFact({ id: "jp-duty-general", statement: "For goods we have no checked Japanese rate for, we use {value}, a typical simplified rate for small personal imports.", value: "3", appliesTo: JP, validFrom: FROM, sources: [JP_SIMPLIFIED], confidence: "low" }),
  percentFact({ id: "jp-duty-clothing", statement: "Woven clothing pays a simplified duty rate of {value} in Japan; knitted clothing pays a different rate.", value: "10", appliesTo: JP, validFrom: FROM, sources: [JP_SIMPLIFIED], confidence: "low" }),
  percentFact({ id: "jp-duty-footwear", statement: "Shoes that are not leather typically pay {value} duty in Japan.", value: "6.7", appliesTo: JP, validFrom: FROM, sources: [JP_POSTAL_QA], confidence: "low" }),
  percentFact({ id: "jp-duty-free", statement: "Electronics and watches pay {value} duty in Japan.", value: "0", appliesTo: JP, validFrom: FROM, sources: [JP_POSTAL_QA], confidence: "high" }),
  percentFact({ id: "jp-duty-free-other", statement: "Phones, printed books and most cosmetics pay {value} duty in Japan.", value: "0", appliesTo: JP, validFrom: FROM, sources: [JP_SIMPLIFIED], confidence: "medium" }),

  // South Korea
  moneyFact({
    id: "kr-low-value-limit",
    statement: "Personal-use parcels worth {value} or less (without international shipping) clear South Korean customs without duty or VAT; above it, tax is due on the whole value.",
    amount: "150",
    currency: "USD",
    appliesTo: KR,
    validFrom: FROM,
    sources: [KR_KRUTILS, KR_BOXOREGON],
    confidence: "medium",
  }),
  moneyFact({
    id: "kr-low-value-limit-from-us",
    statement: "Personal-use parcels shipped from the United States clear South Korean customs without duty or VAT up to {value}.",
    amount: "200",
    currency: "USD",
    appliesTo: KR,
    validFrom: FROM,
    sources: [KR_KRUTILS, KR_BOXOREGON],
    confidence: "medium",
  }),
  percentFact({ id: "kr-vat", statement: "South Korea's VAT, charged on imports on the value plus duty, is {value}.", value: "10", appliesTo: KR, validFrom: FROM, sources: [KR_KRUTILS], confidence: "medium" }),
  percentFact({ id: "kr-vat-books", statement: "Books are exempt from VAT in South Korea ({value}).", value: "0", appliesTo: KR, validFrom: FROM, sources: [KR_KRUTILS], confidence: "medium" }),
  percentFact({ id: "kr-duty-general", statement: "For goods we have no checked Korean rate for, we use {value}, Korea's basic rate for most manufactured goods.", value: "8", appliesTo: KR, validFrom: FROM, sources: [KR_ULSAN], confidence: "low" }),
  percentFact({ id: "kr-duty-clothing", statement: "Clothing pays {value} customs duty in South Korea.", value: "13", appliesTo: KR, validFrom: FROM, sources: [KR_ULSAN, KR_KRUTILS], confidence: "medium" }),
  percentFact({ id: "kr-duty-bags", statement: "Bags pay {value} customs duty in South Korea.", value: "8", appliesTo: KR, validFrom: FROM, sources: [KR_ULSAN], confidence: "medium" }),
  percentFact({ id: "kr-duty-cosmetics", statement: "Cosmetics pay {value} customs duty in South Korea.", value: "6.5", appliesTo: KR, validFrom: FROM, sources: [KR_ULSAN, KR_KRUTILS], confidence: "medium" }),
  percentFact({ id: "kr-duty-footwear", statement: "Footwear typically pays {value} customs duty in South Korea; not verified.", value: "13", appliesTo: KR, validFrom: FROM, sources: [KR_ULSAN], confidence: "low" }),
  percentFact({ id: "kr-duty-free", statement: "Phones and printed books pay {value} customs duty in South Korea; many other electronics do too, though some do not.", value: "0", appliesTo: KR, validFrom: FROM, sources: [KR_KRUTILS], confidence: "low" }),

  // Singapore
  moneyFact({
    id: "sg-low-value-limit",
    statement:
      "Goods with a sales value of {value} or less, arriving by air or post, are low-value goods: a GST-registered overseas seller charges GST at checkout, and from an unregistered seller GST is charged at import only if the value including shipping and insurance is over {value}.",
    amount: "400",
    currency: "SGD",
    appliesTo: SG,
    validFrom: "2023-01-01",
    sources: [SG_CUSTOMS],
    confidence: "high",
  }),
  percentFact({ id: "sg-gst", statement: "Singapore's GST is {value}.", value: "9", appliesTo: SG, validFrom: "2024-01-01", sources: [IRAS_RATE, SG_CUSTOMS], confidence: "high" }),
  percentFact({ id: "sg-duty", statement: "Singapore charges {value} customs duty on goods other than liquor, tobacco, motor vehicles and petroleum products.", value: "0", appliesTo: SG, validFrom: FROM, sources: [SG_CUSTOMS], confidence: "medium" }),
]);
