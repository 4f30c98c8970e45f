/**
 * The currencies the site names: the calculator's destinations, the currencies shoppers pay in
 * (yuan and Hong Kong dollars through agents) and the ones facts are stated in. One table, so a
 * figure is written "A$1,000" the same way in a guide, a deadline and an estimate.
 */
export const CURRENCIES = {
  EUR: { minorDigits: 2, prefix: "€", name: "euro" },
  GBP: { minorDigits: 2, prefix: "£", name: "pound sterling" },
  USD: { minorDigits: 2, prefix: "US$", name: "US dollar" },
  CAD: { minorDigits: 2, prefix: "C$", name: "Canadian dollar" },
  AUD: { minorDigits: 2, prefix: "A$", name: "Australian dollar" },
  NZD: { minorDigits: 2, prefix: "NZ$", name: "New Zealand dollar" },
  CHF: { minorDigits: 2, prefix: "CHF ", name: "Swiss franc" },
  NOK: { minorDigits: 2, prefix: "NOK ", name: "Norwegian krone" },
  JPY: { minorDigits: 0, prefix: "¥", name: "Japanese yen" },
  KRW: { minorDigits: 0, prefix: "₩", name: "South Korean won" },
  SGD: { minorDigits: 2, prefix: "S$", name: "Singapore dollar" },
  CNY: { minorDigits: 2, prefix: "CN¥", name: "Chinese yuan" },
  HKD: { minorDigits: 2, prefix: "HK$", name: "Hong Kong dollar" },
  // Non-euro EU currencies (ISO 4217 minor digits).
  BGN: { minorDigits: 2, prefix: "BGN ", name: "Bulgarian lev" },
  CZK: { minorDigits: 2, prefix: "CZK ", name: "Czech koruna" },
  DKK: { minorDigits: 2, prefix: "DKK ", name: "Danish krone" },
  HUF: { minorDigits: 2, prefix: "HUF ", name: "Hungarian forint" },
  PLN: { minorDigits: 2, prefix: "PLN ", name: "Polish złoty" },
  RON: { minorDigits: 2, prefix: "RON ", name: "Romanian leu" },
  SEK: { minorDigits: 2, prefix: "SEK ", name: "Swedish krona" },
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as [CurrencyCode, ...CurrencyCode[]];

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCIES, code);
}
