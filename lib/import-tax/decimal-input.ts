/**
 * Reads an amount the way people write it. Client-safe (no dependencies), so the form and the
 * server read "39,99" alike.
 *
 * - "39.99" and "39,99" are both 39.99 (a decimal comma is how most of Europe writes prices).
 * - "1,234.56" and "1.234,56" are both 1234.56 (the last separator is the decimal one when both appear).
 * - "1 234,56" (spaces between groups of three) is 1234.56.
 * - "1,234" or "1.234" on their own are ambiguous (a thousand, or one and a bit): refused, and the
 *   message asks for the amount without a thousands separator.
 */
export type DecimalReading = { ok: true; text: string } | { ok: false; reason: "notANumber" | "ambiguous" | "negative" };

export function readDecimalInput(raw: string): DecimalReading {
  const text = raw.trim().replace(/[\s\u00a0\u202f']/g, (space, offset: number, whole: string) =>
    // Only spaces (and Swiss apostrophes) between digits are group separators.
    /\d/.test(whole.charAt(offset - 1)) && /\d/.test(whole.charAt(offset + 1)) ? "" : space,
  );
  if (/^-/.test(text)) return { ok: false, reason: "negative" };
  if (/^\d+$/.test(text)) return { ok: true, text };
  const lastComma = text.lastIndexOf(",");
  const lastPoint = text.lastIndexOf(".");
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole = "", fraction, extra] = text.split(decimal);
    if (extra !== undefined || fraction === undefined || !/^\d+$/.test(fraction)) return { ok: false, reason: "notANumber" };
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return { ok: false, reason: "notANumber" };
    return { ok: true, text: `${whole.split(group).join("")}.${fraction}` };
  }
  const separator = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : null;
  if (separator === null) return { ok: false, reason: "notANumber" };
  const parts = text.split(separator);
  if (parts.some((part) => !/^\d+$/.test(part))) return { ok: false, reason: "notANumber" };
  if (parts.length > 2) {
    // "1,234,567" or "1.234.567": thousands separators only.
    return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => p.length === 3) ? { ok: true, text: parts.join("") } : { ok: false, reason: "notANumber" };
  }
  const [whole, fraction] = parts as [string, string];
  if (fraction.length === 3 && !/^0+$/.test(whole)) return { ok: false, reason: "ambiguous" };
  return { ok: true, text: `${whole}.${fraction}` };
}

/** For the shareable URL, where a comma separates the parts of an item: "39,99" → "39.99"; anything unreadable is kept as typed. */
export function canonicalAmountText(raw: string): string {
  const reading = readDecimalInput(raw);
  return reading.ok ? reading.text : raw.trim();
}
