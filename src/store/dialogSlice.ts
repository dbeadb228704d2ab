// Dialog slice: whether the Maps dialog is open (while it is modal, storage messages are shown
// inside it), whether it opens on the new-map form (the sample's "Start my own map"), and
// whether the help page is open. Writers: `setMapsDialogOpen` (the Maps menu and the sample
// banner), `setHelpOpen` (the Help button and the sample banner) and `setGrowthTab` (the Progress
// button, the interview's and the import's snapshot offers), `setReportOpen` (the Report button
// and the Maps dialog's "End session").
import type { SnapshotId } from "../domain/model";
import type { SliceSet } from "./slice";

/** One side of the comparison: a snapshot, or the map as it is now. */
export type CompareSideId = SnapshotId | "now";

/** The tabs of the Progress dialog (snapshots over time, their comparison, the action plan). */
export const GROWTH_TABS = ["snapshots", "compare", "plan"] as const;
export type GrowthTab = (typeof GROWTH_TABS)[number];

export interface DialogsState {
  readonly mapsOpen: boolean;
  /** The Maps dialog opens with the new-map form shown. */
  readonly mapsStartNew: boolean;
  readonly helpOpen: boolean;
  /** The Progress dialog's open tab; null while it is closed. */
  readonly growthTab: GrowthTab | null;
  /** The pair the Compare tab shows; null: the newest snapshot against now. */
  readonly growthCompare: { readonly left: CompareSideId; readonly right: CompareSideId } | null;
  /** The one-page report dialog is open. */
  readonly reportOpen: boolean;
}

export interface DialogSlice {
  readonly dialogs: DialogsState;
  setMapsDialogOpen(open: boolean, options?: { readonly startNew?: boolean }): void;
  setHelpOpen(open: boolean): void;
  setGrowthTab(tab: GrowthTab | null): void;
  setGrowthCompare(pair: { readonly left: CompareSideId; readonly right: CompareSideId } | null): void;
  setReportOpen(open: boolean): void;
}

export function createDialogSlice(set: SliceSet<DialogSlice>, get: () => DialogSlice): DialogSlice {
  return {
    dialogs: {
      mapsOpen: false,
      mapsStartNew: false,
      helpOpen: false,
      growthTab: null,
      growthCompare: null,
      reportOpen: false,
    },
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
    setGrowthCompare(pair) {
      set({ dialogs: { ...get().dialogs, growthCompare: pair } });
    },
    setReportOpen(open) {
      if (get().dialogs.reportOpen !== open) set({ dialogs: { ...get().dialogs, reportOpen: open } });
    },
  };
}
