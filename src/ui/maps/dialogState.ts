import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";

/** Whether the Maps dialog is open: while it is modal, storage messages are shown inside it. */
export const mapsDialogState = createStore<{ open: boolean }>()(() => ({ open: false }));

export function useMapsDialogOpen(): boolean {
  return useStore(mapsDialogState, (s) => s.open);
}
