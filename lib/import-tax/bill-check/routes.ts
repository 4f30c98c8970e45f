/**
 * What a shopper can do about a wrong import bill, per destination and carrier: the form or route,
 * the time limit, the evidence to attach, with the official page each comes from.
 *
 * Dated, sourced data kept apart from the engine; the time limits are facts in the registry
 * (lib/facts/data/import-tax.ts). A route we could not confirm is not given a form name or a
 * deadline: it says to ask the carrier.
 */
import { factValueText } from "@/lib/facts";
import type { IsoDate } from "../dates";
import type { Channel, Source } from "../types";

export interface Route {
  /** "Border Force (form BOR286)" */
  title: string;
  /** Ordered steps, plain words. */
  steps: string[];
  /** When it must be done by, in words; null when no official limit is confirmed. */
  timeLimit: string | null;
  evidence: string[];
  sources: Source[];
  lastVerified: IsoDate;
}

/** What went wrong decides the route: tax paid twice goes back to the seller in some countries, to customs in others. */
export type RouteKind = "taxAlreadyCollected" | "wrongAssessment" | "carrierFee";

const CHECKED: IsoDate = "2026-12-01";

const S = {
  bor286: { title: "GOV.UK: Customs Duty/import VAT relating to imports by post (BOR286)", url: "https://www.gov.uk/government/publications/vat-customs-dutyimport-vat-relating-to-imports-by-post-bor286" },
  c285: { title: "GOV.UK: How to apply for a repayment of import duty and VAT if you've overpaid (C285)", url: "https://www.gov.uk/guidance/how-to-apply-for-a-repayment-of-import-duty-and-vat-if-youve-overpaid-c285" },
  postFees: { title: "HMRC: goods posted from abroad: tax payments, queries or refunds (handling fees are the carrier's)", url: "http://www.hmrc.gov.uk/customs/post/paying-tax.htm" },
  ucc: { title: "EUR-Lex: Union Customs Code, Regulation (EU) No 952/2013 (Article 121: time limits for repayment)", url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj" },
  ioss: {
    title: "Agencia Tributaria: low-value consignments manual, IOSS number in the customs declaration (cannot be added after release)",
    url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/manuales-practicos/manual-importacion-exportacion-envios-escaso-valor/2-formalidades-importacion-relativas-envios-valor/2_2-declaracion-aduana-conjunto-datos-h7/2_2_1-conjunto-superreducido-datos-columna-b/2_2_1_2-orientaciones-sobre-determinados-elementos-contexto/j-e_d-13-16-000-fiscales.html",
  },
  cbsaDispute: { title: "CBSA: disputing duty and taxes on mail (reassessment or Form B2G adjustment)", url: "http://cbsa-asfc.gc.ca/import/postal-postale/dispute-contestation-eng.html" },
  cbsaRefund: { title: "CBSA Memorandum D6-2-6: refund of duties and taxes on non-commercial importations", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d6/d6-2-6-eng.html" },
  atoRefund: { title: "ATO: A New Tax System (GST) Act 1999, section 142-16 (supplier reimburses GST paid again at the border)", url: "https://www.ato.gov.au/law/view/document?docid=PAC/20170077/Sch1-Cl45" },
  irdTwice: { title: "Inland Revenue (NZ): when GST has been charged twice", url: "https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods/when-gst-has-been-charged-twice" },
  nzRefunds: { title: "New Zealand Customs: duty and GST refunds", url: "https://www.customs.govt.nz/sending-and-receiving/duty-and-gst/duty-and-gst-refunds" },
  tollRefund: { title: "Norwegian Customs: refund in case of collection errors (VOEC)", url: "https://toll.no/en/online-shopping/refund-rules/refund-in-case-of-collection-errors" },
} satisfies Record<string, Source>;

const RECEIPT = "The order confirmation or receipt showing what you paid and any tax charged at checkout";
const NOTICE = "The carrier's charge notice (a photo of the card or label is fine) and your tracking number";
const PAYMENT = "Proof of payment (card statement, PayPal or agent payment record)";

function route(route: Omit<Route, "lastVerified">): Route {
  return { ...route, lastVerified: CHECKED };
}

const GB_POST = route({
  title: "Border Force, with form BOR286 (Royal Mail and Parcelforce)",
  steps: [
    "Fill in form BOR286, which is for duty or import VAT wrongly calculated on an item imported by post, and say what was wrong in its explanation box.",
    "Send it with your evidence to the address on the form. Pay the charge first if you need the parcel now: the form asks for a refund.",
  ],
  timeLimit: `HMRC repays overpaid import duty and VAT claimed within ${factValueText("gb-import-repayment-limit")}; send it as soon as you can.`,
  evidence: [RECEIPT, NOTICE, PAYMENT],
  sources: [S.bor286, S.c285],
});

const GB_COURIER = route({
  title: "The courier first, then HMRC's repayment claim (C285)",
  steps: [
    "Ask the courier, who made the customs declaration for you, to correct it and refund the difference.",
    "If it will not, claim the repayment from HMRC yourself: private individuals can apply, online or on form C285.",
  ],
  timeLimit: `Within ${factValueText("gb-import-repayment-limit")} of being told of the charge, for overpayments.`,
  evidence: [RECEIPT, NOTICE, PAYMENT, "The courier's import entry or reference, if it gave you one"],
  sources: [S.c285],
});

const GB_FEE = route({
  title: "Royal Mail, Parcelforce or the courier",
  steps: [
    "Handling fees are the carrier's, not HMRC's: complain to the carrier, quoting its own published fee.",
    "No handling fee is due where no duty or VAT is due.",
  ],
  timeLimit: null,
  evidence: [NOTICE, PAYMENT],
  sources: [S.postFees],
});

const EU_IOSS = route({
  title: "The carrier, with the seller's IOSS number, before you pay",
  steps: [
    "Do not pay yet. Ask the seller or marketplace to give the carrier its IOSS number for this parcel, and ask the carrier to present the parcel to customs again with it.",
    "The IOSS number cannot be added once customs have released the parcel. If you have already paid, ask the seller to refund the VAT it charged you at checkout (it can correct its IOSS return), or ask customs for a repayment.",
  ],
  timeLimit: `Before you pay and the parcel is released. A repayment of overpaid duty from customs must be asked for within ${factValueText("eu-customs-repayment-limit")}.`,
  evidence: [RECEIPT, NOTICE, "The page of the order showing VAT was included (\"VAT paid under IOSS\")"],
  sources: [S.ioss, S.ucc],
});

const EU_ASSESSMENT = route({
  title: "The carrier, then the customs office of your country",
  steps: [
    "Ask the carrier, which declared the parcel for you, how it worked out the charge and to correct it.",
    "If it will not, ask your country's customs for a repayment of the overpaid duty or VAT.",
  ],
  timeLimit: `A repayment of overpaid import duty must be asked for within ${factValueText("eu-customs-repayment-limit")} of being told of the charge.`,
  evidence: [RECEIPT, NOTICE, PAYMENT],
  sources: [S.ucc],
});

const CA_ASSESSMENT = route({
  title: "The CBSA: refuse and ask for a reassessment, or pay and send Form B2G",
  steps: [
    "Before paying: refuse the parcel and ask Canada Post to return it to the CBSA for reassessment; the CBSA will call you.",
    "After paying: fill in Form B2G (on the back of Form E14 attached to the parcel) and send it with your evidence to the Casual Refund Centre it names.",
    "Canada Post's handling fee is refunded if the goods should have been free of duty and tax.",
  ],
  timeLimit: null,
  evidence: ["Invoices or receipts showing the correct value", NOTICE, "Form E14 from the parcel"],
  sources: [S.cbsaDispute, S.cbsaRefund],
});

const AU_TWICE = route({
  title: "The seller, with proof you paid GST at the border",
  steps: [
    "Australian law makes the seller or platform reimburse the GST it charged you once you show that GST was also paid at the border.",
    "Send the seller the border charge notice and your receipt and ask it to refund the GST it charged at checkout.",
  ],
  timeLimit: null,
  evidence: [RECEIPT, NOTICE, PAYMENT],
  sources: [S.atoRefund],
});

const NZ_TWICE = route({
  title: "The seller, with proof you paid GST at the border",
  steps: [
    "Inland Revenue's rule: you can ask the overseas seller for a refund of the GST it charged if you give it evidence that you paid GST at the border.",
    "Customs only refunds what was paid to Customs or a broker, so start with the seller.",
  ],
  timeLimit: null,
  evidence: [RECEIPT, NOTICE],
  sources: [S.irdTwice, S.nzRefunds],
});

const NO_TWICE = route({
  title: "The VOEC-registered shop, or the carrier that declared the parcel",
  steps: [
    "If a VOEC-registered shop charged VAT and you paid it again, ask the shop for the refund: Norwegian Customs are not involved.",
    "If your parcel was declared in a joint declaration, ask the carrier or freight forwarder that declared it to correct it.",
  ],
  timeLimit: null,
  evidence: [RECEIPT, NOTICE],
  sources: [S.tollRefund],
});

const GENERIC = route({
  title: "The carrier that sent the bill",
  steps: [
    "Ask the carrier for the customs declaration it made and how it worked out each line of the bill.",
    "Ask it to correct the declaration, or to tell you which customs office handles refunds.",
  ],
  timeLimit: null,
  evidence: [RECEIPT, NOTICE, PAYMENT],
  sources: [],
});

export function routeFor(destination: string, group: "eu" | "other", channel: Channel, kind: RouteKind): Route {
  if (destination === "GB") return kind === "carrierFee" ? GB_FEE : channel === "post" ? GB_POST : GB_COURIER;
  if (group === "eu") return kind === "taxAlreadyCollected" ? EU_IOSS : EU_ASSESSMENT;
  if (destination === "CA") return CA_ASSESSMENT;
  if (kind === "taxAlreadyCollected") {
    if (destination === "AU") return AU_TWICE;
    if (destination === "NZ") return NZ_TWICE;
    if (destination === "NO") return NO_TWICE;
  }
  return GENERIC;
}
