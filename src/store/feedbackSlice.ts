// Feedback slice: transient editor feedback — the polite live-region message and the last
// deletion (kept so that it can be undone from the toast).
// Writer: only `announce` and `rememberDeletion`, called by the editor panels.
import type { MapDocument, PersonSnapshot } from "../domain/model";
import type { SliceSet } from "./slice";

export interface FeedbackState {
  readonly message: string;
  /** Bumped on every announcement so that repeating the same text is still read out. */
  readonly serial: number;
  readonly lastDeleted: PersonSnapshot | null;
  /**
   * The document right after that deletion. The toast offers "Undo" only while this is still the
   * open document (the deletion is the last edit): then undoing from the toast is exactly the
   * undo step, and after Ctrl+Z, another edit or another map the toast is gone.
   */
  readonly deletedDoc: MapDocument | null;
}

export interface FeedbackSlice {
  readonly feedback: FeedbackState;
  announce(message: string): void;
  rememberDeletion(snapshot: PersonSnapshot | null, after?: MapDocument): void;
}

export function createFeedbackSlice(set: SliceSet<FeedbackSlice>, get: () => FeedbackSlice): FeedbackSlice {
  return {
    feedback: { message: "", serial: 0, lastDeleted: null, deletedDoc: null },
    announce(message) {
      const { feedback } = get();
      set({ feedback: { ...feedback, message, serial: feedback.serial + 1 } });
    },
    rememberDeletion(snapshot, after) {
      set({ feedback: { ...get().feedback, lastDeleted: snapshot, deletedDoc: snapshot ? (after ?? null) : null } });
    },
  };
}
