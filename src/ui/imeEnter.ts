// Enter with a Japanese IME: the Enter that confirms a conversion (すずき → 鈴木) arrives as a
// keydown with isComposing true (Chromium, Firefox) or, in Safari, just after compositionend
// with keyCode 229. It must never submit, save or choose. Every Enter handler that acts goes
// through isSubmitEnter; forms whose inputs submit implicitly get onKeyDown={blockComposingEnter}.
import type { KeyboardEvent } from "react";

interface KeyLike {
  readonly key: string;
  readonly keyCode: number;
  readonly nativeEvent?: { readonly isComposing?: boolean };
  readonly isComposing?: boolean;
}

/** True while an IME is composing (or has just confirmed) text: the key belongs to the IME. */
export function isComposingKey(e: KeyLike): boolean {
  return e.nativeEvent?.isComposing === true || e.isComposing === true || e.keyCode === 229;
}

/** An Enter the user meant as "submit" (not one confirming an IME conversion). */
export function isSubmitEnter(e: KeyLike): boolean {
  return e.key === "Enter" && !isComposingKey(e);
}

/** For a form's onKeyDown: an Enter that confirms an IME conversion does not submit the form. */
export function blockComposingEnter(e: KeyboardEvent<HTMLElement>): void {
  if (e.key === "Enter" && isComposingKey(e)) e.preventDefault();
}
