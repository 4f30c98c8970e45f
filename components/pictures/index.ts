import { createElement, type ReactElement } from "react";
import { z } from "zod";
import { CATEGORIES } from "@/lib/import-tax";
import { isIsoDate } from "@/lib/import-tax/dates";
import { chargeNoticeModel } from "@/lib/pictures/charge-notice";
import { DISPUTE_ROUTES, disputeTimelineModel } from "@/lib/pictures/dispute-timeline";
import { escalationModel, RUNGS } from "@/lib/pictures/escalation";
import { computeExample, isPictureDestination } from "@/lib/pictures/landed-cost";
import { taxCollectionModel } from "@/lib/pictures/tax-collection";
import { CHAIN_ROUTES } from "@/lib/plan/chain";
import { CustomsChargeNotice } from "./customs-charge-notice";
import { DisputeTimeline } from "./dispute-timeline";
import { EscalationLadder } from "./escalation-ladder";
import { LandedCostBreakdown } from "./landed-cost-breakdown";
import { ResponsibilityChain } from "./responsibility-chain";
import { WhereTaxIsPaid } from "./where-tax-is-paid";

/**
 * The pictures a guide may place (docs/writing-guides.md, "Pictures"): for each, the attributes it
 * takes (strings, as MDX writes them, checked at the build like a widget's), the facts its figures
 * come from (added to the guide's "Figures on this page"), and how it is drawn. Pictures render to
 * static HTML with the rest of the article, on the build's "today" when they draw rules in force.
 */

const amount = z.string().regex(/^\d+(?:\.\d{1,2})?$/, { error: 'must be an amount written like "200" or "39.99"' });
const day = z.string().regex(/^\d{1,3}$/, { error: 'must be a whole number of days, like "30"' }).transform(Number);
const date = z
  .string()
  .refine(isIsoDate, { error: "must be a date written YYYY-MM-DD" })
  .optional();
