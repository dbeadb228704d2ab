// sigma's process() in steps. sigma (v3.0.3) re-processes the whole graph in the first frame
// after a change that moves, adds or drops items: the extent, every node's normalised position
// and the program buffers of every node and tie, in one go (about 60–130 ms of a single frame on
// a 30,000-person map, on top of the drawing itself). After a sliced patch (renderPatch.ts) the
// same work is done here instead, a few thousand items per step, in the slices of the patch, and
// the frame only draws. It is sigma's own Sigma#process, line for line, over sigma's internals
// (undeclared in its types); where the internals are not the expected ones nothing is done here
// and sigma processes in its frame as before.
import type Sigma from "sigma";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { createNormalizationFunction, graphExtent, zIndexOrdering } from "sigma/utils";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { graphVersion } from "./graphVersion";

/** Items (nodes or ties) per step. */
export const PROCESS_STEP = 2000;

/** A label grid that keeps nothing (see skipLabelGrid). */
const NO_LABEL_GRID = Object.freeze({
  resizeAndClear() {},
  add() {},
  organize() {},
  getLabelsToDisplay: (): string[] => [],
});

/**
 * sigma files every label into its label grid whenever it processes the graph (about 40 ms of a
 * frame on a 30,000-person map) but reads the grid only in its own label pass, which is off here
 * (renderLabels: false; the labels layer names people). So its grid is one that keeps nothing,
 * also after sigma would replace it (when the graph is cleared). processSteps relies on it: it
 * skips the grid.
 */
export function skipLabelGrid(sigma: Sigma<RenderNode, RenderEdge>): void {
  Object.defineProperty(sigma, "labelGrid", { get: () => NO_LABEL_GRID, set: () => {}, configurable: true });
}

interface ProgramLike {
  reallocate(capacity: number): void;
}
type Extent = { x: [number, number]; y: [number, number] };
type Normalize = ReturnType<typeof createNormalizationFunction>;

/** The parts of sigma that process() reads and writes. */
interface Internals {
  graph: RenderGraph;
  settings: { autoRescale: boolean; zIndex: boolean };
  labelGrid: unknown;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodePrograms: Record<string, ProgramLike>;
  edgePrograms: Record<string, ProgramLike>;
  nodeExtent: Extent;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  customBBox: Extent | null;
  normalizationFunction: Normalize;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  getDimensions(): { width: number; height: number };
  emit(event: string): void;
}

function internalsOf(sigma: Sigma<RenderNode, RenderEdge>): Internals | null {
  const s = sigma as unknown as Partial<Internals>;
  const ok =
    s.labelGrid === NO_LABEL_GRID &&
    typeof s.addNodeToProgram === "function" &&
    typeof s.addEdgeToProgram === "function" &&
    typeof s.needToProcess === "boolean" &&
    typeof s.nodeDataCache === "object" &&
    typeof s.edgeDataCache === "object" &&
    typeof s.itemIDsIndex === "object" &&
    typeof s.nodePrograms === "object" &&
    typeof s.edgePrograms === "object" &&
    Array.isArray(s.nodeZExtent) &&
    Array.isArray(s.edgeZExtent) &&
    typeof s.settings === "object";
  return ok ? (s as Internals) : null;
}

/** Whether processSteps can do sigma's processing for this instance. */
export function canProcessInSteps(sigma: Sigma<RenderNode, RenderEdge>): boolean {
  return internalsOf(sigma) !== null;
}

/**
 * sigma's process() as steps (pausing every PROCESS_STEP items), then marks sigma processed so
 * that its next frame only draws. Returns whether it did: it gives up (and sigma processes in its
 * next frame, as before) when the graph or sigma's item data change under it during a pause, or
 * sigma processed meanwhile. Until it returns true sigma still has to process (needToProcess stays
 * set), so a frame drawn meanwhile, or steps that are never finished, leave sigma as it was.
 */
