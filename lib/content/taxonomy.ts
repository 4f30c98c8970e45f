/**
 * The fixed vocabularies that guides are filed under. Pages, navigation and the frontmatter
 * schema all read from here, so adding a topic is one edit.
 */

export const TOPICS = [
  {
    id: "problems",
    title: "Something went wrong",
    summary: "Step-by-step help for the five common after-sales problems.",
  },
  {
    id: "before-you-buy",
    title: "Before you buy",
    summary: "Choose sellers and agents well, read the small print and know the real cost.",
  },
  {
    id: "evidence",
    title: "Evidence",
    summary: "What to keep and how to record it, so a dispute can be won.",
  },
  {
    id: "escalation",
    title: "Escalating a complaint",
    summary: "Platform disputes, card and PayPal claims, consumer bodies and courts, in order.",
  },
  {
    id: "rights",
    title: "Your rights where you live",
    summary:
      "What the law gives you in the EU, UK, US, Canada, Australia, New Zealand, Switzerland, Norway, Japan, South Korea and Singapore, and which ombudsman can review your bank.",
  },
  {
    id: "reference",
    title: "Reference",
    summary: "Plain definitions of the terms that customs, carriers and platforms use.",
  },
] as const;

export type TopicId = (typeof TOPICS)[number]["id"];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export const PROBLEMS = [
  {
    id: "customs",
    title: "Customs charges or duty",
    question: "I was asked to pay tax or duty I did not expect",
    guide: "customs-charges-and-disputes",
  },
  {
    id: "delivery",
    title: "Late or missing parcel",
    question: "My parcel is late, stuck or marked delivered but not here",
    guide: "delayed-or-missing-parcels",
  },
  {
    id: "counterfeit",
    title: "Fake or not as described",
    question: "What arrived is fake, different or not what I paid for",
    guide: "counterfeit-or-not-as-described",
  },
  {
    id: "returns",
    title: "Return or refund stuck",
    question: "My return or refund is going nowhere",
    guide: "returns-and-refunds-that-stall",
  },
  {
    id: "unresponsive",
    title: "Seller or agent not answering",
    question: "The seller or shopping agent has stopped replying",
    guide: "unresponsive-sellers-and-agents",
  },
] as const;

export type ProblemId = (typeof PROBLEMS)[number]["id"];
export const PROBLEM_IDS = PROBLEMS.map((p) => p.id) as [ProblemId, ...ProblemId[]];

export const JURISDICTIONS = ["global", "EU", "UK", "US", "CA", "AU", "NZ", "CH", "NO", "JP", "KR", "SG"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export function topicById(id: string) {
  return TOPICS.find((t) => t.id === id);
}
