import { DateField } from "@/components/tools/form-fields";
import { factText } from "@/lib/facts";

/**
 * The dates that only some cases have (a PayPal dispute, a cancellation notice, a customs notice, a
 * complaint to the bank, the posting date),
 * asked the same way, under the same names, in the deadline planner and the case plan, so a link from
 * one to the other keeps them. Server component: the forms work without JavaScript.
 */
export const MORE_DATE_FIELDS = ["disputeOpened", "cancelled", "posted", "notice", "complained", "finalResponse"] as const;

export function MoreDateFields({ values, errorFor }: { values: Record<string, string>; errorFor: (path: string) => string | undefined }) {
  return (
    <>
      <DateField
        name="disputeOpened"
        label="Date you opened a PayPal dispute"
        hint={factText("PayPal's {paypal-escalation-window:adjective} limit to escalate to a claim counts from it.")}
        value={values.disputeOpened}
        error={errorFor("disputeOpened")}
      />
      <DateField
        name="cancelled"
        label="Date you sent the seller a cancellation notice"
        hint="Ontario and Quebec: the time to ask your credit card issuer to reverse the charge counts from it."
        value={values.cancelled}
        error={errorFor("cancelled")}
      />
      <DateField
        name="posted"
        label="Date the parcel was posted"
        hint="From the tracking: the day the seller or agent handed it to the post. A postal inquiry about a lost parcel counts from it."
        value={values.posted}
        error={errorFor("posted")}
      />
      <DateField
        name="notice"
        label="Date of the customs seizure or detention notice"
        hint="The date on the letter saying customs seized or detained the parcel (in the US, the mailing date on it). Not a bill for duty or tax."
        value={values.notice}
        error={errorFor("notice")}
      />
      <DateField
        name="complained"
        label="Date you complained to your bank or payment provider"
        hint={factText("UK: your bank has {uk-fos-firm-response-window} from it to send a final response.")}
        value={values.complained}
        error={errorFor("complained")}
      />
      <DateField
        name="finalResponse"
        label="Date of its final response"
        hint={factText("UK: you have {uk-fos-referral-window} from it to go to the Financial Ombudsman Service.")}
        value={values.finalResponse}
        error={errorFor("finalResponse")}
      />
    </>
  );
}

/** Whether the group should start open: a date given, or an error to show. */
export function hasMoreDates(values: Record<string, string>, errorFor: (path: string) => string | undefined): boolean {
  return MORE_DATE_FIELDS.some((field) => Boolean(values[field] || errorFor(field)));
}
