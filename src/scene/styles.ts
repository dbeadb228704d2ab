// The one table of encodings (screen, PNG, SVG, report and legend read it): node size by a
// chosen score, node colour by sphere, community or detected cluster, edge width by strength
// and a distinct style per band (dash pattern + colour + width, so that colour never carries
// the band alone), planned ties, local bridges emphasised in purple. Pure.
import { scaleSqrt } from "d3-scale";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import { EDGE_COLORS, EGO_COLOR, SPHERE_COLORS } from "../domain/palette";
import { getOwn, dict, tieId, type MapDocument, type PersonId, type TieBand } from "../domain/model";
import type { SceneEdgeStyle, SceneSizeBy } from "./types";
import { confidenceOf } from "../domain/insights/confidence";

export { EDGE_COLORS, EGO_COLOR, SPHERE_COLORS };

/**
 * Categorical palette for communities and clusters (Okabe–Ito first, then Paul Tol's muted).
 * The ego's vermilion (#D55E00) is not in it: no community or cluster is drawn in the ego's colour.
 */
export const CATEGORY_PALETTE: readonly string[] = [
  "#E69F00",
  "#0072B2",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#F0E442",
  "#332288",
  "#117733",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
  "#88CCEE",
];
export const LOCAL_BRIDGE_COLOR = "#8E44AD";
export const PLANNED_EDGE_COLOR = "#2F6FDE";
export const PLANNED_ALPHA = 0.4;
export const NO_VALUE_COLOR = "#8C8C8C";

export interface EdgeStyle {
  readonly color: string;
  /** Dash period in screen pixels (0 = solid) and drawn share of it. */
  readonly dash: number;
  readonly dashRatio: number;
}

/** The one band-style table: every drawing of a tie and every legend line sample reads it. */
export const BAND_STYLE: Readonly<Record<TieBand, EdgeStyle>> = {
  strong: { color: EDGE_COLORS.strong, dash: 0, dashRatio: 1 },
  weak: { color: EDGE_COLORS.weak, dash: 0, dashRatio: 1 },
  very_weak: { color: EDGE_COLORS.very_weak, dash: 9, dashRatio: 0.55 },
  unknown: { color: EDGE_COLORS.unknown, dash: 4, dashRatio: 0.45 },
};
export const PLANNED_STYLE: EdgeStyle = { color: PLANNED_EDGE_COLOR, dash: 16, dashRatio: 0.65 };
/** A local bridge keeps its band's dashes and is drawn purple and a little wider. */
export const LOCAL_BRIDGE_EXTRA_WIDTH = 0.8;
export const BRIDGE_EXTRA_WIDTH = 0.8;

/** Typical strength of each band, for legend samples. */
export const BAND_SAMPLE_STRENGTH: Readonly<Record<TieBand | "planned" | "local_bridge", number | null>> = {
  strong: 0.8,
  weak: 0.3,
  very_weak: 0.1,
  unknown: null,
  planned: 0.4,
  local_bridge: 0.4,
};

/** Line width from strength s (unknown drawn as 0.5): 0.8 px for s = 0 up to 5 px for s = 1. */
export function edgeWidth(strength: number | null): number {
  return 0.8 + 4.2 * (strength ?? 0.5);
}

/** Canvas/SVG dash array of a style (drawn, gap), empty when solid. */
export function dashArray(style: EdgeStyle): number[] {
  return style.dash > 0 ? [style.dash * style.dashRatio, style.dash * (1 - style.dashRatio)] : [];
}

/** The scene's line style of a tie. */
export function sceneEdgeStyle(
  band: TieBand,
  strength: number | null,
  flags: { planned: boolean; isLocalBridge: boolean; isBridge: boolean },
): SceneEdgeStyle {
  const style = flags.planned ? PLANNED_STYLE : BAND_STYLE[band];
  const emphasised = !flags.planned && flags.isLocalBridge;
  return {
    color: emphasised ? LOCAL_BRIDGE_COLOR : style.color,
    width:
      edgeWidth(strength) + (emphasised ? LOCAL_BRIDGE_EXTRA_WIDTH : 0) + (flags.isBridge ? BRIDGE_EXTRA_WIDTH : 0),
    dash: dashArray(style),
  };
}

/** Node sizes (sigma's size = radius in px at zoom 1). */
export const SIZE_RANGE: readonly [number, number] = [4, 17];
export const EGO_SIZE = 16;
export const DEFAULT_SIZE = 9;

/**
 * Score of every person for the chosen size metric (null = not scored, e.g. second degree). An
 * ego-only report (what-if) has no betweenness: nobody is scored by it there.
 */
