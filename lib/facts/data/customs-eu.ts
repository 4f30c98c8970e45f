import { defineFacts } from "../define";
import type { FactInput, FactSource } from "../schema";
import { amount, correction, dateFact, moneyFact, percent, percentFact, ruleChange } from "./customs-builders";

/**
 * EU import rules for parcels from outside the EU: the €150 limit (IOSS and the old duty relief), the
 * temporary €3 duty, the 27 members' VAT rates (standard and printed books) with their 2025–26
 * changes, national charges on low-value parcels, carriers' fees and the duty rates the calculator
 * uses per kind of goods. Read by lib/import-tax/rules/eu.ts and eu-members.ts.
 */

const EC_LOW_VALUE = {
  title: "European Commission: customs formalities for low value consignments (IOSS and the €150 limit)",
  url: "https://taxation-customs.ec.europa.eu/business/customs-procedures-import-and-export/customs-procedures/customs-formalities-low-value-consignments_en",
  publisher: "European Commission, DG Taxation and Customs Union",
  official: true,
};
const EAS_INTRINSIC = {
  title: "EAS Project: how to calculate intrinsic value for the IOSS threshold",
  url: "https://help.easproject.com/how-to-calculate-intrinsic-value-ioss-threshold",
  publisher: "EAS Project",
  official: false,
  why: "Quotes the definition of intrinsic value from the Commission's Explanatory Notes on the VAT e-commerce rules, which are not in our stored copies.",
};
const COUNCIL_REG_2026_382 = {
  title: "Council Regulation (EU) 2026/382 (temporary flat-rate customs duty on low-value consignments)",
  url: "https://eur-lex.europa.eu/eli/reg/2026/382/oj",
  publisher: "Council of the European Union, Official Journal",
  official: true,
};
const WISETECH_EU3 = {
  title: "WiseTech Academy: EU applies €3 customs duty per item on low-value e-commerce consignments",
  url: "https://www.wisetechacademy.com/news/eu-applies-3-customs-duty-per-item-on-low-value-e-commerce-consignments/",
  publisher: "WiseTech Academy",
  official: false,
  why: "Summarises the Commission's guide of 2 June 2026 on applying the €3 duty (H1, H6 and H7 declarations, every VAT regime); the guide itself is not in our stored copies.",
};
const BAKER_EU3 = {
  title: "Baker McKenzie: EU low-value consignment relief abolished and €3 customs duty introduced from 1 July 2026",
  url: "https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/",
  publisher: "Baker McKenzie",
  official: false,
  why: "Reads Regulation 2026/382 with the Delegated Regulation 2026/1022 and the Commission's guidance on the scope for parcels outside IOSS.",
};
const EC_VAT_RATES = {
  title: "European Commission: VAT rates applied in the member states",
  url: "https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/vat-rates_en",
  publisher: "European Commission, DG Taxation and Customs Union",
  official: true,
};
const TARIC = {
  title: "European Commission: TARIC, the EU's integrated tariff (duty rate per product)",
  url: "https://ec.europa.eu/taxation_customs/dds2/taric/taric_consultation.jsp?Lang=en",
  publisher: "European Commission, DG Taxation and Customs Union",
  official: true,
};
const ZOLL_INTERNET_ORDERS = {
  title: "Zoll: Postsendungen und Internetbestellungen (import charges on parcels and internet orders)",
  url: "https://www.zoll.de/DE/Privatpersonen/Postsendungen-Internetbestellungen/postsendungen-internetbestellungen_node.html",
  publisher: "Generalzolldirektion (German customs)",
  official: true,
};
const ITALY_BUDGET_LAW = {
  title: "Legge 30 dicembre 2025, n. 199 (Budget Law 2026), art. 1, commi 126–128: contributo sulle spedizioni di modico valore",
  url: "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2025-12-30;199",
  publisher: "Italian Republic, Normattiva",
  official: true,
};
const ITALY_CUSTOMS_NOTE = {
  title: "Redazione Fiscale: Agenzia delle Dogane circular 4/2026 on the €2 contribution on low-value consignments",
  url: "https://www.redazionefiscale.it/c/fisco-passo-passo/49311-spedizioni-extra-ue-di-modesto-valore-il-contributo-di-2-euro-resta-escluso-dallimponibile-iva",
  publisher: "Redazione Fiscale",
  official: false,
  why: "Reports the Agenzia delle Dogane's circulars 37/2025, 1/2026 and 4/2026 (who pays, per consignment, not part of the VAT base), which are not in our stored copies.",
};
const FRANCE_DOUANE = {
  title: "Douane: taxe sur les petits colis, point d'information sur sa mise en œuvre",
  url: "https://www.douane.gouv.fr/actualites/taxe-sur-les-petits-colis-point-dinformation-sur-sa-mise-en-oeuvre",
  publisher: "Direction générale des douanes et droits indirects (French customs)",
  official: true,
};
const FRANCE_BOURSORAMA = {
  title: "Boursorama: taxe sur les petits colis from 1 March 2026 (owed by sellers and platforms, not invoiced to the buyer)",
  url: "https://www.boursorama.com/budget/conso/actualites/taxe-sur-les-petits-colis-allez-vous-payer-plus-cher-vos-achats-en-ligne-a-partir-du-1er-mars-506ae298e84f16ccf1be58903981153f",
  publisher: "Boursorama (citing Service-Public.fr)",
  official: false,
  why: "Gives Service-Public.fr's statement that the tax is owed by the seller or platform and may not appear on the buyer's invoice; the customs note is not in our stored copies in full.",
};
const ROMANIA_DIGI24 = {
  title: "Digi24: Ministry of Finance explains the 25-lei charge on parcels from outside the EU (Law 239/2025)",
  url: "https://www.digi24.ro/stiri/economie/ministerul-finantelor-explica-noua-taxa-de-25-de-lei-pentru-coletele-din-afara-ue-nu-e-taxa-vamala-ci-o-obligatie-fiscala-interna-3614117",
  publisher: "Digi24",
  official: false,
  why: "Reports the Ministry of Finance's explanation of Law 239/2025; neither the law's text nor ANAF's order is in our stored copies.",
};
const ROMANIA_ANTENA3 = {
  title: "Antena 3 (Agerpres): the 25-lei parcel charge from 1 January 2026, collected by postal and courier operators",
  url: "https://www.antena3.ro/economic/de-maine-1-ianuarie-2026-intra-in-vigoare-taxa-de-25-de-lei-pentru-coletele-din-afara-ue-771929.html",
  publisher: "Antena 3 / Agerpres",
  official: false,
  why: "Agency report of Law 239/2025 (who owes the charge and who collects it); the law's text is not in our stored copies.",
};
const PAKETDA = {
  title: "paketda.de: Auslagepauschale (customs handling fees of German carriers)",
  url: "https://www.paketda.de/zoll/auslagepauschale.html",
  publisher: "paketda.de",
  official: false,
  why: "Deutsche Post's and DHL's own price lists for the advance-payment fee are not in our stored copies; this page compares the carriers' published fees.",
};
const VERKEHRSRUNDSCHAU_DP_FEE = {
  title: "VerkehrsRundschau: Deutsche Post DHL charges a €6 fee for import duties it advances, from 1 March 2018",
  url: "https://verkehrsrundschau.de/nachrichten/transport-logistik/deutsche-post-dhl-erhebt-servicepauschale-fuer-verauslagte-zollgebuehren-2986698",
  publisher: "VerkehrsRundschau (trade press)",
  official: false,
  why: "Reports Deutsche Post DHL's own announcement of the fee and the date it began; the announcement and a current price list are not in our stored copies.",
};
const POSTNL = {
  title: "PostNL: customs clearance costs",
  url: "https://www.postnl.nl/en/customer-service/international-shipments/customs-clearance-costs/",
  publisher: "PostNL",
  official: true,
};
const PASSPORT_HANDLING_FEE = {
  title: "Passport: EU and UK customs developments (the proposed Union handling fee)",
  url: "https://www.passportglobal.com/blog/eu-uk-customs-developments/",
  publisher: "Passport Global",
  official: false,
  why: "No adopted EU act sets the handling fee; this reports the proposal.",
};

