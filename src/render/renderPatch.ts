// Writes a revision onto the live render graph instead of rebuilding it: people and ties that
// are gone are dropped, new ones added, and only attributes that changed are replaced (each
// replacement makes sigma re-index that one item). Used for document edits and for new metrics
// alike, so neither builds a second graph nor exports and re-imports one.
import { graphVersion } from "./graphVersion";
import type { PersonId, Position } from "../domain/model";
import { getOwn, type MapDocument, type TieId } from "../domain/model";
import {
  hidesEgoTies,
  renderBaseGraph,
  renderBaseGraphSteps,
  renderEdgeSteps,
  renderNodeSteps,
  type RenderEdge,
  type RenderGraph,
  type RenderNode,
  type RenderOptions,
} from "./buildRenderGraph";
import { movedBetween, renderDelta, type RenderDelta } from "./renderDelta";
import { reportChange, type ReportChange } from "./reportChange";
import { newAnalysisOnly, sameInputs, written } from "./patchRecord";

/**
 * Sigma re-indexes the whole graph for every dropped node or edge (its dropNode/dropEdge
 * listeners do a full refresh); past this many drops one clear and re-add is cheaper.
 */
export const MAX_DROPS = 16;

/** Past this many changed people and ties the patch is written as one batch (see `batch`). */
export const BATCH_CHANGES = 256;

export interface PatchOptions {
  /** Keep the drawn positions (an animation moves the nodes to the returned targets). */
  readonly keepPositions?: boolean;
  /**
   * Runs a large patch (a cleared graph or more than BATCH_CHANGES changes): the renderer
   * detaches sigma from the graph's events while `write` runs and re-indexes once afterwards,
   * instead of processing every added or restyled item twice (once per event, once per frame).
   */
  readonly batch?: BatchWriter;
}

/**
 * Runs `write` as one batch; `items`, when given, are the ids of every node and edge it adds or
 * restyles (the graph was not cleared and nothing is dropped in `write` but an edge re-added under
 * its own id): the renderer then catches up with exactly those instead of the whole graph.
 */
export type BatchWriter = (write: () => void, items?: { nodes: readonly string[]; edges: readonly string[] }) => void;

function sameAttributes<T extends object>(a: T, b: T, skipPosition: boolean): boolean {
  // for…in over two plain attribute objects: no key arrays allocated per person and tie.
  let na = 0;
  for (const k in a) {
    na++;
    if (skipPosition && (k === "x" || k === "y")) continue;
    if (!Object.hasOwn(b, k) || !Object.is(a[k], b[k])) return false;
  }
  let nb = 0;
  for (const k in b) if (Object.hasOwn(b, k)) nb++;
  return na === nb;
}

/**
 * Writes a sliced patch in chunks (patchRenderGraphSteps): `write` runs one chunk of graph writes
 * (`nodes` and `edges` are the ids it adds or restyles) and the renderer catches up with exactly
 * those; `done` follows the last chunk. Between chunks the graph is complete for every item written
 * so far (the renderer may draw it), and nothing is drawn half way if the renderer waits for `done`.
 */
export interface SliceWriter {
  /** How many people and ties the chunks that follow add or restyle, in all (before the first). */
  begin?(items: number): void;
  write(nodes: readonly string[], edges: readonly string[], run: () => void): void;
  done(): void;
  /**
   * Steps that follow a finished sliced patch (renderSync.ts runs them in its slices before it
   * reports the revision drawn): the renderer's own processing of the new graph, in steps.
   */
  settle?(): Generator<void, void, void>;
}

/** Graph writes per chunk of a sliced patch. */
export const WRITE_STEP = 2000;

/**
 * Brings `graph` to `doc` + `options`; returns every node's target position (for an edit drawn with
 * the last patch's analysis and view, renderDelta.ts: those of the people it changed or moved).
 */
