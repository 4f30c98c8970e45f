/** What the calculator form needs to render its choices, derived from the validated rules. */
import { CATEGORIES, CATEGORY_LABELS, type Category } from "./categories";
import { isIsoDate, MODELLED_FROM, MODELLED_TO, type IsoDate } from "./dates";
import { CURRENCIES, minorDigitsOf, type CurrencyCode } from "./money";
import { PRICE_CURRENCIES } from "./parse";
import { DESTINATIONS, findRuleVersion } from "./rules";
import type { Channel } from "./types";

export interface DestinationMetadata {
  code: string;
  name: string;
  group: "eu" | "other";
  /** The currency amounts must be entered in on the given date (Bulgaria switched to the euro on 1 January 2026). */
  currency: CurrencyCode;
  currencyMinorDigits: number;
  regionLabel: string | null;
  regions: { code: string; name: string }[];
  rulesVerified: IsoDate;
}

export interface CalculatorMetadata {
  date: IsoDate;
  modelledFrom: IsoDate;
  modelledTo: IsoDate;
  destinations: DestinationMetadata[];
  categories: { code: Category; label: string }[];
  channels: { code: Channel; label: string }[];
  /** Currencies a price can be entered in, with their names, for the "Prices are in" choice. */
  priceCurrencies: { code: CurrencyCode; name: string }[];
}

/**
 * The choices the form offers on the date asked for. A date that is not a real day (2026-02-30, or
 * whatever a link carries) falls back to `today`, and one outside the modelled range is clamped to it,
 * so the form always has something to show; the parser reports the bad date to the shopper.
 */
export function getCalculatorMetadata(requested: string, today: IsoDate): CalculatorMetadata {
  const date = isIsoDate(requested) ? requested : today;
  const on = date < MODELLED_FROM ? MODELLED_FROM : date > MODELLED_TO ? MODELLED_TO : date;
  return {
    date: on,
    modelledFrom: MODELLED_FROM,
    modelledTo: MODELLED_TO,
    destinations: DESTINATIONS.map((destination) => {
      const version = findRuleVersion(destination, on);
      if (!version) throw new Error(`${destination.code} has no rules for ${on}`);
      return {
        code: destination.code,
        name: destination.name,
        group: destination.group,
        currency: version.currency,
        currencyMinorDigits: minorDigitsOf(version.currency),
        regionLabel: destination.regionLabel,
        regions: version.regions.map((r) => ({ code: r.code, name: r.name })),
        rulesVerified: version.lastVerified,
      };
    }),
    categories: CATEGORIES.map((code) => ({ code, label: CATEGORY_LABELS[code] })),
    channels: [
      { code: "post", label: "Post (national postal service)" },
      { code: "courier", label: "Courier (DHL, FedEx, UPS and others)" },
    ],
    priceCurrencies: PRICE_CURRENCIES.map((code) => ({ code, name: CURRENCIES[code].name })),
  };
}
