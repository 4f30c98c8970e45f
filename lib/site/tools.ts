/** The tools, in the order a shopper tends to need them. Home, /tools, the sitemap and search list them from here. */
export type Tool = { href: string; title: string; summary: string; keywords: readonly string[] };

export const TOOLS: readonly Tool[] = [
  {
    href: "/tools/deadlines",
    title: "Dispute deadline planner",
    summary: "Every deadline in your case (card chargeback, PayPal, your legal rights, the platform's own window) worked out from your dates, with a calendar file.",
    keywords: ["deadline", "chargeback", "paypal", "time limit", "calendar", "dispute", "how long"],
  },
  {
    href: "/tools/letters",
    title: "Letter builder",
    summary:
      "Ready-to-send letters and messages filled in from your order: to the seller or agent (in Chinese and English), your card issuer, PayPal, a consumer body or customs.",
    keywords: ["letter", "template", "complaint", "message", "chinese", "section 75", "chargeback request", "seizure objection", "postal claim", "customs repayment"],
  },
  {
    href: "/tools/import-tax-calculator",
    title: "Import tax calculator",
    summary: "What a parcel will cost at your door, or whether the customs bill you got is right: duty, VAT or GST and carrier fees, with the rules and sources.",
    keywords: ["import tax", "duty", "vat", "gst", "customs", "landed cost", "calculator", "ioss"],
  },
  {
    href: "/tools/checklists",
    title: "Checklists",
    summary:
      "Tick-off lists for before you buy, the evidence to keep, unboxing, before you open a dispute, sending a return overseas, answering a customs seizure and claiming for a lost parcel.",
    keywords: ["checklist", "evidence", "unboxing", "return", "before you buy", "seizure", "lost parcel"],
  },
];

/**
 * The case plan draws on every tool above (the planner's dates, the letters, the checklists), so it
 * is listed on its own: first in the search index and the sitemap, and above the tools on /tools.
 */
export const CASE_PLAN: Tool = {
  href: "/plan",
  title: "Your case plan",
  summary: "A few questions about your order, then one plan: what to do now and next, by which date, with which letter, and who owes you.",
  keywords: ["plan", "what to do", "next step", "case", "escalate", "who is responsible", "steps", "help"],
};
