import { factText } from "../facts";

/**
 * The escalation ladder (components/pictures/escalation-ladder.tsx): the five steps out of a stuck
 * case, in order, as the escalation roadmap guide explains them, and the one thing the order hides:
 * the card and PayPal clocks run from the start, whatever steps 1 and 2 are doing.
 */
export const RUNGS = ["seller", "platform", "payment", "body", "court"] as const;
export type Rung = (typeof RUNGS)[number];

export interface LadderStep {
  id: Rung;
  number: number;
  label: string;
  detail: string;
}

export interface LadderModel {
  steps: LadderStep[];
  clock: string;
  facts: string[];
}

export function escalationModel(): LadderModel {
  const steps: Omit<LadderStep, "number">[] = [
    { id: "seller", label: "The seller or agent", detail: "Write through the platform's messages, so the platform can see them later." },
    { id: "platform", label: "The platform's dispute", detail: "AliExpress, Temu, eBay, Amazon or your agent. Its windows close quietly." },
    { id: "payment", label: "Your bank or PayPal", detail: "Chargeback, Section 75 or a PayPal dispute. They hold the money, so this step often works." },
    { id: "body", label: "A consumer body or mediator", detail: "Only if one covers both your country and the trader's. None covers sellers in China." },
    { id: "court", label: "A court", detail: "Small claims or arbitration. A judgment is hard to enforce against a seller abroad." },
  ];
  return {
    steps: steps.map((step, i) => ({ ...step, number: i + 1 })),
    clock: factText(
      "Your card and PayPal time limits run from the start, while steps 1 and 2 go on: about {card-chargeback-window} for a card chargeback, {paypal-inr-window} after paying for a PayPal dispute.",
    ),
    facts: ["card-chargeback-window", "paypal-inr-window"],
  };
}
