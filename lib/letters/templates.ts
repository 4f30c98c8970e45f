import {
  COMPUTED_FIELD_NAMES,
  type LetterLanguage,
  LETTER_FIELD_NAMES,
  type Remedy,
  type TokenName,
} from "./fields";

/**
 * Letter templates as data. Text uses two markers:
 * - `{{field}}` inserts a field; when it is empty the letter shows a placeholder like "[order number]".
 * - `[[ … ]]` is an optional passage, left out entirely unless every field inside it is filled.
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
      current.push({ type: "text", text: piece });
    }
  }
  if (optional !== null) throw new Error(`${where}: "[[" without a matching "]]"`);
  return root;
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
  return { ...raw, languages, subject, body, fields };
}

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

Card-scheme rules set time limits for chargebacks (generally 120 days from the transaction or, for goods not received, from the expected delivery date), so please act on this promptly.

I can send the order confirmation, my messages with the merchant, and the photos and tracking records that show the problem.

Please confirm by {{replyBy}} that you have received this request, and give me a reference number.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "Chargeback is a card-scheme rule, not a legal right: your bank decides, and it may set a shorter deadline than the scheme's 120 days. Contact it as early as you can.",
      "Use your bank's own dispute form or app if it has one, and paste this in; never send your full card number by email.",
    ],
  }),
  defineTemplate({
    id: "section-75-claim",
    title: "Make a Section 75 claim (UK credit cards)",
    description: "UK only: the credit card issuer is equally liable with the seller for items costing over £100 and up to £30,000.",
    recipient: "Your UK credit card issuer",
    remedies: ["refund", "partial-refund"],
    subject: {
      en: "Section 75 claim: card ending {{cardLast4}}, {{sellerName}}, {{amount}} {{currency}}",
    },
    body: {
      en: `Date: {{today}}

Dear {{cardIssuer}},

I am making a claim under section 75 of the Consumer Credit Act 1974.

On {{orderDate}} I used my credit card ending {{cardLast4}} to pay {{sellerName}} {{amount}} {{currency}} for {{itemDescription}} (order number {{orderNumber}}, bought on {{platform}}). The cash price of the item was more than £100 and not more than £30,000.

The supplier has breached our contract.[[ {{problemKind}}.]] {{problem}}

I contacted the supplier on {{contactedSellerOn}} and it has not put things right. Under section 75 you are equally liable with the supplier for this breach, including when the supplier is based abroad.

I am asking you to give me {{remedy}}.[[ {{remedyDetails}}]]

Please reply by {{replyBy}}. If you reject my claim, or I have no final response within eight weeks, I may refer my complaint to the Financial Ombudsman Service.

Yours faithfully,
{{name}}`,
    },
    notes: [
      "Section 75 covers credit cards only (not debit cards), for one item with a cash price over £100 and up to £30,000; delivery isn't counted.",
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
      "Open the dispute within 180 days of paying, then escalate it to a claim within 20 days of opening it, or it closes for good.",
      "Only payments for goods and services are covered; “friends and family” payments have no protection.",
    ],
  }),
  defineTemplate({
    id: "consumer-body-complaint",
    title: "Ask a consumer body for help",
    description: "For a European Consumer Centre (traders in the EU, Norway or Iceland) or your national consumer body, once the trader and platform have failed.",
    recipient: "A European Consumer Centre or national consumer body",
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
      "European Consumer Centres (ECC-Net) can only act against traders in the EU, Norway or Iceland, and not in fraud cases. UK residents with an overseas trader contact the UK International Consumer Centre (UKICC).",
      "For traders in China there is usually no public body that can act for you; your payment provider or the platform is the better route.",
      "The EU Online Dispute Resolution platform closed on 20 July 2025; don't use old links to it.",
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
      "Keep copies of everything you send and the date you sent it; official refund routes have time limits.",
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
