import { factPlaceholderIds } from "@/lib/facts/format";
import {
  COMPUTED_FIELD_NAMES,
  type LetterLanguage,
  LETTER_FIELD_NAMES,
  type Remedy,
  type TokenName,
} from "./fields";
import { checkNote } from "./notes";

/**
 * Letter templates as data. Text uses three markers:
 * - `{{field}}` inserts a field; when it is empty the letter shows a placeholder like "[order number]".
 * - `[[ … ]]` is an optional passage, left out entirely unless every field inside it is filled.
 * - `{fact:id}` (or `{fact:id:adjective}`) is a figure from the fact registry, written in the
 *   segment's language (English, or Chinese as 天 and 个月). No figure a fact holds is typed here
 *   (lib/letters/typed-figures.test.ts scans for them); the page passes the values (lib/letters/facts.ts).
 * Descriptions and notes may hold `{fact:id}` too, and notes `[words](/guides/slug)` links; the
 * server fills and renders those (lib/letters/facts.server.ts).
 * Every template is parsed when this module loads, so an unknown field name or an unbalanced
 * marker fails the build with the template named.
 *
 * Messages to sellers and agents on Chinese platforms are bilingual: Simplified Chinese first,
 * written the way a buyer writes to a Taobao or AliExpress customer-service team, then English.
 */

export const LETTER_TEMPLATE_IDS = [
  "refund-or-replacement",
  "non-delivery-notice",
  "agent-support-message",
  "chargeback-request",
  "section-75-claim",
  "paypal-dispute-description",
  "consumer-body-complaint",
  "customs-charge-query",
  "customs-repayment-request",
  "customs-seizure-objection",
  "postal-claim-request",
] as const;
export type LetterTemplateId = (typeof LETTER_TEMPLATE_IDS)[number];

export type TemplateNode =
  | { type: "text"; text: string }
  | { type: "field"; name: TokenName }
  | { type: "optional"; nodes: TemplateNode[] };

export interface TemplateSegment {
  lang: LetterLanguage;
  nodes: TemplateNode[];
}

export interface LetterTemplate {
  id: LetterTemplateId;
  title: string;
  /** Who it goes to and when to use it. */
  description: string;
  recipient: string;
  languages: readonly LetterLanguage[];
  /** Remedies that make sense in this letter (a card issuer can refund, not repair). */
  remedies: readonly Remedy[];
  /** Subject in each language, joined with " / ". */
  subject: TemplateSegment[];
  /** Body in each language, Chinese first when bilingual. */
  body: TemplateSegment[];
  /** Advice shown beside the letter. */
  notes: string[];
  /** Fields the letter uses, in order of first use (the form can show just these). */
  fields: TokenName[];
  /** Facts its subject and body name as `{fact:id}`, each once: the page passes their values. */
  factIds: string[];
}

const KNOWN_TOKENS = new Set<string>([...LETTER_FIELD_NAMES.filter((name) => name !== "replyDays"), ...COMPUTED_FIELD_NAMES]);

function isTokenName(name: string): name is TokenName {
  return KNOWN_TOKENS.has(name);
}

/** Parses `{{field}}` and `[[optional]]` markers; throws with the template and problem named. */
export function parseTemplateText(source: string, where: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  let current = root;
  let optional: TemplateNode[] | null = null;
  for (const piece of source.split(/(\{\{[^{}]*\}\}|\[\[|\]\])/)) {
    if (piece === "") continue;
    if (piece === "[[") {
      if (optional !== null) throw new Error(`${where}: optional passages can't be nested`);
      optional = [];
      current = optional;
    } else if (piece === "]]") {
      if (optional === null) throw new Error(`${where}: "]]" without a matching "[["`);
      if (!optional.some((node) => node.type === "field")) throw new Error(`${where}: an optional passage must contain a field`);
      root.push({ type: "optional", nodes: optional });
      optional = null;
      current = root;
    } else if (piece.startsWith("{{")) {
      const name = piece.slice(2, -2).trim();
      if (!isTokenName(name)) throw new Error(`${where}: unknown field "${name}"`);
      current.push({ type: "field", name });
    } else {
      if (piece.includes("{{") || piece.includes("}}")) throw new Error(`${where}: malformed field marker in "${piece}"`);
      checkFactPlaceholders(piece, where);
      current.push({ type: "text", text: piece });
    }
  }
  if (optional !== null) throw new Error(`${where}: "[[" without a matching "]]"`);
  return root;
}