export function sizeValues(
  report: AnalysisReport | EgoReport | null,
  egoId: string,
  sizeBy: SceneSizeBy,
): { values: Record<string, number>; max: number } | null {
  if (!report || sizeBy === "uniform") return null;
  const ego = report.ego_analysis ? getOwn(report.ego_analysis, egoId) : undefined;
  const values: Record<string, number> = dict();
  if (sizeBy === "information_potential" && ego) {
    for (const [id, a] of Object.entries(ego.per_alter)) values[id] = a.information_potential;
    return { values, max: 100 };
  }
  if (sizeBy === "marginal_reach" && ego?.diffusion) {
    for (const [id, v] of Object.entries(ego.diffusion.marginal_reach)) values[id] = Math.max(0, v);
  } else if (sizeBy === "betweenness" && "node_metrics" in report) {
    for (const [id, m] of Object.entries((report as AnalysisReport).node_metrics))
      if (id !== egoId) values[id] = m.betweenness;
  } else {
    return null;
  }
  return { values, max: Math.max(1e-9, ...Object.values(values)) };
}

/** Size of one node from the chosen metric's values (square-root scale: area ∝ score). */
export function nodeSize(id: string, isEgo: boolean, scored: ReturnType<typeof sizeValues>): number {
  if (isEgo) return EGO_SIZE;
  if (!scored) return DEFAULT_SIZE;
  const v = getOwn(scored.values, id);
  if (v === undefined) return SIZE_RANGE[0];
  return scaleSqrt().domain([0, scored.max]).range(SIZE_RANGE).clamp(true)(v);
}

/** Colour of each community, stable: communities sorted by sphere, then name, then id. */
export function communityColors(doc: Pick<MapDocument, "communities">): Record<string, string> {
  const order = { family: 0, work: 1, third: 2 } as const;
  const sorted = Object.values(doc.communities).sort(
    (a, b) => order[a.sphere] - order[b.sphere] || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
  );
  const out: Record<string, string> = dict();
  sorted.forEach((c, i) => (out[c.id] = CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] as string));
  return out;
}

/** Louvain cluster of each node from the report (graph_metrics.louvain, seeded in the engine). */
export function clusterOf(report: AnalysisReport | null): Record<string, number> {
  return report?.graph_metrics.louvain.unweighted.membership ?? {};
}

export function clusterColor(cluster: number | undefined): string {
  return cluster === undefined ? NO_VALUE_COLOR : (CATEGORY_PALETTE[cluster % CATEGORY_PALETTE.length] as string);
}

export interface EdgeStructure {
  readonly isBridge: boolean;
  readonly isLocalBridge: boolean;
  /** Hops between the ends without this tie; null = ∞ (a bridge). */
  readonly span: number | null;
  readonly embeddedness: number;
}

/**
 * Bridge / local-bridge / span of each tie, keyed by tie id. When almost nothing is recorded about
 * who knows whom among the ego's contacts (a fresh LinkedIn import: completeness under
 * NO_DATA_COMPLETENESS), every ego tie would look like a (local) bridge only because the pairs are
 * unknown: no tie is emphasised as one then, as the bridging score is withheld.
 */
export function edgeStructure(report: AnalysisReport | null): ReadonlyMap<string, EdgeStructure> {
  if (report === null) return NO_STRUCTURE;
  // A report is a value (never changed once made): its map is built once, not at every patch of
  // the drawing (an edit drawn before its analysis lands reuses the last report: 30,000 ties,
  // ~10 ms of the Enter on the 30k map).
  const known = structures.get(report);
  if (known) return known;
  const out = structureOf(report);
  structures.set(report, out);
  return out;
}

const NO_STRUCTURE: ReadonlyMap<string, EdgeStructure> = new Map();
const structures = new WeakMap<AnalysisReport, ReadonlyMap<string, EdgeStructure>>();

function structureOf(report: AnalysisReport): Map<string, EdgeStructure> {
  const out = new Map<string, EdgeStructure>();
  const egos = Object.values(report.ego_analysis ?? {});
  const unknownPairs = egos.some((ego) => confidenceOf(ego.summary) === "none");
  for (const e of report.edge_metrics) {
    out.set(tieId(e.source as PersonId, e.target as PersonId), {
      isBridge: e.is_bridge && !unknownPairs,
      isLocalBridge: e.is_local_bridge && !unknownPairs,
      span: e.span,
      embeddedness: e.embeddedness,
    });
  }
  return out;
}

/** `#rrggbb` → `rgba(r,g,b,a)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
