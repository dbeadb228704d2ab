// Editor feedback shared by the panels: the polite live-region message and the last deletion
// (kept so that it can be undone from the toast).
import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { PersonSnapshot } from "../../domain/model";

interface FeedbackState {
  readonly message: string;
  /** Bumped on every announcement so that repeating the same text is still read out. */
  readonly serial: number;
  readonly lastDeleted: PersonSnapshot | null;
}

export const feedbackStore = createStore<FeedbackState>()(() => ({
  message: "",
  serial: 0,
  lastDeleted: null,
}));

export function announce(message: string): void {
  feedbackStore.setState((s) => ({ message, serial: s.serial + 1 }));
}

export function rememberDeletion(snapshot: PersonSnapshot | null): void {
  feedbackStore.setState({ lastDeleted: snapshot });
}

export function useFeedback<T>(selector: (s: FeedbackState) => T): T {
  return useStore(feedbackStore, selector);
}
