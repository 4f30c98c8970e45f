import { EU_COUNTRIES } from "@/lib/deadlines/inputs";
import { factScope } from "@/lib/facts";

/**
 * Reads the registry's scope facts (who a body or scheme can help): whether a consumer living in one
 * place can use it against a trader in another. The plan never keeps its own list of which countries
 * a body covers; a correction to a scope fact changes the plan at once.
 */

/** "yes", "no", or "unknown" when it depends on something the buyer didn't say (the seller's country, their province). */
export type Reach = "yes" | "no" | "unknown";

/** A country code ("DE"), a part of one ("CA-ON"), "other" (a country not in the form's list) or "unknown". */
export type Place = string;

function isEu(code: string): boolean {
  return (EU_COUNTRIES as readonly string[]).includes(code);
}

/**
 * Whether `place` is among `places` (fact place codes: "global", "EU", "GB", "CA-ON"…). A buyer
 * whose region we don't know, in a country of which only some regions are listed, gives "unknown".
 */
export function placeIn(places: readonly string[], place: Place): Reach {
  // "other" is a country outside the form's list, which a scope may still name (Iceland, Mexico).
  if (place === "unknown" || place === "other") return places.includes("global") ? "yes" : "unknown";
  const country = place.split("-")[0] ?? place;
  if (places.includes("global") || places.includes(place) || places.includes(country)) return "yes";
  if (places.includes("EU") && isEu(country)) return "yes";
  if (!place.includes("-") && places.some((listed) => listed.startsWith(`${country}-`))) return "unknown";
  return "no";
}

function both(a: Reach, b: Reach): Reach {
  if (a === "no" || b === "no") return "no";
  return a === "yes" && b === "yes" ? "yes" : "unknown";
}

/**
 * Whether the scope fact `id` reaches a consumer in `consumer` and a trader in `trader`.
 * `crossBorder` is for bodies whose scope summary says "in another of those countries" (ECC-Net,
 * the European Small Claims Procedure): a trader in the consumer's own country is out of reach.
 */
export function scopeReaches(id: string, consumer: Place, trader: Place, options: { crossBorder?: boolean } = {}): Reach {
  const scope = factScope(id);
  const reach = both(placeIn(scope.consumersIn, consumer), placeIn(scope.tradersIn, trader));
  if (options.crossBorder && reach !== "no" && trader !== "unknown" && trader.split("-")[0] === consumer.split("-")[0]) return "no";
  return reach;
}

/** The consumer's place as scope facts name it: "CA-ON" when the region is known, else the country. */
export function consumerPlace(country: string, region: string | undefined): Place {
  return region === undefined ? country : `${country}-${region}`;
}