const EU = ["EU"];

// ---------------------------------------------------------------------------------------------
// VAT rates: one standard and one printed-books rate per member, with their 2025–26 changes.

interface VatRow {
  code: string;
  name: string;
  standard: string;
  standardConfidence: "high" | "medium" | "low";
  standardChanges?: { date: string; from: string; summary: string }[];
  /** National pages read for the standard rate, listed after the Commission's page. */
  standardSources?: FactSource[];
  books: string;
  booksConfidence: "high" | "medium" | "low";
  booksChanges?: { date: string; from: string; summary: string }[];
  /** Days we corrected a books rate we had wrong; `from` is the rate we showed. */
  booksCorrections?: { date: string; from: string; summary: string }[];
  booksNote?: string;
  /** Pages read for the books rate, listed after the Commission's page. */
  booksSources?: FactSource[];
}

const BOOKS_UNSURE = "We could not confirm this reduced rate for printed books on an official page; check it before relying on it.";

// National and secondary pages for the rates the Commission's page does not itself list (it points
// to the Taxes in Europe Database), read on 1 December 2026.
const REVENUE_IE_ZERO = {
  title: "Revenue (Ireland): Zero rate of VAT (certain books, e-books and audiobooks)",
  url: "https://revenue.ie/en/vat/vat-rates/what-are-vat-rates/zero-rate-vat.aspx",
  publisher: "Revenue Commissioners (Ireland)",
  official: true,
};
const VERKSAMT_BOOKS = {
  title: "Verksamt.se: Skatt och moms för text och litteratur (6 % on printed books, 25 % standard rate)",
  url: "https://www.verksamt.se/starta/vad-galler-i-din-bransch/text-och-litteratur/skatt-och-moms",
  publisher: "Verksamt.se (Bolagsverket, Skatteverket and Tillväxtverket)",
  official: true,
};
const SOVOS_LT_BOOKS = {
  title: "Sovos: Lithuania removes the 9 % reduced VAT rate (books to 5 % from 1 January 2026, Law XV-287)",
  url: "https://sovos.com/regulatory-updates/vat/lithuania-removes-9-reduced-vat-rate",
  publisher: "Sovos",
  official: false,
  why: "Lithuania's amending law (XV-287) on e-seimas.lrs.lt is not in our stored copies; two independent VAT-compliance firms report it with the same rates and date.",
};
const MERIDIAN_LT_BOOKS = {
  title: "Meridian Global Services: Lithuania VAT rate changes from 1 January 2026 (books from 9 % to 5 %)",
  url: "https://meridianglobalservices.com/de/lithuania-vat-rate-changes",
  publisher: "Meridian Global Services",
  official: false,
  why: "As above: a second, independent report of the law that moved books to the 5 % rate.",
};
const MERIDIAN_CY_BOOKS = {
  title: "Meridian Global Services: Cyprus introduces a super-reduced VAT rate of 3 % (books, newspapers and magazines, from 21 July 2023)",
  url: "https://www.meridianglobalservices.com/blog/2023/08/01/cyprus-introduction-of-a-super-reduced-vat-rate-of-3",
  publisher: "Meridian Global Services",
  official: false,
  why: "The amending law in the Cyprus Gazette and the Tax Department's rate list are not in our stored copies; independent firms report the 3 % rate for books and the date it took effect.",
};
const ANDERSEN_CY_BOOKS = {
  title: "Andersen Greece/Cyprus: VAT reduced for certain goods and services (books, newspapers and magazines from 5 % to 3 %)",
  url: "https://gr.andersen.com/news/cyprus-news-vat-reduced-for-certain-goods-and-services/",
  publisher: "Andersen",
  official: false,
  why: "As above: a second, independent report listing books (CN 49.01 to 49.05) at 3 %.",
};
const AALLON_FI_BOOKS = {
  title: "Aallon Group: change in the VAT rate from 14 % to 13.5 % on 1 January 2026 (books among the goods at the reduced rate)",
  url: "https://info.aallon.fi/en/yrityksen-aallon-group-oyj-blogi/arvonlisverokannan-muutosa",
  publisher: "Aallon Group",
  official: false,
  why: "The Finnish Tax Administration's guidance on the 13.5 % rate is not in our stored copies; accounting firms and BDO's summary list books among the goods that moved from 14 % to 13.5 %.",
};
const KPMG_LV_BOOKS = {
  title: "KPMG Latvia: changes in VAT for books, press and publications (5 % only for listed languages from 1 January 2026)",
  url: "https://kpmg.com/lv/en/home/insights/2025/10/changes-in-vat-for-books-press-and-publication.html",
  publisher: "KPMG Latvia",
  official: false,
  why: "The amended VAT law on likumi.lv is not in our stored copies; this summarises the language condition added from 2026.",
};

