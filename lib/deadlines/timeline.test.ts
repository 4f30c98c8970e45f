import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, calendarDate } from "@/lib/dates";
import { planDeadlines } from "./plan";
import { axisLabels, LABEL_GAP, placeInRows, timelineModel } from "./timeline";

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

describe("laying out the drawing's words", () => {
  const overlaps = (boxes: { from: number; to: number }[]) => boxes.some((box, i) => i > 0 && box.from < (boxes[i - 1]?.to ?? 0) + LABEL_GAP);

  it("keeps month labels apart on a phone-width drawing, with the year only where it changes", () => {
    // The case from the report: a year of month ticks ("Dec 2026Jan 2027Feb 202…").
    const plan = planDeadlines({ country: "GB", payment: "paypal", platform: "aliexpress", problem: "not-delivered", paid: d("2027-06-20") }, { today: d("2026-12-01") });
    const model = timelineModel(plan, { horizonDays: 400 });
    const labels = axisLabels(model, { left: 14, right: 326, fontSize: 12, width: 340 });
    expect(overlaps(labels)).toBe(false);
    expect(labels.every((label) => label.from >= 0 && label.to <= 340)).toBe(true);
    expect(labels[0]?.text).toBe("Dec 2026");
    expect(labels.filter((label) => /\d/.test(label.text)).length).toBeLessThanOrEqual(2);
    // Wide, at least every other month of the 13 fits.
    expect(axisLabels(model, { left: 14, right: 706, fontSize: 12, width: 720 }).length).toBeGreaterThanOrEqual(Math.ceil(model.ticks.length / 2));
  });

  it("never overlaps, for any span from a day to six years, at phone width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2200 }), fc.integer({ min: -30, max: 30 }), (span, start) => {
        const paid = addDays(d("2026-01-01"), start);
        const plan = planDeadlines({ country: "GB", payment: "other", platform: "other", problem: "faulty", paid, delivered: addDays(paid, Math.min(span, 3)) }, { today: addDays(paid, span) });
        const labels = axisLabels(timelineModel(plan), { left: 14, right: 326, fontSize: 12, width: 340 });
        expect(overlaps(labels)).toBe(false);
        expect(labels.every((label) => label.from >= 0 && label.to <= 340)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("stacks close items on separate rows and keeps them inside the drawing", () => {
    const placed = placeInRows(
      [
        { key: "paid", x: 14, width: 30 },
        { key: "delivered", x: 20, width: 60 },
        { key: "expected", x: 30, width: 110 },
        { key: "today", x: 326, width: 40 },
      ],
      { width: 340 },
    );
    expect(placed.map((p) => [p.key, p.row])).toEqual([
      ["paid", 0],
      ["delivered", 1],
      ["expected", 2],
      ["today", 0],
    ]);
    expect(placed.every((p) => p.from >= 0 && p.from + p.width <= 340)).toBe(true);
  });
});
