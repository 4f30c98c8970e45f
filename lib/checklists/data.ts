import { checklistFactIds, fillChecklistFacts } from "./facts";
import { type Checklist, defineChecklist as validate, type GuideSlug } from "./schema";

/**
 * The checklists, validated at load. Item ids are stable: people's progress is saved under them.
 * Every figure (a deadline, a threshold) is a `{fact:id}` from the fact registry, filled in as the
 * list loads (lib/checklists/facts.ts), so a corrected fact corrects the lists too and none is typed
 * here (lib/letters/typed-figures.test.ts checks).
 */

const LAST_REVIEWED = "2026-11-27";
/** Lists whose figures were moved to the registry and re-checked against it, and the lists added then. */
const REVIEWED_WITH_FACTS = "2026-12-01";

/** The guide on seized and detained parcels, which several items and a letter point to. */
const SEIZURE_GUIDE: GuideSlug = "parcel-seized-or-detained-by-customs";

const factIds = new Map<string, readonly string[]>();

/** The facts each list names, by list id, for the tests and the report. */
export const CHECKLIST_FACT_IDS: ReadonlyMap<string, readonly string[]> = factIds;

/** Checks a list's shape, then fills in its figures. */
function defineChecklist(raw: Parameters<typeof validate>[0]): Checklist {
  const list = validate(raw);
  factIds.set(list.id, checklistFactIds(list));
  return fillChecklistFacts(list);
}

export const beforeYouBuy = defineChecklist({
  id: "before-you-buy",
  title: "Before you buy from abroad",
  description: "Ten minutes of checks before paying that decide whether you can get your money back later.",
  lastReviewed: REVIEWED_WITH_FACTS,
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
      why: "A surprise customs bill is the most common shock. In the UK the seller should collect VAT at checkout on goods worth up to {fact:gb-low-value-limit} in total, and EU checkouts may collect it under IOSS on goods worth up to {fact:eu-low-value-limit}; if it was collected, you shouldn't pay it again on delivery.",
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
  lastReviewed: REVIEWED_WITH_FACTS,
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
      why: "Several windows start at delivery: platform dispute windows, the UK's {fact:uk-short-term-reject:adjective} short-term right to reject, and the cancellation period for distance purchases ({fact:uk-cancellation-window} in the UK, {fact:eu-withdrawal-window} in the EU). A quick report is also more credible.",
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
  lastReviewed: REVIEWED_WITH_FACTS,
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
      action:
        "Check the return deadline and post before it: on Temu, within {fact:temu-return-ship-by} of requesting the return; after cancelling under UK law, within {fact:uk-cancellation-return-goods} of telling the trader (in the EU, {fact:eu-withdrawal-return-goods}), unless it offered to collect.",
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
      id: "reclaim-import-charges",
      action: "If you paid import charges on goods you are sending back as faulty, damaged or not what you ordered, claim them back from customs, before you post the parcel if you can.",
      why: "Customs repay charges on rejected goods only if you claim within {fact:gb-rejected-imports-limit} in the UK, or {fact:eu-rejected-goods-limit} in the EU, of being told of the charge, and HMRC asks for the claim before the goods leave.",
      guide: "import-tax-refunds-when-you-return-or-reject-goods",
      tool: { href: "/tools/letters/customs-repayment-request", label: "Ask for the import charges back" },
    },
    {
      id: "chase-the-refund",
      action: "Follow the tracking to delivery, then chase the refund in writing with a reply-by date.",
      why: "After you cancel, a UK trader must refund you within {fact:uk-cancellation-refund} of getting the goods back or your proof of posting, whichever comes first. An EU trader must refund within {fact:eu-withdrawal-refund} of being told you are withdrawing, but may wait until it has the goods back or your proof of posting.",
      guide: "returns-and-refunds-that-stall",
      tool: { href: "/tools/letters", label: "Write the reminder with the letter builder" },
    },
  ],
});