/** A `{fact:` that isn't a whole `{fact:lower-case-id}` would reach a reader as it stands. */
function checkFactPlaceholders(text: string, where: string): void {
  const rest = text.replace(/\{fact:[a-z0-9]+(?:-[a-z0-9]+)*(?::adjective)?\}/g, "");
  if (rest.includes("{fact:")) throw new Error(`${where}: malformed fact placeholder in "${text}"; write {fact:fact-id} or {fact:fact-id:adjective}`);
}

function fieldsIn(nodes: TemplateNode[], into: TokenName[]): TokenName[] {
  for (const node of nodes) {
    if (node.type === "field" && !into.includes(node.name)) into.push(node.name);
    if (node.type === "optional") fieldsIn(node.nodes, into);
  }
  return into;
}

interface RawTemplate {
  id: LetterTemplateId;
  title: string;
  description: string;
  recipient: string;
  remedies: readonly Remedy[];
  subject: Partial<Record<LetterLanguage, string>>;
  body: Partial<Record<LetterLanguage, string>>;
  notes: string[];
}

function defineTemplate(raw: RawTemplate): LetterTemplate {
  const languages = (["zh", "en"] as const).filter((lang) => raw.body[lang] !== undefined);
  const segments = (part: "subject" | "body") =>
    languages.map((lang): TemplateSegment => {
      const text = raw[part][lang];
      if (text === undefined) throw new Error(`letter template ${raw.id}: ${part} has no ${lang} text`);
      return { lang, nodes: parseTemplateText(text, `letter template ${raw.id} (${part}, ${lang})`) };
    });
  const subject = segments("subject");
  const body = segments("body");
  const fields: TokenName[] = [];
  for (const segment of [...subject, ...body]) fieldsIn(segment.nodes, fields);
  const factIds = [...new Set(languages.flatMap((lang) => [raw.subject[lang] ?? "", raw.body[lang] ?? ""]).flatMap(factPlaceholderIds))];
  checkFactPlaceholders(raw.description, `letter template ${raw.id} (description)`);
  raw.notes.forEach((note, i) => {
    checkFactPlaceholders(note, `letter template ${raw.id} (note ${i + 1})`);
    checkNote(note, `letter template ${raw.id} (note ${i + 1})`);
  });
  return { ...raw, languages, subject, body, fields, factIds };
}

/** The guide on seized and detained parcels, which the objection letter's notes point to. */
const SEIZURE_GUIDE = "/guides/parcel-seized-or-detained-by-customs";

const SELLER_NOTES_BILINGUAL = [
  "Send it through the platform's own messages so it counts as evidence in a dispute.",
  "What you type in “What went wrong” and “Details” appears in both languages exactly as written; a short, plain English sentence is fine, and you can add a Chinese translation yourself.",
];

