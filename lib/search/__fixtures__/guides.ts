import type { SearchDocument } from "../schema";

/**
 * A small, realistic corpus for the search tests: eight guides about buying from overseas shops, a
 * tool and a plain page. Words are placed on purpose (see the comments) so that each ranking rule has
 * a document that should win and one that should lose.
 */
export const GUIDES: SearchDocument[] = [
  {
    id: "guide:chargebacks-and-card-disputes",
    url: "/guides/chargebacks-and-card-disputes",
    kind: "guide",
    title: "Chargebacks and card disputes",
    description: "How to ask your card issuer to reverse a payment when an overseas shop will not refund you, and which deadline applies.",
    tags: ["chargeback", "card", "bank"],
    sections: [
      {
        id: null,
        heading: null,
        text: "Chargebacks are the card networks' own dispute process. When a foreign seller ignores you, your bank can pull the money back from the seller's bank. It works for debit cards as well as credit cards.",
      },
      {
        id: "when-you-can-ask",
        heading: "When you can ask for a chargeback",
        text: "You can dispute a card payment when the goods never arrived, when they were not as described, or when the shop promised a refund and never paid it. Try the seller first and keep the emails.",
      },
      {
        id: "time-limits",
        heading: "Time limits",
        text: "Visa and Mastercard allow 120 days from the expected delivery date for most disputes. Some banks set shorter internal deadlines, so call them early and write down the date you called.",
      },
      {
        id: "evidence",
        heading: "Evidence your bank will want",
        text: "Send the order confirmation, the tracking history, screenshots of the listing and every message with the seller. Photos of the item help when it is faulty.",
      },
    ],
  },
  {
    id: "guide:delayed-or-missing-parcels",
    url: "/guides/delayed-or-missing-parcels",
    kind: "guide",
    title: "Delayed or missing parcels",
    description: "Tracking frozen, marked delivered but nothing came, or the parcel never arrives at all: who is responsible and what to do first.",
    tags: ["tracking", "lost-parcel", "delivery"],
    sections: [
      {
        id: null,
        heading: null,
        text: "International post is slow, but there is a point where a late parcel becomes a lost one. If the promised date has passed and tracking has not moved for two weeks, act now.",
      },
      {
        id: "never-arrived",
        heading: "The parcel never arrived",
        text: "If your parcel never arrived, ask the seller to trace it with the carrier. When you bought directly from the shop, the goods stay at the seller's risk until they reach you, so the seller owes you a refund or a replacement.",
      },
      {
        id: "marked-delivered",
        heading: "Tracking says delivered but nothing came",
        text: "Check with neighbours and the local depot, then ask the carrier for proof of delivery such as a signature or a photo. Open a dispute before the platform's protection window closes.",
      },
    ],
  },
  {
    id: "guide:refunds-from-overseas-shops",
    url: "/guides/refunds-from-overseas-shops",
    kind: "guide",
    title: "Getting a refund from an overseas shop",
    description: "What you can ask for when a shop abroad delays or refuses a refund, and how to put the request in writing.",
    tags: ["refund", "returns"],
    sections: [
      {
        id: null,
        heading: null,
        text: "Most refunds go through without a fight if you ask clearly. Write one short message that names the order, the amount and the date you expect the money back.",
      },
      {
        id: "refused",
        heading: "When the shop refuses",
        text: "A shop that refuses a refund for a faulty item is usually breaking its own policy. Quote the policy back to it and set a deadline of fourteen days.",
      },
      {
        id: "partial",
        heading: "Partial refunds and restocking fees",
        text: "Some sellers offer a partial refund and keep a restocking fee. You can accept it, but only once you are sure the item was not faulty.",
      },
    ],
  },
  {
    id: "guide:return-shipping-costs",
    url: "/guides/return-shipping-costs",
    kind: "guide",
    title: "Who pays to send it back?",
    description: "Return postage to another country can cost more than the item. When the seller must pay it and when you should not send anything back at all.",
    tags: ["returns", "postage"],
    sections: [
      {
        id: null,
        heading: null,
        // Mentions refund and parcel only in passing, so it must rank below the guides about them.
        text: "Sending a parcel back abroad is expensive. Before you pay for it, check whether the seller has to cover the cost and whether a refund is possible without a return.",
      },
      {
        id: "tracked-postage",
        heading: "Use tracked postage",
        text: "Always use a tracked service and keep the receipt. Without proof that the parcel arrived at the seller's warehouse, you cannot prove you returned it.",
      },
    ],
  },
  {
    id: "guide:customs-charges",
    url: "/guides/customs-charges",
    kind: "guide",
    title: "Customs charges and import VAT",
    description: "Why a parcel from abroad can cost more on arrival: import VAT, duty and the carrier's handling fee.",
    tags: ["customs", "vat", "duty"],
    sections: [
      {
        id: null,
        heading: null,
        text: "Goods from outside the country may be charged import VAT and customs duty when they arrive. The carrier pays it for you and then bills you, usually before it hands the parcel over.",
      },
      {
        id: "handling-fees",
        heading: "Handling fees",
        text: "On top of the tax, carriers add a handling fee: €3 at some postal services, more at couriers. A watch shipped from Zürich in March cost one buyer €3 plus 21% VAT on arrival.",
      },
      {
        id: "wrong-charges",
        heading: "Disputing wrong charges",
        text: "If the declared value was wrong, ask the carrier for a customs review before you pay. Keep the invoice that shows what you actually paid.",
      },
    ],
  },
  {
    id: "guide:paypal-buyer-protection",
    url: "/guides/paypal-buyer-protection",
    kind: "guide",
    title: "PayPal Buyer Protection",
    description: "How to open a PayPal dispute, when to escalate it to a claim, and the 180-day limit.",
    tags: ["paypal", "dispute"],
    sections: [
      {
        id: null,
        heading: null,
        text: "PayPal's Buyer Protection covers items that never arrive and items significantly not as described. You open a dispute in the Resolution Centre within 180 days of paying.",
      },
      {
        id: "escalate",
        heading: "Escalating to a claim",
        text: "If the seller does not fix it within 20 days, escalate the dispute to a claim or PayPal closes it. Chargebacks through your card are a second route if PayPal says no.",
      },
    ],
  },
  {
    id: "guide:counterfeit-goods",
    url: "/guides/counterfeit-goods",
    kind: "guide",
    title: "Received counterfeit goods?",
    description: "What to do when a branded item turns out to be fake: keep it, document it and claim the money back.",
    tags: ["counterfeit", "fake"],
    sections: [
      {
        id: null,
        heading: null,
        text: "Fake trainers, handbags and electronics are common on marketplaces. Do not send a counterfeit back unless the platform tells you to: in some countries posting it is an offence.",
      },
      {
        id: "proof",
        heading: "Proving an item is fake",
        text: "Compare it with photos from the brand's own site, and ask the brand whether it sells through that shop. A short written statement from the brand is strong proof.",
      },
    ],
  },
  {
    id: "guide:section-75",
    url: "/guides/section-75",
    kind: "guide",
    title: "Section 75 claims on UK credit cards",
    description: "Section 75 of the Consumer Credit Act makes your card issuer jointly liable for purchases between £100 and £30,000.",
    tags: ["credit-card", "uk"],
    sections: [
      {
        id: null,
        heading: null,
        text: "Section 75 applies when you paid at least part of the price with a UK credit card. It does not cover debit cards, but a chargeback may.",
      },
      {
        id: "overseas",
        heading: "Does it cover overseas purchases?",
        text: "Yes. The Court of Appeal confirmed that Section 75 covers purchases from sellers abroad, so a shop in another country is no barrier.",
      },
    ],
  },
  {
    id: "tool:deadlines",
    url: "/tools/deadlines",
    kind: "tool",
    title: "Dispute deadline calculator",
    description: "Work out the last day to open a PayPal dispute, a chargeback or a platform claim for your order.",
    tags: ["deadline", "calculator", "dates"],
    sections: [],
  },
  {
    id: "page:about",
    url: "/about",
    kind: "page",
    title: "About Recourse",
    description: "Who writes these guides and how we check them.",
    tags: [],
    sections: [{ id: null, heading: null, text: "Recourse is written by people who have bought from shops abroad and had to fight for their money." }],
  },
];
