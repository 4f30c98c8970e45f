import type { FactFile } from "../define";
import { AU_NZ_FACTS } from "./au-nz";
import { BODY_FACTS } from "./bodies";
import { CA_FACTS } from "./ca";
import { EU_FACTS } from "./eu";
import { PAYMENT_FACTS } from "./payments";
import { PLATFORM_FACTS } from "./platforms";
import { UK_FACTS } from "./uk";
import { US_FACTS } from "./us";

/**
 * Every data file of the registry. One file per area, each owned by whoever keeps that area's
 * sources: add a new file here when you start one.
 */
export const ALL_FACT_FILES: readonly FactFile[] = [PAYMENT_FACTS, UK_FACTS, EU_FACTS, US_FACTS, CA_FACTS, AU_NZ_FACTS, PLATFORM_FACTS, BODY_FACTS];
