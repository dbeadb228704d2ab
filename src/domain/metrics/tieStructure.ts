// Structural tie strength per edge (metrics-spec §T5): embeddedness (mutual contacts;
// Easley & Kleinberg 2010 §3.5), neighbourhood overlap (Onnela et al. 2007; 0 ⇔ local bridge,
// 0 when the denominator is 0) and NetworkX's Jaccard coefficient (union includes u and v).
import type { Csr } from "./csr";
import { degreeOf } from "./csr";

export function overlapOf(emb: number, ku: number, kv: number): number {
  const denominator = ku - 1 + (kv - 1) - emb;
  return denominator === 0 ? 0 : emb / denominator;
}

export function jaccardOf(emb: number, ku: number, kv: number): number {
  const denominator = ku + kv - emb;
  return denominator === 0 ? 0 : emb / denominator;
}

/** Per edge overlap and jaccard from the embeddedness array. */
export function tieStructure(csr: Csr, embeddedness: Int32Array): { overlap: Float64Array; jaccard: Float64Array } {
  const overlap = new Float64Array(csr.m);
  const jaccard = new Float64Array(csr.m);
  for (let e = 0; e < csr.m; e++) {
    const ku = degreeOf(csr, csr.edgeSource[e]!);
    const kv = degreeOf(csr, csr.edgeTarget[e]!);
    const emb = embeddedness[e]!;
    overlap[e] = overlapOf(emb, ku, kv);
    jaccard[e] = jaccardOf(emb, ku, kv);
  }
  return { overlap, jaccard };
}