const TEMPLATES: readonly LetterTemplate[] = [
  defineTemplate({
    id: "refund-or-replacement",
    title: "Ask the seller for a refund or replacement",
    description: "The first message to the seller when an item arrived faulty, wrong or not as described. Chinese first, then English.",
    recipient: "The seller, through the platform's messages",
    remedies: ["refund", "replacement", "repair", "partial-refund"],
    subject: {
      zh: "订单号{{orderNumber}}：申请{{remedy}}",
      en: "Order {{orderNumber}}: request for {{remedy}}",
    },
    body: {
      zh: `{{sellerName}}客服您好：

我在{{platform}}购买的商品出现了问题，订单信息如下：
订单号：{{orderNumber}}
下单日期：{{orderDate}}
商品：{{itemDescription}}
付款金额：{{amount}} {{currency}}

[[问题类型：{{problemKind}}。
]]具体情况：{{problem}}

相关照片和聊天记录我都已保存，如有需要可以提供。

我的诉求是：{{remedy}}。[[{{remedyDetails}}]]

请在{{replyBy}}之前回复，并告诉我具体的处理方案（退款金额，或补发商品的物流单号）。如果到期仍未收到答复，我将申请平台介入处理，并向支付机构发起争议。

谢谢！
{{name}}`,
      en: `Hello {{sellerName}},

There is a problem with my order on {{platform}}:
Order number: {{orderNumber}}
Order date: {{orderDate}}
Item: {{itemDescription}}
Amount paid: {{amount}} {{currency}}

[[Problem: {{problemKind}}.
]]What happened: {{problem}}

I have kept photos and our messages as evidence and can send them if needed.

I am asking for {{remedy}}.[[ {{remedyDetails}}]]

Please reply by {{replyBy}} and tell me exactly what you will do (the refund amount, or the tracking number of the replacement). If I have no answer by then, I will ask {{platform}} to step in and open a dispute with my payment provider.

Thank you,
{{name}}`,
    },
    notes: SELLER_NOTES_BILINGUAL,
  }),
  defineTemplate({
    id: "non-delivery-notice",
    title: "Tell the seller the parcel hasn't arrived",
    description: "For a parcel that is late or lost after the promised delivery date. Chinese first, then English.",
    recipient: "The seller, through the platform's messages",
    remedies: ["refund", "replacement"],
    subject: {
      zh: "订单号{{orderNumber}}：包裹至今未收到，请尽快处理",
      en: "Order {{orderNumber}}: parcel not received",
    },
    body: {
      zh: `{{sellerName}}客服您好：

我在{{platform}}的订单至今仍未收到，订单信息如下：
订单号：{{orderNumber}}
下单日期：{{orderDate}}
商品：{{itemDescription}}
付款金额：{{amount}} {{currency}}
物流单号：{{trackingNumber}}

承诺的最晚送达日期是{{expectedDelivery}}，现在已经超过了。[[补充说明：{{problem}}]]

麻烦您向物流公司查询包裹的下落，请在{{replyBy}}之前回复。如果包裹已经丢失或短期内无法送达，请安排{{remedy}}。如果到期仍未收到答复，我将申请平台介入处理，并向支付机构发起争议。

谢谢！
{{name}}`,
      en: `Hello {{sellerName}},

My order on {{platform}} has still not arrived:
Order number: {{orderNumber}}
Order date: {{orderDate}}
Item: {{itemDescription}}
Amount paid: {{amount}} {{currency}}
Tracking number: {{trackingNumber}}

The latest promised delivery date was {{expectedDelivery}}, and it has passed.[[ More details: {{problem}}]]

Please ask the carrier to trace the parcel and reply by {{replyBy}}. If the parcel is lost or can't arrive soon, please arrange {{remedy}}. If I have no answer by then, I will ask {{platform}} to step in and open a dispute with my payment provider.

Thank you,
{{name}}`,
    },
    notes: [
      ...SELLER_NOTES_BILINGUAL,
      "On AliExpress, open a dispute before the Purchase Protection countdown ends, even if the seller asks you to wait.",
    ],
  }),
  defineTemplate({
    id: "agent-support-message",
    title: "Ask your shopping agent for help",
    description: "For a problem with an item bought through an agent: wrong item in the QC photos, damage, a lost parcel. Chinese first, then English.",
    recipient: "The shopping agent's support team (ticket or chat)",
    remedies: ["refund", "replacement", "repair", "partial-refund"],
    subject: {
      zh: "代购订单{{orderNumber}}：售后问题，请协助处理",
      en: "Agent order {{orderNumber}}: please help with a problem",
    },
    body: {
      zh: `{{agentName}}客服您好：

我的代购订单出现了问题，信息如下：
代购订单号：{{orderNumber}}
下单日期：{{orderDate}}
商品：{{itemDescription}}
卖家/店铺：{{sellerName}}（{{platform}}）
付款金额：{{amount}} {{currency}}
仓库包裹编号：{{parcelId}}
[[国际物流单号：{{trackingNumber}}
]]
[[问题类型：{{problemKind}}。
]]具体情况：{{problem}}

麻烦您帮忙：
1. 核对这件商品的入库记录和质检（QC）照片；
2. 联系卖家处理，我希望的结果是：{{remedy}}[[（{{remedyDetails}}）]]；
3. 请在{{replyBy}}之前回复处理结果和下一步安排。

如果商品还在仓库：按照《消费者权益保护法》，大多数网购商品自收货之日起{fact:cn-seven-day-return}内可以无理由退货，代购的商品从到达仓库之日算起，请务必在这个期限内联系卖家。

如果到期仍未收到答复，我将按照贵平台的售后和赔付规则正式投诉，并向支付机构申请争议处理。

谢谢！
{{name}}`,
      en: `Hello {{agentName}} support,

I need help with a problem on my agent order:
Agent order number: {{orderNumber}}
Order date: {{orderDate}}
Item: {{itemDescription}}
Seller/shop: {{sellerName}} ({{platform}})
Amount paid: {{amount}} {{currency}}
Warehouse parcel ID: {{parcelId}}
[[International tracking number: {{trackingNumber}}
]]
[[Problem: {{problemKind}}.
]]What happened: {{problem}}

Please:
1. check the warehouse arrival record and the QC photos for this item;
2. contact the seller to resolve it; the outcome I want is {{remedy}}[[ ({{remedyDetails}})]];
3. reply by {{replyBy}} with the result and the next steps.

If the item is still in your warehouse: under China's Consumer Rights Protection Law, most goods bought online can be returned without a reason within {fact:cn-seven-day-return} of receipt, counted from the day the item reached your warehouse, so please contact the seller within that time.

If I have no answer by then, I will make a formal complaint under your after-sales and compensation policy and open a dispute with my payment provider.

Thank you,
{{name}}`,
    },
    notes: [
      "Ask while the item is still in the agent's warehouse if you can: once it has left China, returns to the seller are rarely possible.",
      ...SELLER_NOTES_BILINGUAL.slice(1),
    ],
  }),
  defineTemplate({
    id: "chargeback-request",
    title: "Ask your card issuer for a chargeback",
    description: "When the seller and platform haven't fixed it and you paid by Visa or Mastercard credit or debit card.",
    recipient: "Your bank or card issuer's disputes team",
    remedies: ["refund", "partial-refund"],
    subject: {
      en: "Chargeback request: card ending {{cardLast4}}, {{amount}} {{currency}} to {{sellerName}}",
    },
    body: {
      en: `Date: {{today}}

Dear {{cardIssuer}} disputes team,

Please raise a chargeback for this transaction on my card ending {{cardLast4}}:

Merchant: {{sellerName}} (bought on {{platform}})
Transaction date: {{orderDate}}
Amount: {{amount}} {{currency}}
Order number: {{orderNumber}}
Item: {{itemDescription}}
[[Expected delivery date: {{expectedDelivery}}
]][[Tracking number: {{trackingNumber}}
]]
[[Reason: {{problemKind}}.
]]What happened: {{problem}}

I contacted the merchant on {{contactedSellerOn}} and it has not put things right. I am asking for {{remedy}} of this transaction.[[ {{remedyDetails}}]]

Card-scheme rules generally give banks {fact:card-chargeback-window} from the transaction (or, for goods that never arrived, from the latest expected delivery date) to raise a chargeback, so please act on this promptly.

I can send the order confirmation, my messages with the merchant, and the photos and tracking records that show the problem.

Please confirm by {{replyBy}} that you have received this request, and give me a reference number.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "Chargeback is a card-scheme rule, not a legal right: your bank decides, and it may set a shorter deadline than the scheme's {fact:card-chargeback-window}. Contact it as early as you can.",
      "Use your bank's own dispute form or app if it has one, and paste this in; never send your full card number by email.",
      "In Ontario and Quebec the law gives you a second route when you cancelled a distance purchase under provincial law and the merchant hasn't refunded you: ask your credit card issuer in writing to reverse the charge. In Ontario, ask within {fact:ca-on-chargeback-request-window} (count from the day you sent your cancellation notice, to be safe) and cite section 99 of the Consumer Protection Act, 2002; in Quebec, ask within {fact:ca-qc-chargeback-request-window} after the merchant's deadline to refund you has passed and cite section 54.14 of the Consumer Protection Act. [Your rights in Canada](/guides/your-rights-canada) explains both.",
    ],
  }),
  defineTemplate({
    id: "section-75-claim",
    title: "Make a Section 75 claim (UK credit cards)",
    description: "UK only: the credit card issuer is equally liable with the seller for an item with a cash price over {fact:uk-section-75-min} and up to {fact:uk-section-75-max}.",
    recipient: "Your UK credit card issuer",
    remedies: ["refund", "partial-refund"],
    subject: {
      en: "Section 75 claim: card ending {{cardLast4}}, {{sellerName}}, {{amount}} {{currency}}",
    },
    body: {
      en: `Date: {{today}}

Dear {{cardIssuer}},

I am making a claim under section 75 of the Consumer Credit Act 1974.

On {{orderDate}} I used my credit card ending {{cardLast4}} to pay {{sellerName}} {{amount}} {{currency}} for {{itemDescription}} (order number {{orderNumber}}, bought on {{platform}}). The cash price of the item was more than {fact:uk-section-75-min} and not more than {fact:uk-section-75-max}.

The supplier has breached our contract.[[ {{problemKind}}.]] {{problem}}

I contacted the supplier on {{contactedSellerOn}} and it has not put things right. Under section 75 you are equally liable with the supplier for this breach, including when the supplier is based abroad.

I am asking you to give me {{remedy}}.[[ {{remedyDetails}}]]

Please reply by {{replyBy}}. If you reject my claim, or I have no final response within eight weeks, I may refer my complaint to the Financial Ombudsman Service.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "Section 75 covers credit cards only (not debit cards), for one item with a cash price over {fact:uk-section-75-min} and up to {fact:uk-section-75-max}; delivery isn't counted.",
      "Paying through PayPal or another third party usually breaks Section 75 cover; whether paying through a shopping agent counts is unresolved.",
    ],
  }),
  defineTemplate({
    id: "paypal-dispute-description",
    title: "Describe your PayPal dispute",
    description: "Text to paste into PayPal's dispute form, which the seller and PayPal read.",
    recipient: "PayPal's Resolution Centre (read by the seller and PayPal)",
    remedies: ["refund", "replacement", "partial-refund"],
    subject: {
      en: "PayPal dispute: order {{orderNumber}} from {{sellerName}}",
    },
    body: {
      en: `[[Problem: {{problemKind}}.
]]I bought {{itemDescription}} from {{sellerName}} on {{platform}} on {{orderDate}} (order {{orderNumber}}, {{amount}} {{currency}}, PayPal transaction {{transactionId}}).

What happened: {{problem}}
[[Tracking number: {{trackingNumber}}
]][[Expected delivery date: {{expectedDelivery}}
]]
I contacted the seller on {{contactedSellerOn}} and the problem has not been resolved. I am asking for {{remedy}}.[[ {{remedyDetails}}]]

To the seller: please respond by {{replyBy}}. If the problem is not resolved by then, I will escalate this dispute to a claim so that PayPal can decide.

I can provide the order confirmation, photos of the item, the tracking history and our messages.`,
    },
    notes: [
      "If the item never arrived, open the dispute within {fact:paypal-inr-window} of paying. If it arrived but is significantly not as described, open it within {fact:paypal-snad-window} of delivery, or within {fact:paypal-inr-window} of paying if that comes sooner.",
      "Escalate the dispute to a claim within {fact:paypal-escalation-window} of opening it, or it closes for good.",
      "Only payments for goods and services are covered; “friends and family” payments have no protection. [PayPal Buyer Protection](/guides/paypal-buyer-protection) explains the rest.",
    ],
  }),
  defineTemplate({
    id: "consumer-body-complaint",
    title: "Ask a consumer body for help",
    description: "For a European Consumer Centre, the UK International Consumer Centre or your national consumer body, once the trader and platform have failed.",
    recipient: "A European Consumer Centre, the UK International Consumer Centre or a national consumer body",
    remedies: ["refund", "replacement", "repair", "partial-refund"],
    subject: {
      en: "Cross-border complaint about {{sellerName}} (order {{orderNumber}})",
    },
    body: {
      en: `Date: {{today}}

Dear {{consumerBody}},

I would like your help with a complaint about a trader I bought from online.

Trader: {{sellerName}}[[, based in {{sellerCountry}}]]
Where I bought: {{platform}}
Order number: {{orderNumber}}
Order date: {{orderDate}}
Item: {{itemDescription}}
Amount paid: {{amount}} {{currency}}

[[Problem: {{problemKind}}.
]]What happened: {{problem}}

What I have done: I contacted the trader on {{contactedSellerOn}}, and the problem has not been resolved.

What I want: {{remedy}}.[[ {{remedyDetails}}]]

I can send copies of the order confirmation, the payment record, my messages with the trader and photos of the problem.

Please tell me by {{replyBy}} whether you can take up this complaint or, if you can't, which organisation can.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "A European Consumer Centre (ECC-Net) can take up {fact:ecc-net-scope}. It works by persuasion and does not handle outright fraud.",
      "If you live in the UK, the UK International Consumer Centre (UKICC) can take up {fact:ukicc-scope}.",
      "For traders in China there is usually no public body that can act for you; your payment provider or the platform is the better route.",
      "The EU Online Dispute Resolution platform closed on {fact:eu-odr-closed}; don't use old links to it. [Consumer bodies and mediation](/guides/consumer-bodies-and-mediation) lists who can help.",
    ],
  }),
  defineTemplate({
    id: "customs-charge-query",
    title: "Question a customs or import charge",
    description: "When a carrier asks you to pay duty, VAT or GST, or a fee, that looks wrong. The import-tax calculator's bill check fills it in.",
    recipient: "The carrier that sent the bill (or the customs office it names)",
    remedies: ["refund", "partial-refund"],
    subject: {
      en: "Query about the import charges on parcel {{trackingNumber}}",
    },
    body: {
      en: `Date: {{today}}

Dear customs team,

I am writing about the import charges you have asked me to pay on this parcel:

Tracking number: {{trackingNumber}}
Seller: {{sellerName}}[[ (order {{orderNumber}}, {{orderDate}})]]
Contents: {{itemDescription}}
Price paid for the goods: {{amount}} {{currency}}

What I believe is wrong: {{problem}}

What I am asking for: {{remedyDetails}}

I attach the order confirmation and payment record, which show what I paid and any tax charged at checkout, and a copy or photo of your charge notice.

Please reply by {{replyBy}} with the corrected charge or the reason it stands.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "If you have not paid yet, ask before paying: once a parcel is released some corrections (such as adding a seller's IOSS number in the EU) can no longer be made.",
      "Keep copies of everything you send and the date you sent it. Official refund routes have time limits: for an overpayment, {fact:gb-import-repayment-limit} in the UK and {fact:eu-customs-repayment-limit} in the EU, from when you were told of the charge.",
      "Sent the goods back because they were faulty or not what you ordered? [Ask for the import charges back](/tools/letters/customs-repayment-request) instead: goods you reject have their own route and a shorter time limit.",
    ],
  }),
  defineTemplate({
    id: "customs-repayment-request",
    title: "Ask for import charges back after sending goods back",
    description:
      "When you paid duty and VAT on goods, then rejected them as faulty, damaged or not what you ordered and are sending them back. For a charge that was simply wrong, use “Question a customs or import charge”.",
    recipient: "Customs (HMRC in the UK, your country's customs office in the EU), or the carrier that declared the parcel",
    remedies: [],
    subject: {
      en: "Repayment of import charges on rejected goods: parcel {{trackingNumber}}",
    },
    body: {
      en: `Date: {{today}}

Dear {{customsOffice}},

I am asking for a repayment of the import charges I paid on goods that I rejected and am returning to the seller.

Tracking number of the parcel: {{trackingNumber}}
[[Charge or entry reference: {{chargeReference}}
]]Import charges paid: {{chargeAmount}}[[, on {{chargePaidOn}}]]
Goods: {{itemDescription}}
Seller: {{sellerName}}[[ (order {{orderNumber}}, {{orderDate}})]]
Price paid for the goods: {{amount}} {{currency}}

Why I rejected them: {{problem}}

I have not used the goods, other than to check them, and I am returning them to the seller abroad.[[ I sent them on {{returnedOn}}.]][[ The tracking number of the return is {{returnTracking}}.]]

I ask you to repay the import duty and the import VAT I paid on these goods.[[ {{remedyDetails}}]]

I attach the charge notice and proof that I paid it, the order confirmation, my messages with the seller about the return and, once I have posted it, the proof of posting of the return.

Please tell me if you need anything else, and reply by {{replyBy}}.

Yours faithfully,
{{name}}
{{postalAddress}}`,
    },
    notes: [
      "In the UK, private individuals claim with HMRC's online form C&E1179, within {fact:gb-rejected-imports-limit} of being told of the charge; use the details in this letter to fill it in. HMRC asks for the claim to reach it before you dispose of the goods, so claim before you post them back if you can.",
      "In the EU, send it to the customs office of your country, or ask the carrier that declared the parcel to, within {fact:eu-rejected-goods-limit} of being told of the charge. Customs repay the duty only if you have not used the goods and they leave the EU, or are destroyed under customs supervision.",
      "VAT the seller charged at checkout (on orders up to {fact:gb-low-value-limit} in the UK, or up to {fact:eu-low-value-limit} under the EU's IOSS) isn't repaid by customs: the seller refunds it with the price.",
      "A carrier's handling fee is the carrier's own charge, not a customs one: ask the carrier about it separately.",
      "Was the charge simply wrong, rather than the goods? Use [Question a customs or import charge](/tools/letters/customs-charge-query) and the [bill check](/tools/import-tax-calculator/check-bill) instead: an overpayment can be claimed within {fact:gb-import-repayment-limit} in the UK and {fact:eu-customs-repayment-limit} in the EU.",
      "[Getting import tax back](/guides/import-tax-refunds-when-you-return-or-reject-goods) explains each country's route, and [sending a return overseas](/tools/checklists/return-overseas) how to post the goods back.",
    ],
  }),
  defineTemplate({
    id: "customs-seizure-objection",
    title: "Object to a customs seizure or destruction notice",
    description:
      "When customs write that they have seized your parcel, or mean to destroy it as a suspected fake, and you disagree. Reply within the time limit printed on the notice.",
    recipient: "The customs office or Border Force unit named on the notice",
    remedies: [],
    subject: {
      en: "Objection to notice {{noticeReference}}: parcel {{trackingNumber}}",
    },
    body: {
      en: `Date: {{today}}

Dear {{customsOffice}},

I am replying to your notice {{noticeReference}}, dated {{noticeDate}}, about a parcel addressed to me.

Tracking number: {{trackingNumber}}
Contents: {{itemDescription}}
Bought from: {{sellerName}} on {{platform}}[[ (order {{orderNumber}}, {{orderDate}})]]
Price paid: {{amount}} {{currency}}

{{seizureProcedure}}

My reasons: {{objectionReason}}

I bought these goods for my own use. I attach the order confirmation, my proof of payment and the listing as it was when I bought, and I can send anything else you need.

Please confirm that you have received this letter and tell me what happens next. My name and address are:

{{name}}
{{postalAddress}}

Yours faithfully,
{{name}}`,
    },
    notes: [
      "Reply within the time limit printed on the notice, and in the way it asks (post, email or a form). For small parcels of suspected fakes, customs can take silence as agreement to destroy the goods; in the UK, a seizure nobody challenges in time becomes final.",
      "If you object to the destruction of suspected fakes, customs tell the rights holder, which then has to go to court to show the goods infringe its rights, or the goods are released. Object if you believe the goods are genuine or lawful, and say why.",
      "In the UK, a notice of claim sends the case to a court (condemnation proceedings); a request for restoration asks Border Force or HMRC to return the goods without going to court. You can ask for both; HMRC's Notice 12A explains each. If you live outside the UK, a notice of claim must give the name and address of a UK solicitor who can act for you.",
      "Quote the notice's reference on every page, keep a copy, and get proof that you sent it.",
      "Check the notice is genuine: find the customs office's contact details on its official website, not from a link or phone number in a text message, and never pay a “release fee” through a link.",
      `Before you write, go through [the checklist before you object](/tools/checklists/before-objecting-to-a-seizure). [What to do when customs hold a parcel](${SEIZURE_GUIDE}) explains why parcels are held and what customs can do.`,
    ],
  }),
  defineTemplate({
    id: "postal-claim-request",
    title: "Ask your agent or seller to claim for a lost or damaged parcel",
    description:
      "Asks your shopping agent, or the seller if it posted the parcel, to open a trace and a claim with the carrier, with your tracking numbers and evidence. Chinese first, then English.",
    recipient: "The shopping agent's support team, or the seller, through its own messages",
    remedies: [],
    subject: {
      zh: "物流单号{{trackingNumber}}：请向物流公司申请查件和索赔",
      en: "Parcel {{trackingNumber}}: please open a trace and a claim with the carrier",
    },
    body: {
      zh: `{{agentName}}客服您好：

我的包裹出现了问题，麻烦您向物流公司申请查件，并提出索赔。包裹信息如下：
订单号：{{orderNumber}}
[[仓库包裹编号：{{parcelId}}
]]物流单号：{{trackingNumber}}
[[物流公司：{{carrierName}}
]][[发货日期：{{shippedOn}}
]]商品：{{itemDescription}}
商品和运费金额：{{amount}} {{currency}}

问题：{{parcelIssue}}。
具体情况：{{problem}}

麻烦您帮忙：
1. 尽快向物流公司提交查件申请和索赔；
2. 把查件或索赔的受理编号告诉我，有结果时及时通知我；
3. 按照贵方的运输保险或赔付规则处理我的损失[[（{{remedyDetails}}）]]。

我可以视情况提供以下材料：包裹外包装和面单的照片、开箱视频、收到时的称重照片、物流跟踪记录截图，以及付款凭证。如需其他材料，请告诉我。

物流公司受理查件和索赔有时间限制，请在{{replyBy}}之前回复处理进度。如果到期仍未收到答复，我将申请平台介入处理，并向支付机构发起争议。

谢谢！
{{name}}`,
      en: `Hello {{agentName}},

There is a problem with my parcel. Please open a trace with the carrier and make a claim. The details:
Order number: {{orderNumber}}
[[Warehouse parcel ID: {{parcelId}}
]]Tracking number: {{trackingNumber}}
[[Carrier: {{carrierName}}
]][[Date sent: {{shippedOn}}
]]Contents: {{itemDescription}}
Paid for the goods and shipping: {{amount}} {{currency}}

What happened: {{parcelIssue}}.
Details: {{problem}}

Please:
1. open a trace and a claim with the carrier as soon as you can;
2. send me the trace or claim reference, and tell me when there is a result;
3. settle my loss under your shipping insurance or compensation policy[[ ({{remedyDetails}})]].

Depending on what happened, I can send photos of the outer packaging and the label, the unboxing video, a photo of the parcel's weight on arrival, screenshots of the tracking and my proof of payment. Tell me if you need anything else.

Carriers accept traces and claims only for a limited time, so please reply by {{replyBy}} with your progress. If I have no answer by then, I will ask the platform to step in and open a dispute with my payment provider.

Thank you,
{{name}}`,
    },
    notes: [
      "The carrier's contract is with whoever sent the parcel, so your agent or seller is usually the one who can open a claim. Ask now: carriers accept traces and claims only for a limited time after posting.",
      "Gather your evidence with [the lost or damaged parcel checklist](/tools/checklists/lost-or-damaged-parcel) before you send it.",
      "Don't let your own deadlines run out while the claim runs: a platform dispute or a chargeback may close first. [Late or missing parcels](/guides/delayed-or-missing-parcels) explains what to do in what order, and the [deadline planner](/tools/deadlines) lists your dates.",
      "If the tracking shows the parcel reached your country, ask the local carrier too, quoting its own tracking number.",
      ...SELLER_NOTES_BILINGUAL.slice(1),
    ],
  }),
];

export const LETTER_TEMPLATES: readonly LetterTemplate[] = TEMPLATES;

export function isLetterTemplateId(value: unknown): value is LetterTemplateId {
  return typeof value === "string" && (LETTER_TEMPLATE_IDS as readonly string[]).includes(value);
}

export function getLetterTemplate(id: LetterTemplateId): LetterTemplate {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (template === undefined) throw new Error(`No letter template with id ${id}`);
  return template;
}
