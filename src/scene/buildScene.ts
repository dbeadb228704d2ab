// The one drawing (types.ts): document + analysis + view settings → Scene, never from hover or
// selection. Positions come from the chosen layout (graph space, y up, as sigma draws them),
// fitted into the canvas under the title and above the legend, centred on the ego. Then, in
// this order: every person's label (labels.ts, the ego first), community outlines that keep
// clear of the ego and its label (outlines.ts), community names outside their outlines and
// inside the canvas. When a label finds no free place the map is spread (positions × 1.2 and
// the canvas grown with them) and placed again, up to MAX_SPREADS times.
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import { getOwn, strengthOfTie, tieBand, type MapDocument, type PersonId, type Position } from "../domain/model";
import { FONT_SIZE, MARGIN, SCENE_FONT_FAMILY, font } from "./fonts";
import { layoutFrame } from "./frame";
import { ASCENT, CollisionIndex, DESCENT, placeLabels, type LabelRequest } from "./labels";
import { hasPlans, legendTable, type LegendEntry } from "./legend";
import type { Point } from "./outlines";
import { buildOutlines } from "./sceneOutlines";
import {
  clusterColor,
  clusterOf,
  communityColors,
  edgeStructure,
  EGO_COLOR,
  nodeSize,
  PLANNED_ALPHA,
  sceneEdgeStyle,
  sizeValues,
  SPHERE_COLORS,
  withAlpha,
} from "./styles";
import type { Box, MeasureText, Scene, SceneEdge, SceneLabel, SceneNode, SceneView } from "./types";

export { FONT_SIZE, SCENE_FONT_FAMILY } from "./fonts";

export interface BuildSceneOptions {
  readonly width: number;
  readonly height: number;
  readonly measureText: MeasureText;
  readonly title?: string | null;
  /** Translates the legend table; null/omitted → no legend. */
  readonly legend?: ((entry: LegendEntry) => string) | null;
  /** Labels drawn instead of the names (anonymised export), by person id. */
  readonly labels?: Readonly<Record<string, string>>;
  readonly background?: "white" | "transparent";
  /** Layout positions (graph space, y up); default: the document's, else a ring around the ego. */
  readonly positions?: Readonly<Record<string, Position>>;
  /** Fit this graph-space box (the screen's current view) instead of the whole map; people outside are left out. */
  readonly fitTo?: {
    readonly minX: number;
    readonly maxX: number;
    readonly minY: number;
    readonly maxY: number;
  } | null;
  /** What-if ego analysis (planned items included): sizes of planned people. */
  readonly plannedReport?: EgoReport | null;
  readonly fontFamily?: string;
  /** Labels beyond this many (by priority) are not placed: maps of thousands. */
  readonly maxLabels?: number;
}

const MAX_SPREADS = 4;
const SPREAD = 1.2;

/** Positions for everyone: the given layout, else the document's, else a ring around the ego. */
function placeAll(doc: MapDocument, layout: Readonly<Record<string, Position>> | undefined): Map<string, Position> {
  const out = new Map<string, Position>();
  const missing: string[] = [];
  for (const id of Object.keys(doc.people)) {
    const p = (layout && getOwn(layout, id)) ?? getOwn(doc.positions, id as PersonId);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) out.set(id, p);
    else missing.push(id);
  }
  missing.forEach((id, i) => {
    if (id === doc.egoId) out.set(id, { x: 0, y: 0 });
    else {
      const angle = (2 * Math.PI * i) / Math.max(1, missing.length);
      out.set(id, { x: 250 * Math.cos(angle), y: 250 * Math.sin(angle) });
    }
  });
  return out;
}

