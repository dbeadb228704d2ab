// Leaves folded into their neighbours before the shortest-path sweep (paths.ts). A leaf (one
// tie, to a node with more) lies inside no shortest path, and its paths are its neighbour's
// plus one step, so the sweep runs on the graph without its leaves, each remaining node w
// weighted by mass[w] = 1 + its leaves: w counts as mass[w] targets in the dependency
// recursion δ(v) = Σ σ_v/σ_w · (mass[w] + δ(w)) and each source's sums as mass[s] sources'
// (Baglioni, Geraci, Pellegrini & Lastres 2012, "Fast exact computation of betweenness
// centrality in social networks", degree-1 reduction; Sariyüce et al. 2013). What the leaves
// add is then closed-form, per node a with k leaves in a component of N people (in all):
//   betweenness(a) += 2k(N − mass[a]) + k(k − 1)   (a leaf to anyone beyond a, and back;
//                                                    leaf to leaf through a)
//   edge betweenness of a leaf's tie = 2(N − 1)      (the leaf to everyone, and back)
//   Σ distances from a = Σ mass[w]·d(a, w) + (the component's leaves: one step each beyond)
//   Σ distances from a leaf of a = a's + N − 2
// A LinkedIn import is a star (the user tied to every connection, 29,852 leaves of 29,853
// people): its sweep becomes one node. Graphs without leaves are swept as they are.
import type { PathCentralities, PathsInput } from "./paths";
import { sweepTopology } from "./sweepKernel";

export interface SweepPlan {
  /** What the kernel sweeps: the graph itself, or the graph without its leaves, with masses. */
  readonly input: PathsInput;
  /** The unnormalised sums over input's sources → the whole graph's, normalised like NetworkX. */
  finish(sums: PathCentralities, withEdges: boolean): PathCentralities;
}

const plans = new WeakMap<Int32Array, SweepPlan>();

/** The sweep plan of a CSR (cached by its neighbour array, so the kernel's set-up is reused). */
export function sweepPlan(csr: PathsInput): SweepPlan {
  // A folded graph's masses are not people: its sums are finished only by its own plan.
  if (csr.mass !== undefined) throw new Error("sweepPlan: this graph is already folded (it has masses).");
  let plan = plans.get(csr.neighbours);
  if (plan === undefined) {
    plan = foldLeaves(csr) ?? { input: csr, finish: (sums) => normalizeSums(sums, csr, null) };
    plans.set(csr.neighbours, plan);
  }
  return plan;
}

/** How many leaves (degree 1, tied to a node of degree ≥ 2) the graph has: 0 ⇒ nothing folded. */
function leafCount(csr: PathsInput): number {
  const { n, offsets: off, neighbours: nb } = csr;
  let leaves = 0;
  for (let v = 0; v < n; v++) {
    if (off[v + 1]! - off[v]! !== 1) continue;
    const a = nb[off[v]!]!;
    if (off[a + 1]! - off[a]! >= 2) leaves++;
  }
  return leaves;
}

