// Bridges (metrics-spec §L; Tarjan 1974): edges on no cycle, found by one depth-first search
// with low-link values. The DFS keeps an explicit stack — no recursion, so a 20,000-node path
// cannot overflow the JS call stack.
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";

/** 1 for every edge index that is a bridge, else 0. */
export function bridgeFlags(csr: Csr): Uint8Array {
  const { n, m, offsets, neighbours, arcEdge } = csr;
  const isBridge = new Uint8Array(m);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let sp = 0;
    stack[sp++] = root;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    while (sp > 0) {
      const u = stack[sp - 1]!;
      const a = next[u]!;
      if (a < offsets[u + 1]!) {
        next[u] = a + 1;
        const e = arcEdge[a]!;
        if (e === parentEdge[u]) continue;
        const v = neighbours[a]!;
        if (disc[v] === -1) {
          disc[v] = low[v] = time++;
          parentEdge[v] = e;
          next[v] = offsets[v]!;
          stack[sp++] = v;
        } else if (disc[v]! < low[u]!) {
          low[u] = disc[v]!;
        }
        continue;
      }
      sp--;
      if (sp === 0) continue;
      const p = stack[sp - 1]!;
      if (low[u]! < low[p]!) low[p] = low[u]!;
      if (low[u]! > disc[p]!) isBridge[parentEdge[u]!] = 1;
    }
  }
  return isBridge;
}

/** Bridges as [source, target] pairs. */
export function computeBridges(graph: AbstractGraph): [string, string][] {
  const csr = buildCsr(graph, "computeBridges");
  const flags = bridgeFlags(csr);
  const out: [string, string][] = [];
  for (let e = 0; e < csr.m; e++) {
    if (flags[e] === 1) out.push([csr.ids[csr.edgeSource[e]!]!, csr.ids[csr.edgeTarget[e]!]!]);
  }
  return out;
}
