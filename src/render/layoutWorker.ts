// The clusters layout: ForceAtlas2 in its web worker (graphology-layout-forceatlas2/worker),
// seeded with the current positions (ego rings, deterministic). People the user dragged stay
// fixed. The run stops by itself once it has settled (convergence.ts) and reports how long it
// took; the positions are then saved to the document as layout positions (`setLayoutPositions`).
//
// The simulation runs on a copy of the render graph under stand-in keys (n0, n1, …): its worker
// indexes nodes in plain objects, so a person whose id is `__proto__` or `constructor` would turn
// every position into NaN. The copy leaves out planned (what-if) people, so that a plan never
// pushes the real network around; they are drawn next to the person they would be introduced
// through. What the copy reaches is drawn rescaled to the size of the rings it started from, so
// the map neither flies apart nor shrinks into a clump while it moves.
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import Graph from "../domain/graph/graphology";
import { dict, type PersonId, type Position } from "../domain/model";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { DEFAULT_CONVERGENCE, spread, trackConvergence, type ConvergenceOptions } from "./convergence";

/** ForceAtlas2 settings of the clusters layout for a graph of `order` people. */
export function clustersSettings(graph: Graph): ReturnType<typeof inferSettings> {
  return {
    ...inferSettings(graph),
    // Barnes–Hut: O(n log n) repulsion, needed past a few hundred people.
    barnesHutOptimize: graph.order > 300,
    scalingRatio: 60,
    gravity: 0.5,
    slowDown: 5,
  };
}

/** Pull of a community hub on each member (as if a tie of this strength). */
const HUB_STRENGTH = 0.6;

export function edgeWeight(strength: number | null | undefined): number {
  return 0.2 + (typeof strength === "number" ? strength : 0.5);
}

export interface SettledInfo {
  readonly state: "converged" | "capped";
  readonly iterations: number;
  /** Wall time from start to settling. */
  readonly ms: number;
}

export interface ClustersOptions {
  /** Called once when the run has settled (the worker is already stopped). */
  readonly onSettled?: (info: SettledInfo) => void;
  readonly convergence?: ConvergenceOptions;
  /** Wall-time cap: a huge map that has not settled by then stops where it is. */
  readonly maxMs?: number;
}

export const MAX_RUN_MS = 30_000;

export interface ClustersRun {
  /** Stops the worker and returns the positions of the people it moved. */
  stop(): Record<PersonId, Position>;
  /** Stops without returning anything (e.g. the document changed underneath). */
  kill(): void;
}

export interface Simulation {
  readonly copy: Graph<{ x: number; y: number; fixed: boolean }, { strength: number | null }>;
  readonly idOf: ReadonlyMap<string, string>;
  /** Planned people and who they hang next to (a real neighbour, else the ego). */
  readonly planned: ReadonlyMap<string, string | null>;
}

/** The graph ForceAtlas2 runs on (see the file comment). */
export function simulationOf(graph: RenderGraph, fixed: ReadonlySet<string>): Simulation {
  const copy = new Graph<{ x: number; y: number; fixed: boolean }, { strength: number | null }>({ type: "undirected" });
  const keyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  const planned = new Map<string, string | null>();
  const ego = graph.findNode((_id, a) => a.isEgo) ?? null;
  graph.forEachNode((id, attrs: RenderNode) => {
    if (attrs.planned) return;
    const key = `n${keyOf.size}`;
    keyOf.set(id, key);
    idOf.set(key, id);
    copy.addNode(key, { x: attrs.x, y: attrs.y, fixed: fixed.has(id) });
  });
  graph.forEachNode((id, attrs: RenderNode) => {
    if (!attrs.planned) return;
    let anchor: string | null = null;
    let best = -Infinity;
    graph.forEachNeighbor(id, (n, na) => {
      if (na.planned || !keyOf.has(n)) return;
      const score = (n === ego ? -1 : 0) + (graph.getEdgeAttribute(graph.edge(id, n) as string, "strength") ?? 0.5);
      if (score > best) {
        best = score;
        anchor = n;
      }
    });
    planned.set(id, anchor ?? ego);
  });
  graph.forEachEdge((_edge, attrs: RenderEdge, source, target) => {
    const s = keyOf.get(source);
    const t = keyOf.get(target);
    if (s !== undefined && t !== undefined && !copy.hasEdge(s, t)) copy.addEdge(s, t, { strength: attrs.strength });
  });
  // Members of one community (a LinkedIn company, a club) pull together through a hub that is
  // simulated but never drawn: an import without ties among contacts still forms its groups.
  const members = new Map<string, string[]>();
  graph.forEachNode((id, a: RenderNode) => {
    const key = keyOf.get(id);
    if (key === undefined || a.community === "" || a.isEgo) return;
    const list = members.get(a.community);
    if (list) list.push(key);
    else members.set(a.community, [key]);
  });
  let hubs = 0;
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const hub = `h${hubs++}`;
    let x = 0;
    let y = 0;
    for (const k of list) {
      x += copy.getNodeAttribute(k, "x");
      y += copy.getNodeAttribute(k, "y");
    }
    copy.addNode(hub, { x: x / list.length, y: y / list.length, fixed: false });
    for (const k of list) copy.addEdge(hub, k, { strength: HUB_STRENGTH });
  }
  return { copy, idOf, planned };
}

