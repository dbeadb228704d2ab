// Dialog slice: whether the Maps dialog is open (while it is modal, storage messages are shown
// inside it). Writer: only `setMapsDialogOpen`, called by the Maps menu.
import type { SliceSet } from "./slice";

export interface DialogsState {
  readonly mapsOpen: boolean;
}

export interface DialogSlice {
  readonly dialogs: DialogsState;
  setMapsDialogOpen(open: boolean): void;
}

export function createDialogSlice(set: SliceSet<DialogSlice>, get: () => DialogSlice): DialogSlice {
  return {
    dialogs: { mapsOpen: false },
    setMapsDialogOpen(open) {
      if (get().dialogs.mapsOpen !== open) set({ dialogs: { ...get().dialogs, mapsOpen: open } });
    },
  };
}
