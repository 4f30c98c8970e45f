/**
 * The calculator form's state and its URL form. Client-safe: no rule data and no zod, so the
 * widget stays small; the server validates the same query with parseLandedCostQuery.
 *
 * URL: ?destination=GB&date=2026-10-01&item=clothing,120,1&item=toys,5,2&shipping=10&insurance=0
 *      &sellerCollectsTax=true&channel=post&priceCurrency=CNY   (item = category,price,quantity, repeatable;
 *      priceCurrency only when it is not the destination's own; amounts always with a decimal point)
 */
import { canonicalAmountText } from "./decimal-input";

export type SellerCollects = "true" | "false" | "unknown";
export type FormItem = { category: string; price: string; quantity: string };
export type CalculatorFormState = {
  destination: string;
  region: string;
  date: string;
  items: FormItem[];
  shipping: string;
  insurance: string;
  sellerCollectsTax: SellerCollects;
  channel: string;
  /** "" means the destination's own currency. */
  priceCurrency: string;
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
const first = (params: Params, key: string) => all(params, key)[0];

export function defaultFormState(destination: string, today: string): CalculatorFormState {
  return {
    destination,
    region: "",
    date: today,
    items: [{ category: "clothing", price: "", quantity: "1" }],
    shipping: "",
    insurance: "0",
    sellerCollectsTax: "unknown",
    channel: "post",
    priceCurrency: "",
  };
}

/** Fills the form from the URL as given, keeping whatever the person typed even where it is invalid. */
export function formStateFromQuery(params: Params, defaults: CalculatorFormState): CalculatorFormState {
  const items = all(params, "item").slice(0, 50).map((text) => {
    const [category = "", price = "", quantity = "1"] = text.split(",").map((p) => p.trim());
    return { category, price, quantity };
  });
  const seller = first(params, "sellerCollectsTax");
  return {
    destination: first(params, "destination")?.toUpperCase() ?? defaults.destination,
    region: first(params, "region")?.toUpperCase() ?? defaults.region,
    date: first(params, "date") ?? defaults.date,
    items: items.length > 0 ? items : defaults.items,
    shipping: first(params, "shipping") ?? defaults.shipping,
    insurance: first(params, "insurance") ?? defaults.insurance,
    sellerCollectsTax: seller === "true" || seller === "false" || seller === "unknown" ? seller : defaults.sellerCollectsTax,
    channel: first(params, "channel") ?? defaults.channel,
    priceCurrency: first(params, "priceCurrency")?.toUpperCase() ?? defaults.priceCurrency,
  };
}

/** The shareable query for a form state; empty item rows are left out. */
export function formStateToQuery(state: CalculatorFormState): URLSearchParams {
  const query = new URLSearchParams();
  query.set("destination", state.destination);
  if (state.region) query.set("region", state.region);
  if (state.date) query.set("date", state.date);
  for (const item of state.items) {
    if (item.price.trim() === "") continue;
    query.append("item", `${item.category},${canonicalAmountText(item.price)},${item.quantity.trim() || "1"}`);
  }
  query.set("shipping", canonicalAmountText(state.shipping) || "0");
  query.set("insurance", canonicalAmountText(state.insurance) || "0");
  query.set("sellerCollectsTax", state.sellerCollectsTax);
  query.set("channel", state.channel);
  if (state.priceCurrency) query.set("priceCurrency", state.priceCurrency);
  return query;
}

/**
 * A form submitted without JavaScript sends each row as separate category/price/quantity fields
 * (a plain form cannot join them). This turns such a submission into the canonical item= query,
 * or returns null when the query already is canonical.
 */
export function canonicalFromFormFields(params: Params): URLSearchParams | null {
  const categories = all(params, "category");
  if (categories.length === 0) return null;
  const prices = all(params, "price");
  const quantities = all(params, "quantity");
  const query = new URLSearchParams();
  for (const key of ["destination", "region", "date", "shipping", "insurance", "sellerCollectsTax", "channel", "priceCurrency", ...EXTRA_KEYS]) {
    const value = first(params, key);
    if (value !== undefined && value !== "") query.set(key, key === "shipping" || key === "insurance" || key.startsWith("billed") ? canonicalAmountText(value) : value);
  }
  const removed = Number.parseInt(first(params, "remove") ?? "", 10);
  categories.slice(0, 50).forEach((category, i) => {
    const price = (prices[i] ?? "").trim();
    if (price === "" || i === removed) return;
    query.append("item", `${category},${canonicalAmountText(price)},${(quantities[i] ?? "").trim() || "1"}`);
  });
  return query;
}

/** Fields the bill check adds to the calculator's, kept through the no-JavaScript round trip. */
const EXTRA_KEYS = ["billedDuty", "billedTax", "billedFee"];
