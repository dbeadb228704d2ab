// Dialog slice: whether the Maps dialog is open (while it is modal, storage messages are shown
// inside it), whether it opens on the new-map form (the sample's "Start my own map"), and
// whether the help page is open. Writers: `setMapsDialogOpen` (the Maps menu and the sample
// banner) and `setHelpOpen` (the Help button and the sample banner).
import type { SliceSet } from "./slice";

export interface DialogsState {
  readonly mapsOpen: boolean;
  /** The Maps dialog opens with the new-map form shown. */
  readonly mapsStartNew: boolean;
  readonly helpOpen: boolean;
}

export interface DialogSlice {
  readonly dialogs: DialogsState;
  setMapsDialogOpen(open: boolean, options?: { readonly startNew?: boolean }): void;
  setHelpOpen(open: boolean): void;
}

export function createDialogSlice(set: SliceSet<DialogSlice>, get: () => DialogSlice): DialogSlice {
  return {
    dialogs: { mapsOpen: false, mapsStartNew: false, helpOpen: false },
    setMapsDialogOpen(open, options) {
      const startNew = open && options?.startNew === true;
      const d = get().dialogs;
      if (d.mapsOpen !== open || d.mapsStartNew !== startNew)
        set({ dialogs: { ...d, mapsOpen: open, mapsStartNew: startNew } });
    },
    setHelpOpen(open) {
      if (get().dialogs.helpOpen !== open) set({ dialogs: { ...get().dialogs, helpOpen: open } });
    },
  };
}