const VAT: VatRow[] = [
  { code: "AT", name: "Austria", standard: "20", standardConfidence: "medium", books: "10", booksConfidence: "medium" },
  { code: "BE", name: "Belgium", standard: "21", standardConfidence: "medium", books: "6", booksConfidence: "medium" },
  { code: "BG", name: "Bulgaria", standard: "20", standardConfidence: "medium", books: "9", booksConfidence: "low", booksNote: BOOKS_UNSURE },
  { code: "HR", name: "Croatia", standard: "25", standardConfidence: "medium", books: "5", booksConfidence: "medium" },
  {
    code: "CY",
    name: "Cyprus",
    standard: "19",
    standardConfidence: "medium",
    books: "3",
    booksConfidence: "medium",
    booksChanges: [{ date: "2023-07-21", from: "5", summary: "Cyprus moved books, newspapers and magazines from its 5 % rate to a new 3 % rate on 21 July 2023." }],
    booksCorrections: [
      {
        date: "2026-12-01",
        from: "5",
        summary: "We charged printed books at 5 % in Cyprus. Cyprus has taxed books at 3 % since 21 July 2023; the 5 % rate no longer applies to them.",
      },
    ],
    booksNote: "Some rate tables still list books at 5 %, the rate before July 2023. We read the 3 % rate in independent reports of the amending law, not on the Tax Department's own page.",
    booksSources: [MERIDIAN_CY_BOOKS, ANDERSEN_CY_BOOKS],
  },
  { code: "CZ", name: "Czechia", standard: "21", standardConfidence: "medium", books: "0", booksConfidence: "low", booksNote: BOOKS_UNSURE },
  {
    code: "DK",
    name: "Denmark",
    standard: "25",
    standardConfidence: "medium",
    books: "25",
    booksConfidence: "medium",
    booksNote: "Denmark has no reduced VAT rate, so printed books pay the standard rate.",
  },
  {
    code: "EE",
    name: "Estonia",
    standard: "24",
    standardConfidence: "medium",
    standardChanges: [{ date: "2025-07-01", from: "22", summary: "Estonia's standard VAT rate rose from 22 % to 24 % on 1 July 2025." }],
    books: "9",
    booksConfidence: "low",
    booksNote: BOOKS_UNSURE,
  },
  {
    code: "FI",
    name: "Finland",
    standard: "25.5",
    standardConfidence: "medium",
    books: "13.5",
    booksConfidence: "medium",
    booksChanges: [
      { date: "2025-01-01", from: "10", summary: "Finland moved printed books from the 10 % rate to the 14 % rate on 1 January 2025." },
      { date: "2026-01-01", from: "14", summary: "Finland lowered its 14 % reduced rate to 13.5 % on 1 January 2026." },
    ],
    booksNote: "Finland lowered its 14 % rate, which has covered books since 2025, to 13.5 % on 1 January 2026; accounting firms' summaries of the change list books among the goods that moved. We could not read the Tax Administration's own guidance.",
    booksSources: [AALLON_FI_BOOKS],
  },
  { code: "FR", name: "France", standard: "20", standardConfidence: "high", books: "5.5", booksConfidence: "medium" },
  { code: "DE", name: "Germany", standard: "19", standardConfidence: "high", books: "7", booksConfidence: "medium" },
  { code: "GR", name: "Greece", standard: "24", standardConfidence: "medium", books: "6", booksConfidence: "medium" },
  { code: "HU", name: "Hungary", standard: "27", standardConfidence: "high", books: "5", booksConfidence: "medium" },
  { code: "IE", name: "Ireland", standard: "23", standardConfidence: "high", books: "0", booksConfidence: "high", booksSources: [REVENUE_IE_ZERO] },
  { code: "IT", name: "Italy", standard: "22", standardConfidence: "high", books: "4", booksConfidence: "medium" },
  {
    code: "LV",
    name: "Latvia",
    standard: "21",
    standardConfidence: "medium",
    books: "5",
    booksConfidence: "medium",
    booksNote:
      "Since 1 January 2026 the 5 % rate applies only to books in Latvian, Latgalian or Livonian, or in an official language of the EU, the EEA, Switzerland, an EU candidate country or an OECD member; books in other languages, Chinese among them, pay the standard rate.",
    booksSources: [KPMG_LV_BOOKS],
  },
  {
    code: "LT",
    name: "Lithuania",
    standard: "21",
    standardConfidence: "medium",
    books: "5",
    booksConfidence: "medium",
    booksChanges: [{ date: "2026-01-01", from: "9", summary: "Lithuania moved printed and electronic books from its 9 % rate to 5 % on 1 January 2026, when it abolished the 9 % rate." }],
    booksCorrections: [
      {
        date: "2026-12-01",
        from: "9",
        summary: "We kept charging printed books at 9 % in Lithuania after 1 January 2026. Lithuania abolished its 9 % rate that day and taxes books at 5 %.",
      },
    ],
    booksNote: "Publications that are mainly advertising, or mainly music or video, pay the standard rate. We read the 5 % rate in independent reports of the amending law, not in the law itself.",
    booksSources: [SOVOS_LT_BOOKS, MERIDIAN_LT_BOOKS],
  },
  { code: "LU", name: "Luxembourg", standard: "17", standardConfidence: "medium", books: "3", booksConfidence: "medium" },
  { code: "MT", name: "Malta", standard: "18", standardConfidence: "medium", books: "5", booksConfidence: "low", booksNote: BOOKS_UNSURE },
  { code: "NL", name: "Netherlands", standard: "21", standardConfidence: "high", books: "9", booksConfidence: "medium" },
  { code: "PL", name: "Poland", standard: "23", standardConfidence: "high", books: "5", booksConfidence: "medium" },
  { code: "PT", name: "Portugal", standard: "23", standardConfidence: "medium", books: "6", booksConfidence: "medium" },
  {
    code: "RO",
    name: "Romania",
    standard: "21",
    standardConfidence: "medium",
    standardChanges: [{ date: "2025-08-01", from: "19", summary: "Romania's standard VAT rate rose from 19 % to 21 % on 1 August 2025." }],
    books: "11",
    booksConfidence: "low",
    booksChanges: [{ date: "2025-08-01", from: "5", summary: "Romania merged its 5 % and 9 % reduced rates into one 11 % rate on 1 August 2025." }],
    booksNote: BOOKS_UNSURE,
  },
  {
    code: "SK",
    name: "Slovakia",
    standard: "23",
    standardConfidence: "medium",
    standardChanges: [{ date: "2025-01-01", from: "20", summary: "Slovakia's standard VAT rate rose from 20 % to 23 % on 1 January 2025." }],
    books: "5",
    booksConfidence: "low",
    booksNote: BOOKS_UNSURE,
  },
  { code: "SI", name: "Slovenia", standard: "22", standardConfidence: "medium", books: "5", booksConfidence: "medium" },
  { code: "ES", name: "Spain", standard: "21", standardConfidence: "high", books: "4", booksConfidence: "medium" },
  { code: "SE", name: "Sweden", standard: "25", standardConfidence: "high", standardSources: [VERKSAMT_BOOKS], books: "6", booksConfidence: "high", booksSources: [VERKSAMT_BOOKS] },
];

