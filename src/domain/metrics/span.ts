// Span of every edge (metrics-spec §L; Granovetter 1973; Easley & Kleinberg 2010 §3.2): the
// hop distance between the endpoints once the edge is removed. 2 when the endpoints share a
// neighbour, ∞ for a bridge, otherwise a bidirectional BFS that ignores the edge — run only for
// local bridges that are not bridges.
import type { Csr } from "./csr";
import { wasmSpanArray } from "./structureWasm";

/**
 * Per edge: span in hops, Infinity for a bridge. In WebAssembly where it runs (structureWasm.ts,
 * the same numbers), else spanArrayJs.
 */
export function spanArray(csr: Csr, embeddedness: Int32Array, isBridge: Uint8Array): Float64Array {
  return wasmSpanArray(csr, embeddedness, isBridge) ?? spanArrayJs(csr, embeddedness, isBridge);
}

/** spanArray in JavaScript (assembly/structure.ts's span is this, statement for statement). */
export function spanArrayJs(csr: Csr, embeddedness: Int32Array, isBridge: Uint8Array): Float64Array {
  const { n, m, offsets, neighbours, arcEdge, edgeSource, edgeTarget } = csr;
  const span = new Float64Array(m);
  const markA = new Int32Array(n);
  const markB = new Int32Array(n);
  const distA = new Int32Array(n);
  const distB = new Int32Array(n);
  const queueA = new Int32Array(n);
  const queueB = new Int32Array(n);
  let gen = 0;
  for (let e = 0; e < m; e++) {
    if (isBridge[e] === 1) {
      span[e] = Infinity;
      continue;
    }
    if (embeddedness[e]! > 0) {
      span[e] = 2;
      continue;
    }
    gen++;
    const u = edgeSource[e]!;
    const v = edgeTarget[e]!;
    markA[u] = gen;
    distA[u] = 0;
    queueA[0] = u;
    markB[v] = gen;
    distB[v] = 0;
    queueB[0] = v;
    let headA = 0;
    let tailA = 1;
    let headB = 0;
    let tailB = 1;
    let best = Infinity;
    while (best === Infinity && headA < tailA && headB < tailB) {
      // Expand one whole level of the smaller frontier; the minimum meeting distance over
      // that level is the shortest path length.
      const forward = tailA - headA <= tailB - headB;
      const queue = forward ? queueA : queueB;
      const mark = forward ? markA : markB;
      const dist = forward ? distA : distB;
      const otherMark = forward ? markB : markA;
      const otherDist = forward ? distB : distA;
      let head = forward ? headA : headB;
      let tail = forward ? tailA : tailB;
      const levelEnd = tail;
      for (; head < levelEnd; head++) {
        const x = queue[head]!;
        const dx = dist[x]! + 1;
        for (let a = offsets[x]!; a < offsets[x + 1]!; a++) {
          if (arcEdge[a] === e) continue;
          const y = neighbours[a]!;
          if (otherMark[y] === gen) {
            const d = dx + otherDist[y]!;
            if (d < best) best = d;
          }
          if (mark[y] !== gen) {
            mark[y] = gen;
            dist[y] = dx;
            queue[tail++] = y;
          }
        }
      }
      if (forward) {
        headA = head;
        tailA = tail;
      } else {
        headB = head;
        tailB = tail;
      }
    }
    span[e] = best;
  }
  return span;
}
