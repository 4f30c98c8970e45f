import { defineFacts } from "../define";
import { amount, correction, dateFact, moneyFact, percentFact, ruleChange } from "./customs-builders";

/**
 * Australia and New Zealand: the A$1,000 and NZ$1,000 limits, GST, duty rates, and the border
 * charges above the limits (Australia's import processing charge in its tiers and the biosecurity
 * charge; New Zealand's entry fee and levy, which changed in July 2025 and became levies in April
 * 2026). Read by lib/import-tax/rules/au.ts and nz.ts.
 */

const ATO_LVG = {
  title: "ATO: GST on low value imported goods",
  url: "https://www.ato.gov.au/Business/International-tax-for-business/GST-on-imported-goods-and-services/GST-on-low-value-imported-goods/",
  publisher: "Australian Taxation Office",
  official: true,
};
const ABF_IPC = {
  title: "Australian Border Force: import processing charges (and the biosecurity charges it collects)",
  url: "https://www.abf.gov.au/importing-exporting-and-manufacturing/importing/cost-of-importing-goods/charges/import-processing-charge",
  publisher: "Australian Border Force",
  official: true,
};
const AU_TARIFF_ACT = {
  title: "Customs Tariff Act 1995, Schedule 3 (general rates of duty), on the ATO legal database",
  url: "https://www.ato.gov.au/law/view/document?docid=PAC%2F19950147%2FSch3-PtVIII",
  publisher: "Australian Government (Federal Register of Legislation, via the ATO)",
  official: true,
};
const WWCF_DUTY = {
  title: "WWCF: customs duty rates in Australia (general rate 5 % for most manufactured goods)",
  url: "https://www.wwcf.com.au/customs-duty-rates-australia/",
  publisher: "WWCF",
  official: false,
  why: "Schedule 3 lists thousands of subheadings; this broker's guide summarises which kinds of goods pay the general rate.",
};
const NZ_CUSTOMS_FAQ = {
  title: "New Zealand Customs: duty and GST FAQs (NZ$1,000 limit, offshore suppliers charge GST)",
  url: "https://www.customs.govt.nz/personal/duty-and-gst/faqs/",
  publisher: "New Zealand Customs Service",
  official: true,
};
const NZ_GOODS_FEES = {
  title: "New Zealand Customs: goods fees and hourly rate (fees until and from 1 July 2025)",
  url: "https://customs.govt.nz/about-us/about-customs/goods-clearance-fees",
  publisher: "New Zealand Customs Service",
  official: true,
};
const NZ_CABINET_FEES = {
  title: "New Zealand Customs: Cabinet approves fee changes for border management of goods (12 March 2025)",
  url: "https://customs.govt.nz/about-us/news/important-notices/cabinet-approves-fee-changes-for-border-management-of-goods",
  publisher: "New Zealand Customs Service",
  official: true,
};
const NZ_2026_CHANGES = {
  title: "New Zealand Customs: Goods fees, 2026 changes (fees replaced by levies from 1 April 2026)",
  url: "https://www.customs.govt.nz/customs-information-and-legislation/goods-clearance-fees/goods-fees-2026-changes",
  publisher: "New Zealand Customs Service",
  official: true,
};
const NZ_LEVIES_ORDER = {
  title: "Customs and Excise (Goods Management Levies) Order 2025 (in force 1 April 2026)",
  url: "https://demo.legislation.govt.nz/secondary-legislation/pco-drafted/2026/33/en/latest/LMS1545442",
  publisher: "Parliamentary Counsel Office (New Zealand Legislation)",
  official: true,
};
const MPI_BSEL = {
  title: "Ministry for Primary Industries: changes to the Biosecurity System Entry Levy (from 1 July 2023)",
  url: "https://www.mpi.govt.nz/consultations/changes-to-the-biosecurity-system-entry-levy-and-other-services-charged-to-importers-for-clearing-cargo/",
  publisher: "Ministry for Primary Industries",
  official: true,
};
const SHIPENGINE_NZ_LVG = {
  title: "ShipEngine: New Zealand low value goods levy (NZ$2.21 plus GST per air consignment from 1 April 2026)",
  url: "https://help.shipengine.com/hc/en-us/articles/48335571898651",
  publisher: "ShipEngine",
  official: false,
  why: "Customs' industry information pack with the levy rates is a PDF not in our stored copies; this gives the rate and its Customs and MPI parts.",
};
const US_ITA_NZ = {
  title: "US International Trade Administration: New Zealand import tariffs (duty on FOB value; most 0–10 %)",
  url: "https://www.trade.gov/country-commercial-guides/new-zealand-import-tariffs",
  publisher: "US International Trade Administration",
  official: false,
  why: "New Zealand's Working Tariff is a search tool with no page for a whole category; this government summary gives the usual rates.",
};