export const beforeObjectingToASeizure = defineChecklist({
  id: "before-objecting-to-a-seizure",
  title: "Before you object to a customs seizure",
  description: "What to gather before you answer a notice that customs have seized your parcel or mean to destroy it. Reply within the time limit printed on the notice.",
  lastReviewed: REVIEWED_WITH_FACTS,
  items: [
    {
      id: "read-the-notice",
      action: "Find three things on the notice: the deadline to reply, the reference number and who sent it. Put the deadline in your calendar.",
      why: "The time limit is the one printed on the notice. For small parcels of suspected fakes, customs can take silence as agreement to destroy the goods; in the UK, a seizure nobody challenges in time becomes final.",
      guide: SEIZURE_GUIDE,
    },
    {
      id: "check-it-is-genuine",
      action: "Check the notice is genuine: look up the customs office's contact details on its official website instead of using a link or phone number in a text or email.",
      why: "Fake customs messages asking for a “release fee” are a common scam. A real notice has a reference you can quote to the office itself.",
      guide: SEIZURE_GUIDE,
    },
    {
      id: "order-and-payment",
      action: "Save the order confirmation, the payment record and screenshots of the listing as it was when you bought.",
      why: "They show what you bought, from whom and for how much: the first things customs, and a court if it comes to that, look at.",
      guide: "evidence-to-keep",
      tool: { href: "/tools/checklists/evidence", label: "Go through the evidence checklist" },
    },
    {
      id: "proof-goods-are-genuine",
      action: "Collect what shows the goods are genuine or lawful: the brand's own store or the authorised seller you bought from, invoices, certificates and serial numbers.",
      why: "If you object to the destruction of suspected fakes, the rights holder has to go to court to show they infringe its rights. Evidence that the goods are genuine is what makes an objection worth sending.",
      guide: "counterfeit-or-not-as-described",
    },
    {
      id: "tracking-and-carrier-messages",
      action: "Screenshot the tracking history and keep every message from the carrier about the parcel being held.",
      why: "They date the seizure and tie the notice to your order.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "tell-the-seller",
      action: "Tell the seller or agent, through the platform, that customs are holding the parcel, and ask for any papers that show the goods are genuine.",
      why: "The seller may have invoices or a brand's authorisation that you don't, and a written record keeps your platform or payment dispute open if the goods are lost.",
      guide: "platform-disputes",
    },
    {
      id: "decide-honestly",
      action: "Decide honestly whether to object. If the goods may be fakes, don't accept a “reship” from the seller either.",
      why: "A reshipped replica is a second import of infringing goods that customs can seize again, not a fix. If the goods are genuine, object and say why.",
      guide: "counterfeit-or-not-as-described",
    },
    {
      id: "send-the-objection",
      action: "Write your objection, quote the notice's reference, send it the way the notice asks, and keep a copy and proof that you sent it.",
      why: "A dated copy proves you objected in time.",
      guide: SEIZURE_GUIDE,
      tool: { href: "/tools/letters/customs-seizure-objection", label: "Write the objection letter" },
    },
    {
      id: "keep-the-decision",
      action: "Keep customs' final decision.",
      why: "It proves what happened to the parcel, for a claim on shipping insurance, a platform dispute or a card dispute.",
      guide: "shipping-insurance",
    },
  ],
});

export const lostOrDamagedParcel = defineChecklist({
  id: "lost-or-damaged-parcel",
  title: "Before you claim for a lost or damaged parcel",
  description: "What to gather so your agent, the seller or the carrier can trace the parcel and pay a claim, before the time for claiming runs out.",
  lastReviewed: REVIEWED_WITH_FACTS,
  items: [
    {
      id: "every-tracking-number",
      action: "Write down every tracking number: the agent's or seller's outbound number, and the local carrier's number once the parcel reached your country.",
      why: "A trace starts from the carrier's own number, and many parcels get a new one at the border.",
      guide: "lost-in-the-post",
    },
    {
      id: "full-tracking-history",
      action: "Screenshot the full tracking history from each carrier, including the last scan and its date.",
      why: "Tracking pages expire, and the last scan shows where the parcel went missing and so whose claim it is.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "warehouse-record",
      action: "Download the agent's warehouse record: the parcel ID, the packed weight, photos of the packed parcel and the declared value.",
      why: "It shows what left the warehouse and in what state; a lower weight on arrival points to loss in transit.",
      guide: "unboxing-and-qc-photos",
    },
    {
      id: "packaging-and-damage",
      action: "If it arrived damaged or light, keep the packaging, photograph the box, the label and the damage, and weigh it.",
      why: "Carriers and insurers decide damage claims on the packaging, and may ask to see it.",
      guide: "shipping-insurance",
      tool: { href: "/tools/checklists/unboxing", label: "Follow the unboxing protocol" },
    },
    {
      id: "proof-of-value",
      action: "Keep the receipts for the goods and for the shipping.",
      why: "A claim pays what you can prove you lost, and often no more than the value declared on the parcel.",
      guide: "evidence-to-keep",
    },
    {
      id: "delivered-not-received",
      action: "If the tracking says delivered but nothing came, check with neighbours and your safe place, and ask the local carrier for its proof of delivery (a photo, a signature or a location).",
      why: "The carrier's own proof of delivery is what a claim or dispute about a parcel marked delivered is judged on.",
      guide: "delayed-or-missing-parcels",
    },
    {
      id: "ask-for-the-claim",
      action: "Ask the agent or seller, in writing, to open a trace and a claim with the carrier and to give you the claim reference.",
      why: "The carrier's contract is with whoever sent the parcel, so the sender usually has to claim, and carriers accept claims only for a limited time.",
      guide: "lost-in-the-post",
      tool: { href: "/tools/letters/postal-claim-request", label: "Write the message (Chinese and English)" },
    },
    {
      id: "insurance-terms",
      action: "Read what the agent's shipping insurance pays for (loss, damage, seizure) and by when you must claim.",
      why: "Many policies leave out damage or seizure, and have their own time limits.",
      guide: "shipping-insurance",
    },
    {
      id: "your-own-deadlines",
      action: "Keep your platform and payment-dispute deadlines in view while the claim runs, and open a dispute before the first one closes.",
      why: "A carrier claim can take weeks; a platform's or card scheme's window doesn't wait for it.",
      guide: "escalation-roadmap",
      tool: { href: "/tools/deadlines", label: "List them with the deadline planner" },
    },
  ],
});

export const CHECKLISTS: readonly Checklist[] = [
  beforeYouBuy,
  evidence,
  unboxing,
  beforeADispute,
  returnOverseas,
  beforeObjectingToASeizure,
  lostOrDamagedParcel,
];

export function getChecklist(id: string): Checklist | undefined {
  return CHECKLISTS.find((list) => list.id === id);
}
