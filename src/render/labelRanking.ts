// Each person's label priority for the frame (labelPriorities.ts), kept while the analysis, the
// focus and the size encoding stay the same: an edit re-ranks only the people it touched.
import { asReport } from "../domain/insights/report";
import { getOwn } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { RenderGraph } from "./buildRenderGraph";
import { labelPriorities, patchPriorities } from "./labelPriorities";

export type LabelPriorities = ReturnType<typeof labelPriorities>;

type State = ReturnType<MapStore["getState"]>;

/** The ranking of `graph`'s people: call it with the state and the focus of each frame. */
export function labelRanking(graph: RenderGraph): (state: State, focus: string | null) => LabelPriorities {
  let cached: {
    key: { report: unknown; doc: unknown; focus: string | null; order: number; sizeBy: string };
    priorities: LabelPriorities;
  } | null = null;
  const computePriorities = (state: State, focus: string | null, ids: Iterable<string> = graph.nodes()) => {
    const report = asReport(state.metrics.report);
    const ego = report?.ego_analysis ? getOwn(report.ego_analysis, state.doc.egoId) : undefined;
    return labelPriorities({
      ids,
      egoId: state.doc.egoId,
      informationPotential: (id) => (ego ? getOwn(ego.per_alter, id)?.information_potential : undefined),
      size: (id) => graph.getNodeAttribute(id, "size"),
      topSources: ego?.summary.top_alters ?? [],
      focus,
      isNeighbourOfFocus: (id) => focus !== null && graph.hasNode(focus) && graph.areNeighbors(id, focus),
    });
  };
  return (state, focus) => {
    // Priorities change with the analysis, the focus and the people, not with the camera.
    const key = { report: state.metrics.report, doc: state.doc, focus, order: graph.order, sizeBy: state.view.sizeBy };
    const sameBasis =
      cached !== null &&
      cached.key.report === key.report &&
      cached.key.focus === key.focus &&
      cached.key.sizeBy === key.sizeBy;
    if (cached !== null && sameBasis && cached.key.doc !== key.doc) {
      // An edit with the same analysis and focus: only the people it touched are ranked again.
      const priorities = patchPriorities(cached.priorities, cached.key.doc as typeof state.doc, state.doc, (ids) =>
        computePriorities(
          state,
          focus,
          ids.filter((id) => graph.hasNode(id)),
        ),
      );
      // Everyone drawn has a priority (a graph that lags its document, mid-patch, is ranked whole).
      cached = { key, priorities: priorities.size === graph.order ? priorities : computePriorities(state, focus) };
    } else if (!cached || !sameBasis || cached.key.order !== key.order)
      cached = { key, priorities: computePriorities(state, focus) };
    return cached.priorities;
  };
}