const AU = ["AU"];
const NZ = ["NZ"];
const FROM = "2025-01-01";

export const CUSTOMS_AU_NZ_FACTS = defineFacts("customs-au-nz", [
  // Australia
  moneyFact({
    id: "au-low-value-limit",
    statement:
      "Goods with a customs value of {value} or less (the price without freight and insurance) are taxed at checkout: the overseas seller or platform charges GST on the whole price including delivery, and nothing is collected at the border.",
    amount: "1000",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2018-07-01",
    sources: [ATO_LVG],
    confidence: "high",
  }),
  percentFact({ id: "au-gst", statement: "Australia's GST is {value}.", value: "10", appliesTo: AU, validFrom: "2000-07-01", sources: [ATO_LVG], confidence: "high" }),
  moneyFact({
    id: "au-ipc-high-tier-from",
    statement: "Australia's import processing charge is higher for consignments worth {value} or more.",
    amount: "10000",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2016-01-01",
    sources: [ABF_IPC],
    confidence: "high",
  }),
  moneyFact({
    id: "au-ipc-electronic",
    statement: "The import processing charge for an electronic import declaration of goods worth more than {au-low-value-limit} and less than {au-ipc-high-tier-from} is {value}.",
    amount: "50",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2016-01-01",
    sources: [ABF_IPC],
    confidence: "high",
  }),
  moneyFact({
    id: "au-ipc-electronic-high",
    statement: "The import processing charge for an electronic import declaration of goods worth {au-ipc-high-tier-from} or more is {value}.",
    amount: "152",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2016-01-01",
    sources: [ABF_IPC],
    confidence: "high",
    changes: [
      correction(
        "2026-12-01",
        amount("0", "AUD"),
        "We left the higher tier out (no charge above A$10,000), so an estimate fell by about A$50 when the price crossed A$10,000; the ABF charges A$152 from A$10,000.",
      ),
    ],
  }),
  moneyFact({
    id: "au-ipc-documentary",
    statement: "A paper (documentary) import declaration of goods worth more than {au-low-value-limit} and less than {au-ipc-high-tier-from} costs {value} in import processing charge.",
    amount: "90",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2016-01-01",
    sources: [ABF_IPC],
    confidence: "high",
  }),
  moneyFact({
    id: "au-ipc-documentary-high",
    statement: "A paper (documentary) import declaration of goods worth {au-ipc-high-tier-from} or more costs {value} in import processing charge.",
    amount: "192",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2016-01-01",
    sources: [ABF_IPC],
    confidence: "high",
  }),
  moneyFact({
    id: "au-biosecurity-air-charge",
    statement: "A full import declaration for goods arriving by air and worth more than {au-low-value-limit} also pays a biosecurity charge of {value}, collected by the ABF for the agriculture department.",
    amount: "45",
    currency: "AUD",
    appliesTo: AU,
    validFrom: "2024-07-01",
    sources: [ABF_IPC],
    confidence: "medium",
    note: "The ABF lists the charge for air and sea declarations; we apply it to courier parcels (air) and not to parcels by post, for which we found no statement either way.",
  }),
  percentFact({ id: "au-duty-general", statement: "Australia's general customs duty rate is {value}; many goods are free, so check the Working Tariff for yours.", value: "5", appliesTo: AU, validFrom: FROM, sources: [AU_TARIFF_ACT, WWCF_DUTY], confidence: "low" }),
  percentFact({ id: "au-duty-clothing", statement: "Most clothing pays Australia's general duty rate of {value}.", value: "5", appliesTo: AU, validFrom: FROM, sources: [AU_TARIFF_ACT, WWCF_DUTY], confidence: "medium" }),
  percentFact({ id: "au-duty-footwear", statement: "Most footwear pays Australia's general duty rate of {value}.", value: "5", appliesTo: AU, validFrom: FROM, sources: [AU_TARIFF_ACT, WWCF_DUTY], confidence: "medium" }),
  percentFact({ id: "au-duty-free", statement: "Most consumer electronics, phones and printed books pay {value} customs duty in Australia; not checked item by item.", value: "0", appliesTo: AU, validFrom: FROM, sources: [AU_TARIFF_ACT, WWCF_DUTY], confidence: "low" }),

  // New Zealand
  moneyFact({
    id: "nz-low-value-limit",
    statement:
      "For goods worth {value} or less the overseas seller charges New Zealand GST at checkout, and Customs collects no duty or GST at the border (except on alcohol and tobacco).",
    amount: "1000",
    currency: "NZD",
    appliesTo: NZ,
    validFrom: "2019-12-01",
    sources: [NZ_CUSTOMS_FAQ],
    confidence: "high",
  }),
  percentFact({ id: "nz-gst", statement: "New Zealand's GST is {value}.", value: "15", appliesTo: NZ, validFrom: "2010-10-01", sources: [NZ_CUSTOMS_FAQ], confidence: "high" }),
  moneyFact({
    id: "nz-import-entry-fee",
    statement: "Customs charged an import entry transaction fee of {value} (GST included) on each import entry, such as goods worth more than {nz-low-value-limit}.",
    amount: "53.44",
    currency: "NZD",
    appliesTo: NZ,
    validFrom: "2025-07-01",
    validTo: "2026-03-31",
    sources: [NZ_GOODS_FEES, NZ_CABINET_FEES],
    confidence: "high",
    changes: [
      ruleChange("2025-07-01", amount("40.08", "NZD"), "Customs raised the import entry transaction fee from NZ$40.08 to NZ$53.44 on 1 July 2025."),
      correction("2026-12-01", amount("29.26", "NZD"), "We used NZ$29.26 from an old copy of a guide; Customs' fee table gives NZ$40.08 until 30 June 2025 and NZ$53.44 from 1 July 2025."),
    ],
  }),
  moneyFact({
    id: "nz-biosecurity-entry-levy",
    statement: "The Ministry for Primary Industries' biosecurity system entry levy of {value} was charged with each import entry for goods worth more than {nz-low-value-limit}.",
    amount: "46.40",
    currency: "NZD",
    appliesTo: NZ,
    validFrom: "2023-07-01",
    validTo: "2026-03-31",
    sources: [MPI_BSEL, NZ_CABINET_FEES],
    confidence: "medium",
    note: "MPI's page does not say whether NZ$46.40 includes GST; we treat it as the amount charged.",
    changes: [correction("2026-12-01", amount("19.98", "NZD"), "We used NZ$19.98 from an old copy of a guide; MPI raised the levy to NZ$46.40 from 1 July 2023.")],
  }),
  dateFact({
    id: "nz-levies-from",
    statement: "From {value} Customs' goods fees were replaced by levies: import entries for goods worth more than {nz-low-value-limit} pay new Customs and biosecurity levies instead of the entry fee and entry levy.",
    date: "2026-04-01",
    appliesTo: NZ,
    validFrom: "2025-11-24",
    sources: [NZ_2026_CHANGES, NZ_LEVIES_ORDER],
    confidence: "high",
    note: "We could not read the new levy amounts for high-value imports in our stored copies, so the calculator does not include them.",
  }),
  moneyFact({
    id: "nz-low-value-levy",
    statement:
      "Each low-value consignment (worth {nz-low-value-limit} or less) arriving by air or courier pays a Customs and biosecurity levy of {value} plus GST, billed to whoever declares it, who may pass it on to you.",
    amount: "2.21",
    currency: "NZD",
    per: "consignment",
    appliesTo: NZ,
    validFrom: "2026-04-01",
    sources: [NZ_2026_CHANGES, SHIPENGINE_NZ_LVG],
    confidence: "medium",
  }),
  percentFact({ id: "nz-duty-general", statement: "For goods we have no checked New Zealand rate for, we use {value}; most New Zealand tariffs are no higher than {nz-duty-clothing-footwear}.", value: "5", appliesTo: NZ, validFrom: FROM, sources: [US_ITA_NZ], confidence: "low" }),
  percentFact({ id: "nz-duty-clothing-footwear", statement: "Clothing and footwear are among the goods that pay New Zealand duty, up to {value}.", value: "10", appliesTo: NZ, validFrom: FROM, sources: [US_ITA_NZ], confidence: "medium" }),
  percentFact({ id: "nz-duty-free", statement: "Nearly all computer hardware, and phones and printed books, pay {value} duty in New Zealand.", value: "0", appliesTo: NZ, validFrom: FROM, sources: [US_ITA_NZ], confidence: "medium" }),
]);
