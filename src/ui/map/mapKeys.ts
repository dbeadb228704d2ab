// Keyboard shortcuts of the map (pure, unit-tested): + / = zoom in, − zoom out, 0 fits the whole
// map. Japanese users often type with the IME on: then `key` is "Process" (keyCode 229) or a
// full-width character (＋, ＝, －, ー, ０), so the key is normalised (NFKC) and, when the IME hides
// it, the physical key (`code`) decides. Shortcuts never fire while the user types in a field.

export type ZoomAction = "in" | "out" | "fit";

export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly isComposing?: boolean;
  readonly keyCode?: number;
}

const BY_KEY: Readonly<Record<string, ZoomAction>> = {
  "+": "in",
  "=": "in",
  "-": "out",
  "−": "out",
  ー: "out",
  "‐": "out",
  "0": "fit",
};

const BY_CODE: Readonly<Record<string, ZoomAction>> = {
  Equal: "in",
  NumpadAdd: "in",
  Minus: "out",
  NumpadSubtract: "out",
  Digit0: "fit",
  Numpad0: "fit",
};

/** The zoom action of a key press, or null (a browser shortcut with Ctrl/⌘, or another key). */
export function zoomActionOf(e: KeyLike): ZoomAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.normalize("NFKC");
  const direct = Object.hasOwn(BY_KEY, key) ? BY_KEY[key] : undefined;
  if (direct) return direct;
  // The IME swallowed the character: the physical key still tells which one was pressed.
  const hidden = key === "Process" || key === "Unidentified" || e.keyCode === 229 || e.isComposing === true;
  if (hidden && e.code && Object.hasOwn(BY_CODE, e.code)) return BY_CODE[e.code] ?? null;
  // Numpad keys say what they are whatever the layout.
  if (e.code === "NumpadAdd") return "in";
  if (e.code === "NumpadSubtract") return "out";
  return null;
}

/** True when the key press belongs to a text field (or an open dialog), not to the map. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], dialog') !== null;
}

export type Direction = "left" | "right" | "up" | "down";

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

export function directionOf(e: KeyLike): Direction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return Object.hasOwn(ARROWS, e.key) ? (ARROWS[e.key] ?? null) : null;
}
