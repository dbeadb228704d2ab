// Burt's structural-hole measures per node (metrics-spec §H; Burt 1992; Borgatti 1997;
// NetworkX effective_size / constraint / local_constraint): effective size, efficiency,
// constraint, local constraint and hierarchy, unweighted or weighted, on the whole network or
// on each node's ego network (§H6). Undefined values (isolated nodes, hierarchy with N ≤ 1)
// are null.
import type { AbstractGraph } from "graphology-types";
import { burtKernel, reverseArcs } from "./burtKernel";
import type { BurtArrays } from "./burtKernel";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { DEFAULTS } from "./defaults";
import { assertNode } from "./validate";
import { dict } from "../model";

export interface BurtOptions {
  /** Use edge `weight` (missing → 1); default false. */
  weighted?: boolean;
}

export type NodeScores = Record<string, number | null>;

export interface BurtScores {
  readonly effectiveSize: (number | null)[];
  readonly efficiency: (number | null)[];
  readonly constraint: (number | null)[];
  readonly hierarchy: (number | null)[];
  readonly effectiveSizeEgo: (number | null)[];
  readonly constraintEgo: (number | null)[];
  readonly arrays: BurtArrays;
}

/** Arc weights for the weighted measures, or ones for the unweighted ones. */
export function arcWeights(csr: Csr, weighted: boolean): Float64Array {
  return weighted ? csr.arcWeight : new Float64Array(csr.neighbours.length).fill(1);
}

/** Burt's hierarchy of the arcs start..end−1 from their local constraints summing to `total`. */
export function hierarchyOf(local: Float64Array, start: number, end: number, total: number): number | null {
  const k = end - start;
  if (k <= 1 || !(total > 0)) return null;
  let h = 0;
  for (let a = start; a < end; a++) {
    const r = local[a]! / (total / k);
    if (r > 0) h += r * Math.log(r);
  }
  return h / (k * Math.log(k));
}

/** All Burt node scores from one kernel run on `csr`. */
export function burtScores(csr: Csr, weighted: boolean, rev: Int32Array = reverseArcs(csr)): BurtScores {
  const arrays = burtKernel(csr, arcWeights(csr, weighted), rev);
  const { n, offsets } = csr;
  const effectiveSize: (number | null)[] = new Array<number | null>(n).fill(null);
  const efficiency = effectiveSize.slice();
  const constraint = effectiveSize.slice();
  const hierarchy = effectiveSize.slice();
  const effectiveSizeEgo = effectiveSize.slice();
  const constraintEgo = effectiveSize.slice();
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    const k = end - start;
    if (k === 0) continue;
    // Borgatti's k − 2t/k when unweighted (NetworkX's branch); Burt's formula when weighted.
    const es = weighted ? k - arrays.redundancy[u]! : k - (2 * arrays.triangles[u]!) / k;
    effectiveSize[u] = es;
    efficiency[u] = es / k;
    effectiveSizeEgo[u] = weighted ? k - arrays.redundancyEgo[u]! : es;
    let c = 0;
    let ce = 0;
    for (let a = start; a < end; a++) {
      c += arrays.localConstraint[a]!;
      ce += arrays.localConstraintEgo[a]!;
    }
    constraint[u] = c;
    constraintEgo[u] = ce;
    hierarchy[u] = hierarchyOf(arrays.localConstraint, start, end, c);
  }
  return { effectiveSize, efficiency, constraint, hierarchy, effectiveSizeEgo, constraintEgo, arrays };
}

function byId(csr: Csr, values: readonly (number | null)[]): NodeScores {
  const out: NodeScores = dict();
  for (let i = 0; i < csr.n; i++) out[csr.ids[i]!] = values[i] ?? null;
  return out;
}

function scoresOf(graph: AbstractGraph, options: BurtOptions, fn: string): [Csr, BurtScores] {
  const csr = buildCsr(graph, fn);
  return [csr, burtScores(csr, options.weighted ?? DEFAULTS.weighted)];
}

/** Burt's effective size per node (Borgatti's form unweighted); isolated → null. */
export function computeEffectiveSize(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeEffectiveSize");
  return byId(csr, s.effectiveSize);
}

/** Effective size / degree; isolated → null. */
export function computeEfficiency(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeEfficiency");
  return byId(csr, s.efficiency);
}

/** Burt's aggregate constraint C_i = Σ_j c_ij; isolated → null. */
export function computeConstraint(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeConstraint");
  return byId(csr, s.constraint);
}

/** Burt's hierarchy (§H5); null when degree ≤ 1. */
export function computeHierarchy(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeHierarchy");
  return byId(csr, s.hierarchy);
}

/** Constraint of every node computed on its own ego network (§H6, `constraint_ego`). */
export function computeConstraintEgo(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeConstraintEgo");
  return byId(csr, s.constraintEgo);
}

/** Effective size of every node computed on its own ego network (§H6). */
export function computeEffectiveSizeEgo(graph: AbstractGraph, options: BurtOptions = {}): NodeScores {
  const [csr, s] = scoresOf(graph, options, "computeEffectiveSizeEgo");
  return byId(csr, s.effectiveSizeEgo);
}

/** Local (dyadic) constraint c_uv of v on u (NetworkX local_constraint), also for untied pairs. */
export function localConstraint(graph: AbstractGraph, u: string, v: string, options: BurtOptions = {}): number {
  const [csr, s] = scoresOf(graph, options, "localConstraint");
  assertNode(csr.graph, u, "localConstraint");
  assertNode(csr.graph, v, "localConstraint");
  const ui = csr.index.get(u)!;
  const vi = csr.index.get(v)!;
  for (let a = csr.offsets[ui]!; a < csr.offsets[ui + 1]!; a++) {
    if (csr.neighbours[a] === vi) return s.arrays.localConstraint[a]!;
  }
  // Not tied: only the indirect term Σ_q p_uq p_qv remains.
  const w = arcWeights(csr, options.weighted ?? DEFAULTS.weighted);
  const sumOf = (x: number): number => {
    let total = 0;
    for (let a = csr.offsets[x]!; a < csr.offsets[x + 1]!; a++) total += w[a]!;
    return total;
  };
  const su = sumOf(ui);
  let indirect = 0;
  for (let a = csr.offsets[ui]!; a < csr.offsets[ui + 1]!; a++) {
    const q = csr.neighbours[a]!;
    for (let b = csr.offsets[q]!; b < csr.offsets[q + 1]!; b++) {
      if (csr.neighbours[b] === vi) indirect += (w[a]! / su) * (w[b]! / sumOf(q));
    }
  }
  return indirect * indirect;
}
