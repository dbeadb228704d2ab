// Gould–Fernandez brokerage roles for undirected graphs (metrics-spec §C8; Gould & Fernandez
// 1989): for broker b, unordered pairs {a, c} ⊂ N(b) with no a–c tie, classified by group as
// coordinator (all same), itinerant (a = c ≠ b), representative/gatekeeper (b shares its group
// with exactly one of a, c) and liaison (all differ). All pairs are counted from the group
// sizes, then the tied pairs (triangles at b) are subtracted.
import type { Csr } from "./csr";
import { wasmBrokerage } from "./structureWasm";
import type { BrokerageCounts } from "./types";

/** Per broker index, the pairs of each role (integers). */
export interface BrokerageArrays {
  readonly coordinator: Float64Array;
  readonly itinerant: Float64Array;
  readonly gatekeeper: Float64Array;
  readonly liaison: Float64Array;
}

/** Unordered pairs among c items (never −0). */
function pairs(c: number): number {
  return c < 2 ? 0 : (c * (c - 1)) / 2;
}

function role(gb: number, ga: number, gc: number): keyof BrokerageCounts {
  if (ga === gc) return ga === gb ? "coordinator" : "itinerant";
  return ga === gb || gc === gb ? "representative_gatekeeper" : "liaison";
}

/**
 * Brokerage counts per node index; `group` gives a category index per node (0..nGroups−1).
 *
 * The tied pairs are the triangles of the graph, found once each by the forward algorithm
 * (Latapy 2008; Schank & Wagner 2005): every tie points from its end of lower (degree, index)
 * rank to the other, and a triangle is a path u → v → w with u → w too. Each triangle then
 * takes one pair off each of its three corners. That is O(m^1.5); the walk from every broker
 * through each neighbour's neighbours that it replaces took Σ deg(x)², which on a 30,000-person
 * ego map (every alter tied to the ego: 30,000 × 30,000) was 4.3 s. Counts are integers, so the
 * order in which triangles are found does not change them.
 */
export function brokerageCounts(csr: Csr, group: Int32Array, nGroups: number): BrokerageCounts[] {
  // In WebAssembly where it runs (structureWasm.ts, the same counts), else in JavaScript.
  const { coordinator, itinerant, gatekeeper, liaison } =
    wasmBrokerage(csr, group, nGroups) ?? brokerageArraysJs(csr, group, nGroups);
  const out: BrokerageCounts[] = new Array<BrokerageCounts>(csr.n);
  for (let b = 0; b < csr.n; b++)
    out[b] = {
      coordinator: coordinator[b]!,
      itinerant: itinerant[b]!,
      representative_gatekeeper: gatekeeper[b]!,
      liaison: liaison[b]!,
    };
  return out;
}

/** brokerageCounts' numbers in JavaScript (assembly/structure.ts's brokerage is this). */
export function brokerageArraysJs(csr: Csr, group: Int32Array, nGroups: number): BrokerageArrays {
  const { n, offsets, neighbours } = csr;
  const coordinator = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const gatekeeper = new Float64Array(n);
  const liaison = new Float64Array(n);
  const count = new Int32Array(nGroups);
  const touched = new Int32Array(Math.max(nGroups, 1));
  for (let b = 0; b < n; b++) {
    const start = offsets[b]!;
    const end = offsets[b + 1]!;
    const gb = group[b]!;
    let nTouched = 0;
    for (let a = start; a < end; a++) {
      const g = group[neighbours[a]!]!;
      if (count[g] === 0) touched[nTouched++] = g;
      count[g] = count[g]! + 1;
    }
    const same = count[gb]!;
    const other = end - start - same;
    let pairsAcross = 0;
    let squares = 0;
    for (let t = 0; t < nTouched; t++) {
      const g = touched[t]!;
      const c = count[g]!;
      if (g !== gb) {
        pairsAcross += pairs(c);
        squares += c * c;
      }
      count[g] = 0;
    }
    coordinator[b] = pairs(same);
    itinerant[b] = pairsAcross;
    gatekeeper[b] = same * other;
    liaison[b] = (other * other - squares) / 2;
  }
  const tally = { coordinator, itinerant, representative_gatekeeper: gatekeeper, liaison };
  const takeOne = (b: number, x: number, y: number) => {
    const counts = tally[role(group[b]!, group[x]!, group[y]!)];
    counts[b] = counts[b]! - 1;
  };
  forEachTriangle(csr, (u, v, w) => {
    takeOne(u, v, w);
    takeOne(v, u, w);
    takeOne(w, u, v);
  });
  return { coordinator, itinerant, gatekeeper, liaison };
}

/** Calls `visit` once for every triangle {u, v, w} of the (simple) graph. */
function forEachTriangle(csr: Csr, visit: (u: number, v: number, w: number) => void): void {
  const { n, offsets, neighbours } = csr;
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  const before = (x: number, y: number) => degree(x) < degree(y) || (degree(x) === degree(y) && x < y);
  // Each node's later neighbours (in rank order), as a second adjacency list.
  const forwardStart = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) {
    let k = 0;
    for (let a = offsets[x]!; a < offsets[x + 1]!; a++) if (before(x, neighbours[a]!)) k++;
    forwardStart[x + 1] = forwardStart[x]! + k;
  }
  const forward = new Int32Array(forwardStart[n]!);
  for (let x = 0, at = 0; x < n; x++)
    for (let a = offsets[x]!; a < offsets[x + 1]!; a++) if (before(x, neighbours[a]!)) forward[at++] = neighbours[a]!;
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const from = forwardStart[u]!;
    const to = forwardStart[u + 1]!;
    for (let i = from; i < to; i++) mark[forward[i]!] = u;
    for (let i = from; i < to; i++) {
      const v = forward[i]!;
      for (let j = forwardStart[v]!; j < forwardStart[v + 1]!; j++) {
        const w = forward[j]!;
        if (mark[w] === u) visit(u, v, w);
      }
    }
  }
}
