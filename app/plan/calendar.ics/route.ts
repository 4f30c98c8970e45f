import { todayIn } from "@/lib/dates";
import { buildCasePlan, parsePlanQuery, planToIcs } from "@/lib/plan";
import { absoluteUrl } from "@/lib/site/config";

/** The plan's deadlines still ahead and its reply-by date as one iCalendar file, for the same address as the plan (works without JavaScript). */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const now = new Date();
  const today = todayIn(now, "UTC");
  const parsed = parsePlanQuery(params, { today });
  if (!parsed.ok) {
    return new Response(`Cannot make a calendar from this link:\n${parsed.errors.map((e) => `- ${e.path}: ${e.message}`).join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const plan = buildCasePlan(parsed.input, { today });
  const ics = planToIcs(plan, { now, url: absoluteUrl(plan.links.self) });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="recourse-plan-${parsed.input.paid}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
