import { factMoney } from "../facts";
import { getDestination, type ChargeLine, type LandedCostResult } from "../import-tax";
import { computeExample, isPictureDestination, limitText, lowValueLimitFact } from "./landed-cost";

/**
 * Where the tax is paid (components/pictures/where-tax-is-paid.tsx): the UK's £135 rule and the EU's
 * IOSS move VAT from the doorstep to the checkout, but only up to the limit and only when the seller
 * takes part. Each lane is a real order run through the calculator's engine (at the limit, and over
 * it), so the picture says what the calculator says about when each charge is paid.
 */
export interface TaxLane {
  id: "seller-collects" | "seller-does-not" | "over-limit";
  label: string;
  /** What you pay at checkout, in words: "Price + VAT". */
  checkout: string;
  /** What is left to pay at your door: "Nothing more", "VAT + carrier's fee". */
  door: string;
  /** Where the tax (VAT or GST) is paid. */
  taxAt: "checkout" | "door";
}

export interface TaxCollectionModel {
  destinationName: string;
  /** "VAT" (or GST), as the calculator names the tax for this destination. */
  taxName: string;
  schemeName: string;
  limit: string;
  lanes: TaxLane[];
  facts: string[];
}

function kindWords(lines: ChargeLine[], result: LandedCostResult): string[] {
  const words: string[] = [];
  if (lines.some((l) => l.kind === "tax")) words.push(result.taxName);
  if (lines.some((l) => l.kind === "duty")) words.push("duty");
  if (lines.some((l) => l.kind === "fee")) words.push(lines.some((l) => l.id.includes("contribution")) ? "fees" : "carrier's\u00a0fee");
  return words;
}

function lane(id: TaxLane["id"], label: string, result: LandedCostResult): TaxLane {
  const atCheckout = result.lines.filter((l) => l.paidWhen === "checkout");
  const atDoor = result.lines.filter((l) => l.paidWhen === "delivery");
  const doorWords = kindWords(atDoor, result);
  return {
    id,
    label,
    checkout: ["Price", ...kindWords(atCheckout, result)].join(" + "),
    door: doorWords.length === 0 ? "Nothing more to pay" : doorWords.join(" + "),
    taxAt: atCheckout.some((l) => l.kind === "tax") ? "checkout" : "door",
  };
}

export function taxCollectionModel(destinationCode: string, date: string): TaxCollectionModel {
  const destination = getDestination(destinationCode);
  if (!destination || !isPictureDestination(destinationCode, date)) {
    throw new Error(`${destinationCode} is not a destination this picture supports: use GB or a euro member of the EU`);
  }
  const limitFact = lowValueLimitFact(destination.code);
  const limitAmount = factMoney(limitFact).amount;
  const over = String(Number(limitAmount) * 2);
  const order = (price: string, sellerCollectsTax: "yes" | "no") =>
    computeExample({ destination: destination.code, category: "clothing", price, shipping: "0", sellerCollectsTax, date }).result;
  const limit = limitText(destination.code);
  const uk = destination.code === "GB";
  const collects = order(limitAmount, "yes");
  const tax = collects.taxName;
  return {
    destinationName: destination.name,
    taxName: tax,
    schemeName: uk ? `the ${limit} rule` : "IOSS",
    limit,
    lanes: [
      lane("seller-collects", uk ? `${limit} or less, and the seller charges ${tax}` : `${limit} or less, and the seller uses IOSS`, collects),
      lane("seller-does-not", uk ? `${limit} or less, but the seller does not charge ${tax}` : `${limit} or less, but the seller is not in IOSS`, order(limitAmount, "no")),
      lane("over-limit", `Over ${limit}`, order(over, "no")),
    ],
    facts: [limitFact],
  };
}
