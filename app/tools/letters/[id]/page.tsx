import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PageHeading } from "@/components/site/page-heading";
import { CaseDataNotice } from "@/components/tools/case-data-notice";
import { type LetterFieldGroup, type LetterFormField, LetterBuilder, type LetterValues } from "@/components/tools/letter-builder";
import { todayIn } from "@/lib/dates";
import { PROBLEM_LABELS, PROBLEMS } from "@/lib/deadlines";
import {
  DEFAULT_REPLY_DAYS,
  FIELD_META,
  formFieldsFor,
  getLetterTemplate,
  isLetterTemplateId,
  isLinkableField,
  LETTER_FIELD_NAMES,
  LETTER_TEMPLATE_IDS,
  type LetterFieldName,
  LINKABLE_FIELD_NAMES,
  type LetterTemplate,
  type LetterTemplateId,
  MAX_REPLY_DAYS,
  REMEDY_PHRASES,
} from "@/lib/letters";
import { PROBLEM_MAX_LENGTH } from "@/lib/letters/fields";
import { checkBillFromQuery, hasBilledAmounts } from "@/lib/import-tax/bill-check/from-query";
import { pageMetadata } from "@/lib/site/metadata";
import { fillLetter } from "./actions";
import { letterState } from "./letter-state";

export const dynamicParams = false;

export function generateStaticParams() {
  return LETTER_TEMPLATE_IDS.map((id) => ({ id }));
}

export async function generateMetadata(props: PageProps<"/tools/letters/[id]">): Promise<Metadata> {
  const { id } = await props.params;
  if (!isLetterTemplateId(id)) return {};
  const template = getLetterTemplate(id);
  return pageMetadata({ title: template.title, description: template.description.slice(0, 160), path: `/tools/letters/${id}` });
}

/** The currencies people most often pay overseas shops in; a code from a link that isn't here is still shown. */
const CURRENCIES = ["GBP", "EUR", "USD", "CAD", "AUD", "NZD", "CNY", "HKD", "JPY", "KRW", "SGD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON"];

type FieldUi = Omit<LetterFormField, "name" | "label">;

/** How each field is asked for: the input, its width and the hint under its label. */
const FIELD_UI: Record<LetterFieldName, FieldUi> = {
  consumerBody: { kind: "text", width: "l", hint: "Who you are writing to, for example European Consumer Centre Ireland." },
  name: { kind: "text", width: "l", autoComplete: "name", hint: "How you sign the letter." },
  orderNumber: { kind: "text", width: "m", hint: "In the order confirmation email or under your orders." },
  orderDate: { kind: "date", width: "s", hint: "The day you ordered and paid." },
  itemDescription: { kind: "text", width: "full", hint: "For example: Bluetooth speaker, model X2." },
  amount: { kind: "text", width: "s", inputMode: "decimal", hint: "The total you paid, for example 49.99." },
  currency: { kind: "select", width: "s", options: CURRENCIES.map((code) => ({ value: code, label: code })) },
  platform: { kind: "text", width: "m", hint: "Where you bought it, for example AliExpress, Temu or eBay." },
  sellerName: { kind: "text", width: "l", hint: "As the order or the shop page shows it." },
  sellerCountry: { kind: "text", width: "m", hint: "Where the trader is based, if you know." },
  agentName: { kind: "text", width: "m", hint: "The shopping agent you bought through." },
  parcelId: { kind: "text", width: "m", hint: "The number the agent's warehouse gave your parcel." },
  trackingNumber: { kind: "text", width: "m", hint: "In the shipping email or on the order page." },
  expectedDelivery: { kind: "date", width: "s", hint: "The latest date the seller or platform promised." },
  cardIssuer: { kind: "text", width: "l", hint: "The bank or company that gave you the card." },
  cardLast4: { kind: "text", width: "xs", inputMode: "numeric", hint: "Only the last 4 digits. Never put your full card number in a letter." },
  transactionId: { kind: "text", width: "m", hint: "In PayPal, open the payment under Activity." },
  problemKind: { kind: "select", width: "l", options: PROBLEMS.map((problem) => ({ value: problem, label: PROBLEM_LABELS[problem] })) },
  problem: { kind: "textarea", width: "full", hint: "Two or three short, factual sentences: what you expected and what you got." },
  contactedSellerOn: { kind: "date", width: "s", hint: "When you first told the seller about the problem." },
  remedy: { kind: "select", width: "m" },
  remedyDetails: { kind: "textarea", width: "full", hint: "Optional. For example, how much of a partial refund you want." },
  replyDays: {
    kind: "number",
    width: "xs",
    inputMode: "numeric",
    hint: `Leave it blank for ${DEFAULT_REPLY_DAYS} days. The letter gives the date: today plus this many days (at most ${MAX_REPLY_DAYS}).`,
  },
};

