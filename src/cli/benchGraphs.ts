// Seeded benchmark graphs: random G(n, m) graphs and a typical ego map (ego + alters in about
// eight labelled circles, Granovetter dimensions on the ego's ties).
import { writeFileSync } from "node:fs";
import { UndirectedGraph } from "../domain/graph/graphology";
import { createRng } from "../domain/metrics/rng";
import type { Rng } from "../domain/metrics/rng";
import { edgeStrength } from "../domain/model/strength";

export interface BenchGraph {
  readonly name: string;
  readonly kind: "random" | "ego";
  readonly graph: UndirectedGraph;
  /** Timed repetitions (median reported). */
  readonly runs: number;
  /** Timed runs of graphology-metrics' betweenness; 0 = skipped (the biggest: it takes minutes). */
  readonly graphologyRuns: number;
  readonly attribute: { name: string; K: number | null };
  readonly egoId?: string;
}

/** Seeded G(n, m): m distinct random edges, weights in [0.1, 1], a 10-category `group` attribute. */
export function randomGraph(n: number, m: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { group: `g${Math.floor(rng() * 10)}` });
  const seen = new Set<number>();
  while (seen.size < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    g.addUndirectedEdge(`n${a}`, `n${b}`, { weight: Math.round((0.1 + 0.9 * rng()) * 100) / 100 });
  }
  return g;
}

const TYPES = ["family", "family", "workplace", "workplace", "workplace", "third", "third", "third"] as const;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** A typical ego map: ego + alters in ~8 labelled circles, alter–alter ties mostly within circles. */
export function egoMap(alters = 150, alterTies = 1000, seed = 7): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  g.addNode("ego", { role: "ego" });
  const circle: number[] = [];
  for (let i = 0; i < alters; i++) {
    const c = i % TYPES.length;
    circle.push(c);
    const communities = rng() < 0.2 ? [`C${c}`, `C${(c + 1) % TYPES.length}`] : [`C${c}`];
    g.addNode(`a${i}`, { role: "alter", communities, community_type: TYPES[c] });
    const dimensions =
      rng() < 0.1
        ? {}
        : {
            frequency_category: pick(rng, ["often", "occasionally", "rarely"] as const),
            emotional: 1 + Math.floor(rng() * 5),
            ...(rng() < 0.6 ? { intimacy: 1 + Math.floor(rng() * 5) } : {}),
          };
    g.addUndirectedEdge("ego", `a${i}`, { dimensions, weight: edgeStrength({ dimensions }) ?? 0.5 });
  }
  let added = 0;
  while (added < alterTies) {
    const a = Math.floor(rng() * alters);
    const b = Math.floor(rng() * alters);
    const within = circle[a] === circle[b];
    if (a === b || (!within && rng() < 0.85) || g.hasEdge(`a${a}`, `a${b}`)) continue;
    g.addUndirectedEdge(`a${a}`, `a${b}`, { weight: Math.round((0.2 + 0.8 * rng()) * 100) / 100 });
    added++;
  }
  return g;
}

export function defaultGraphs(): BenchGraph[] {
  const group = { name: "group", K: null };
  return [
    {
      name: "ego map (ego + 150 alters)",
      kind: "ego",
      graph: egoMap(),
      runs: 30,
      graphologyRuns: 30,
      attribute: { name: "community_type", K: 3 },
      egoId: "ego",
    },
    {
      name: "random 1,000 / 5,000",
      kind: "random",
      graph: randomGraph(1_000, 5_000, 1),
      runs: 7,
      graphologyRuns: 3,
      attribute: group,
    },
    {
      name: "random 5,000 / 25,000",
      kind: "random",
      graph: randomGraph(5_000, 25_000, 2),
      runs: 3,
      graphologyRuns: 1,
      attribute: group,
    },
    {
      name: "random 20,000 / 100,000",
      kind: "random",
      graph: randomGraph(20_000, 100_000, 3),
      runs: 1,
      graphologyRuns: 0,
      attribute: group,
    },
  ];
}

/** A LinkedIn import's shape: the user (n0) tied to everyone, nobody else tied (29,999 leaves). */
export const STAR_PEOPLE = 30_000;

export function writeStarCsv(path: string, people: number): void {
  const lines = ["source,target,weight"];
  for (let i = 1; i < people; i++) lines.push(`n0,n${i},0.5`);
  writeFileSync(path, `${lines.join("\n")}\n`);
}
