// Ego betweenness (metrics-spec §C4; Everett & Borgatti 2005): the betweenness of a node inside
// its own ego network, EB_i = Σ_{j<k ∈ N(i), j–k not tied} 1/g_jk with g_jk = 1 + the number
// of alters tied to both — NetworkX betweenness_centrality(ego_graph(G, i), normalized=False)[i].
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { dict } from "../model";
import { wasmEgoBetweenness } from "./structureWasm";

/** Scratch buffers of the per-ego pass, sized for the largest degree. */
interface Scratch {
  readonly inEgo: Int32Array;
  readonly localStart: Int32Array;
  readonly local: Int32Array;
  readonly adjacent: Int32Array;
  readonly seen: Int32Array;
  readonly count: Int32Array;
  readonly touched: Int32Array;
  tag: number;
}

function scratchFor(csr: Csr, maxDegree: number): Scratch {
  return {
    inEgo: new Int32Array(csr.n).fill(-1),
    localStart: new Int32Array(maxDegree + 1),
    local: new Int32Array(csr.neighbours.length),
    adjacent: new Int32Array(maxDegree).fill(-1),
    seen: new Int32Array(maxDegree).fill(-1),
    count: new Int32Array(maxDegree),
    touched: new Int32Array(maxDegree),
    tag: 0,
  };
}

/**
 * Ego betweenness of node index i. The alter graph is first copied to a local CSR (alters
 * numbered by their position in the ego's list), so counting the two-step paths between alters
 * never walks the long neighbour list of a hub — in an ego map every alter's ego network
 * contains the ego itself.
 */
function egoBetweennessAt(csr: Csr, i: number, s: Scratch): number {
  const { offsets, neighbours } = csr;
  const { inEgo, localStart, local, adjacent, seen, count, touched } = s;
  const start = offsets[i]!;
  const k = offsets[i + 1]! - start;
  if (k < 2) return 0;
  for (let a = start; a < start + k; a++) inEgo[neighbours[a]!] = a - start;
  let fill = 0;
  for (let lx = 0; lx < k; lx++) {
    localStart[lx] = fill;
    const x = neighbours[start + lx]!;
    for (let b = offsets[x]!, end = offsets[x + 1]!; b < end; b++) {
      const ly = inEgo[neighbours[b]!]!;
      // inEgo holds positions of the current ego's alters; stale entries of earlier egos are
      // filtered by checking the position really holds that node.
      if (ly >= 0 && ly < k && neighbours[start + ly] === neighbours[b]) local[fill++] = ly;
    }
  }
  localStart[k] = fill;
  let discount = 0;
  for (let j = 0; j < k; j++) {
    const tag = ++s.tag;
    const jStart = localStart[j]!;
    const jEnd = localStart[j + 1]!;
    for (let b = jStart; b < jEnd; b++) adjacent[local[b]!] = tag;
    let nTouched = 0;
    for (let b = jStart; b < jEnd; b++) {
      const x = local[b]!;
      for (let c = localStart[x]!, end = localStart[x + 1]!; c < end; c++) {
        const y = local[c]!;
        if (y <= j || adjacent[y] === tag) continue;
        if (seen[y] !== tag) {
          seen[y] = tag;
          count[y] = 0;
          touched[nTouched++] = y;
        }
        count[y] = count[y]! + 1;
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const c = count[touched[t]!]!;
      discount += c / (1 + c);
    }
  }
  // Pairs of alters: k(k−1)/2, minus the tied ones (each listed twice), minus 1 − 1/g for
  // the untied pairs that also have g − 1 ≥ 1 common alters.
  return (k * (k - 1)) / 2 - fill / 2 - discount;
}

/**
 * Ego betweenness per node index (0 for degree < 2). In WebAssembly where it runs
 * (structureWasm.ts, the same numbers), else egoBetweennessArrayJs.
 */
export function egoBetweennessArray(csr: Csr): Float64Array {
  return wasmEgoBetweenness(csr, maxDegreeOf(csr)) ?? egoBetweennessArrayJs(csr);
}

function maxDegreeOf(csr: Csr): number {
  let maxDegree = 0;
  for (let i = 0; i < csr.n; i++) maxDegree = Math.max(maxDegree, csr.offsets[i + 1]! - csr.offsets[i]!);
  return maxDegree;
}

/** egoBetweennessArray in JavaScript (assembly/structure.ts's egoBetweenness is this). */
export function egoBetweennessArrayJs(csr: Csr): Float64Array {
  const { n } = csr;
  const result = new Float64Array(n);
  const maxDegree = maxDegreeOf(csr);
  const scratch = scratchFor(csr, maxDegree);
  for (let i = 0; i < n; i++) result[i] = egoBetweennessAt(csr, i, scratch);
  return result;
}

/** Ego betweenness of the one node index i: the same arithmetic as egoBetweennessArray. */
export function egoBetweennessOfIndex(csr: Csr, i: number): number {
  return egoBetweennessAt(csr, i, scratchFor(csr, csr.offsets[i + 1]! - csr.offsets[i]!));
}

/** Ego betweenness of every node (unnormalised; divide by k(k−1)/2 to normalise). */
export function computeEgoBetweenness(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph, "computeEgoBetweenness");
  const eb = egoBetweennessArray(csr);
  const out: Record<string, number> = dict();
  for (let i = 0; i < csr.n; i++) out[csr.ids[i]!] = eb[i]!;
  return out;
}
