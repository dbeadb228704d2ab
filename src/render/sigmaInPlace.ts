// An edit's few changed people and ties written into sigma's program buffers in place. sigma
// (v3.0.3) answers any added, moved or restyled item with a whole process() in its next frame: the
// extent, every node's normalised position and the buffers of all 30,000 people and ties of a big
// map (~60 ms) for one added person. Here the items a patch names (renderPatch.ts, sigmaBatch.ts)
// are updated where they are — restyled and moved ones at their own buffer slot (with the ties
// that touch a moved person), new ones appended after the last slot of their program — so that
// the frame only draws. sigma's own internals (undeclared in its types) are used as its
// refresh({ partialGraph, skipIndexation }) uses them; wherever this cannot be done exactly
// (a drop or another process pending, a changed program type, a zIndex order in force, internals
// not the expected ones) it does nothing and sigma processes as before.
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { BIG_MAP_PEOPLE as BIG_MAP, type RenderEdge, type RenderGraph, type RenderNode } from "./buildRenderGraph";

interface ProgramLike {
  capacity: number;
  array: Float32Array;
  reallocate(capacity: number): void;
}

interface Internals {
  graph: RenderGraph;
  settings: { zIndex: boolean };
  needToProcess: boolean;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodePrograms: Record<string, ProgramLike>;
  edgePrograms: Record<string, ProgramLike>;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  updateNode(key: string): void;
  updateEdge(key: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

function internalsOf(sigma: Sigma<RenderNode, RenderEdge>): Internals | null {
  const s = sigma as unknown as Partial<Internals>;
  const fns = [s.updateNode, s.updateEdge, s.addNodeToProgram, s.addEdgeToProgram];
  const maps = [s.nodeDataCache, s.edgeDataCache, s.nodeProgramIndex, s.edgeProgramIndex, s.nodeIndices];
  const ok =
    fns.every((f) => typeof f === "function") &&
    maps.every((m) => typeof m === "object" && m !== null) &&
    typeof s.edgeIndices === "object" &&
    typeof s.itemIDsIndex === "object" &&
    typeof s.needToProcess === "boolean" &&
    Array.isArray(s.nodeZExtent) &&
    Array.isArray(s.edgeZExtent) &&
    typeof s.nodePrograms === "object" &&
    typeof s.edgePrograms === "object";
  return ok ? (s as Internals) : null;
}

const isProgram = (p: unknown): p is ProgramLike => {
  const q = p as Partial<ProgramLike> | undefined;
  return typeof q?.capacity === "number" && q.array instanceof Float32Array && typeof q.reallocate === "function";
};

/** The next picking id of each sigma: its process() numbers nodes then ties from 1. */
const nextIds = new WeakMap<object, number>();
/** Slots in use of a program grown here (the rest are zeros); a process() fills them all again. */
let used = new WeakMap<ProgramLike, number>();

/** Keeps count of sigma's picking ids (after each of its processes), for the appends below. */
export function trackPickingIds(sigma: Sigma<RenderNode, RenderEdge>): void {
  const graph = sigma.getGraph();
  const count = () => {
    nextIds.set(sigma, graph.order + graph.size + 1);
    used = new WeakMap();
    roomLater(sigma);
  };
  // sigma processed the graph in its constructor already (no event heard here).
  if ((sigma as unknown as Partial<Internals>).needToProcess === false) count();
  sigma.on("afterProcess", count);
}

/** Extra slots a grown program gets: an edit then appends without copying its buffer. */
const room = (capacity: number) => Math.ceil(capacity / 32);

/** Grows a program to `capacity` slots, keeping its items (the new slots are zeros: drawn as nothing). */
function grow(program: ProgramLike, items: number, capacity: number): void {
  const old = program.array;
  program.reallocate(capacity);
  program.array.set(old.subarray(0, Math.min(old.length, program.array.length)));
  used.set(program, items);
}

/**
 * After sigma processed a big map, its programs get their room in an idle moment (copying a
 * 30,000-item buffer takes a few milliseconds), so that the first edit does not pay for it.
 */
function roomLater(sigma: Sigma<RenderNode, RenderEdge>): void {
  if (sigma.getGraph().order <= BIG_MAP) return;
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  const schedule = idle ?? ((f: () => void) => setTimeout(f, 50));
  const programs = () => {
    const s = internalsOf(sigma);
    return s ? [...Object.values(s.nodePrograms), ...Object.values(s.edgePrograms)].filter(isProgram) : [];
  };
  const seen = programs().map((p) => [p, p.array] as const);
  schedule(() => {
    const s = internalsOf(sigma);
    // Only if nothing processed or grew them meanwhile.
    if (!s || s.needToProcess) return;
    for (const [p, array] of seen)
      if (p.array === array && !used.has(p) && p.capacity > 0) grow(p, p.capacity, p.capacity + room(p.capacity));
  });
}

const flat = ([lo, hi]: [number, number]) => lo === hi || !Number.isFinite(lo) || !Number.isFinite(hi);

/** Appends `keys` (all of one kind) after their programs' last slots. */
function append(
  s: Internals,
  keys: readonly string[],
  kind: "node" | "edge",
  nextId: number,
): { ok: boolean; nextId: number } {
  const cache = kind === "node" ? s.nodeDataCache : s.edgeDataCache;
  const programs = kind === "node" ? s.nodePrograms : s.edgePrograms;
  const byType = new Map<string, string[]>();
  for (const key of keys) {
    const type = cache[key]?.type;
    if (type === undefined || !isProgram(programs[type])) return { ok: false, nextId };
    const list = byType.get(type);
    if (list) list.push(key);
    else byType.set(type, [key]);
  }
  let id = nextId;
  for (const [type, list] of byType) {
    const program = programs[type] as ProgramLike;
    const first = used.get(program) ?? program.capacity;
    // Grown with room for ~1/32 more (zeroed slots draw nothing), not copied on every edit.
    if (first + list.length > program.capacity) grow(program, first, first + list.length + room(first));
    used.set(program, first + list.length);
    list.forEach((key, i) => {
      s.itemIDsIndex[id] = { type: kind, id: key };
      if (kind === "node") {
        s.nodeIndices[key] = id;
        s.addNodeToProgram(key, id, first + i);
      } else {
        s.edgeIndices[key] = id;
        s.addEdgeToProgram(key, id, first + i);
      }
      id++;
    });
  }
  return { ok: true, nextId: id };
}

/**
 * Writes the named items (just written to the graph with sigma's listeners detached) into sigma's
 * buffers in place, so that its next frame only draws. Returns false when it cannot, having done
 * nothing that sigma's process() does not redo: the caller then has sigma process.
 */
export function processInPlace(
  sigma: Sigma<RenderNode, RenderEdge>,
  items: { nodes: readonly string[]; edges: readonly string[] },
): boolean {
  const s = internalsOf(sigma);
  const nextId = nextIds.get(sigma);
  if (!s || nextId === undefined || s.needToProcess) return false;
  // With people or ties drawn in zIndex order (a hover), new slots would break the order.
  if (s.settings.zIndex && (!flat(s.nodeZExtent) || !flat(s.edgeZExtent))) return false;
  const graph = s.graph;
  const nodeTypes = new Map(items.nodes.map((key) => [key, s.nodeDataCache[key]?.type]));
  const edgeTypes = new Map(items.edges.map((key) => [key, s.edgeDataCache[key]?.type]));
  for (const key of items.nodes) s.updateNode(key);
  for (const key of items.edges) s.updateEdge(key);
  const retyped =
    items.nodes.some((key) => {
      const was = nodeTypes.get(key);
      return was !== undefined && was !== s.nodeDataCache[key]?.type;
    }) ||
    items.edges.some((key) => {
      const was = edgeTypes.get(key);
      return was !== undefined && was !== s.edgeDataCache[key]?.type;
    });
  // (The items are indexed now, as sigma's listeners would have: its process() does the rest.)
  if (retyped || (s.settings.zIndex && (!flat(s.nodeZExtent) || !flat(s.edgeZExtent)))) return false;
  const newNodes = items.nodes.filter((key) => s.nodeProgramIndex[key] === undefined);
  const newEdges = items.edges.filter((key) => s.edgeProgramIndex[key] === undefined);
  let appended = append(s, newNodes, "node", nextId);
  if (appended.ok) appended = append(s, newEdges, "edge", appended.nextId);
  if (!appended.ok) return false;
  nextIds.set(sigma, appended.nextId);
  const added = new Set(newNodes);
  // Restyled and moved items at their own slots, and every tie that touches a rewritten person.
  const ties = new Set<string>(items.edges);
  for (const key of items.nodes) {
    const at = s.nodeProgramIndex[key];
    const id = s.nodeIndices[key];
    if (at !== undefined && id !== undefined && !added.has(key)) s.addNodeToProgram(key, id, at);
    graph.forEachEdge(key, (edge) => void ties.add(edge));
  }
  const restyled = new Set(items.edges);
  for (const edge of ties) {
    // A hidden tie's slot is zeros wherever its people are (the ego's ties on a big map).
    if (!restyled.has(edge) && s.edgeDataCache[edge]?.hidden === true) continue;
    const at = s.edgeProgramIndex[edge];
    const id = s.edgeIndices[edge];
    if (at !== undefined && id !== undefined) s.addEdgeToProgram(edge, id, at);
  }
  return true;
}
