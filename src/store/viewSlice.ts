// View slice: settings of the insight views (layout, colour and size encodings, "without me",
// community outlines, the clusters run) and the tie under the pointer for the span tooltip.
// Writer: only `setView`, called by the layout controls (the user's choices) and by the
// renderer (the clusters run ending, the hovered tie, the person the keyboard is on).
import type { SliceSet } from "./slice";

export type LayoutMode = "rings" | "clusters";
export type ColorBy = "sphere" | "community" | "cluster";
export type SizeBy = "information_potential" | "marginal_reach" | "betweenness" | "uniform";

export const LAYOUT_MODES: readonly LayoutMode[] = ["rings", "clusters"];
export const COLOR_BYS: readonly ColorBy[] = ["sphere", "community", "cluster"];
export const SIZE_BYS: readonly SizeBy[] = ["information_potential", "marginal_reach", "betweenness", "uniform"];

export interface ViewSettings {
  readonly layout: LayoutMode;
  readonly colorBy: ColorBy;
  readonly sizeBy: SizeBy;
  readonly withoutMe: boolean;
  readonly outlines: boolean;
  readonly clustersRunning: boolean;
}

export interface HoveredEdge {
  readonly a: string;
  readonly b: string;
  readonly span: number | null;
  readonly embeddedness: number | null;
  readonly isBridge: boolean;
  readonly x: number;
  readonly y: number;
}

/** How the last clusters run ended, for the status line under the layout buttons. */
export interface LayoutNote {
  readonly state: "settled" | "capped" | "stopped";
  readonly seconds: number;
}

export interface InsightsView extends ViewSettings {
  /** The tie under the pointer, for the span tooltip (screen position in the map container). */
  readonly hoveredEdge: HoveredEdge | null;
  /** The person the keyboard is on in the map (arrow keys), drawn with a focus ring. */
  readonly keyboardFocus: string | null;
  readonly layoutNote: LayoutNote | null;
}

export const DEFAULT_VIEW: ViewSettings = {
  layout: "rings",
  colorBy: "sphere",
  sizeBy: "information_potential",
  withoutMe: false,
  outlines: true,
  clustersRunning: false,
};

export interface ViewSlice {
  readonly view: InsightsView;
  setView(patch: Partial<InsightsView>): void;
}

export function createViewSlice(set: SliceSet<ViewSlice>, get: () => ViewSlice): ViewSlice {
  return {
    view: { ...DEFAULT_VIEW, hoveredEdge: null, keyboardFocus: null, layoutNote: null },
    setView(patch) {
      set({ view: { ...get().view, ...patch } });
    },
  };
}
