// Undo/redo history as plain immutable data: a bounded stack of earlier documents (`past`) and
// the documents undone since the last edit (`future`). Consecutive edits that share a coalesce
// key (e.g. typing into one name field) become a single step.
export const HISTORY_LIMIT = 200;

export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  /** Coalesce key of the most recent edit; null after undo/redo or an edit without a key. */
  readonly lastKey: string | null;
}

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: null };
}

/** Records `previous` as the state before a new edit; clears the redo stack. */
export function recordEdit<T>(
  h: History<T>,
  previous: T,
  coalesceKey: string | null,
  limit = HISTORY_LIMIT,
): History<T> {
  if (coalesceKey !== null && coalesceKey === h.lastKey && h.past.length > 0) {
    return { past: h.past, future: [], lastKey: coalesceKey };
  }
  const past = [...h.past, previous];
  if (past.length > limit) past.splice(0, past.length - limit);
  return { past, future: [], lastKey: coalesceKey };
}

/** The state to go back to and the history after undoing, or null when there is nothing to undo. */
export function undoStep<T>(h: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = h.past[h.past.length - 1];
  if (value === undefined) return null;
  return { value, history: { past: h.past.slice(0, -1), future: [...h.future, current], lastKey: null } };
}

/** The state to go forward to and the history after redoing, or null when there is nothing to redo. */
export function redoStep<T>(h: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = h.future[h.future.length - 1];
  if (value === undefined) return null;
  return { value, history: { past: [...h.past, current], future: h.future.slice(0, -1), lastKey: null } };
}

/** Applies a change to every earlier and undone state, so that undo and redo keep it. */
export function mapHistory<T>(h: History<T>, change: (value: T) => T): History<T> {
  return { past: h.past.map(change), future: h.future.map(change), lastKey: h.lastKey };
}
