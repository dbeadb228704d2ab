// View settings of the insight views (layout, encodings, "without me", outlines) and the
// analyses the insights computed themselves (fallback real report when the store has none
// yet; the what-if report with planned items). A small vanilla zustand store shared by the
// renderer and the panels; no sigma here, so it loads in Node and jsdom.
import { createStore } from "zustand/vanilla";

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

export interface InsightsViewState extends ViewSettings {
  /** The tie under the pointer, for the span tooltip (screen position in the map container). */
  readonly hoveredEdge: HoveredEdge | null;
  set(patch: Partial<Omit<InsightsViewState, "set">>): void;
}

export const DEFAULT_VIEW: ViewSettings = {
  layout: "rings",
  colorBy: "sphere",
  sizeBy: "information_potential",
  withoutMe: false,
  outlines: true,
  clustersRunning: false,
};

export function createInsightsViewStore() {
  return createStore<InsightsViewState>()((set) => ({
    ...DEFAULT_VIEW,
    hoveredEdge: null,
    set: (patch) => set(patch),
  }));
}

/** The one view store of the running app. */
export const insightsView = createInsightsViewStore();
