import { DateField } from "@/components/tools/form-fields";
import { factText } from "@/lib/facts";

/**
 * The dates that only some cases have (a PayPal dispute, a cancellation notice, the posting date, a
 * customs notice, a complaint to the bank and its answer), asked the same way, under the same names,
 * in the deadline planner and the case plan, so a link from one to the other keeps them. Server
 * component: the forms work without JavaScript.
 */
const MORE_DATES = [
  {
    name: "disputeOpened",
    label: "Date you opened a PayPal dispute",
    hint: factText("PayPal's {paypal-escalation-window:adjective} limit to escalate to a claim counts from it."),
  },
  {
    name: "cancelled",
    label: "Date you sent the seller a cancellation notice",
    hint: "Ontario and Quebec: the time to ask your credit card issuer to reverse the charge counts from it.",
  },
  {
    name: "posted",
    label: "Date the parcel was posted",
    hint: "From the tracking: the day the seller or agent handed it to the post. A postal inquiry about a lost parcel counts from it.",
  },
  {
    name: "notice",
    label: "Date of the customs seizure or detention notice",
    hint: "The date on the letter saying customs seized or detained the parcel (in the US, the mailing date on it). Not a bill for duty or tax.",
  },
  {
    name: "complained",
    label: "Date you complained to your bank or payment provider",
    hint: factText("UK: your bank has {uk-fos-firm-response-window} from it to send a final response."),
  },
  {
    name: "finalResponse",
    label: "Date of its final response",
    hint: factText("UK: you have {uk-fos-referral-window} from it to go to the Financial Ombudsman Service."),
  },
] as const;

export function MoreDateFields({ values, errorFor }: { values: Record<string, string>; errorFor: (path: string) => string | undefined }) {
  return (
    <>
      {MORE_DATES.map((field) => (
        <DateField key={field.name} name={field.name} label={field.label} hint={field.hint} value={values[field.name]} error={errorFor(field.name)} />
      ))}
    </>
  );
}

/** Whether the group should start open: a date given, or an error to show. */
export function hasMoreDates(values: Record<string, string>, errorFor: (path: string) => string | undefined): boolean {
  return MORE_DATES.some(({ name }) => Boolean(values[name] || errorFor(name)));
}
