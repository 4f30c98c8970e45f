/**
 * Every destination's rules, validated with zod when this module loads. A bad rate or date throws
 * here, naming the destination and the field, so it can never reach a shopper's estimate.
 */
import type { z } from "zod";
import { destinationSchema, type DestinationInput } from "../schema";
import type { Destination, RuleVersion } from "../types";
import type { IsoDate } from "../dates";
import { AU } from "./au";
import { CA } from "./ca";
import { CH } from "./ch";
import { EU_MEMBERS } from "./eu-members";
import { GB } from "./gb";
import { JP } from "./jp";
import { KR } from "./kr";
import { NO } from "./no";
import { NZ } from "./nz";
import { SG } from "./sg";
import { US } from "./us";

export const RAW_DESTINATIONS: readonly DestinationInput[] = [...EU_MEMBERS, GB, US, CA, AU, NZ, CH, NO, JP, KR, SG];

export function formatRuleErrors(code: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return `invalid import-tax rules for ${code}:\n${lines.join("\n")}`;
}

export function validateDestination(raw: DestinationInput): Destination {
  const result = destinationSchema.safeParse(raw);
  if (!result.success) throw new Error(formatRuleErrors(raw.code, result.error));
  return result.data;
}

export const DESTINATIONS: readonly Destination[] = RAW_DESTINATIONS.map(validateDestination).sort((a, b) =>
  a.name.localeCompare(b.name, "en"),
);

const BY_CODE = new Map(DESTINATIONS.map((d) => [d.code, d]));

export function getDestination(code: string): Destination | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export function findRuleVersion(destination: Destination, date: IsoDate): RuleVersion | undefined {
  return destination.versions.find((v) => v.validFrom <= date && date <= v.validTo);
}
