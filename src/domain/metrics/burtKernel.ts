// One pass over every (edge, common neighbour) triple of the CSR that yields Burt's
// structural-hole quantities (metrics-spec §H; Burt 1992; NetworkX structuralholes.py) in
// their whole-network and ego-network forms, plus embeddedness (§T5) as a by-product.
// Each edge is handled once, from its higher-degree end, iterating the smaller neighbour list
// against a stamped neighbour set: O(Σ_edges min(k_u, k_v)).
import type { Csr } from "./csr";
import { wasmBurtKernel } from "./structureWasm";

export interface BurtArrays {
  /** Per edge: |N(u) ∩ N(v)|. */
  readonly embeddedness: Int32Array;
  /** Per node: triangles through it. */
  readonly triangles: Float64Array;
  /** Per arc u→v: local constraint c_uv, whole network and ego network of u. */
  readonly localConstraint: Float64Array;
  readonly localConstraintEgo: Float64Array;
  /** Per node: Σ_j Σ_q p_uq m_jq (Burt redundancy), whole and ego network. */
  readonly redundancy: Float64Array;
  readonly redundancyEgo: Float64Array;
}

/** Arc index of the reverse direction of every arc. */
export function reverseArcs(csr: Csr): Int32Array {
  const { n, offsets, neighbours } = csr;
  const rev = new Int32Array(neighbours.length);
  const first = new Int32Array(csr.m).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const e = csr.arcEdge[a]!;
      const b = first[e]!;
      if (b < 0) first[e] = a;
      else {
        rev[a] = b;
        rev[b] = a;
      }
    }
  }
  return rev;
}

/**
 * `w` gives one weight per arc (csr.arcWeight, or all ones for the unweighted measures). In
 * WebAssembly where it runs (structureWasm.ts, the same numbers), else burtKernelJs.
 */
export function burtKernel(csr: Csr, w: Float64Array, rev: Int32Array): BurtArrays {
  return wasmBurtKernel(csr, w, rev) ?? burtKernelJs(csr, w, rev);
}

/** burtKernel in JavaScript (assembly/structure.ts's burt is this, statement for statement). */
export function burtKernelJs(csr: Csr, w: Float64Array, rev: Int32Array): BurtArrays {
  const { n, m, offsets, neighbours, arcEdge } = csr;
  const arcs = neighbours.length;
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    let mx = 0;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const x = w[a]!;
      s += x;
      if (x > mx) mx = x;
    }
    sum[u] = s;
    max[u] = mx;
  }
  const embeddedness = new Int32Array(m);
  const triangles = new Float64Array(n);
  const indirect = new Float64Array(arcs);
  const egoSum = Float64Array.from(w);
  const egoMax = Float64Array.from(w);
  const redundancy = new Float64Array(n);
  const egoIndirect = new Float64Array(arcs);
  const redundancyEgo = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    stamp.fill(-1);
    for (let u = 0; u < n; u++) {
      const uStart = offsets[u]!;
      const uEnd = offsets[u + 1]!;
      const ku = uEnd - uStart;
      for (let a = uStart; a < uEnd; a++) {
        stamp[neighbours[a]!] = u;
        slot[neighbours[a]!] = a;
      }
      const su = sum[u]!;
      for (let a = uStart; a < uEnd; a++) {
        const v = neighbours[a]!;
        const vStart = offsets[v]!;
        const vEnd = offsets[v + 1]!;
        const kv = vEnd - vStart;
        if (kv > ku || (kv === ku && v > u)) continue;
        const ra = rev[a]!;
        const sv = sum[v]!;
        let common = 0;
        for (let b = vStart; b < vEnd; b++) {
          const q = neighbours[b]!;
          if (stamp[q] !== u) continue;
          const aq = slot[q]!;
          const wuq = w[aq]!;
          const wvq = w[b]!;
          const puq = wuq / su;
          const pvq = wvq / sv;
          if (pass === 0) {
            common++;
            const sq = sum[q]!;
            indirect[a] = indirect[a]! + (puq * wvq) / sq;
            indirect[ra] = indirect[ra]! + (pvq * wuq) / sq;
            redundancy[u] = redundancy[u]! + (puq * wvq) / max[v]!;
            redundancy[v] = redundancy[v]! + (pvq * wuq) / max[u]!;
            egoSum[a] = egoSum[a]! + wvq;
            egoSum[ra] = egoSum[ra]! + wuq;
            if (wvq > egoMax[a]!) egoMax[a] = wvq;
            if (wuq > egoMax[ra]!) egoMax[ra] = wuq;
          } else {
            egoIndirect[a] = egoIndirect[a]! + (puq * wvq) / egoSum[aq]!;
            egoIndirect[ra] = egoIndirect[ra]! + (pvq * wuq) / egoSum[b]!;
            redundancyEgo[u] = redundancyEgo[u]! + (puq * wvq) / egoMax[a]!;
            redundancyEgo[v] = redundancyEgo[v]! + (pvq * wuq) / egoMax[ra]!;
          }
        }
        if (pass === 0) embeddedness[arcEdge[a]!] = common;
      }
    }
  }
  const localConstraint = new Float64Array(arcs);
  const localConstraintEgo = new Float64Array(arcs);
  for (let u = 0; u < n; u++) {
    const su = sum[u]!;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const p = w[a]! / su;
      const c = p + indirect[a]!;
      const ce = p + egoIndirect[a]!;
      localConstraint[a] = c * c;
      localConstraintEgo[a] = ce * ce;
      triangles[u] = triangles[u]! + embeddedness[arcEdge[a]!]! / 2;
    }
  }
  return { embeddedness, triangles, localConstraint, localConstraintEgo, redundancy, redundancyEgo };
}
