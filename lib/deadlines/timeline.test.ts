import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { planDeadlines } from "./plan";
import { timelineModel } from "./timeline";

const d = calendarDate;

describe("timelineModel", () => {
  const plan = planDeadlines(
    { country: "GB", region: "ENG", payment: "paypal", platform: "ebay", problem: "faulty", paid: d("2026-09-01"), expected: d("2026-09-20"), delivered: d("2026-09-15") },
    { today: d("2026-10-01") },
  );
  const model = timelineModel(plan, { horizonDays: 365 });

  it("draws everything by default, including a court time limit years away", () => {
    const full = timelineModel(plan);
    expect(full.end).toBe("2032-09-15");
    expect(full.offScale).toEqual([]);
    expect(full.markers.at(-1)).toMatchObject({ id: "uk-court-time-limit", position: 1 });
  });

  it("with a horizon, spans from payment to the last deadline within it and lists the rest", () => {
    expect(model.offScale.map((marker) => marker.id)).toEqual(["uk-court-time-limit"]);
    expect(model.start).toBe("2026-09-01");
    expect(model.end).toBe("2026-10-20");
    expect(model.span).toBe(49);
  });

  it("places every marker between 0 and 1, in order", () => {
    expect(model.markers[0]).toMatchObject({ kind: "event", id: "paid", position: 0 });
    expect(model.markers.at(-1)).toMatchObject({ kind: "deadline", id: "ebay-money-back", position: 1 });
    const positions = model.markers.map((marker) => marker.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0 && p <= 1)).toBe(true);
    const today = model.markers.find((marker) => marker.kind === "today");
    expect(today?.position).toBeCloseTo(30 / 49);
    expect(model.markers.map((marker) => marker.id)).toEqual([
      "paid",
      "delivered",
      "expected",
      "uk-cancellation",
      "today",
      "paypal-dispute",
      "uk-short-term-reject",
      "ebay-money-back",
    ]);
  });

  it("leaves out undated deadlines and adds month ticks", () => {
    expect(model.markers.some((marker) => marker.id === "paypal-escalation")).toBe(false);
    expect(model.ticks.map((tick) => tick.label)).toEqual(["Sep 2026", "Oct 2026"]);
    expect(model.ticks[1]?.position).toBeCloseTo(30 / 49);
  });

  it("uses year ticks for long spans and centres a single-day span", () => {
    const long = timelineModel(
      planDeadlines({ country: "GB", region: "ENG", payment: "other", platform: "other", problem: "faulty", paid: d("2026-03-01"), delivered: d("2026-03-05") }, { today: d("2026-03-05") }),
    );
    expect(long.end).toBe("2032-03-05");
    expect(long.ticks.map((tick) => tick.label)).toEqual(["2027", "2028", "2029", "2030", "2031", "2032"]);
    const single = timelineModel(
      planDeadlines({ country: "other", payment: "bank-transfer", platform: "other", problem: "not-delivered", paid: d("2026-03-01") }, { today: d("2026-03-01") }),
    );
    expect(single.span).toBe(0);
    expect(single.markers.every((marker) => marker.position === 0.5)).toBe(true);
  });
});