export function* processSteps(sigma: Sigma<RenderNode, RenderEdge>): Generator<void, boolean, void> {
  const s = internalsOf(sigma);
  if (!s) return false;
  const graph = s.graph;
  const version = graphVersion(graph);
  const nodeCache = s.nodeDataCache;
  const edgeCache = s.edgeDataCache;
  // sigma's process() replaces it: a frame drawn meanwhile processed everything already.
  const itemIDs = s.itemIDsIndex;
  /** Whether nothing changed during the last pause. */
  const unchanged = () =>
    s.itemIDsIndex === itemIDs &&
    graphVersion(graph) === version &&
    s.nodeDataCache === nodeCache &&
    s.edgeDataCache === edgeCache;
  const pause = function* (i: number) {
    if ((i + 1) % PROCESS_STEP !== 0) return true;
    yield;
    return unchanged();
  };
  // Until the last step, sigma still has to process (see above).
  s.needToProcess = true;
  s.emit("beforeProcess");
  // NODES
  let nodeExtent: Extent = graphExtent(graph);
  if (!s.settings.autoRescale) {
    const { width, height } = s.getDimensions();
    const { x, y } = nodeExtent;
    nodeExtent = {
      x: [(x[0] + x[1]) / 2 - width / 2, (x[0] + x[1]) / 2 + width / 2],
      y: [(y[0] + y[1]) / 2 - height / 2, (y[0] + y[1]) / 2 + height / 2],
    };
  }
  const normalize = createNormalizationFunction(s.customBBox || nodeExtent);
  // Set now, as process() does: a node sigma updates meanwhile is normalised with it too.
  s.nodeExtent = nodeExtent;
  s.normalizationFunction = normalize;
  // (No label grid: skipLabelGrid.)
  const nodesPerPrograms: Record<string, number> = {};
  const nodeIndices: Record<string, number> = {};
  const edgeIndices: Record<string, number> = {};
  const itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }> = {};
  let incrID = 1;
  /**
   * Numbers `keys` from `first` (sigma's picking ids) and writes each into its program's next
   * slot, pausing as above; returns the next id, or null when it gave up.
   */
  const fillPrograms = function* (
    kind: "node" | "edge",
    keys: readonly string[],
    first: number,
    cache: Record<string, { type: string }>,
    perProgram: Record<string, number>,
    indices: Record<string, number>,
  ): Generator<void, number | null, void> {
    let id = first;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      indices[key] = id;
      itemIDsIndex[id] = { type: kind, id: key };
      const type = (cache[key] as { type: string }).type;
      const position = perProgram[type] ?? 0;
      perProgram[type] = position + 1;
      if (kind === "node") s.addNodeToProgram(key, id, position);
      else s.addEdgeToProgram(key, id, position);
      id++;
      if (!(yield* pause(i))) return null;
    }
    return id;
  };
  let nodes = graph.nodes();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as string;
    const data = nodeCache[node] as NodeDisplayData;
    const attrs = graph.getNodeAttributes(node);
    data.x = attrs.x;
    data.y = attrs.y;
    normalize.applyTo(data);
    nodesPerPrograms[data.type] = (nodesPerPrograms[data.type] ?? 0) + 1;
    if (!(yield* pause(i))) return false;
  }
  for (const type in s.nodePrograms) {
    s.nodePrograms[type]?.reallocate(nodesPerPrograms[type] ?? 0);
    nodesPerPrograms[type] = 0;
  }
  if (s.settings.zIndex && s.nodeZExtent[0] !== s.nodeZExtent[1])
    nodes = zIndexOrdering(s.nodeZExtent, (node: string) => nodeCache[node]?.zIndex ?? 0, nodes);
  const afterNodes = yield* fillPrograms("node", nodes, incrID, nodeCache, nodesPerPrograms, nodeIndices);
  if (afterNodes === null) return false;
  incrID = afterNodes;
  // EDGES
  const edgesPerPrograms: Record<string, number> = {};
  let edges = graph.edges();
  for (const edge of edges) {
    const type = (edgeCache[edge] as EdgeDisplayData).type;
    edgesPerPrograms[type] = (edgesPerPrograms[type] ?? 0) + 1;
  }
  if (s.settings.zIndex && s.edgeZExtent[0] !== s.edgeZExtent[1])
    edges = zIndexOrdering(s.edgeZExtent, (edge: string) => edgeCache[edge]?.zIndex ?? 0, edges);
  for (const type in s.edgePrograms) {
    s.edgePrograms[type]?.reallocate(edgesPerPrograms[type] ?? 0);
    edgesPerPrograms[type] = 0;
  }
  if ((yield* fillPrograms("edge", edges, incrID, edgeCache, edgesPerPrograms, edgeIndices)) === null) return false;
  if (!unchanged()) return false;
  s.itemIDsIndex = itemIDsIndex;
  s.nodeIndices = nodeIndices;
  s.edgeIndices = edgeIndices;
  s.emit("afterProcess");
  s.needToProcess = false;
  return true;
}
