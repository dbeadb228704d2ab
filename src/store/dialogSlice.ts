// Dialog slice: whether the Maps dialog is open (while it is modal, storage messages are shown
// inside it), whether it opens on the new-map form (the sample's "Start my own map"), and
// whether the help page is open. Writers: `setMapsDialogOpen` (the Maps menu and the sample
// banner), `setHelpOpen` (the Help button and the sample banner) and `setGrowthTab` (the Progress
// button, the interview's and the import's snapshot offers); `setGrowthCompare` (a snapshot's
// "Compare with now", the compare tab's pickers).
import type { SnapshotId } from "../domain/model";
import type { SliceSet } from "./slice";

/** The tabs of the Progress dialog (snapshots over time, their comparison, the action plan). */
export const GROWTH_TABS = ["snapshots", "compare", "plan"] as const;
export type GrowthTab = (typeof GROWTH_TABS)[number];

/** Which two moments the compare tab shows: a snapshot or the map as it is now. */
export interface GrowthCompare {
  readonly left: SnapshotId | "now";
  readonly right: SnapshotId | "now";
}

export interface DialogsState {
  readonly mapsOpen: boolean;
  /** The Maps dialog opens with the new-map form shown. */
  readonly mapsStartNew: boolean;
  readonly helpOpen: boolean;
  /** The Progress dialog's open tab; null while it is closed. */
  readonly growthTab: GrowthTab | null;
  /** The compare tab's choice; undefined: the tab picks its own default. */
  readonly growthCompare?: GrowthCompare;
}

export interface DialogSlice {
  readonly dialogs: DialogsState;
  setMapsDialogOpen(open: boolean, options?: { readonly startNew?: boolean }): void;
  setHelpOpen(open: boolean): void;
  setGrowthTab(tab: GrowthTab | null): void;
  setGrowthCompare(compare: GrowthCompare | undefined): void;
}

export function createDialogSlice(set: SliceSet<DialogSlice>, get: () => DialogSlice): DialogSlice {
  return {
    dialogs: { mapsOpen: false, mapsStartNew: false, helpOpen: false, growthTab: null },
    setMapsDialogOpen(open, options) {
      const startNew = open && options?.startNew === true;
      const d = get().dialogs;
      if (d.mapsOpen !== open || d.mapsStartNew !== startNew)
        set({ dialogs: { ...d, mapsOpen: open, mapsStartNew: startNew } });
    },
    setHelpOpen(open) {
      if (get().dialogs.helpOpen !== open) set({ dialogs: { ...get().dialogs, helpOpen: open } });
    },
    setGrowthTab(tab) {
      if (get().dialogs.growthTab !== tab) set({ dialogs: { ...get().dialogs, growthTab: tab } });
    },
    setGrowthCompare(compare) {
      const d = get().dialogs;
      if (d.growthCompare?.left === compare?.left && d.growthCompare?.right === compare?.right) return;
      if (compare) set({ dialogs: { ...d, growthCompare: compare } });
      else {
        const { growthCompare: _dropped, ...rest } = d;
        set({ dialogs: rest });
      }
    },
  };
}