export function patchRenderGraph(
  graph: RenderGraph,
  doc: MapDocument,
  options: RenderOptions,
  patch: PatchOptions = {},
): Map<PersonId, Position> {
  const steps = patchRenderGraphSteps(graph, doc, options, patch);
  let step = steps.next();
  while (!step.done) step = steps.next();
  // Without a writer and without pauses nobody else can write in between: never stale.
  return step.value ?? new Map();
}

/**
 * patchRenderGraph as steps, for a revision that changes very many people (a new map): it pauses
 * (yields) every few hundred people and ties while it computes, and, given a `writer`, converts the
 * document anew in steps (renderBaseGraphSteps) and writes in chunks of WRITE_STEP with a pause
 * between them; the graph is cleared or items dropped only when
 * the first chunk is written, so that the previous drawing stays until then. Ends with the same
 * graph as patchRenderGraph, or with null (nothing more written) as soon as anyone else wrote to
 * the graph during a pause: the caller then starts again from the latest state.
 */
export function* patchRenderGraphSteps(
  graph: RenderGraph,
  doc: MapDocument,
  options: RenderOptions,
  patch: PatchOptions = {},
  writer?: SliceWriter,
): Generator<void, Map<PersonId, Position> | null, void> {
  const keep = patch.keepPositions ?? false;
  // A new map's people and ties are converted anew, in steps (renderNodeSteps then finds them).
  if (writer) yield* renderBaseGraphSteps(doc);
  let version = graphVersion(graph);
  const last = sameInputs(graph, doc, options);
  // An edit drawn with the analysis and view of the last patch: only who it changed or moved.
  const moved = last && !keep && !writer ? movedBetween(last.options.positions, options.positions) : null;
  const delta: RenderDelta | null =
    last && moved ? renderDelta(graph, renderBaseGraph(doc), last.doc, doc, moved) : null;
  // Only a new analysis: nothing is gone, and who kept its inputs from the analysis keeps its attributes.
  const analysisOnly = !last ? newAnalysisOnly(graph, doc, options) : null;
  const change: ReportChange | null = analysisOnly ? reportChange(analysisOnly.options, options, doc.egoId) : null;
  const scan = !delta && !change;
  const goneNodes: string[] = delta ? [...delta.goneNodes] : [];
  if (scan)
    graph.forEachNode((id) => {
      if (!Object.hasOwn(doc.people, id)) goneNodes.push(id);
    });
  let drops = goneNodes.reduce((n, id) => n + 1 + graph.degree(id), 0);
  const goneEdges: string[] = delta ? [...delta.goneEdges] : [];
  if (scan)
    graph.forEachEdge((id, _attrs, a, b) => {
      if (!Object.hasOwn(doc.ties, id) && Object.hasOwn(doc.people, a) && Object.hasOwn(doc.people, b))
        goneEdges.push(id);
    });
  drops += goneEdges.length;
  const cleared = drops > MAX_DROPS;
  const dropAll = () => {
    if (cleared) {
      graph.clear();
    } else {
      for (const id of goneNodes) graph.dropNode(id);
      for (const id of goneEdges) graph.dropEdge(id);
    }
  };
  if (!writer) dropAll();
  // While the drops wait for the first chunk, a cleared graph is read as empty.
  const hasNode = cleared ? () => false : (id: string) => graph.hasNode(id);
  const hasEdge = cleared ? () => false : (id: string) => graph.hasEdge(id);

  const targets = new Map<PersonId, Position>();
  // Writes in order, and the id each one adds or restyles (a node's or, past `nodeWrites`, an edge's).
  const writes: (() => void)[] = [];
  const ids: string[] = [];
  const before = cleared ? undefined : last?.doc;
  // A person whose record, position and inputs are those of the last patch keeps its attributes.
  // The same positions object as the last patch's, which nobody moved since: everyone is where it says.
  const samePositions =
    analysisOnly !== null &&
    !analysisOnly.kept &&
    options.positions !== undefined &&
    analysisOnly.options.positions === options.positions;
  const nodeUnchanged =
    before || change
      ? (id: PersonId, pos: Position) => {
          if (!graph.hasNode(id)) return false;
          if (before && getOwn(before.people, id) !== getOwn(doc.people, id)) return false;
          if (
            !keep &&
            !samePositions &&
            (graph.getNodeAttribute(id, "x") !== pos.x || graph.getNodeAttribute(id, "y") !== pos.y)
          )
            return false;
          if (change && !change.nodeSame(id, id === doc.egoId)) return false;
          targets.set(id, { x: pos.x, y: pos.y });
          return true;
        }
      : undefined;
  const edgeUnchanged = before
    ? (id: string, a: PersonId, b: PersonId) =>
        getOwn(before.ties, id as TieId) === getOwn(doc.ties, id as TieId) &&
        getOwn(before.people, a) === getOwn(doc.people, a) &&
        getOwn(before.people, b) === getOwn(doc.people, b) &&
        graph.hasEdge(id)
    : change
      ? (id: string) => change.edgeSame(id) && graph.hasEdge(id)
      : undefined;
  yield* renderNodeSteps(
    doc,
    options,
    (id, next: RenderNode) => {
      targets.set(id, { x: next.x, y: next.y });
      if (!hasNode(id)) {
        writes.push(() => graph.addNode(id, next));
        ids.push(id);
        return;
      }
      const current = graph.getNodeAttributes(id);
      if (sameAttributes(next, current, keep)) return;
      const value = keep ? { ...next, x: current.x, y: current.y } : next;
      writes.push(() => graph.replaceNodeAttributes(id, value));
      ids.push(id);
    },
    nodeUnchanged,
    cleared ? undefined : delta?.nodes,
  );
  const nodeWrites = writes.length;
  yield* renderEdgeSteps(
    doc,
    options,
    (id, a, b, next: RenderEdge) => {
      if (!hasEdge(id)) {
        writes.push(() => graph.addUndirectedEdgeWithKey(id, a, b, next));
        ids.push(id);
        return;
      }
      if (!(graph.hasExtremity(id, a) && graph.hasExtremity(id, b))) {
        writes.push(() => {
          graph.dropEdge(id);
          graph.addUndirectedEdgeWithKey(id, a, b, next);
        });
        ids.push(id);
        return;
      }
      if (!sameAttributes(next, graph.getEdgeAttributes(id), false)) {
        writes.push(() => graph.replaceEdgeAttributes(id, next));
        ids.push(id);
      }
    },
    edgeUnchanged,
    cleared ? undefined : delta?.edges,
  );
  graphVersion(graph); // counting from now on, if no one did before
  written.delete(graph);
  if (writer) {
    writer.begin?.(writes.length);
    for (let from = 0; from < writes.length || from === 0; from += WRITE_STEP) {
      if (graphVersion(graph) !== version) return null;
      const to = Math.min(writes.length, from + WRITE_STEP);
      // The drops with the renderer listening (it forgets what is gone), then the chunk.
      if (from === 0) dropAll();
      const chunk = () => {
        for (let i = from; i < to; i++) writes[i]?.();
      };
      const nodes = ids.slice(from, Math.min(to, Math.max(from, nodeWrites)));
      const edges = ids.slice(Math.max(from, nodeWrites), to);
      writer.write(nodes, edges, chunk);
      version = graphVersion(graph);
      if (to < writes.length) yield;
    }
    writer.done();
  } else {
    const write = () => {
      for (const w of writes) w();
    };
    if (patch.batch && cleared) patch.batch(write);
    // An edit's items (delta) go to the renderer by name too: it can update them where they are.
    else if (patch.batch && (writes.length > BATCH_CHANGES || (delta !== null && drops === 0)))
      patch.batch(write, { nodes: ids.slice(0, nodeWrites), edges: ids.slice(nodeWrites) });
    else write();
  }
  written.set(graph, { doc, options, hideEgoTies: hidesEgoTies(doc), kept: keep, version: graphVersion(graph) });
  return targets;
}
