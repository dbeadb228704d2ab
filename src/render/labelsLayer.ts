// Person labels on screen: sigma hands every label to `drawLabel` (all nodes carry forceLabel),
// and the first call of each frame decides, for the whole frame, who is named and on which side
// (labelPlacement.ts): the ego, the top sources of new information and the person in focus
// always; then by information potential, as long as labels find room without touching another
// label, another dot or a control drawn over the map. Zooming in makes room, so more people
// are named; on a 30,000-person map only the people that matter at this zoom are.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { asReport } from "../domain/insights/report";
import { getOwn } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from "./labelPlacement";

/** Most labels drawn at once (a huge map zoomed out would otherwise spend its frame on text). */
const MAX_LABELS = 300;
export const LABEL_SIZE = 13;

/** Priority of each person's label: higher is named first (pure). */
export function labelPriorities(options: {
  readonly ids: Iterable<string>;
  readonly egoId: string;
  readonly informationPotential: (id: string) => number | undefined;
  readonly size: (id: string) => number;
  readonly topSources: readonly string[];
  readonly focus: string | null;
  readonly isNeighbourOfFocus: (id: string) => boolean;
}): Map<string, { priority: number; force: boolean }> {
  const out = new Map<string, { priority: number; force: boolean }>();
  const top = new Map(options.topSources.map((id, i) => [id, i] as const));
  for (const id of options.ids) {
    const rank = top.get(id);
    if (id === options.focus) out.set(id, { priority: 4e9, force: true });
    else if (id === options.egoId) out.set(id, { priority: 3e9, force: true });
    else if (rank !== undefined) out.set(id, { priority: 2e9 - rank, force: true });
    else {
      const ip = options.informationPotential(id);
      const near = options.focus !== null && options.isNeighbourOfFocus(id) ? 1e9 : 0;
      out.set(id, { priority: near + (ip ?? -1) * 1e4 + options.size(id), force: false });
    }
  }
  return out;
}

export interface LabelsLayer {
  readonly drawLabel: NodeLabelDrawingFunction<RenderNode, RenderEdge>;
  /** The labels of the last frame (tests and the keyboard announcer read it). */
  readonly placed: () => readonly PlacedLabel[];
  detach(): void;
}

export function attachLabels(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  store: MapStore,
  focusOf: () => string | null,
  obstacles: () => readonly Box[] = () => [],
): LabelsLayer {
  let dirty = true;
  let frame = new Map<string, PlacedLabel>();
  let last: PlacedLabel[] = [];
  const widths = new Map<string, number>();
  const font = () =>
    `${String(sigma.getSetting("labelWeight"))} ${LABEL_SIZE}px ${String(sigma.getSetting("labelFont"))}`;

  type Priorities = ReturnType<typeof labelPriorities>;
  let cached: {
    key: { report: unknown; doc: unknown; focus: string | null; order: number; sizeBy: string };
    priorities: Priorities;
  } | null = null;
  const computePriorities = (state: ReturnType<MapStore["getState"]>, focus: string | null): Priorities => {
    const report = asReport(state.metrics.report);
    const ego = report?.ego_analysis ? getOwn(report.ego_analysis, state.doc.egoId) : undefined;
    return labelPriorities({
      ids: graph.nodes(),
      egoId: state.doc.egoId,
      informationPotential: (id) => (ego ? getOwn(ego.per_alter, id)?.information_potential : undefined),
      size: (id) => graph.getNodeAttribute(id, "size"),
      topSources: ego?.summary.top_alters ?? [],
      focus,
      isNeighbourOfFocus: (id) => focus !== null && graph.hasNode(focus) && graph.areNeighbors(id, focus),
    });
  };

  const place = (context: CanvasRenderingContext2D) => {
    const state = store.getState();
    const focus = focusOf();
    // Priorities change with the analysis, the focus and the people, not with the camera.
    const key = { report: state.metrics.report, doc: state.doc, focus, order: graph.order, sizeBy: state.view.sizeBy };
    if (
      !cached ||
      cached.key.report !== key.report ||
      cached.key.doc !== key.doc ||
      cached.key.focus !== key.focus ||
      cached.key.order !== key.order ||
      cached.key.sizeBy !== key.sizeBy
    )
      cached = { key, priorities: computePriorities(state, focus) };
    const priorities = cached.priorities;
    context.font = font();
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((id) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden || !d.label) return;
      const p = sigma.framedGraphToViewport(d);
      let width = widths.get(d.label);
      if (width === undefined) {
        width = context.measureText(d.label).width;
        if (widths.size > 50_000) widths.clear();
        widths.set(d.label, width);
      }
      const pr = priorities.get(id);
      candidates.push({
        id,
        x: p.x,
        y: p.y,
        r: sigma.scaleSize(d.size),
        width: width + 2,
        height: LABEL_SIZE + 3,
        priority: pr?.priority ?? 0,
        force: pr?.force ?? false,
      });
    });
    const { width, height } = sigma.getDimensions();
    last = placeLabels(candidates, { width, height, max: MAX_LABELS, obstacles: obstacles() });
    frame = new Map(last.map((l) => [l.id, l]));
  };

  const drawLabel: NodeLabelDrawingFunction<RenderNode, RenderEdge> = (context, data) => {
    if (dirty) {
      dirty = false;
      place(context);
    }
    const at = frame.get(data.key);
    if (!at || !data.label) return;
    context.save();
    context.font = font();
    context.textBaseline = "middle";
    context.textAlign = "left";
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    const y = at.y + at.height / 2;
    context.strokeText(data.label, at.x + 1, y);
    context.fillStyle = "#1f1f1f";
    context.fillText(data.label, at.x + 1, y);
    context.restore();
  };

  const onBefore = () => {
    dirty = true;
  };
  sigma.on("beforeRender", onBefore);
  return {
    drawLabel,
    placed: () => last,
    detach() {
      sigma.off("beforeRender", onBefore);
    },
  };
}
