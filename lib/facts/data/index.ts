import type { FactFile } from "../define";
import { IMPORT_TAX_FACTS } from "./import-tax";
import { PAYMENT_FACTS } from "./payments";

/**
 * Every data file of the registry. One file per area, each owned by whoever keeps that area's
 * sources: add a new file here when you start one.
 */
export const ALL_FACT_FILES: readonly FactFile[] = [PAYMENT_FACTS, IMPORT_TAX_FACTS];
