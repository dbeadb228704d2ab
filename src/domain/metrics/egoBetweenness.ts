// Ego betweenness (metrics-spec §C4; Everett & Borgatti 2005): the betweenness of a node inside
// its own ego network, EB_i = Σ_{j<k ∈ N(i), j–k not tied} 1/g_jk with g_jk = 1 + the number
// of alters tied to both — NetworkX betweenness_centrality(ego_graph(G, i), normalized=False)[i].
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";

/** Ego betweenness per node index (0 for degree < 2). */
export function egoBetweennessArray(csr: Csr): Float64Array {
  const { n, offsets, neighbours } = csr;
  const result = new Float64Array(n);
  const inEgo = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const adjacent = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n).fill(-1);
  const count = new Int32Array(n);
  const touched = new Int32Array(n);
  let tag = 0;
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const k = end - start;
    if (k < 2) continue;
    for (let a = start; a < end; a++) {
      inEgo[neighbours[a]!] = i;
      slot[neighbours[a]!] = a;
    }
    let tiedPairs = 0;
    let discount = 0;
    for (let aj = start; aj < end; aj++) {
      const j = neighbours[aj]!;
      tag++;
      const jStart = offsets[j]!;
      const jEnd = offsets[j + 1]!;
      for (let b = jStart; b < jEnd; b++) {
        const x = neighbours[b]!;
        if (inEgo[x] === i) {
          adjacent[x] = tag;
          tiedPairs++;
        }
      }
      let nTouched = 0;
      for (let b = jStart; b < jEnd; b++) {
        const x = neighbours[b]!;
        if (inEgo[x] !== i) continue;
        for (let c = offsets[x]!; c < offsets[x + 1]!; c++) {
          const y = neighbours[c]!;
          if (inEgo[y] !== i || slot[y]! <= aj || adjacent[y] === tag) continue;
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
    result[i] = (k * (k - 1)) / 2 - tiedPairs / 2 - discount;
  }
  return result;
}

/** Ego betweenness of every node (unnormalised; divide by k(k−1)/2 to normalise). */
export function computeEgoBetweenness(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph, "computeEgoBetweenness");
  const eb = egoBetweennessArray(csr);
  const out: Record<string, number> = {};
  for (let i = 0; i < csr.n; i++) out[csr.ids[i]!] = eb[i]!;
  return out;
}
