import { type Checklist, defineChecklist } from "./schema";

/**
 * The checklists, validated at load. Item ids are stable: people's progress is saved under them.
 * Facts in `why` that name a number or a rule are from the reviewed reference
 * (/work/shared/reference/consumer-rights-facts.md, status 2026-11-27) or from lib/deadlines/rules.ts.
 */

const LAST_REVIEWED = "2026-11-27";

export const beforeYouBuy = defineChecklist({
  id: "before-you-buy",
  title: "Before you buy from abroad",
  description: "Ten minutes of checks before paying that decide whether you can get your money back later.",
  lastReviewed: LAST_REVIEWED,
  items: [
    {
      id: "check-seller-record",
      action: "Check the seller's or store's rating, age and recent reviews with photos, not just the star average.",
      why: "New stores with few sales and perfect scores are a common source of fakes and parcels that never arrive. Recent photo reviews show what actually turns up.",
      guide: "choosing-a-reliable-platform-or-agent",
    },
    {
      id: "research-the-agent",
      action: "If you use a shopping agent, check how long it has operated, where it is based, its fees, its QC photo policy and what its parcel insurance pays.",
      why: "The agent sits between you and the seller. If it shuts down, money in its wallet and parcels in its warehouse can be stuck, so keep your wallet balance low.",
      guide: "choosing-a-reliable-platform-or-agent",
    },
    {
      id: "read-the-return-policy",
      action: "Read the return window, the condition items must be in, who pays return postage and where returns go (a local address or overseas) before you pay.",
      why: "Posting a return to China can cost more than the item. A policy with a local return address or a prepaid label is worth a lot if something goes wrong.",
      guide: "reading-return-and-refund-policies",
    },
    {
      id: "screenshot-the-listing",
      action: "Screenshot the listing: title, photos, specifications, size chart, price, seller name and promised delivery time.",
      why: "Sellers edit or delete listings after a complaint. Your screenshots prove what was described when you bought.",
      guide: "evidence-to-keep",
    },
    {
      id: "estimate-import-tax",
      action: "Estimate import VAT, duty and the carrier's handling fee, and check whether VAT was already charged at checkout.",
      why: "A surprise customs bill is the most common shock. In the UK the seller should collect VAT on parcels up to £135, and EU checkouts may collect it under IOSS; if it was collected, you shouldn't pay it again on delivery.",
      guide: "estimating-import-tax-before-you-buy",
      tool: { href: "/tools/import-tax-calculator", label: "Work it out with the import tax calculator" },
    },
    {
      id: "pay-with-protection",
      action: "Pay by credit card, or by PayPal as a payment for goods and services. Avoid bank transfers, crypto, gift cards and PayPal “friends and family”.",
      why: "Card chargeback, Section 75 in the UK and PayPal Buyer Protection can get money back when a seller won't. A bank transfer usually can't be recovered.",
      guide: "chargebacks-and-card-disputes",
    },
    {
      id: "prefer-local-warehouse",
      action: "For expensive or bulky items, look for stock that ships from a warehouse in your own country or region.",
      why: "Local stock arrives sooner, has usually cleared customs already, and returns go to a local address.",
      guide: "local-warehouses",
    },
    {
      id: "insure-high-value",
      action: "For a high-value order, choose tracked shipping with insurance, and read what the insurance pays for: loss only, or damage and customs seizure too.",
      why: "Untracked economy shipping leaves you no proof of loss, and many parcel-insurance policies exclude seizure and damage.",
      guide: "shipping-insurance",
    },
    {
      id: "avoid-replicas",
      action: "Don't order replicas or big brands at a fraction of their normal price.",
      why: "Customs can seize counterfeits, and you have little recourse over a fake you knowingly ordered.",
      guide: "counterfeit-or-not-as-described",
    },
  ],
});

