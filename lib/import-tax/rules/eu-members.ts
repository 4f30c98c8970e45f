/**
 * The 27 EU members. Standard VAT rates marked high were checked against the reference
 * (Eurofiscalis list); the others against the European Commission's list and a December 2025
 * secondary list of 2025–26 changes (medium). Reduced rates for printed books are from general
 * knowledge and not in the reference: medium where well established, low where unsure.
 */
import { EU_SOURCES, EURO, defineEuMember, nationalCurrency, vatFrom } from "./eu";
import { money, rate, REFERENCE_CHECKED } from "./helpers";
import type { Source } from "../types";

const FROM = "2025-01-01";
const checkedRates: Source[] = [EU_SOURCES.vatRates];
const listedRates: Source[] = [EU_SOURCES.vatRatesCommission, EU_SOURCES.vatRates2026];
const booksUnsure = "Reduced rate for printed books not verified: check before relying on it.";

export const EU_MEMBERS = [
  defineEuMember({ code: "AT", name: "Austria", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("20", "medium"), rate("10", "medium"))] }),
  defineEuMember({ code: "BE", name: "Belgium", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("21", "medium"), rate("6", "medium"))] }),
  defineEuMember({
    code: "BG",
    name: "Bulgaria",
    // Bulgaria adopted the euro on 1 January 2026; the lev was fixed at 1.95583 per euro.
    currencies: [
      { from: FROM, currency: "BGN", euroRate: { rate: "1.95583", asOf: FROM, confidence: "high", note: "The lev's fixed conversion rate to the euro." } },
      { from: "2026-01-01", currency: "EUR", euroRate: null },
    ],
    vatSources: [...listedRates, { title: "European Commission: Bulgaria and the euro", url: "https://economy-finance.ec.europa.eu/euro/eu-countries-and-euro/bulgaria-and-euro_en" }],
    vat: [vatFrom(FROM, rate("20", "medium"), rate("9", "low", booksUnsure))],
  }),
  defineEuMember({ code: "HR", name: "Croatia", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("25", "medium"), rate("5", "medium"))] }),
  defineEuMember({ code: "CY", name: "Cyprus", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("19", "medium"), rate("5", "low", booksUnsure))] }),
  defineEuMember({ code: "CZ", name: "Czechia", currencies: nationalCurrency("CZK", "24.3", "low"), vatSources: listedRates, vat: [vatFrom(FROM, rate("21", "medium"), rate("0", "low", booksUnsure))] }),
  defineEuMember({
    code: "DK",
    name: "Denmark",
    currencies: nationalCurrency("DKK", "7.46", "medium", "The krone is pegged to the euro at about 7.46 DKK, so the converted €150 limit barely moves; customs use an official annual rate."),
    vatSources: listedRates,
    // Denmark has no reduced VAT rate: books pay the standard 25 %.
    vat: [vatFrom(FROM, rate("25", "medium"), rate("25", "medium", "Denmark has no reduced VAT rate for books."))],
  }),
  defineEuMember({
    code: "EE",
    name: "Estonia",
    currencies: EURO,
    vatSources: listedRates,
    vat: [vatFrom(FROM, rate("22", "medium"), rate("9", "low", booksUnsure)), vatFrom("2025-07-01", rate("24", "medium"), rate("9", "low", booksUnsure))],
  }),
  defineEuMember({ code: "FI", name: "Finland", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("25.5", "medium"), rate("14", "low", booksUnsure))] }),
  defineEuMember({
    code: "FR",
    name: "France",
    currencies: EURO,
    vatSources: checkedRates,
    vat: [vatFrom(FROM, rate("20", "high"), rate("5.5", "medium"))],
    notices: [
      {
        from: "2026-03-01",
        text: "France charges €2 per article on parcels under €150 from 1 March 2026. It is owed by the seller or platform and not invoiced to you, so it is not included (medium confidence).",
      },
    ],
  }),
  defineEuMember({
    code: "DE",
    name: "Germany",
    currencies: EURO,
    vatSources: checkedRates,
    vat: [vatFrom(FROM, rate("19", "high"), rate("7", "medium"))],
    notCollected: { amount: money("1", "EUR"), when: "below", note: "German customs do not collect import charges under €1." },
    fees: [
      {
        id: "deutsche-post-dhl-fee",
        label: "Deutsche Post / DHL customs handling fee",
        kind: "carrier",
        channels: ["post"],
        amount: money("6", "EUR"),
        goodsAbove: null,
        goodsAtMost: null,
        includedInTaxBase: false,
        confidence: "medium",
        asOf: REFERENCE_CHECKED,
        note: "Deutsche Post and DHL have charged €6 (VAT included) since 2018 when they collect duty or tax for you. Indicative.",
        sources: [{ title: "paketda.de: Auslagepauschale (customs handling fees of German carriers)", url: "https://www.paketda.de/zoll/auslagepauschale.html" }],
      },
    ],
  }),
  defineEuMember({ code: "GR", name: "Greece", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("24", "medium"), rate("6", "medium"))] }),
  defineEuMember({ code: "HU", name: "Hungary", currencies: nationalCurrency("HUF", "390", "low"), vatSources: checkedRates, vat: [vatFrom(FROM, rate("27", "high"), rate("5", "medium"))] }),
  defineEuMember({ code: "IE", name: "Ireland", currencies: EURO, vatSources: checkedRates, vat: [vatFrom(FROM, rate("23", "high"), rate("0", "medium"))] }),
  defineEuMember({
    code: "IT",
    name: "Italy",
    currencies: EURO,
    vatSources: checkedRates,
    vat: [vatFrom(FROM, rate("22", "high"), rate("4", "medium"))],
    notices: [
      {
        from: "2026-07-01",
        text: "Italy's €2 fee on low-value parcels was postponed to 1 July 2026. We have not confirmed who pays it or whether it is passed on to buyers, so it is not included.",
      },
    ],
  }),
  defineEuMember({ code: "LV", name: "Latvia", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("21", "medium"), rate("5", "low", booksUnsure))] }),
  defineEuMember({ code: "LT", name: "Lithuania", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("21", "medium"), rate("9", "low", booksUnsure))] }),
  defineEuMember({ code: "LU", name: "Luxembourg", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("17", "medium"), rate("3", "medium"))] }),
  defineEuMember({ code: "MT", name: "Malta", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("18", "medium"), rate("5", "low", booksUnsure))] }),
  defineEuMember({
    code: "NL",
    name: "Netherlands",
    currencies: EURO,
    vatSources: checkedRates,
    vat: [vatFrom(FROM, rate("21", "high"), rate("9", "medium"))],
    fees: [
      {
        id: "postnl-fee-low",
        label: "PostNL customs clearance fee",
        kind: "carrier",
        channels: ["post"],
        amount: money("6", "EUR"),
        goodsAbove: null,
        goodsAtMost: money("150", "EUR"),
        includedInTaxBase: false,
        confidence: "medium",
        asOf: REFERENCE_CHECKED,
        note: "PostNL charges €6 when paid online (€11 at a PostNL point) for parcels up to €150. Indicative.",
        sources: [{ title: "PostNL: customs clearance costs", url: "https://www.postnl.nl/en/customer-service/international-shipments/customs-clearance-costs/" }],
      },
      {
        id: "postnl-fee-high",
        label: "PostNL customs clearance fee",
        kind: "carrier",
        channels: ["post"],
        amount: money("10", "EUR"),
        goodsAbove: money("150", "EUR"),
        goodsAtMost: null,
        includedInTaxBase: false,
        confidence: "medium",
        asOf: REFERENCE_CHECKED,
        note: "PostNL charges €10–12 when paid online (€17 at a PostNL point) above €150; we show the lower online figure. Indicative.",
        sources: [{ title: "PostNL: customs clearance costs", url: "https://www.postnl.nl/en/customer-service/international-shipments/customs-clearance-costs/" }],
      },
    ],
  }),
  defineEuMember({ code: "PL", name: "Poland", currencies: nationalCurrency("PLN", "4.27", "low"), vatSources: checkedRates, vat: [vatFrom(FROM, rate("23", "high"), rate("5", "medium"))] }),
  defineEuMember({ code: "PT", name: "Portugal", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("23", "medium"), rate("6", "medium"))] }),
  defineEuMember({
    code: "RO",
    name: "Romania",
    currencies: nationalCurrency("RON", "5.08", "low"),
    vatSources: listedRates,
    vat: [vatFrom(FROM, rate("19", "medium"), rate("5", "low", booksUnsure)), vatFrom("2025-08-01", rate("21", "medium"), rate("11", "low", booksUnsure))],
    notices: [
      {
        from: "2026-01-01",
        text: "Romania charges a 25-lei fee on parcels from outside the EU from 1 January 2026. We have not confirmed who pays it or how it is collected, so it is not included.",
      },
    ],
  }),
  defineEuMember({ code: "SK", name: "Slovakia", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("23", "medium"), rate("5", "low", booksUnsure))] }),
  defineEuMember({ code: "SI", name: "Slovenia", currencies: EURO, vatSources: listedRates, vat: [vatFrom(FROM, rate("22", "medium"), rate("5", "medium"))] }),
  defineEuMember({ code: "ES", name: "Spain", currencies: EURO, vatSources: checkedRates, vat: [vatFrom(FROM, rate("21", "high"), rate("4", "medium"))] }),
  defineEuMember({ code: "SE", name: "Sweden", currencies: nationalCurrency("SEK", "11.0", "low"), vatSources: checkedRates, vat: [vatFrom(FROM, rate("25", "high"), rate("6", "medium"))] }),
];
