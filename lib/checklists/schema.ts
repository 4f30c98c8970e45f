import { z } from "zod";
import { calendarDateSchema } from "@/lib/dates";

/** Guides that exist (or are being written) under /guides/<slug>; an item may only link these. */
export const GUIDE_SLUGS = [
  "customs-charges-and-disputes",
  "delayed-or-missing-parcels",
  "counterfeit-or-not-as-described",
  "returns-and-refunds-that-stall",
  "unresponsive-sellers-and-agents",
  "choosing-a-reliable-platform-or-agent",
  "reading-return-and-refund-policies",
  "shipping-insurance",
  "local-warehouses",
  "estimating-import-tax-before-you-buy",
  "evidence-to-keep",
  "unboxing-and-qc-photos",
  "escalation-roadmap",
  "platform-disputes",
  "chargebacks-and-card-disputes",
  "paypal-buyer-protection",
  "consumer-bodies-and-mediation",
  "small-claims-and-arbitration",
  "your-rights-eu",
  "your-rights-uk",
  "your-rights-us",
  "your-rights-canada",
  "your-rights-australia-and-new-zealand",
  "glossary",
  "parcel-seized-or-detained-by-customs",
  "import-tax-refunds-when-you-return-or-reject-goods",
  "scams-and-clone-sites",
  "paying-without-a-card",
  "lost-in-the-post",
  "shopping-agents-from-the-inside",
  "who-is-the-trader-with-an-agent",
  "when-a-shop-or-agent-leaks-your-data",
  "your-rights-switzerland",
  "your-rights-norway",
  "your-rights-japan",
  "your-rights-south-korea",
  "your-rights-singapore",
  "ombudsmen-and-their-clocks",
] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/**
 * The tool pages an item may send the reader to, to do the step rather than read about it: a tool,
 * one letter or another checklist. lib/checklists/checklists.test.ts checks each link leads to a page that exists.
 */
export const TOOL_LINK = /^\/tools\/(?:deadlines|import-tax-calculator|letters(?:\/[a-z0-9-]+)?|checklists\/[a-z0-9-]+)$/;

/** Item and list ids end up in localStorage keys and URLs, so they are stable kebab-case. */
const stableId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

export const checklistItemSchema = z.object({
  /** Stable: changing it loses everyone's saved tick for this item. */
  id: stableId,
  /** What to do, as an instruction. */
  action: z.string().min(10),
  /** Why it matters, in a sentence or two. */
  why: z.string().min(10),
  /** The guide that explains it in full. */
  guide: z.enum(GUIDE_SLUGS),
  /** The tool that does this step, when one does: shown beside the item as a link. */
  tool: z
    .object({
      href: z.string().regex(TOOL_LINK, "must be a tool page: /tools/deadlines, /tools/import-tax-calculator, /tools/letters[/id] or /tools/checklists/<id>"),
      label: z.string().min(5),
    })
    .optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z
  .object({
    id: stableId,
    title: z.string().min(1),
    description: z.string().min(1),
    lastReviewed: calendarDateSchema,
    items: z.array(checklistItemSchema).min(3),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", index, "id"], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    });
  });
export type Checklist = z.infer<typeof checklistSchema>;

/** Parses one list, failing with the list and field named (as content frontmatter errors do). */
export function defineChecklist(raw: z.input<typeof checklistSchema>): Checklist {
  const result = checklistSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`invalid checklist ${raw.id}:\n${details}`);
  }
  return result.data;
}