export const evidence = defineChecklist({
  id: "evidence",
  title: "Evidence to keep",
  description: "What platforms, banks, PayPal and consumer bodies ask for. Save it as you go: pages and tracking disappear.",
  lastReviewed: LAST_REVIEWED,
  items: [
    {
      id: "order-confirmation",
      action: "Save the order confirmation (PDF or screenshot) showing the order number, seller, item, price and delivery promise.",
      why: "Every dispute form asks for the order number and for proof of what you agreed to buy.",
      guide: "evidence-to-keep",
    },
    {
      id: "payment-record",
      action: "Keep the payment record: the card statement line, the PayPal transaction ID, or the agent wallet receipt and the top-up payment.",
      why: "Banks and PayPal match a dispute to one transaction, and its date starts the chargeback and PayPal clocks.",
      guide: "chargebacks-and-card-disputes",
    },
    {
      id: "listing-as-bought",
      action: "Keep your screenshots of the listing as it was when you bought, including the size chart and specifications.",
      why: "A not-as-described claim compares what arrived with what was promised; the live listing may have changed since.",
      guide: "counterfeit-or-not-as-described",
    },
    {
      id: "all-messages",
      action: "Keep talking inside the platform's own messages, and screenshot anything said elsewhere (email, WhatsApp, WeChat) with dates showing.",
      why: "Platforms decide disputes from the chat history in their own system; a promise made in another app is hard to prove unless you saved it.",
      guide: "unresponsive-sellers-and-agents",
    },
    {
      id: "tracking-history",
      action: "Screenshot the full tracking history from the sending carrier and from your local carrier, including every scan and date.",
      why: "Tracking pages expire after a few months, and a lost or wrongly “delivered” parcel is judged on that scan history.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "agent-qc-and-warehouse-log",
      action: "Download the agent's QC photos and the warehouse log: arrival date, weight, parcel ID and the outbound tracking number.",
      why: "They show the item's state before it left China, which tells the seller, agent and freight line who is responsible for damage or a wrong item.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "customs-paperwork",
      action: "Keep every customs and carrier notice: the duty or VAT demand, the handling-fee invoice and any seizure letter.",
      why: "You need them to dispute a charge, to reclaim VAT that was already paid at checkout, or to show a parcel was seized rather than lost.",
      guide: "customs-charges-and-disputes",
    },
    {
      id: "unboxing-video",
      action: "Keep the unboxing video and photos of the item, the packaging and the shipping label.",
      why: "They are the strongest proof of what arrived and in what state, and platforms often ask for video.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "steps-log",
      action: "Keep a dated log of every step: whom you contacted, how, when, and what they said or promised.",
      why: "Card issuers, consumer bodies and courts ask what you did to resolve the problem and when; a one-page log answers that.",
      guide: "escalation-roadmap",
    },
    {
      id: "backup-outside-platform",
      action: "Back everything up outside the platform, in your own email or cloud folder.",
      why: "Platforms close accounts and order pages, and an agent that shuts down takes its records with it.",
      guide: "evidence-to-keep",
    },
  ],
});

