// The one legend table (screen legend, PNG, SVG, report): what each colour, line and outline of
// the drawing means, for the chosen colour mode. Entries carry a translation key (the caller
// translates: the app's Legend component and the exports use the same i18n keys, so a Japanese
// export says 職場 as the app does) or the community's own name. Pure.
import type { AnalysisReport } from "../domain/metrics/computeAll";
import { getOwn, plannedKeys, type MapDocument, type Sphere, type TieBand } from "../domain/model";
import {
  BAND_SAMPLE_STRENGTH,
  BAND_STYLE,
  CATEGORY_PALETTE,
  clusterOf,
  communityColors,
  dashArray,
  edgeWidth,
  EGO_COLOR,
  LOCAL_BRIDGE_COLOR,
  PLANNED_ALPHA,
  PLANNED_STYLE,
  SPHERE_COLORS,
  withAlpha,
  type EdgeStyle,
} from "./styles";
import type { SceneEdgeStyle, SceneView } from "./types";

/** What a legend entry says: translated by the caller (see legendText in the UI). */
export type LegendText =
  | { readonly key: "you" | "planned" | "outline" | "plannedEdge" | "localBridge" }
  | { readonly key: "sphere"; readonly sphere: Sphere }
  | { readonly key: "band"; readonly band: TieBand }
  | { readonly key: "cluster"; readonly n: number }
  | { readonly key: "size"; readonly sizeBy: SceneView["sizeBy"] }
  | { readonly key: "community"; readonly name: string };

export interface LegendEntry {
  /** Stable React key. */
  readonly id: string;
  readonly kind: "node" | "edge" | "outline" | "note";
  readonly section: "nodes" | "edges";
  readonly text: LegendText;
  readonly color: string;
  /** Line sample of an edge entry: the band's style at a typical strength. */
  readonly style?: SceneEdgeStyle;
  /** The same style in the screen's dash-period form (Legend.tsx draws it as an SVG line). */
  readonly edgeStyle?: EdgeStyle;
}

export const MAX_LEGEND_COLOURS = 14;
const CLUSTER_ENTRIES = 6;

function edge(id: string, text: LegendText, style: EdgeStyle, strength: number | null): LegendEntry {
  return {
    id,
    kind: "edge",
    section: "edges",
    text,
    color: style.color,
    edgeStyle: style,
    style: { color: style.color, width: edgeWidth(strength), dash: dashArray(style) },
  };
}

/** Whether the map has what-if (planned) people, communities or ties for the legend to explain. */
export function hasPlans(doc: Pick<MapDocument, "people" | "communities" | "ties">): boolean {
  // Kept per record and patched edit by edit (plannedKeys): no scan of a 30,000-person map per edit.
  return (
    plannedKeys("people", doc.people).size > 0 ||
    plannedKeys("communities", doc.communities).size > 0 ||
    plannedKeys("ties", doc.ties).size > 0
  );
}

/** The legend of a drawing of `doc` with `view` (clusters from `report` when coloured by cluster). */
export function legendTable(
  doc: Pick<MapDocument, "communities">,
  view: Pick<SceneView, "colorBy" | "sizeBy" | "outlines">,
  report: AnalysisReport | null = null,
  /** List the what-if (planned) styles; an export of a map without plans leaves them out. */
  withPlanned = true,
): LegendEntry[] {
  const node = (id: string, text: LegendText, color: string): LegendEntry => ({
    id,
    kind: "node",
    section: "nodes",
    text,
    color,
  });
  const out: LegendEntry[] = [node("you", { key: "you" }, EGO_COLOR)];
  if (view.colorBy === "sphere") {
    for (const s of ["family", "work", "third"] as const)
      out.push(node(`sphere:${s}`, { key: "sphere", sphere: s }, SPHERE_COLORS[s]));
  } else if (view.colorBy === "community") {
    for (const [id, color] of Object.entries(communityColors(doc)).slice(0, MAX_LEGEND_COLOURS)) {
      const name = getOwn(doc.communities, id as keyof typeof doc.communities)?.name ?? id;
      out.push(node(`community:${id}`, { key: "community", name }, color));
    }
  } else {
    const used = new Set(Object.values(clusterOf(report)));
    const n = Math.min(CLUSTER_ENTRIES, used.size || CLUSTER_ENTRIES);
    for (let i = 0; i < n; i++)
      out.push(
        node(`cluster:${i}`, { key: "cluster", n: i + 1 }, CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] as string),
      );
  }
  if (withPlanned) out.push(node("planned", { key: "planned" }, withAlpha(SPHERE_COLORS.third, PLANNED_ALPHA)));
  out.push({
    id: "size",
    kind: "note",
    section: "nodes",
    text: { key: "size", sizeBy: view.sizeBy },
    color: "#333333",
  });
  for (const band of ["strong", "weak", "very_weak", "unknown"] as const)
    out.push(edge(`band:${band}`, { key: "band", band }, BAND_STYLE[band], BAND_SAMPLE_STRENGTH[band]));
  if (withPlanned) out.push(edge("plannedEdge", { key: "plannedEdge" }, PLANNED_STYLE, BAND_SAMPLE_STRENGTH.planned));
  out.push(
    edge(
      "localBridge",
      { key: "localBridge" },
      { ...BAND_STYLE.weak, color: LOCAL_BRIDGE_COLOR },
      BAND_SAMPLE_STRENGTH.local_bridge,
    ),
  );
  if (view.outlines)
    out.push({ id: "outline", kind: "outline", section: "edges", text: { key: "outline" }, color: "#888888" });
  return out;
}
