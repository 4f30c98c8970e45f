/** Goods categories a shopper can pick. Duty rates are kept per destination in rules/. */
export const CATEGORIES = [
  "clothing",
  "footwear",
  "bags",
  "electronics",
  "phones",
  "toys",
  "cosmetics",
  "watches",
  "jewellery",
  "books",
  "other",
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  clothing: "Clothing",
  footwear: "Shoes and other footwear",
  bags: "Bags and luggage",
  electronics: "Electronics (not phones)",
  phones: "Mobile phones",
  toys: "Toys",
  cosmetics: "Cosmetics and skin care",
  watches: "Watches",
  jewellery: "Jewellery",
  books: "Printed books",
  other: "Something else",
};

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