export const unboxing = defineChecklist({
  id: "unboxing",
  title: "Unboxing protocol",
  description: "How to open a parcel from abroad so that, if something is wrong, the video settles it.",
  lastReviewed: LAST_REVIEWED,
  items: [
    {
      id: "film-before-opening",
      action: "Start filming before you open anything, with the sealed parcel and its shipping label readable on camera.",
      why: "The label ties the video to your order and tracking number; a video that starts with the box already open proves little.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "one-continuous-take",
      action: "Film in one continuous take, without cuts or pauses, from the sealed parcel until the item is out and tested.",
      why: "A cut lets a seller claim you swapped the item. An unbroken video is the evidence platforms trust most.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "show-outer-packaging",
      action: "Show every side of the parcel, close up on dents, tears, wet patches and re-taped seams, before cutting the tape.",
      why: "Damage in transit is claimed from the carrier, freight line or insurer, and they want proof of the outer packaging.",
      guide: "shipping-insurance",
    },
    {
      id: "weigh-sealed-parcel",
      action: "Weigh the sealed parcel on camera and compare it with the weight on the label or in the agent's warehouse log.",
      why: "A clear shortfall suggests something was taken in transit, which is a claim against the shipper rather than the seller.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "show-labels-and-serials",
      action: "Film the item's brand markings, labels, model and serial numbers, and any papers in the box.",
      why: "Not-as-described and counterfeit claims turn on these details matching the listing or not.",
      guide: "counterfeit-or-not-as-described",
    },
    {
      id: "test-on-camera",
      action: "Test it on camera: switch it on, try each function, and measure sizes against the listing's size chart.",
      why: "A fault or wrong size is far easier to prove at the moment of opening than weeks later.",
      guide: "counterfeit-or-not-as-described",
    },
    {
      id: "keep-all-packaging",
      action: "Keep the box, inner packing, labels and inserts until the problem is settled.",
      why: "Carriers and insurers may want to see the packaging, and a return usually has to go back complete.",
      guide: "returns-and-refunds-that-stall",
    },
    {
      id: "report-same-day",
      action: "If anything is wrong, report it to the seller or platform the same day, with the video and photos attached.",
      why: "Several windows start at delivery: platform dispute windows, the UK's 30-day right to reject and the 14-day cancellation period. A quick report is also more credible.",
      guide: "platform-disputes",
      tool: { href: "/tools/letters/refund-or-replacement", label: "Write to the seller (Chinese and English)" },
    },
  ],
});

export const beforeADispute = defineChecklist({
  id: "before-a-dispute",
  title: "Before you open a dispute",
  description: "Steps that make a platform, PayPal or card dispute more likely to succeed, and mistakes that end one early.",
  lastReviewed: LAST_REVIEWED,
  items: [
    {
      id: "write-to-seller-first",
      action: "Write to the seller (or agent) through the platform: what went wrong, what you want, and a reply-by date.",
      why: "Platforms and card issuers expect you to have tried the seller first, and a dated written request shows that you did.",
      guide: "unresponsive-sellers-and-agents",
      tool: { href: "/tools/letters", label: "Write it with the letter builder" },
    },
    {
      id: "list-every-deadline",
      action: "List every deadline that applies (platform window, PayPal, card chargeback, your legal rights) and note the earliest.",
      why: "The windows overlap and the shortest, often the platform's, closes first. Missing it can shut a route for good.",
      guide: "escalation-roadmap",
      tool: { href: "/tools/deadlines", label: "List them with the deadline planner" },
    },
    {
      id: "pick-one-route",
      action: "Decide which route to use first: the platform's dispute, PayPal, or your card issuer.",
      why: "Running two at once can backfire: filing a chargeback ends Amazon's A-to-z Guarantee for the order, and platforms may close their own case once a payment dispute opens.",
      guide: "platform-disputes",
    },
    {
      id: "gather-the-evidence",
      action: "Put your evidence in one folder: order, payment record, listing screenshots, messages, tracking, photos and video.",
      why: "Disputes often give you only a few days to answer the seller's response; with everything ready you won't miss it.",
      guide: "evidence-to-keep",
      tool: { href: "/tools/checklists/evidence", label: "Go through the evidence checklist" },
    },
    {
      id: "state-the-remedy",
      action: "Decide exactly what you will ask for: a full refund, a replacement, a repair, or a partial refund of a stated amount.",
      why: "A specific request is easier to grant, and easier to show was refused.",
      guide: "returns-and-refunds-that-stall",
      tool: { href: "/tools/letters", label: "Put it in a letter" },
    },
    {
      id: "do-not-confirm-receipt",
      action: "Don't confirm receipt, leave positive feedback or accept an offer you don't want while the problem is open.",
      why: "Confirming receipt can release the payment to the seller and end buyer protection; accepting an offer usually closes the dispute.",
      guide: "platform-disputes",
    },
    {
      id: "extend-or-open-in-time",
      action: "If the parcel is still moving near the end of a protection countdown, ask for an extension in writing, or open the dispute before it ends.",
      why: "Countdowns such as AliExpress's Purchase Protection end automatically and release your money to the seller.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "do-not-close-early",
      action: "Don't close or cancel a dispute because the seller promises a fix; wait until the refund or the item actually arrives.",
      why: "Closed disputes usually can't be reopened (PayPal says so outright), and promises are a common way to run down the clock.",
      guide: "paypal-buyer-protection",
    },
    {
      id: "write-it-factually",
      action: "Write the dispute description short, factual and in date order: what you ordered, what arrived, what you asked for, what happened.",
      why: "The reviewer reads many cases; a clear timeline that points to your evidence is easier to decide in your favour than a long, angry message.",
      guide: "platform-disputes",
      tool: { href: "/tools/letters/paypal-dispute-description", label: "Write a PayPal dispute description" },
    },
  ],
});

