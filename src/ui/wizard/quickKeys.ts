// Single-key answers for the fast strength grid: o / c / r for how often, 1–5 for the others,
// "-" or Space to skip, Backspace/Delete to clear.
import type { AnswerPatch, FrequencyCategory, Likert } from "../../domain/model";

export const COLUMNS = ["frequency", "emotional", "intimacy", "services"] as const;
export type Column = (typeof COLUMNS)[number];

const FREQ_KEYS: Readonly<Record<string, FrequencyCategory>> = {
  o: "often",
  c: "occasionally",
  r: "rarely",
};

export type KeyResult =
  { kind: "answer"; patch: AnswerPatch } | { kind: "skip" } | { kind: "clear"; patch: AnswerPatch } | null;

export function interpretKey(column: Column, key: string): KeyResult {
  if (key === "-" || key === " ") return { kind: "skip" };
  if (key === "Backspace" || key === "Delete") {
    return column === "frequency"
      ? { kind: "clear", patch: { frequencyCategory: null, frequencyPerYear: null } }
      : { kind: "clear", patch: { [column]: null } };
  }
  if (column === "frequency") {
    const c = FREQ_KEYS[key.toLowerCase()];
    return c ? { kind: "answer", patch: { frequencyCategory: c } } : null;
  }
  if (/^[1-5]$/.test(key)) return { kind: "answer", patch: { [column]: Number(key) as Likert } };
  return null;
}
