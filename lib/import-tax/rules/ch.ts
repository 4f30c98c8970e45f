/** Switzerland: no duty on industrial goods since 2024; import VAT unless it comes to the small amount that is not levied. */
import { factText, getFact } from "../../facts";
import type { DestinationInput } from "../schema";
import { MODELLED_FROM, MODELLED_TO } from "../dates";
import { dutyRate, factSources, feeFrom, moneyFrom, REFERENCE_CHECKED, taxRate } from "./helpers";

const VAT_STANDARD = getFact("ch-vat-standard");
const VAT_BOOKS = getFact("ch-vat-books");
const NOT_LEVIED = getFact("ch-small-amount-not-levied");
const POST_FEE = getFact("ch-post-fee-other");
const INDUSTRIAL_DUTY = getFact("ch-duty-industrial");

const SOURCES = {
  mailOrder: { title: "Swiss Federal Tax Administration: mail-order trade (foreign sellers registered for Swiss VAT)", url: "https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-tax-liability/mail-order-trade.html" },
};

export const CH: DestinationInput = {
  code: "CH",
  name: "Switzerland",
  group: "other",
  regionLabel: null,
  versions: [
    {
      id: "ch-2025-01-01",
      validFrom: MODELLED_FROM,
      validTo: MODELLED_TO,
      currency: "CHF",
      summary: factText(
        "Swiss rules: industrial goods pay no customs duty since 1 January 2024. Import VAT of {ch-vat-standard} is charged on goods, shipping, duty and the clearance fee, but not levied when it comes to {ch-small-amount-not-levied} or less.",
      ),
      confidence: "high",
      lastVerified: REFERENCE_CHECKED,
      sources: [...factSources(NOT_LEVIED, VAT_STANDARD, POST_FEE, INDUSTRIAL_DUTY), SOURCES.mailOrder],
      warnings: [],
      assumptions: [
        "The goods are industrial goods (tariff chapters 25–97); food and other farm products still pay duty and are not modelled.",
        "The parcel comes from outside Switzerland's neighbours (for example from China), so Swiss Post's higher basic clearance fee applies.",
      ],
      sellerScheme: {
        kind: "registeredSeller",
        name: "Swiss mail-order rule",
        // Sellers with enough small consignments to Switzerland must register; once registered,
        // every delivery is taxed as a domestic sale and no import tax is levied.
        eligibility: null,
        taxBase: ["goods", "shipping", "insurance"],
        duty: "none",
        explanation: factText("A seller registered for Swiss VAT under the mail-order rule charges {ch-vat-standard} VAT at checkout on every order, and no import VAT is charged at the border."),
        confidence: "high",
        whenSellerDoesNotCollect: {
          note: factText("A seller not registered for Swiss VAT does not charge it; import VAT is then charged at the border unless it comes to {ch-small-amount-not-levied} or less."),
          confidence: "high",
        },
      },
      duty: {
        base: "cif",
        threshold: null,
        lowValue: { kind: "none" },
        rates: {
          kind: "byCategory",
          general: dutyRate(INDUSTRIAL_DUTY),
          byCategory: {},
        },
      },
      tax: {
        name: "VAT",
        standard: taxRate(VAT_STANDARD),
        byCategory: { books: { ...taxRate(VAT_BOOKS), note: factText("Printed books pay the reduced Swiss VAT rate of {ch-vat-books}.") } },
        import: {
          threshold: null,
          // The clearance fee is part of the import VAT base (ch.ch); the small-amount test is made before it.
          base: ["goods", "shipping", "insurance", "duty", "carrierFee"],
          notCollected: {
            amount: moneyFrom(NOT_LEVIED.value, NOT_LEVIED.id),
            when: "atOrBelow",
            covers: "tax",
            note: factText("Import VAT of {ch-small-amount-not-levied} or less is not levied."),
          },
        },
      },
      regions: [],
      fees: [
        feeFrom(POST_FEE, {
          id: "swiss-post-clearance-fee",
          label: "Swiss Post customs clearance fee (basic fee)",
          kind: "carrier",
          channels: ["post"],
          includedInTaxBase: true,
          note: factText(
            "Swiss Post's basic clearance fee for a parcel from outside Germany, France, Italy and Austria is {ch-post-fee-other} before VAT. It also adds {ch-post-value-supplement} of the value (including shipping and duty), up to {ch-post-fee-max} in all, which we do not include, so your bill will be somewhat higher.",
          ),
        }),
      ],
    },
  ],
};