function foldLeaves(csr: PathsInput): SweepPlan | null {
  const leaves = leafCount(csr);
  if (leaves === 0) return null;
  const { n, m, offsets: off, neighbours: nb, arcEdge: ae } = csr;
  const isLeaf = (v: number): boolean =>
    off[v + 1]! - off[v]! === 1 && off[nb[off[v]!]! + 1]! - off[nb[off[v]!]!]! >= 2;
  // Remaining nodes in their order: index in the reduced graph, and back.
  const toReduced = new Int32Array(n).fill(-1);
  const toFull = new Int32Array(n - leaves);
  let nr = 0;
  for (let v = 0; v < n; v++) {
    if (isLeaf(v)) continue;
    toReduced[v] = nr;
    toFull[nr++] = v;
  }
  const mass = new Float64Array(nr).fill(1);
  const leafNode = new Int32Array(leaves);
  const leafEdge = new Int32Array(leaves);
  let l = 0;
  for (let v = 0; v < n; v++) {
    if (toReduced[v]! >= 0) continue;
    const a = off[v]!;
    leafNode[l] = v;
    leafEdge[l++] = ae[a]!;
    const r = toReduced[nb[a]!]!;
    mass[r] = mass[r]! + 1;
  }
  // The reduced CSR: each remaining node's arcs to remaining nodes, in their order; the edges
  // renumbered in the order of their first arc.
  const edgeToReduced = new Int32Array(m).fill(-1);
  const offsets = new Int32Array(nr + 1);
  const neighbours = new Int32Array(2 * m - 2 * leaves);
  const arcEdge = new Int32Array(2 * m - 2 * leaves);
  const edgeToFull = new Int32Array(m - leaves);
  let arcs = 0;
  let mr = 0;
  for (let r = 0; r < nr; r++) {
    const v = toFull[r]!;
    for (let a = off[v]!; a < off[v + 1]!; a++) {
      const w = toReduced[nb[a]!]!;
      if (w < 0) continue;
      const e = ae[a]!;
      if (edgeToReduced[e]! < 0) {
        edgeToReduced[e] = mr;
        edgeToFull[mr++] = e;
      }
      neighbours[arcs] = w;
      arcEdge[arcs++] = edgeToReduced[e]!;
    }
    offsets[r + 1] = arcs;
  }
  const input: PathsInput = { n: nr, m: mr, offsets, neighbours, arcEdge, mass };
  return {
    input,
    finish(sums, withEdges) {
      // Each component's people in all (N) and its leaves.
      const { comp, compStart } = sweepTopology(input);
      const components = compStart.length - 1;
      const people = new Float64Array(components);
      const leavesOf = new Float64Array(components);
      for (let r = 0; r < nr; r++) {
        const c = comp[r]!;
        people[c] = people[c]! + mass[r]!;
        leavesOf[c] = leavesOf[c]! + mass[r]! - 1;
      }
      const betweenness = new Float64Array(n);
      const closeness = new Float64Array(n);
      const edgeBetweenness = new Float64Array(withEdges ? m : 0);
      const reach = new Float64Array(n);
      for (let r = 0; r < nr; r++) {
        const v = toFull[r]!;
        const c = comp[r]!;
        const k = mass[r]! - 1;
        betweenness[v] = sums.betweenness[r]! + 2 * k * (people[c]! - mass[r]!) + k * (k - 1);
        closeness[v] = sums.closeness[r]! + leavesOf[c]!;
        reach[v] = people[c]!;
      }
      for (let i = 0; i < leaves; i++) {
        const v = leafNode[i]!;
        const a = nb[off[v]!]!;
        reach[v] = reach[a]!;
        closeness[v] = closeness[a]! + reach[a]! - 2;
        if (withEdges) edgeBetweenness[leafEdge[i]!] = 2 * (reach[a]! - 1);
      }
      if (withEdges) for (let e = 0; e < mr; e++) edgeBetweenness[edgeToFull[e]!] = sums.edgeBetweenness[e]!;
      return normalizeSums({ betweenness, edgeBetweenness, closeness }, csr, reach);
    },
  };
}

/**
 * NetworkX's normalisation, in place: betweenness over (n−1)(n−2) ordered pairs, edge
 * betweenness over n(n−1), and each node's distance sum Σd made its Wasserman–Faust closeness
 * ((r−1)/Σd)·((r−1)/(n−1)), r the people it reaches itself included (its component's, or
 * `reach` when given), 0 when it reaches nobody.
 */
export function normalizeSums(paths: PathCentralities, csr: PathsInput, reach: Float64Array | null): PathCentralities {
  const { n } = csr;
  const { betweenness, edgeBetweenness, closeness } = paths;
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) betweenness[i] = betweenness[i]! * scale;
  } else {
    betweenness.fill(0);
  }
  if (n > 1) {
    const scale = 1 / (n * (n - 1));
    for (let e = 0; e < edgeBetweenness.length; e++) edgeBetweenness[e] = edgeBetweenness[e]! * scale;
  }
  const topology = reach === null ? sweepTopology(csr) : null;
  for (let i = 0; i < n; i++) {
    const total = closeness[i]!;
    if (total > 0 && n > 1) {
      const c = topology?.comp[i] ?? 0;
      const r = reach !== null ? reach[i]! : topology!.compStart[c + 1]! - topology!.compStart[c]!;
      closeness[i] = ((r - 1) / total) * ((r - 1) / (n - 1));
    } else closeness[i] = 0;
  }
  return paths;
}