export function buildScene(
  doc: MapDocument,
  analysis: AnalysisReport | null,
  view: SceneView,
  options: BuildSceneOptions,
): Scene {
  const family = options.fontFamily ?? SCENE_FONT_FAMILY;
  const measure = options.measureText;
  const title = options.title?.trim() || null;
  const entries = options.legend
    ? legendTable(doc, view, analysis, hasPlans(doc)).map((entry) => ({
        entry,
        label: (options.legend as (e: LegendEntry) => string)(entry),
      }))
    : [];
  const pos = placeAll(doc, options.positions);
  const fit = options.fitTo ?? null;
  const inFit = (p: Position | undefined) =>
    !fit || (p !== undefined && p.x >= fit.minX && p.x <= fit.maxX && p.y >= fit.minY && p.y <= fit.maxY);
  const shownIds = Object.keys(doc.people).filter((id) => !(view.withoutMe && id === doc.egoId) && inFit(pos.get(id)));
  const labelOf = (id: string) => getOwn(options.labels ?? {}, id) ?? getOwn(doc.people, id as PersonId)?.name ?? "";
  const fontOf = (id: string) =>
    id === doc.egoId ? font(700, FONT_SIZE.ego, family) : font(500, FONT_SIZE.person, family);
  const sizeOf = (id: string) => (id === doc.egoId ? FONT_SIZE.ego : FONT_SIZE.person);
  const widths = new Map(shownIds.map((id) => [id, measure(labelOf(id), fontOf(id))]));
  const widest = Math.max(0, ...widths.values());

  // Encodings: one table (styles.ts).
  const scored = sizeValues(analysis, doc.egoId, view.sizeBy);
  const plannedScored = sizeValues(options.plannedReport ?? null, doc.egoId, view.sizeBy);
  const byCommunity = communityColors(doc);
  const clusters = view.colorBy === "cluster" ? clusterOf(analysis) : {};
  const ego = analysis?.ego_analysis ? getOwn(analysis.ego_analysis, doc.egoId) : undefined;
  const priorityOf = (id: string) =>
    id === doc.egoId ? 1e9 : ((ego ? getOwn(ego.per_alter, id)?.information_potential : undefined) ?? 0);
  const communitiesOf = (id: string) =>
    (getOwn(doc.people, id as PersonId)?.communityIds ?? []).filter((c) => getOwn(doc.communities, c) !== undefined);

  let width = options.width;
  let height = options.height;
  let attempt = 0;
  for (;;) {
    const frame = layoutFrame(width, height, title, entries, measure, family);
    const top = (frame.titleLabel ? frame.titleLabel.box.y + frame.titleLabel.box.h : 0) + MARGIN;
    const bottom = (frame.legendBox ? frame.legendBox.y : height) - MARGIN;
    // Room around the nodes for labels and community names.
    const side = Math.min(widest + 24, width * 0.2);
    const vert = 2 * (ASCENT + DESCENT) * FONT_SIZE.person + 12;
    const area = { x0: side, x1: width - side, y0: top + vert, y1: bottom - vert };
    const pts = shownIds.map((id) => pos.get(id) as Position);
    const egoPos = pos.get(doc.egoId);
    const centred = egoPos && !view.withoutMe;
    const cx = fit
      ? (fit.minX + fit.maxX) / 2
      : centred
        ? egoPos.x
        : (Math.min(...pts.map((p) => p.x)) + Math.max(...pts.map((p) => p.x))) / 2;
    const cy = fit
      ? (fit.minY + fit.maxY) / 2
      : centred
        ? egoPos.y
        : (Math.min(...pts.map((p) => p.y)) + Math.max(...pts.map((p) => p.y))) / 2;
    const rx = fit ? (fit.maxX - fit.minX) / 2 : Math.max(1e-9, ...pts.map((p) => Math.abs(p.x - cx)));
    const ry = fit ? (fit.maxY - fit.minY) / 2 : Math.max(1e-9, ...pts.map((p) => Math.abs(p.y - cy)));
    const k0 = Math.min((area.x1 - area.x0) / 2 / rx, (area.y1 - area.y0) / 2 / ry);
    const k = Number.isFinite(k0) && k0 > 0 ? (fit ? k0 : Math.min(k0, 3)) : 1;
    const ox = (area.x0 + area.x1) / 2;
    const oy = (area.y0 + area.y1) / 2;
    const toScene = (p: Position): Point => [ox + (p.x - cx) * k, oy - (p.y - cy) * k];

    const nodes: SceneNode[] = shownIds.map((id) => {
      const p = getOwn(doc.people, id as PersonId);
      const isEgo = id === doc.egoId;
      const planned = p?.planned ?? false;
      const first = communitiesOf(id)[0];
      const sphere = first ? (getOwn(doc.communities, first)?.sphere ?? "none") : "none";
      const base =
        view.colorBy === "community"
          ? ((first ? getOwn(byCommunity, first) : undefined) ?? SPHERE_COLORS.none)
          : view.colorBy === "cluster"
            ? clusterColor(getOwn(clusters, id))
            : SPHERE_COLORS[sphere];
      const [x, y] = toScene(pos.get(id) as Position);
      return {
        id: id as PersonId,
        x,
        y,
        r: nodeSize(id, isEgo, planned ? plannedScored : scored),
        color: isEgo ? EGO_COLOR : planned ? withAlpha(base, PLANNED_ALPHA) : base,
        isEgo,
        planned,
        sphere,
      };
    });
    const byId = new Map(nodes.map((n) => [n.id as string, n]));
    const structure = edgeStructure(analysis);
    const edges: SceneEdge[] = [];
    for (const t of Object.values(doc.ties)) {
      if (!byId.has(t.a) || !byId.has(t.b)) continue;
      const s = strengthOfTie(t);
      const planned =
        (t.planned ?? false) ||
        (getOwn(doc.people, t.a)?.planned ?? false) ||
        (getOwn(doc.people, t.b)?.planned ?? false);
      const st = structure.get(t.id);
      const isLocalBridge = !planned && (st?.isLocalBridge ?? false);
      edges.push({
        id: t.id,
        source: t.a,
        target: t.b,
        band: planned ? "planned" : tieBand(s),
        isLocalBridge,
        style: sceneEdgeStyle(tieBand(s), s, { planned, isLocalBridge, isBridge: st?.isBridge ?? false }),
      });
    }

    // Labels: nodes, title and legend are obstacles; the ego first, then by information potential.
    const index = new CollisionIndex();
    for (const n of nodes) index.addCircle(n.x, n.y, n.r + 1);
    if (frame.titleLabel) index.addBox(frame.titleLabel.box);
    if (frame.legendBox) index.addBox(frame.legendBox);
    const bounds: Box = { x: 2, y: 2, w: width - 4, h: height - 4 };
    const centre = nodes.find((n) => n.isEgo) ?? { x: ox, y: oy };
    const requests: LabelRequest[] = nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      width: widths.get(n.id) ?? 0,
      fontSize: sizeOf(n.id),
      priority: priorityOf(n.id),
    }));
    const placement = placeLabels(requests, {
      bounds,
      centre,
      index,
      ...(options.maxLabels ? { maxLabels: options.maxLabels } : {}),
    });
    if (placement.failed.length > 0 && attempt < MAX_SPREADS && nodes.length <= (options.maxLabels ?? 400)) {
      attempt++;
      width = Math.round(width * SPREAD);
      height = Math.round(height * SPREAD);
      continue;
    }
    const labels: SceneLabel[] = placement.placed.map((p) => ({
      id: p.id as PersonId,
      text: labelOf(p.id),
      font: fontOf(p.id),
      x: p.x,
      y: p.y,
      box: p.box,
      priority: priorityOf(p.id),
      ...(p.leader ? { leader: p.leader } : {}),
    }));

    const outlines = view.outlines
      ? buildOutlines(doc, nodes, labels, communitiesOf, byCommunity, { index, bounds, measure, family, k, centre })
      : [];
    return {
      width,
      height,
      background: options.background ?? "white",
      title,
      outlines,
      edges,
      nodes,
      labels,
      legend: frame.legend,
      fontFamily: family,
      titleLabel: frame.titleLabel,
      legendBox: frame.legendBox,
      unlabelled: placement.failed as PersonId[],
    };
  }
}
