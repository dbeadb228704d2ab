// Single-key answers for the fast strength grid (o / c / r for how often, 1–5 for the others,
// "-" or Space to skip, Backspace/Delete to clear) and the census (Y / N / S), IME-safe: the
// key is NFKC-normalised (full-width ｙ, １ → y, 1), and when an IME reports the key as
// "Process" (keyCode 229) or as a kana, the physical key (event.code: KeyY, Digit1, Numpad1)
// answers instead. The listeners sit on non-editable elements, so the IME does not compose.
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

/** The part of a KeyboardEvent the answer keys read. */
export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly keyCode?: number;
  readonly isComposing?: boolean;
}

/** True while an IME is composing (Enter then confirms the conversion and must not submit). */
export function isComposing(e: KeyLike): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

/**
 * onKeyDown for a text field in a form: the Enter that confirms an IME conversion must not
 * submit (Safari and some IMEs deliver it as a plain keydown with keyCode 229).
 */
export function holdImeEnter(e: { key: string; nativeEvent: KeyLike; preventDefault(): void }): void {
  if (e.key === "Enter" && isComposing(e.nativeEvent)) e.preventDefault();
}

const ANSWER_CHAR = /^[a-z0-9 -]$/;

/**
 * The answer character a key press stands for ("y", "1", "-", " "), or the key's name for
 * non-character keys ("Backspace", "Enter"); null for anything else.
 */
export function answerKey(e: KeyLike): string | null {
  const key = e.key.normalize("NFKC").toLowerCase();
  if (ANSWER_CHAR.test(key)) return key;
  if (key.length > 1 && key !== "process" && key !== "unidentified" && !isComposing(e)) return e.key;
  const code = e.code ?? "";
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return (letter[1] as string).toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1] as string;
  if (code === "Minus" || code === "NumpadSubtract") return "-";
  if (code === "Space") return " ";
  if (code === "Backspace" || code === "Delete") return code;
  return null;
}

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
