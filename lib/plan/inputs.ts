import { z } from "zod/mini";
import {
  COUNTRIES,
  COUNTRY_NAMES,
  type DeadlineInput,
  DETAILED_PROBLEMS,
  type DetailedProblem,
  plannerProblem,
  type Problem,
  PROBLEMS,
} from "@/lib/deadlines/inputs";
import { CURRENCY_CODES, type CurrencyCode } from "@/lib/money/currencies";

/**
 * What the case plan asks, beyond what the deadline planner already asks. The plan takes the
 * planner's own parameters and values wherever they overlap (`country`, `region`, `payment`,
 * `platform`, `problem`, `paid`, `expected`, `delivered`, `statementDate`, `disputeOpened`,
 * `cancelled`, `posted`, `notice`, `complained`, `finalResponse`), so a link from one tool to the other keeps the case; these are the plan's extras.
 */

/** What went wrong, specific enough to route: the planner's four and the plan's finer six. */
export const PLAN_PROBLEMS = [
  "not-delivered",
  "stuck-at-customs",
  "delivered-not-received",
  "faulty",
  "not-as-described",
  "wrong-item",
  "unexpected-charges",
  "refund-not-paid",
  "seller-unresponsive",
  "return",
] as const satisfies readonly (Problem | DetailedProblem)[];
export type PlanProblem = (typeof PLAN_PROBLEMS)[number];

// Every planner problem and every finer one is offered, once.
if (new Set<string>(PLAN_PROBLEMS).size !== PROBLEMS.length + DETAILED_PROBLEMS.length) {
  throw new Error("lib/plan/inputs.ts: PLAN_PROBLEMS must list each of the planner's PROBLEMS and DETAILED_PROBLEMS once");
}

export const PLAN_PROBLEM_LABELS: Record<PlanProblem, string> = {
  "not-delivered": "It never arrived",
  "stuck-at-customs": "It's stuck or held at customs",
  "delivered-not-received": "Tracking says delivered, but I don't have it",
  faulty: "It arrived damaged or faulty",
  "not-as-described": "It's fake, or not as described",
  "wrong-item": "I got the wrong item or the wrong size",
  "unexpected-charges": "I was charged customs duty or fees I didn't expect",
  "refund-not-paid": "A refund was promised but hasn't been paid",
  "seller-unresponsive": "The seller or agent has stopped answering",
  return: "I changed my mind and want to send it back",
};

/** How far an order bought through a shopping agent got: it decides who has the goods, and who answers for them. */
export const AGENT_STAGES = ["not-shipped", "at-warehouse", "international", "delivered", "unknown"] as const;
export type AgentStage = (typeof AGENT_STAGES)[number];

export const AGENT_STAGE_LABELS: Record<AgentStage, string> = {
  "not-shipped": "The seller hasn't sent it to the agent yet",
  "at-warehouse": "It's at the agent's warehouse",
  international: "It's on the international shipping line",
  delivered: "It has been delivered to me",
  unknown: "I don't know",
};

/**
 * Where the seller (or the agent) is based: it decides which public bodies and courts can act. The
 * codes are the places the fact registry's scope facts name; China and Hong Kong are the commonest
 * answers for the platforms this site covers, so they come first.
 */
export const SELLER_COUNTRIES = ["unknown", "CN", "HK", ...COUNTRIES.filter((c) => c !== "other"), "other"] as const;
export type SellerCountry = (typeof SELLER_COUNTRIES)[number];

export const SELLER_COUNTRY_NAMES: Record<SellerCountry, string> = {
  ...COUNTRY_NAMES,
  unknown: "I don't know",
  CN: "China",
  HK: "Hong Kong",
  other: "Another country",
};

const AMOUNT = /^\d{1,9}(?:\.\d{1,2})?$/;

/**
 * "1 249,50", "1,249.50" and "1249.5" are all the same amount: spaces go, commas between groups of
 * three digits group thousands, and a comma before the last one or two digits is a decimal comma.
 */
export function normaliseAmount(value: string): string {
  const compact = value.replace(/\s/g, "");
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(compact)) return compact.replace(/,/g, "");
  return compact.replace(/^(-?\d+),(\d{1,2})$/, "$1.$2");
}

function enumField<const T extends readonly [string, ...string[]]>(values: T, invalid: (value: string) => string) {
  return z.enum(values, { error: (issue) => invalid(String(issue.input)) });
}

/** The plan's own questions; the planner's are checked by the planner's schema (lib/plan/query.ts). */
export const planExtrasSchema = z.object({
  agentStage: z.optional(enumField(AGENT_STAGES, (value) => `“${value}” isn't a stage we know. Choose how far your order got, or “I don't know”.`)),
  sellerCountry: z.optional(
    enumField(SELLER_COUNTRIES, (value) => `“${value}” isn't a country we can use here. Choose where the seller is based from the list, or “I don't know”.`),
  ),
  amount: z.optional(
    z.pipe(
      z.string(),
      z.pipe(
        z.transform(normaliseAmount),
        z.string().check(
          z.refine((value) => !value.startsWith("-"), "The amount can't be negative: enter what you paid, for example 49.99."),
          z.regex(AMOUNT, "Enter the amount as a number, for example 49.99, or leave it empty if you don't know."),
          z.refine((value) => Number(value) > 0, "Enter what you paid, more than 0, or leave it empty if you don't know."),
        ),
      ),
    ),
  ),
  currency: z.optional(
    z.pipe(
      z.string(),
      z.pipe(
        z.transform((value: string) => value.toUpperCase()),
        enumField(CURRENCY_CODES, (value) => `“${value}” isn't a currency we know. Choose one from the list.`),
      ),
    ),
  ),
});

/** Everything the plan knows about one case. Dates are calendar days in the buyer's own zone. */
export type PlanInput = Omit<DeadlineInput, "problem" | "detail"> & {
  problem: PlanProblem;
  /** Only for purchases through a shopping agent; "unknown" when the buyer didn't say. */
  agentStage: AgentStage | null;
  sellerCountry: SellerCountry;
  /** What was paid, as a plain decimal ("49.99"); undefined when the buyer didn't say. */
  amount: string | undefined;
  currency: CurrencyCode | undefined;
};

export function isAgentPurchase(input: Pick<PlanInput, "platform">): boolean {
  return input.platform === "taobao-agent";
}

/** The deadline planner's view of the case: the same answers, with the problem read as one of its four. */
export function toDeadlineInput(input: PlanInput): DeadlineInput {
  const { agentStage: _stage, sellerCountry: _seller, amount: _amount, currency: _currency, problem, ...rest } = input;
  const detail = (DETAILED_PROBLEMS as readonly string[]).includes(problem) ? (problem as DetailedProblem) : undefined;
  return { ...rest, problem: plannerProblem(problem, input.delivered !== undefined), ...(detail === undefined ? {} : { detail }) };
}
