import type { FactInput } from "./schema";

/** One data file's facts, with its path so a validation error can name the file. */
export type FactFile = { file: string; facts: readonly FactInput[] };

export function defineFacts(name: string, facts: readonly FactInput[]): FactFile {
  return { file: `lib/facts/data/${name}.ts`, facts };
}