export function startClusters(
  graph: RenderGraph,
  fixed: ReadonlySet<string>,
  options: ClustersOptions = {},
): ClustersRun {
  const started = performance.now();
  graph.forEachNode((id) => graph.setNodeAttribute(id, "fixed", fixed.has(id)));
  const { copy, idOf, planned } = simulationOf(graph, fixed);
  const positionsOf = () => {
    const out = new Map<string, { x: number; y: number }>();
    copy.forEachNode((key, { x, y }) => {
      if (idOf.has(key) && Number.isFinite(x) && Number.isFinite(y)) out.set(key, { x, y });
    });
    return out;
  };
  const start = spread(positionsOf());
  // With people pinned by hand the drawing keeps the simulation's own scale (they must stay put).
  const rescale = fixed.size === 0;
  const tracker = trackConvergence(options.convergence ?? DEFAULT_CONVERGENCE);

  const draw = (positions: ReadonlyMap<string, { x: number; y: number }>) => {
    const now = spread(positions);
    const k = rescale && now.radius > 0 ? start.radius / now.radius : 1;
    const to = new Map<string, { x: number; y: number }>();
    for (const [key, p] of positions) {
      const id = idOf.get(key);
      if (id !== undefined)
        to.set(id, rescale ? { x: start.cx + (p.x - now.cx) * k, y: start.cy + (p.y - now.cy) * k } : p);
    }
    // Planned people fan out just beyond their anchor, away from the middle.
    const around = new Map<string, number>();
    for (const [id, anchor] of planned) {
      const a = anchor === null ? undefined : to.get(anchor);
      if (!a || anchor === null) continue;
      const i = around.get(anchor) ?? 0;
      around.set(anchor, i + 1);
      const base = Math.atan2(a.y - start.cy, a.x - start.cx) || 0;
      const angle = base + (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * 0.5;
      const d = Math.max(start.radius * 0.12, 20);
      to.set(id, { x: a.x + Math.cos(angle) * d, y: a.y + Math.sin(angle) * d });
    }
    // One graph event for the whole step (sigma re-indexes once), as the supervisor itself does.
    graph.updateEachNodeAttributes(
      (id, attrs) => {
        const p = to.get(id);
        return p ? { ...attrs, x: p.x, y: p.y } : attrs;
      },
      { attributes: ["x", "y"] },
    );
  };

  const layout = new FA2LayoutSupervisor(copy, {
    settings: clustersSettings(copy),
    getEdgeWeight: (_edge, attrs) => edgeWeight(attrs.strength),
  });
  let done = false;
  let settled = false;
  const onIteration = () => {
    if (done || settled) return;
    const positions = positionsOf();
    draw(positions);
    const stepped = tracker.step(positions);
    const state =
      stepped === "running" && performance.now() - started > (options.maxMs ?? MAX_RUN_MS) ? "capped" : stepped;
    if (state === "running") return;
    settled = true;
    layout.stop();
    const info = { state, iterations: tracker.iterations, ms: performance.now() - started };
    // After the supervisor's message handler returns: killing the worker inside it breaks it.
    setTimeout(() => {
      if (!done) options.onSettled?.(info);
    }, 0);
  };
  copy.on("eachNodeAttributesUpdated", onIteration);
  layout.start();
  const kill = () => {
    if (done) return;
    done = true;
    copy.removeListener("eachNodeAttributesUpdated", onIteration);
    layout.kill();
  };
  return {
    stop() {
      kill();
      const out: Record<string, Position> = dict();
      graph.forEachNode((id, a) => {
        // A position that is not a number never reaches the document (it would not save).
        if (!fixed.has(id) && Number.isFinite(a.x) && Number.isFinite(a.y)) out[id] = { x: a.x, y: a.y };
      });
      return out as Record<PersonId, Position>;
    },
    kill,
  };
}