/** Rates in force before the model starts are vouched for from 1 January 2025. */
const VOUCHED_FROM = "2025-01-01";

function vatFacts(row: VatRow): FactInput[] {
  const key = row.code.toLowerCase();
  const standardChanges = (row.standardChanges ?? []).map((c) => ruleChange(c.date, percent(c.from), c.summary));
  const booksChanges = [
    ...(row.booksChanges ?? []).map((c) => ruleChange(c.date, percent(c.from), c.summary)),
    ...(row.booksCorrections ?? []).map((c) => correction(c.date, percent(c.from), c.summary)),
  ];
  const latestBooksRuleChange = (row.booksChanges ?? []).at(-1)?.date;
  return [
    percentFact({
      id: `${key}-vat-standard`,
      statement: `${row.name}'s standard VAT rate, also charged on goods imported from outside the EU, is {value}.`,
      value: row.standard,
      appliesTo: [row.code],
      validFrom: standardChanges.at(-1)?.date ?? VOUCHED_FROM,
      sources: [EC_VAT_RATES, ...(row.standardSources ?? [])],
      confidence: row.standardConfidence,
      changes: standardChanges,
    }),
    percentFact({
      id: `${key}-vat-books`,
      statement: `Printed books pay VAT at {value} in ${row.name}.`,
      value: row.books,
      appliesTo: [row.code],
      validFrom: latestBooksRuleChange ?? VOUCHED_FROM,
      sources: [EC_VAT_RATES, ...(row.booksSources ?? [])],
      confidence: row.booksConfidence,
      ...(row.booksNote ? { note: row.booksNote } : {}),
      changes: booksChanges,
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Duty rates the calculator uses per kind of goods (normal third-country rates).

function dutyFact(id: string, statement: string, value: string, confidence: "high" | "medium" | "low", note?: string): FactInput {
  return percentFact({ id, statement, value, appliesTo: EU, validFrom: VOUCHED_FROM, sources: [TARIC], confidence, ...(note ? { note } : {}) });
}

export const CUSTOMS_EU_FACTS = defineFacts("customs-eu", [
  moneyFact({
    id: "eu-low-value-limit",
    statement:
      "Goods from outside the EU in a consignment whose intrinsic value is no more than {value} (the price of the goods, without transport and insurance shown separately on the invoice) can be sold with VAT charged at checkout under the Import One-Stop Shop (IOSS).",
    amount: "150",
    currency: "EUR",
    appliesTo: EU,
    validFrom: "2021-07-01",
    sources: [EC_LOW_VALUE, EAS_INTRINSIC],
    confidence: "high",
    note: "The same limit decided which parcels paid no customs duty until 30 June 2026, and which pay the flat duty from 1 July 2026.",
    mentions: ["IOSS", "Import One-Stop Shop"],
  }),
  dateFact({
    id: "eu-duty-relief-end",
    statement: "The customs duty relief for consignments worth no more than {eu-low-value-limit} ended on {value}.",
    date: "2026-06-30",
    appliesTo: EU,
    validFrom: "2026-02-11",
    sources: [COUNCIL_REG_2026_382, BAKER_EU3],
    confidence: "high",
  }),
  moneyFact({
    id: "eu-low-value-duty",
    statement:
      "From 1 July 2026 until 30 June 2028, goods bought from outside the EU in a consignment worth no more than {eu-low-value-limit} pay a flat customs duty of {value}: goods of one kind count as one line, so five T-shirts pay it once and a T-shirt and a watch pay it twice. It applies whether or not the seller uses IOSS.",
    amount: "3",
    currency: "EUR",
    per: "tariff line",
    appliesTo: EU,
    validFrom: "2026-07-01",
    validTo: "2028-06-30",
    sources: [COUNCIL_REG_2026_382, WISETECH_EU3, BAKER_EU3],
    confidence: "medium",
    note:
      "Reports of the regulation say the duty applies 'until 1 July 2028'; we treat 30 June 2028 as its last day. The Council's first announcement named IOSS sales and postal consignments, and some early commentary said parcels outside IOSS would pay normal tariff rates. The Commission's guidance of 2 June 2026, as reported by two independent sources, applies the duty to every sale to a consumer of a consignment up to €150, whatever the VAT arrangement; we follow it, at medium confidence because we could not read the guidance itself.",
    changes: [
      correction(
        "2026-12-01",
        amount("3", "EUR", "tariff line"),
        "We said sources disagreed on whether parcels sent without IOSS pay the €3 duty. The Commission's guidance applies it to them too, and we now say so.",
      ),
    ],
  }),
  moneyFact({
    id: "eu-handling-fee-proposed",
    statement: "An EU handling fee of {value} on parcels from outside the EU was proposed; we have found nothing confirming it was adopted.",
    amount: "2",
    currency: "EUR",
    per: "item",
    appliesTo: EU,
    validFrom: "2026-11-01",
    sources: [PASSPORT_HANDLING_FEE],
    confidence: "low",
  }),
  moneyFact({
    id: "de-charges-not-collected",
    statement: "German customs do not collect import charges (duty and import VAT together) that come to less than {value} on a consignment.",
    amount: "1",
    currency: "EUR",
    appliesTo: ["DE"],
    validFrom: "2021-07-01",
    sources: [ZOLL_INTERNET_ORDERS],
    confidence: "medium",
    note: "We could not read zoll.de's current wording in our stored copies; the rule is about the import charges as a whole, not VAT alone.",
    changes: [
      correction(
        "2026-12-01",
        amount("1", "EUR"),
        "We applied the under-€1 rule to import VAT alone, so a parcel could show €3 duty collected while its VAT was waived. It applies to the charges as a whole.",
      ),
    ],
  }),
  moneyFact({
    id: "it-low-value-contribution",
    statement:
      "Italy charges a contribution of {value} on each consignment from outside the EU declared at no more than {eu-low-value-limit}; it is owed by whoever declares the parcel to customs, who passes it on.",
    amount: "2",
    currency: "EUR",
    per: "consignment",
    appliesTo: ["IT"],
    validFrom: "2026-01-01",
    sources: [ITALY_BUDGET_LAW, ITALY_CUSTOMS_NOTE],
    confidence: "medium",
    note: "The limit is tested on the declared customs value (which includes transport to the EU); the contribution is not part of the VAT base.",
    changes: [
      correction(
        "2026-12-01",
        amount("2", "EUR", "consignment"),
        "We said Italy's €2 fee was postponed to 1 July 2026 and left it out. It has been due since 1 January 2026.",
      ),
    ],
    mentions: ["Italy"],
  }),
  moneyFact({
    id: "fr-small-parcel-tax",
    statement:
      "France taxes each article in a parcel from outside the EU worth less than {eu-low-value-limit} at {value}; the tax is owed by the seller or the platform and may not be invoiced to the buyer.",
    amount: "2",
    currency: "EUR",
    per: "article",
    appliesTo: ["FR"],
    validFrom: "2026-03-01",
    sources: [FRANCE_DOUANE, FRANCE_BOURSORAMA],
    confidence: "medium",
    mentions: ["France"],
  }),
  moneyFact({
    id: "ro-parcel-charge",
    statement:
      "Romania charges {value} on each parcel from outside the EU worth less than {eu-low-value-limit} sold at a distance; it is owed by the seller, sender or platform, not by the buyer, and collected by the postal or courier operator.",
    amount: "25",
    currency: "RON",
    per: "parcel",
    appliesTo: ["RO"],
    validFrom: "2026-01-01",
    sources: [ROMANIA_DIGI24, ROMANIA_ANTENA3],
    confidence: "medium",
    note: "Only reports of Law 239/2025 and the Ministry of Finance's explanation were available to us, not the law's text or ANAF's order.",
    mentions: ["Romania"],
  }),
  moneyFact({
    id: "de-post-dhl-advance-fee",
    statement: "Deutsche Post and DHL charge {value} (VAT included) when they pay duty or import VAT for you and collect it on delivery.",
    amount: "6",
    currency: "EUR",
    appliesTo: ["DE"],
    validFrom: "2018-03-01",
    sources: [PAKETDA, VERKEHRSRUNDSCHAU_DP_FEE],
    confidence: "medium",
    note: "Deutsche Post DHL introduced this 'Auslagepauschale' on 1 March 2018, as the trade press reported from its announcement; we found no current Deutsche Post price list stating it.",
  }),
  moneyFact({
    id: "nl-postnl-fee-low",
    statement: "PostNL charges {value} to clear a parcel worth up to {eu-low-value-limit} when you pay online (more at a PostNL point).",
    amount: "6",
    currency: "EUR",
    appliesTo: ["NL"],
    validFrom: VOUCHED_FROM,
    sources: [POSTNL],
    confidence: "medium",
  }),
  moneyFact({
    id: "nl-postnl-fee-high",
    statement: "PostNL charges {value} to clear a parcel worth more than {eu-low-value-limit} when you pay online (more at a PostNL point).",
    amount: "12",
    currency: "EUR",
    appliesTo: ["NL"],
    validFrom: VOUCHED_FROM,
    sources: [POSTNL],
    confidence: "medium",
    note: "Copies of PostNL's customs-clearance-costs page differ for parcels over €150 paid online: some give €10.00, others €12.00 (and €17.00 at a PostNL point), and we cannot tell which is newer. We show €12.00, the higher charge, so an estimate is not too low.",
    changes: [
      correction(
        "2026-12-01",
        amount("10", "EUR"),
        "We used €10 as PostNL's online clearance fee for parcels over €150 and said its page gave a range. The page gives one figure, and copies of it say €10.00 or €12.00; we now show the higher.",
      ),
    ],
  }),
  dutyFact("eu-duty-general", "For goods we have no checked rate for, we use {value}, close to the EU's average duty on manufactured goods; your product's exact rate is in TARIC.", "4", "low"),
  dutyFact("eu-duty-clothing", "Most clothing pays {value} customs duty under the EU's Common Customs Tariff.", "12", "high"),
  dutyFact("eu-duty-footwear", "Shoes with textile uppers pay about {value} customs duty in the EU; leather shoes pay less.", "16.5", "low", "Not confirmed against TARIC; the rate depends on the upper and sole materials."),
  dutyFact("eu-duty-bags", "Handbags with a plastic or textile outer pay about {value} customs duty in the EU; leather ones pay less.", "9.7", "low"),
  dutyFact("eu-duty-electronics", "Most consumer electronics pay {value} customs duty under the WTO Information Technology Agreement; some items, such as televisions, do not.", "0", "medium"),
  dutyFact("eu-duty-phones", "Mobile phones pay {value} customs duty in the EU under the WTO Information Technology Agreement.", "0", "medium"),
  dutyFact("eu-duty-toys", "Toys pay about {value} customs duty in the EU by one account; others say toys are duty-free.", "4.5", "low"),
  dutyFact("eu-duty-cosmetics", "Cosmetics usually pay {value} customs duty in the EU.", "0", "low"),
  dutyFact("eu-duty-watches", "Wristwatches typically pay {value} customs duty in the EU; smartwatches are usually duty-free.", "4.5", "low"),
  dutyFact("eu-duty-jewellery", "Imitation jewellery typically pays {value} customs duty in the EU; precious-metal jewellery usually pays less.", "4", "low"),
  dutyFact("eu-duty-books", "Printed books pay {value} customs duty in the EU.", "0", "medium"),
  ...VAT.flatMap(vatFacts),
]);
