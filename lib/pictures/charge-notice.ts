import type { NoticeInputRow } from "./layout";
import { computeExample, money, placeName, type ExampleOrder } from "./landed-cost";

/**
 * The annotated customs charge notice (components/pictures/customs-charge-notice.tsx): an order the
 * seller did not charge tax on, run through the calculator's engine, laid out as a carrier's notice
 * with what each line is and who can change it. Only destinations where a carrier's fee is known
 * can be drawn, since telling the fee from the tax is the point of the picture.
 */
export interface ChargeNoticeModel {
  carrier: string;
  place: string;
  goodsText: string;
  shippingText: string | null;
  rows: NoticeInputRow[];
  notes: { number: number; text: string }[];
  facts: string[];
  calculatorHref: string;
}

/** Carriers by fee line, as a shopper knows them. */
const CARRIERS: Record<string, string> = {
  "royal-mail-fee": "Royal Mail",
  "deutsche-post-dhl-fee": "Deutsche Post DHL",
  "postnl-fee-low": "PostNL",
  "postnl-fee-high": "PostNL",
};

export function chargeNoticeModel(order: Omit<ExampleOrder, "sellerCollectsTax">): ChargeNoticeModel {
  const { result, facts, calculatorHref } = computeExample({ ...order, sellerCollectsTax: "no" });
  const atDoor = result.lines.filter((l) => l.paidWhen === "delivery");
  const fee = atDoor.find((l) => l.kind === "fee" && CARRIERS[l.id]);
  if (!fee) throw new Error(`No carrier's fee is known for post to ${result.destination}, so the notice cannot tell the fee from the tax; use GB, DE or NL`);
  const carrier = CARRIERS[fee.id]!;
  const uk = result.destination === "GB";
  const rows: NoticeInputRow[] = [
    { label: "Value of the goods", kind: "as the sender declared it", amountText: money(result.goods, result), note: 1 },
    ...atDoor
      .filter((l) => l.kind === "duty")
      .map((l) => ({ label: "Customs duty", kind: "tax: customs decide it", amountText: money(l.amount, result), note: 2 })),
    ...atDoor
      .filter((l) => l.kind === "tax")
      .map((l) => ({ label: `Import ${result.taxName}`, kind: "tax: customs decide it", amountText: money(l.amount, result), note: 2 })),
    ...atDoor
      .filter((l) => l.kind === "fee")
      .map((l) => ({ label: l === fee ? "Handling fee" : l.label, kind: l === fee ? `${carrier}'s own charge` : "a charge of its own", amountText: money(l.amount, result), note: 3 })),
    { label: "Total to pay", kind: "before the parcel is delivered", amountText: money(result.payOnDelivery, result), note: 4, strong: true },
  ];
  const challenge = uk
    ? "If the value, the type of goods or the rate is wrong, or you already paid VAT at checkout, challenge it with HMRC: for post, form BOR286."
    : `If the value, the type of goods or the rate is wrong, or you already paid ${result.taxName} at checkout, appeal to the customs authority in ${placeName(result.destination)} without delay: each country sets its own time limit.`;
  return {
    carrier,
    place: placeName(result.destination),
    goodsText: money(result.goods, result),
    shippingText: result.shipping > 0 ? money(result.shipping, result) : null,
    rows,
    notes: [
      { number: 1, text: "The value the sender wrote on the customs declaration. It should match what you paid for the goods: if it is higher, ask for it to be corrected." },
      { number: 2, text: `Tax, worked out on the goods and postage. ${challenge}` },
      { number: 3, text: `${carrier}'s own fee for paying the tax for you. Customs cannot refund it: ask ${carrier}, and ask again if customs cancel the tax.` },
      { number: 4, text: `Pay only on ${carrier}'s own website or the card it left, never through a link in a text or email. Unpaid parcels go back to the sender.` },
    ],
    facts,
    calculatorHref,
  };
}
