export {
  AGENT_STAGE_LABELS,
  AGENT_STAGES,
  type AgentStage,
  isAgentPurchase,
  PLAN_PROBLEM_LABELS,
  PLAN_PROBLEMS,
  type PlanInput,
  type PlanProblem,
  SELLER_COUNTRIES,
  SELLER_COUNTRY_NAMES,
  type SellerCountry,
  toDeadlineInput,
} from "./inputs";
export { isPlanSubmission, PLAN_QUERY_KEYS, type PlanQueryKey, type PlanQueryResult, parsePlanQuery, toPlannerQuery, toPlanQuery } from "./query";
export { type DependsOn, type GuideLink, type NotOffered, type Rung, RUNG_LABELS, RUNGS, type RoutedStep, routeCase, type Routing, type StepId } from "./route";
export { buildCasePlan, type CasePlan, type ClosedRoute, type EvidenceItem, type Phase, type PlanChain, type PlanNotOffered, type PlanStep, type ResolvedLink, type Unknown } from "./plan";
export { planToIcs } from "./ics";
export { CHAIN_LINK_IDS, CHAIN_ROUTES, type ChainLink, type ChainLinkId, type ChainRoute, chainLinks } from "./chain";
