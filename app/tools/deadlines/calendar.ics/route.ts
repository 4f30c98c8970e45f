import { parseDeadlineQuery, planDeadlines, toIcs } from "@/lib/deadlines";
import { todayIn } from "@/lib/dates";
import { absoluteUrl } from "@/lib/site/config";

/** The deadlines still ahead as an iCalendar file, for the same query as the page (works without JavaScript). A passed deadline in a calendar is only noise. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseDeadlineQuery(params);
  if (!parsed.ok) {
    return new Response(`Cannot make a calendar from this link:\n${parsed.errors.map((e) => `- ${e.path}: ${e.message}`).join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const now = new Date();
  const plan = planDeadlines(parsed.input, { today: todayIn(now, "UTC") });
  const ics = toIcs(plan, { now, url: absoluteUrl(`/tools/deadlines?${params.toString()}`), includePassed: false });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="recourse-deadlines-${parsed.input.paid}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
