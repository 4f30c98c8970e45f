import type { FactFile } from "../define";
import { AGENT_FACTS } from "./agents";
import { AU_NZ_FACTS } from "./au-nz";
import { BODY_FACTS } from "./bodies";
import { CA_FACTS } from "./ca";
import { CH_FACTS } from "./ch";
import { CUSTOMS_ASIA_FACTS } from "./customs-asia";
import { CUSTOMS_AU_NZ_FACTS } from "./customs-au-nz";
import { CUSTOMS_CA_FACTS } from "./customs-ca";
import { CUSTOMS_CH_NO_FACTS } from "./customs-ch-no";
import { CUSTOMS_EU_FACTS } from "./customs-eu";
import { CUSTOMS_GB_FACTS } from "./customs-gb";
import { CUSTOMS_US_FACTS } from "./customs-us";
import { DATA_PROTECTION_FACTS } from "./data-protection";
import { EU_FACTS } from "./eu";
import { IMPORT_TAX_FACTS } from "./import-tax";
import { JP_FACTS } from "./jp";
import { KR_FACTS } from "./kr";
import { NO_FACTS } from "./no";
import { OMBUDSMEN_FACTS } from "./ombudsmen";
import { PAYMENT_METHOD_FACTS } from "./payment-methods";
import { PAYMENT_FACTS } from "./payments";
import { PLATFORM_FACTS } from "./platforms";
import { POSTAL_FACTS } from "./postal";
import { SCAM_FACTS } from "./scams";
import { SEIZURE_FACTS } from "./seizures";
import { SG_FACTS } from "./sg";
import { TAX_REFUND_FACTS } from "./tax-refunds";
import { UK_FACTS } from "./uk";
import { US_FACTS } from "./us";

/**
 * Every data file of the registry. One file per area, each owned by whoever keeps that area's
 * sources: add a new file here when you start one.
 */
export const ALL_FACT_FILES: readonly FactFile[] = [
  // Payment routes, consumer law, platforms and the bodies that can help.
  PAYMENT_FACTS,
  UK_FACTS,
  EU_FACTS,
  US_FACTS,
  CA_FACTS,
  AU_NZ_FACTS,
  CH_FACTS,
  NO_FACTS,
  JP_FACTS,
  KR_FACTS,
  SG_FACTS,
  PLATFORM_FACTS,
  BODY_FACTS,
  OMBUDSMEN_FACTS,
  // Post and carriers, shopping agents' own terms, data protection.
  POSTAL_FACTS,
  AGENT_FACTS,
  DATA_PROTECTION_FACTS,
  // Paying without a card, scams and where to report them.
  PAYMENT_METHOD_FACTS,
  SCAM_FACTS,
  // Customs seizures of suspected fakes.
  SEIZURE_FACTS,
  // Import tax: thresholds, rates, duties and fees behind the calculator.
  CUSTOMS_EU_FACTS,
  CUSTOMS_GB_FACTS,
  CUSTOMS_US_FACTS,
  CUSTOMS_CA_FACTS,
  CUSTOMS_AU_NZ_FACTS,
  CUSTOMS_CH_NO_FACTS,
  CUSTOMS_ASIA_FACTS,
  IMPORT_TAX_FACTS,
  TAX_REFUND_FACTS,
];
