import type { FactFile } from "../define";
import { IMPORT_TAX_FACTS } from "./import-tax";
import { CUSTOMS_ASIA_FACTS } from "./customs-asia";
import { CUSTOMS_AU_NZ_FACTS } from "./customs-au-nz";
import { CUSTOMS_CA_FACTS } from "./customs-ca";
import { CUSTOMS_CH_NO_FACTS } from "./customs-ch-no";
import { CUSTOMS_EU_FACTS } from "./customs-eu";
import { CUSTOMS_GB_FACTS } from "./customs-gb";
import { CUSTOMS_US_FACTS } from "./customs-us";
import { PAYMENT_FACTS } from "./payments";

/**
 * Every data file of the registry. One file per area, each owned by whoever keeps that area's
 * sources: add a new file here when you start one.
 */
export const ALL_FACT_FILES: readonly FactFile[] = [
  PAYMENT_FACTS,
  CUSTOMS_EU_FACTS,
  CUSTOMS_GB_FACTS,
  CUSTOMS_US_FACTS,
  CUSTOMS_CA_FACTS,
  CUSTOMS_AU_NZ_FACTS,
  CUSTOMS_CH_NO_FACTS,
  CUSTOMS_ASIA_FACTS,
  IMPORT_TAX_FACTS,
];