const category = z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(", ")}` });
const destination = z.string().regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter destination code, like "GB" or "DE"' }).transform((c) => c.toUpperCase());
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "must be lower-case letters, digits and hyphens" }).optional();

interface PictureSpec<S extends z.ZodType> {
  props: S;
  /** The fact ids behind the figures drawn, for these attributes on this day. */
  facts: (props: z.output<S>, today: string) => string[];
  render: (props: z.output<S> & { id: string }, today: string) => ReactElement;
}

const definePicture = <S extends z.ZodType>(spec: PictureSpec<S>) => spec;

const orderProps = {
  id,
  destination,
  category,
  price: amount,
  shipping: amount.optional(),
  date,
};

function checkDestination(props: { destination: string; date?: string | undefined }, today: string) {
  const on = props.date ?? today;
  if (!isPictureDestination(props.destination, on)) throw new Error(`destination: ${props.destination} is not a destination pictures can draw on ${on}; use GB or a euro member of the EU`);
}

export const PICTURES = {
  // Guides place the chain unhighlighted: only the case plan knows where a problem happened.
  ResponsibilityChain: definePicture({
    props: z.strictObject({ id, via: z.enum(CHAIN_ROUTES, { error: `must be one of ${CHAIN_ROUTES.join(", ")}` }).optional() }),
    facts: () => [],
    render: (p) => createElement(ResponsibilityChain, { id: p.id, ...(p.via ? { via: p.via } : {}) }),
  }),
  EscalationLadder: definePicture({
    props: z.strictObject({ id, highlight: z.enum(RUNGS, { error: `must be one of ${RUNGS.join(", ")}` }).optional() }),
    facts: () => escalationModel().facts,
    render: (p) => createElement(EscalationLadder, { id: p.id, ...(p.highlight ? { highlight: p.highlight } : {}) }),
  }),
  DisputeTimeline: definePicture({
    props: z.strictObject({ id, route: z.enum(DISPUTE_ROUTES, { error: `must be one of ${DISPUTE_ROUTES.join(", ")}` }), due: day.optional(), acted: day.optional() }),
    facts: (p) => disputeTimelineModel(p.route, example(p)).facts,
    render: (p) => createElement(DisputeTimeline, { id: p.id, route: p.route, example: example(p) }),
  }),
  WhereTaxIsPaid: definePicture({
    props: z.strictObject({ id, destination, date }),
    facts: (p, today) => (checkDestination(p, today), taxCollectionModel(p.destination, p.date ?? today).facts),
    render: (p, today) => createElement(WhereTaxIsPaid, { id: p.id, destination: p.destination, date: p.date ?? today }),
  }),
  LandedCostBreakdown: definePicture({
    props: z.strictObject({
      ...orderProps,
      seller: z.enum(["yes", "no"], { error: 'must be "yes" (the seller charges the tax at checkout) or "no"' }),
      channel: z.enum(["post", "courier"], { error: 'must be "post" or "courier"' }).optional(),
    }),
    facts: (p, today) => (checkDestination(p, today), computeExample(order(p, today, p.seller)).facts),
    render: (p, today) => createElement(LandedCostBreakdown, { id: p.id, order: order(p, today, p.seller) }),
  }),
  CustomsChargeNotice: definePicture({
    props: z.strictObject(orderProps),
    facts: (p, today) => (checkDestination(p, today), chargeNoticeModel(order(p, today, "no")).facts),
    render: (p, today) => createElement(CustomsChargeNotice, { id: p.id, order: order(p, today, "no") }),
  }),
};

export type PictureName = keyof typeof PICTURES;
export const PICTURE_NAMES = Object.keys(PICTURES) as PictureName[];

/** The worked example's own days: the delivery date passing on day 30 and the reader acting on day 40, unless the guide says otherwise. */
function example(p: { due?: number | undefined; acted?: number | undefined }) {
  const dueDay = p.due ?? 30;
  return { dueDay, actDay: p.acted ?? dueDay + 10 };
}

function order(
  p: { destination: string; category: (typeof CATEGORIES)[number]; price: string; shipping?: string | undefined; date?: string | undefined; channel?: "post" | "courier" | undefined },
  today: string,
  seller: "yes" | "no",
) {
  return { destination: p.destination, category: p.category, price: p.price, shipping: p.shipping ?? "0", sellerCollectsTax: seller, date: p.date ?? today, channel: p.channel ?? "post" };
}

export const isPictureName = (name: string): name is PictureName => Object.hasOwn(PICTURES, name);

export type PictureCheck = { ok: true; facts: string[] } | { ok: false; problems: string[] };

/**
 * Checks a picture's attributes as written in a guide and works out the facts it draws. Problems
 * read "field: message", for the build to prefix with the file, the picture and the line.
 */
export function checkPicture(name: PictureName, attributes: Record<string, unknown>, today: string): PictureCheck {
  const spec: PictureSpec<z.ZodType> = PICTURES[name];
  const parsed = spec.props.safeParse(attributes);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        if (issue.code === "unrecognized_keys") {
          const accepted = spec.props instanceof z.ZodObject ? ` (it takes: ${Object.keys(spec.props.shape).join(", ")})` : "";
          return `${issue.keys.join(", ")}: is not an attribute of this picture${accepted}`;
        }
        const field = issue.path.length ? issue.path.join(".") : "attributes";
        const got = issue.path.length ? ` (got ${JSON.stringify(attributes[String(issue.path[0])])})` : "";
        return `${field}: ${issue.message}${got}`;
      }),
    };
  }
  try {
    return { ok: true, facts: spec.facts(parsed.data, today) };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** The fact ids each picture draws, by name, for these attributes (the build's "Figures on this page"). */
export const PICTURE_FACTS = (name: PictureName, attributes: Record<string, unknown>, today: string): string[] => {
  const checked = checkPicture(name, attributes, today);
  if (!checked.ok) throw new Error(checked.problems.join("; "));
  return checked.facts;
};

/**
 * The pictures as MDX components, drawing the rules in force on `today`. A picture placed twice on
 * one page needs its own `id` on each; otherwise one is made from its name and attributes.
 */
export function pictureComponents(today: string): Record<PictureName, (props: Record<string, unknown>) => ReactElement> {
  const components = {} as Record<PictureName, (props: Record<string, unknown>) => ReactElement>;
  for (const name of PICTURE_NAMES) {
    components[name] = (props) => {
      const spec: PictureSpec<z.ZodType> = PICTURES[name];
      const parsed = spec.props.safeParse(props);
      if (!parsed.success) throw new Error(`<${name}>: ${parsed.error.issues.map((i) => `${i.path.join(".") || "attributes"}: ${i.message}`).join("; ")}`);
      const data = parsed.data as { id?: string };
      return spec.render({ ...(parsed.data as object), id: data.id ?? defaultId(name, props) }, today);
    };
  }
  return components;
}

function defaultId(name: string, props: Record<string, unknown>): string {
  const key = Object.entries(props)
    .filter(([k, v]) => k !== "children" && typeof v === "string")
    .map(([k, v]) => `${k}-${String(v)}`)
    .join("-");
  const kebab = name.replace(/[A-Z]/g, (c, i: number) => `${i > 0 ? "-" : ""}${c.toLowerCase()}`);
  return `picture-${kebab}${key ? `-${key.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : ""}`;
}