export const returnOverseas = defineChecklist({
  id: "return-overseas",
  title: "Sending a return overseas",
  description: "How to post a return abroad so that it arrives, is accepted, and turns into a refund.",
  lastReviewed: LAST_REVIEWED,
  items: [
    {
      id: "get-return-approved",
      action: "Get the return approved through the platform or by the seller before posting, and note the return address and case or return number.",
      why: "An unannounced parcel can be refused or lost in a warehouse, and you then can't show it was a return.",
      guide: "returns-and-refunds-that-stall",
    },
    {
      id: "ask-for-local-return",
      action: "Ask whether there is a local return address or a prepaid return label before paying for international postage.",
      why: "Large platforms often offer a local drop-off or label (Temu's first return on each order is free); posting to China yourself can cost more than the item.",
      guide: "reading-return-and-refund-policies",
    },
    {
      id: "post-before-the-deadline",
      action: "Check the return deadline and post before it (on Temu, within 14 days of requesting the return).",
      why: "Late returns are refused even when the item was faulty.",
      guide: "reading-return-and-refund-policies",
      tool: { href: "/tools/deadlines", label: "Check your deadlines" },
    },
    {
      id: "film-the-packing",
      action: "Photograph or film the item going into the box, the sealed parcel and the label.",
      why: "If the seller claims the box arrived empty, damaged or with the wrong item, this is your proof.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "tracked-to-destination",
      action: "Use a tracked, signed-for service that keeps tracking inside the destination country, not just to the border.",
      why: "Many cheap international services stop tracking at the border, and then you can't prove delivery when the seller says nothing came.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "declare-as-returned-goods",
      action: "On the customs form, tick “returned goods”, describe the item truthfully and give the price you paid.",
      why: "A correct declaration helps stop the seller being charged import duty and refusing the parcel. Never under-declare.",
      guide: "customs-charges-and-disputes",
    },
    {
      id: "keep-the-receipt",
      action: "Keep the postage receipt and the tracking number, and ask for the return postage back if the item was faulty or not as described.",
      why: "For faulty or not-as-described goods, UK and EU law put reasonable return costs on the seller; for a change of mind you usually pay.",
      guide: "returns-and-refunds-that-stall",
    },
    {
      id: "chase-the-refund",
      action: "Follow the tracking to delivery, then chase the refund in writing with a reply-by date.",
      why: "After a cancellation, UK and EU sellers must refund within 14 days of getting the goods back or your proof of posting, whichever comes first.",
      guide: "returns-and-refunds-that-stall",
      tool: { href: "/tools/letters", label: "Write the reminder with the letter builder" },
    },
  ],
});

export const CHECKLISTS: readonly Checklist[] = [beforeYouBuy, evidence, unboxing, beforeADispute, returnOverseas];

export function getChecklist(id: string): Checklist | undefined {
  return CHECKLISTS.find((list) => list.id === id);
}
