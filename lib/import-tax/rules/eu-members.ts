/**
 * The 27 EU members. Every VAT rate, fee and national charge comes from the fact registry
 * (lib/facts/data/customs-eu.ts), where each has its sources, confidence and dated changes; this
 * file only says which facts apply to which member. The exchange rates for non-euro members are
 * assumed market rates for converting the euro limits, not legal figures.
 */
import { factText, getFact } from "../../facts";
import { EURO, EURO_PERIOD, defineEuMember, euroAmount, nationalCurrency } from "./eu";
import { factSources, feeFrom } from "./helpers";

const LOW_VALUE_LIMIT = getFact("eu-low-value-limit");

export const EU_MEMBERS = [
  defineEuMember({ code: "AT", name: "Austria", currencies: EURO, vatStandard: getFact("at-vat-standard"), vatBooks: getFact("at-vat-books") }),
  defineEuMember({ code: "BE", name: "Belgium", currencies: EURO, vatStandard: getFact("be-vat-standard"), vatBooks: getFact("be-vat-books") }),
  defineEuMember({
    code: "BG",
    name: "Bulgaria",
    // Bulgaria adopted the euro on 1 January 2026; the lev was fixed at 1.95583 per euro.
    currencies: [
      { from: "2025-01-01", currency: "BGN", euroRate: { rate: "1.95583", asOf: "2025-01-01", confidence: "high", note: "The lev's fixed conversion rate to the euro." } },
      { from: "2026-01-01", currency: "EUR", euroRate: null },
    ],
    extraSources: [{ title: "European Commission: Bulgaria and the euro (fixed conversion rate)", url: "https://economy-finance.ec.europa.eu/euro/eu-countries-and-euro/bulgaria-and-euro_en" }],
    vatStandard: getFact("bg-vat-standard"),
    vatBooks: getFact("bg-vat-books"),
  }),
  defineEuMember({ code: "HR", name: "Croatia", currencies: EURO, vatStandard: getFact("hr-vat-standard"), vatBooks: getFact("hr-vat-books") }),
  defineEuMember({ code: "CY", name: "Cyprus", currencies: EURO, vatStandard: getFact("cy-vat-standard"), vatBooks: getFact("cy-vat-books") }),
  defineEuMember({ code: "CZ", name: "Czechia", currencies: nationalCurrency("CZK", "24.3", "low"), vatStandard: getFact("cz-vat-standard"), vatBooks: getFact("cz-vat-books") }),
  defineEuMember({
    code: "DK",
    name: "Denmark",
    currencies: nationalCurrency(
      "DKK",
      "7.46",
      "medium",
      factText("The krone is pegged to the euro, so the converted {eu-low-value-limit} limit barely moves; customs use an official annual rate."),
    ),
    vatStandard: getFact("dk-vat-standard"),
    vatBooks: getFact("dk-vat-books"),
  }),
  defineEuMember({ code: "EE", name: "Estonia", currencies: EURO, vatStandard: getFact("ee-vat-standard"), vatBooks: getFact("ee-vat-books") }),
  defineEuMember({ code: "FI", name: "Finland", currencies: EURO, vatStandard: getFact("fi-vat-standard"), vatBooks: getFact("fi-vat-books") }),
  defineEuMember({
    code: "FR",
    name: "France",
    currencies: EURO,
    vatStandard: getFact("fr-vat-standard"),
    vatBooks: getFact("fr-vat-books"),
    notices: [
      {
        from: getFact("fr-small-parcel-tax").validFrom,
        text: factText(
          "France taxes each article in a parcel from outside the EU worth less than {eu-low-value-limit} at {fr-small-parcel-tax}. It is owed by the seller or platform and may not be invoiced to you, so it is not included; sellers may build it into their prices.",
        ),
        sources: factSources(getFact("fr-small-parcel-tax")),
      },
    ],
  }),
  defineEuMember({
    code: "DE",
    name: "Germany",
    currencies: EURO,
    vatStandard: getFact("de-vat-standard"),
    vatBooks: getFact("de-vat-books"),
    notCollected: {
      amount: euroAmount(getFact("de-charges-not-collected"), EURO_PERIOD),
      when: "below",
      covers: "importCharges",
      note: factText("German customs do not collect import charges (duty and import VAT together) of less than {de-charges-not-collected}."),
    },
    fees: [
      {
        fee: feeFrom(getFact("de-post-dhl-advance-fee"), {
          id: "deutsche-post-dhl-fee",
          label: "Deutsche Post / DHL customs handling fee",
          kind: "carrier",
          channels: ["post"],
        }),
      },
    ],
  }),
  defineEuMember({ code: "GR", name: "Greece", currencies: EURO, vatStandard: getFact("gr-vat-standard"), vatBooks: getFact("gr-vat-books") }),
  defineEuMember({ code: "HU", name: "Hungary", currencies: nationalCurrency("HUF", "390", "low"), vatStandard: getFact("hu-vat-standard"), vatBooks: getFact("hu-vat-books") }),
  defineEuMember({ code: "IE", name: "Ireland", currencies: EURO, vatStandard: getFact("ie-vat-standard"), vatBooks: getFact("ie-vat-books") }),
  defineEuMember({
    code: "IT",
    name: "Italy",
    currencies: EURO,
    vatStandard: getFact("it-vat-standard"),
    vatBooks: getFact("it-vat-books"),
    fees: [
      {
        from: getFact("it-low-value-contribution").validFrom,
        fee: feeFrom(getFact("it-low-value-contribution"), {
          id: "italy-low-value-contribution",
          label: "Italian contribution on low-value consignments",
          kind: "government",
          channels: ["post", "courier"],
          goodsAtMost: euroAmount(LOW_VALUE_LIMIT, EURO_PERIOD),
        }),
      },
    ],
    notices: [
      {
        from: getFact("it-low-value-contribution").validFrom,
        text: factText(
          "Italy charges {it-low-value-contribution} on each consignment worth up to {eu-low-value-limit}, owed by whoever declares it to customs. When the seller uses IOSS that is usually the seller's carrier, who may build it into the price; when charges are collected on delivery we include it. Customs test the limit on the customs value, which includes shipping.",
        ),
        sources: factSources(getFact("it-low-value-contribution")),
      },
    ],
  }),
  defineEuMember({ code: "LV", name: "Latvia", currencies: EURO, vatStandard: getFact("lv-vat-standard"), vatBooks: getFact("lv-vat-books") }),
  defineEuMember({ code: "LT", name: "Lithuania", currencies: EURO, vatStandard: getFact("lt-vat-standard"), vatBooks: getFact("lt-vat-books") }),
  defineEuMember({ code: "LU", name: "Luxembourg", currencies: EURO, vatStandard: getFact("lu-vat-standard"), vatBooks: getFact("lu-vat-books") }),
  defineEuMember({ code: "MT", name: "Malta", currencies: EURO, vatStandard: getFact("mt-vat-standard"), vatBooks: getFact("mt-vat-books") }),
  defineEuMember({
    code: "NL",
    name: "Netherlands",
    currencies: EURO,
    vatStandard: getFact("nl-vat-standard"),
    vatBooks: getFact("nl-vat-books"),
    fees: [
      {
        fee: feeFrom(getFact("nl-postnl-fee-low"), {
          id: "postnl-fee-low",
          label: "PostNL customs clearance fee",
          kind: "carrier",
          channels: ["post"],
          goodsAtMost: euroAmount(LOW_VALUE_LIMIT, EURO_PERIOD),
        }),
      },
      {
        fee: feeFrom(getFact("nl-postnl-fee-high"), {
          id: "postnl-fee-high",
          label: "PostNL customs clearance fee",
          kind: "carrier",
          channels: ["post"],
          goodsAbove: euroAmount(LOW_VALUE_LIMIT, EURO_PERIOD),
        }),
      },
    ],
  }),
  defineEuMember({ code: "PL", name: "Poland", currencies: nationalCurrency("PLN", "4.27", "low"), vatStandard: getFact("pl-vat-standard"), vatBooks: getFact("pl-vat-books") }),
  defineEuMember({ code: "PT", name: "Portugal", currencies: EURO, vatStandard: getFact("pt-vat-standard"), vatBooks: getFact("pt-vat-books") }),
  defineEuMember({
    code: "RO",
    name: "Romania",
    currencies: nationalCurrency("RON", "5.08", "low"),
    vatStandard: getFact("ro-vat-standard"),
    vatBooks: getFact("ro-vat-books"),
    notices: [
      {
        from: getFact("ro-parcel-charge").validFrom,
        text: factText(
          "Romania charges {ro-parcel-charge} on each parcel from outside the EU worth less than {eu-low-value-limit}. It is owed by the seller, sender or platform, not by you, so it is not included; the postal or courier operator collects it from them.",
        ),
        sources: factSources(getFact("ro-parcel-charge")),
      },
    ],
  }),
  defineEuMember({ code: "SK", name: "Slovakia", currencies: EURO, vatStandard: getFact("sk-vat-standard"), vatBooks: getFact("sk-vat-books") }),
  defineEuMember({ code: "SI", name: "Slovenia", currencies: EURO, vatStandard: getFact("si-vat-standard"), vatBooks: getFact("si-vat-books") }),
  defineEuMember({ code: "ES", name: "Spain", currencies: EURO, vatStandard: getFact("es-vat-standard"), vatBooks: getFact("es-vat-books") }),
  defineEuMember({ code: "SE", name: "Sweden", currencies: nationalCurrency("SEK", "11.0", "low"), vatStandard: getFact("se-vat-standard"), vatBooks: getFact("se-vat-books") }),
];
