/**
 * A GET form's answers as the page redraws the form with them: the first value of each parameter,
 * cut to 100 characters (no field needs more, and an answer is written back into the page), empty
 * ones left out. Validation happens elsewhere; this only decides what the form shows again.
 */
export function formValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first !== "") out[key] = first.slice(0, 100);
  }
  return out;
}
