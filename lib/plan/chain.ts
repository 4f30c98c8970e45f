/**
 * The chain of hands an overseas order passes through, and who answers for each link. The guides'
 * "Who is responsible at each leg" tables say the same in words; the picture
 * (components/pictures/responsibility-chain.tsx) draws it, and the case plan highlights the link
 * where a buyer's problem most likely happened. No figures here, so nothing comes from the registry.
 */

export const CHAIN_LINK_IDS = ["seller", "agent", "warehouse", "freight", "customs", "carrier", "buyer"] as const;
export type ChainLinkId = (typeof CHAIN_LINK_IDS)[number];

/** Through a shopping agent every link is there; a direct purchase has no agent and no agent's warehouse. */
export const CHAIN_ROUTES = ["agent", "direct"] as const;
export type ChainRoute = (typeof CHAIN_ROUTES)[number];

export interface ChainLink {
  id: ChainLinkId;
  /** The link's name, as short as the picture needs: "Freight line". */
  label: string;
  /** What happens there, in a few words. */
  does: string;
  /** Who to claim from when something goes wrong here, in a few words (drawn in the picture). */
  claim: string;
  /** The same, in a full sentence (listed under the picture in the plan). */
  claimInFull: string;
}

const CUSTOMS: ChainLink = {
  id: "customs",
  label: "Customs",
  does: "Decides the duty and tax due",
  claim: "Customs (wrong charge)",
  claimInFull: "Your country's customs authority decides the duty and tax; challenge a wrong charge with customs, and the carrier's own fee with the carrier.",
};

const BUYER: ChainLink = { id: "buyer", label: "You", does: "Receive the parcel", claim: "Keep the evidence", claimInFull: "You keep the evidence: tracking, photos, messages." };

const AGENT_CHAIN: readonly ChainLink[] = [
  {
    id: "seller",
    label: "Seller",
    does: "Sells the item and posts it to the agent's warehouse",
    claim: "Via the agent",
    claimInFull: "The seller answers for the item until the agent's warehouse signs for it; ask the agent to take it up with the seller.",
  },
  {
    id: "agent",
    label: "Shopping agent",
    does: "Buys the item for you",
    claim: "The agent",
    claimInFull: "The agent answers for its service: buying what you asked for, and its own fees.",
  },
  {
    id: "warehouse",
    label: "Warehouse and QC",
    does: "Stores, checks (QC photos) and packs",
    claim: "The agent",
    claimInFull: "The agent answers for what happens in its warehouse, and its QC photos show what state the item was in.",
  },
  {
    id: "freight",
    label: "Freight line",
    does: "Carries the parcel abroad",
    claim: "The agent, its insurance",
    claimInFull: "The line is the agent's partner: claim from the agent, under its shipping terms and any insurance you bought; you rarely have a contract with the line.",
  },
  CUSTOMS,
  {
    id: "carrier",
    label: "Local carrier",
    does: "Delivers, and collects any charges",
    claim: "Carrier: trace, proof",
    claimInFull: "The local carrier can trace the parcel and give proof of delivery; a lost parcel is claimed through the agent.",
  },
  BUYER,
];

const DIRECT_CHAIN: readonly ChainLink[] = [
  {
    id: "seller",
    label: "Seller",
    does: "Sells and sends the item",
    claim: "The seller, then the platform",
    claimInFull: "The seller answers for the goods until they reach you; if it doesn't put things right, the platform's dispute and your payment provider can.",
  },
  {
    id: "freight",
    label: "International shipping",
    does: "Carries the parcel abroad",
    claim: "The seller: it chose the carrier",
    claimInFull: "The seller chose and paid the carrier, so a parcel lost on the way is the seller's to replace or refund.",
  },
  CUSTOMS,
  {
    id: "carrier",
    label: "Local carrier",
    does: "Delivers, and collects any charges",
    claim: "The seller; carrier for proof",
    claimInFull: "A lost parcel is the seller's to put right; the local carrier can trace it and give proof of delivery.",
  },
  BUYER,
];

export function chainLinks(route: ChainRoute): readonly ChainLink[] {
  return route === "agent" ? AGENT_CHAIN : DIRECT_CHAIN;
}

export function isChainRoute(value: unknown): value is ChainRoute {
  return typeof value === "string" && (CHAIN_ROUTES as readonly string[]).includes(value);
}

export function isChainLinkId(value: unknown): value is ChainLinkId {
  return typeof value === "string" && (CHAIN_LINK_IDS as readonly string[]).includes(value);
}
