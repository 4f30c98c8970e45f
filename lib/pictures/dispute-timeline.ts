import { factDuration, factText } from "../facts";

/**
 * The timeline of one case (components/pictures/dispute-timeline.tsx): a parcel that never arrived,
 * paid by PayPal or by card, with the reader's own steps and the windows they must act in, counted
 * in days from the payment. The days of the windows come from the fact registry; the days of the
 * reader's own steps (when delivery was due, when they acted) are the worked example's inputs.
 */
export const DISPUTE_ROUTES = ["paypal", "card"] as const;
export type DisputeRoute = (typeof DISPUTE_ROUTES)[number];

export interface TimelineRow {
  /** A reader's own step is a moment (a square); a time limit is a window (a bar). */
  kind: "step" | "window";
  label: string;
  detail?: string;
  from: number;
  /** Equal to `from` for a step. */
  to: number;
  /** The day written beside the mark: "Day 40", "Days 40 to 60". */
  dayText: string;
}

export interface DisputeTimelineModel {
  title: string;
  rows: TimelineRow[];
  /** The last day on the scale. */
  end: number;
  facts: string[];
}

export interface DisputeExample {
  /** Days after paying that the latest delivery date fell. */
  dueDay: number;
  /** Days after paying that the reader acted (opened the dispute, asked the bank). */
  actDay: number;
}

function days(id: string): number {
  const { amount, unit } = factDuration(id);
  if (unit !== "days") throw new Error(`Fact ${id} is in ${unit}; the dispute timeline counts in days`);
  return amount;
}

const step = (label: string, day: number, detail?: string): TimelineRow => ({ kind: "step", label, from: day, to: day, dayText: `Day ${day}`, ...(detail ? { detail } : {}) });
const window = (label: string, from: number, to: number, detail: string): TimelineRow => ({ kind: "window", label, detail, from, to, dayText: `Day ${from} to day ${to}` });

export function disputeTimelineModel(route: DisputeRoute, { dueDay, actDay }: DisputeExample): DisputeTimelineModel {
  if (!(dueDay > 0 && actDay > dueDay)) throw new Error(`The example needs 0 < due day < act day (got due ${dueDay}, act ${actDay})`);
  if (route === "paypal") {
    const open = days("paypal-inr-window");
    const escalate = days("paypal-escalation-window");
    if (actDay > open) throw new Error(`The example opens the dispute on day ${actDay}, after PayPal's window closes on day ${open}`);
    return {
      title: "A PayPal case: the parcel never arrived",
      rows: [
        step("You pay by PayPal", 0),
        window("You can open a PayPal dispute", 0, open, factText("Up to {paypal-inr-window} after paying, not after the delivery date.")),
        step("The latest delivery date passes", dueDay),
        step("You open the dispute", actDay),
        window("Escalate it to a claim", actDay, actDay + escalate, factText("Within {paypal-escalation-window} of opening it, even if the seller promises a refund, or it closes for good.")),
      ],
      end: Math.max(open, actDay + escalate),
      facts: ["paypal-inr-window", "paypal-escalation-window"],
    };
  }
  const chargeback = days("card-chargeback-window");
  return {
    title: "A card case: the parcel never arrived",
    rows: [
      step("You pay by card", 0),
      step("The latest delivery date passes", dueDay),
      window("Your bank can raise a chargeback", dueDay, dueDay + chargeback, factText("About {card-chargeback-window} from the latest delivery date. Your bank may ask you to report it sooner.")),
      step("You ask your bank", actDay, "With the order, the delivery promise and your messages."),
    ],
    end: dueDay + chargeback,
    facts: ["card-chargeback-window"],
  };
}