/** The form's sections, in the order a buyer has the answers to hand. */
const GROUPS: readonly { legend: string | null; fields: readonly LetterFieldName[] }[] = [
  { legend: null, fields: ["consumerBody"] },
  { legend: "Your order", fields: ["orderNumber", "orderDate", "itemDescription", "amount", "currency", "platform", "sellerName", "sellerCountry"] },
  { legend: "Your shopping agent", fields: ["agentName", "parcelId"] },
  { legend: "Delivery", fields: ["trackingNumber", "expectedDelivery"] },
  { legend: "How you paid", fields: ["cardIssuer", "cardLast4", "transactionId"] },
  { legend: "What went wrong", fields: ["problemKind", "problem", "contactedSellerOn"] },
  { legend: "What you want", fields: ["remedy", "remedyDetails", "replyDays"] },
  { legend: "Signing the letter", fields: ["name"] },
];

// A field in no section would never be asked for: fail the build instead.
for (const name of LETTER_FIELD_NAMES) {
  if (!GROUPS.some((group) => group.fields.includes(name))) throw new Error(`app/tools/letters/[id]: letter field "${name}" is in no form section`);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formGroups(template: LetterTemplate): LetterFieldGroup[] {
  const used = new Set(formFieldsFor(template.id));
  return GROUPS.map((group) => ({
    legend: group.legend,
    fields: group.fields
      .filter((name) => used.has(name))
      .map((name): LetterFormField => {
        const ui = FIELD_UI[name];
        const options = name === "remedy" ? template.remedies.map((remedy) => ({ value: remedy, label: sentenceCase(REMEDY_PHRASES[remedy].en) })) : ui.options;
        return { ...ui, name, label: FIELD_META[name].label, ...(options ? { options } : {}) };
      }),
  })).filter((group) => group.fields.length > 0);
}

/**
 * The values in the address, as typed, first of any repeated key: this letter's case facts only.
 * Personal fields in an old link are ignored (and the page's script takes them out of the address
 * bar), so a name or an order number is never read from, or written back into, a URL.
 */
function formValues(template: LetterTemplate, query: Record<string, string | string[] | undefined>): LetterValues {
  const values: LetterValues = {};
  for (const name of formFieldsFor(template.id)) {
    if (!isLinkableField(name)) continue;
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "") values[name] = value;
  }
  return values;
}

/** Cuts at the last full sentence that fits. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const end = slice.lastIndexOf(". ");
  return end > 0 ? slice.slice(0, end + 1) : slice;
}

/**
 * A customs-charge letter opened from the bill check carries the bill (the order and the billed
 * amounts, as the bill check's own address does), and is filled in here from the same check: the
 * letter's words are worked out on the server, never carried in a URL.
 */
function valuesFromBill(id: LetterTemplateId, query: Record<string, string | string[] | undefined>): LetterValues {
  if (id !== "customs-charge-query" || !hasBilledAmounts(query)) return {};
  const letter = checkBillFromQuery(query, todayIn(new Date(), "UTC")).check?.letter;
  if (!letter) return {};
  return { problem: cut(letter.problem, PROBLEM_MAX_LENGTH), remedyDetails: letter.remedyDetails, amount: letter.amount, currency: letter.currency };
}

export default async function LetterPage(props: PageProps<"/tools/letters/[id]">) {
  const { id } = await props.params;
  if (!isLetterTemplateId(id)) notFound();
  const template = getLetterTemplate(id);
  const query = await props.searchParams;
  const initial = letterState(id, { ...valuesFromBill(id, query), ...formValues(template, query) });
  const path = `/tools/letters/${id}`;

  return (
    <>
      <div className="print:hidden">
        <Breadcrumbs
          trail={[
            { href: "/", label: "Home" },
            { href: "/tools", label: "Tools" },
            { href: "/tools/letters", label: "Letters" },
          ]}
          current={template.title}
        />
        <div className="mt-6">
          <PageHeading title={template.title} lead={template.description} />
        </div>
        <div className="mt-6 max-w-2xl space-y-3">
          <p>
            <strong className="font-semibold">Who it goes to:</strong> {template.recipient}.
          </p>
          <p>Fill in what you know. Anything you leave blank shows in the letter in [brackets], so you can see what is left.</p>
          <p>
            <strong className="font-semibold">We don&apos;t keep what you type.</strong> The page address never holds your name, order number or
            anything else about you.
          </p>
          <details>
            <summary className="cursor-pointer font-semibold text-link underline underline-offset-4">How your details are handled</summary>
            <div className="mt-2 space-y-2">
              <p>With JavaScript on, the letter is filled in inside your browser: nothing you type is sent anywhere.</p>
              <p>
                The address holds only the letter you chose and facts such as the type of problem and the dates, so a bookmark or a shared link
                carries those and nothing else.
              </p>
              <p>
                If this page runs without JavaScript, “Fill in the letter” sends what you typed to our server once, inside the request rather than in
                the address, to fill in the letter. We don&apos;t store it.
              </p>
              <p>With JavaScript on, this browser also remembers your order details for the other tools, until you delete them at the foot of this page.</p>
            </div>
          </details>
        </div>
      </div>
      <LetterBuilder
        templateId={id}
        path={path}
        groups={formGroups(template)}
        initial={initial}
        fill={fillLetter}
        linkable={LINKABLE_FIELD_NAMES}
        today={todayIn(new Date(), "UTC")}
      />
      <section aria-labelledby="before-you-send" className="mt-12 max-w-2xl print:hidden">
        <h2 id="before-you-send" className="text-2xl font-bold">
          Before you send it
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {template.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
      <CaseDataNotice />
    </>
  );
}
