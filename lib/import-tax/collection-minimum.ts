import type { RuleVersion } from "./types";

export type CollectionMinimum = NonNullable<RuleVersion["tax"]["import"]["notCollected"]>;

/**
 * Whether customs leave a small amount of import charges uncollected. Switzerland measures the
 * import VAT alone (duty is assessed separately); Germany measures the import charges as a whole,
 * so a parcel that owes €3 duty has its VAT collected too, however small.
 */
export function isBelowCollectionMinimum(rule: CollectionMinimum, tax: number, duty: number): boolean {
  const measured = rule.covers === "importCharges" ? tax + duty : tax;
  return rule.when === "atOrBelow" ? measured <= rule.amount.minor : measured < rule.amount.minor;
}
