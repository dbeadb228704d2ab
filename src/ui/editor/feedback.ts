// Editor feedback hooks over the store's feedback slice: the polite live-region message and the
// last deletion (kept so that it can be undone from the toast).
import type { FeedbackState } from "../../store/feedbackSlice";
import { useMap, useMapStoreApi } from "../hooks/storeContext";

/** The store's `announce` action (stable). */
export function useAnnounce(): (message: string) => void {
  return useMapStoreApi().getState().announce;
}

export function useFeedback<T>(selector: (s: FeedbackState) => T): T {
  return useMap((s) => selector(s.feedback));
}
