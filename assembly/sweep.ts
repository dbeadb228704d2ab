// The shortest-path sweep's kernel in AssemblyScript, compiled to WebAssembly by
// scripts/build-wasm.mjs (src/domain/metrics/sweepWasm.generated.ts holds the binary). It is
// src/domain/metrics/sweepKernel.ts's sweepRange statement for statement — the same
// floating-point operations in the same order, so both give bit-identical sums — on arrays that
// the host has laid out in this module's memory (pointers below), its nodes renumbered in
// component order (sweepWasm.ts; the sources are still taken in their own order). Measured on
// random 5,000/25,000 (betweenness only, one thread, Node 20, min of 9+ runs interleaved with
// the previous kernel in one process): 0.85–0.88 s here against 0.96 s before dist stopped
// being reset per source, the DAG blocks were kept per level and the nodes renumbered
// (Dec 2026); 1.4 s for the same code in JavaScript, whose typed-array accesses are
// bounds-checked. Tried and dropped (no gain or slower): a branch-free top-down or bottom-up
// scan, dist and sigma interleaved, a 16-bit dist, DAG entries holding nodes instead of arcs,
// a degree array, mass and bc interleaved, asc --converge.
import { lf, li, sf, si } from "./memory";
/**
 * Past this base dist is reset to −1 (base + a level must stay below 2³¹): rare, every few
 * thousand sources on a small-world graph, and never more than once per source — no more stores
 * than resetting each reached node's dist after each source.
 */
const EPOCH_LIMIT: i32 = 1 << 16;

/**
 * Adds the unnormalised betweenness (bc), edge betweenness (ebc, when withEdges) and the
 * mass-weighted distance sum (cl) of every source s = from, from + step, … < to, each node
 * counted as mass[w] targets and sources (see sweepKernel.ts). Inputs: the CSR (off, nb, ae),
 * each node's mass, its component (comp), the nodes grouped by component (compNodes, compStart)
 * and each component's arc count (compArcs). Scratch: dist (all −1 on entry and on return),
 * sigma, delta (all 0 on entry and on return), order, dag, outEnd, inEnd, lvStart, lvDag, unv.
 */
export function sweep(
  n: i32,
  from: i32,
  to: i32,
  step: i32,
  withEdges: i32,
  off: usize,
  nb: usize,
  ae: usize,
  comp: usize,
  label: usize,
  compStart: usize,
  compArcs: usize,
  mass: usize,
  bc: usize,
  ebc: usize,
  cl: usize,
  dist: usize,
  sigma: usize,
  delta: usize,
  order: usize,
  dag: usize,
  outEnd: usize,
  inEnd: usize,
  lvStart: usize,
  lvDag: usize,
  unv: usize,
): void {
  // dist[w] is base + w's level for the nodes this source reached, below base for the rest: the
  // next source's base lies past every level of this one, so nothing is reset between sources.
  let base = 0;
  for (let source = from; source < to; source += step) {
    const s = li(label, source);
    if (base > EPOCH_LIMIT) {
      for (let i = 0; i < n; i++) si(dist, i, -1);
      base = 0;
    }
    const c = li(comp, s);
    const cStart = li(compStart, c);
    const cEnd = li(compStart, c + 1);
    si(dist, s, base);
    sf(sigma, s, 1.0);
    si(order, 0, s);
    si(lvStart, 0, 0);
    let head = 0;
    let tail = 1;
    let level = 0;
    let nd = 0;
    const ds = li(off, s + 1) - li(off, s);
    let unvArcs = li(compArcs, c) - ds;
    let frArcs = ds;
    let remaining = cEnd - cStart - 1;
    let nUnv = -1;
    while (remaining > 0 && head < tail) {
      const levelEnd = tail;
      const cur = base + level;
      const next = cur + 1;
      let nextArcs = 0;
      if (frArcs <= unvArcs) {
        // Top-down: the frontier's arcs find the next level (a list of the unreached made
        // before is stale after it: built again if bottom-up comes back).
        nUnv = -1;
        si(lvDag, level, nd);
        for (; head < levelEnd; head++) {
          const v = li(order, head);
          const sv = lf(sigma, v);
          const end = li(off, v + 1);
          for (let a = li(off, v); a < end; a++) {
            const w = li(nb, a);
            const dw = li(dist, w);
            if (dw < base) {
              si(dist, w, next);
              sf(sigma, w, sv);
              si(order, tail, w);
              tail++;
              nextArcs += li(off, w + 1) - li(off, w);
              si(dag, nd, a);
              nd++;
            } else if (dw == next) {
              sf(sigma, w, lf(sigma, w) + sv);
              si(dag, nd, a);
              nd++;
            }
          }
          si(outEnd, head, nd);
        }
      } else {
        // Bottom-up: each node not reached yet looks for parents among its own arcs.
        si(lvDag, level, ~nd);
        if (nUnv < 0) {
          nUnv = 0;
          for (let w = cStart; w < cEnd; w++) {
            si(unv, nUnv, w);
            nUnv += <i32>(li(dist, w) < base);
          }
        }
        let keep = 0;
        for (let k = 0; k < nUnv; k++) {
          const w = li(unv, k);
          let sw: f64 = 0.0;
          const first = nd;
          const lo = li(off, w);
          const end = li(off, w + 1);
          for (let a = lo; a < end; a++) {
            const u = li(nb, a);
            if (li(dist, u) == cur) {
              sw += lf(sigma, u);
              si(dag, nd, a);
              nd++;
            }
          }
          if (nd > first) {
            sf(sigma, w, sw);
            si(order, tail, w);
            si(inEnd, tail, nd);
            tail++;
            nextArcs += end - lo;
          } else {
            si(unv, keep, w);
            keep++;
          }
        }
        for (let i = levelEnd; i < tail; i++) si(dist, li(order, i), next);
        head = levelEnd;
        nUnv = keep;
      }
      remaining -= tail - levelEnd;
      unvArcs -= nextArcs;
      frArcs = nextArcs;
      level++;
      si(lvStart, level, levelEnd);
    }
    si(lvStart, level + 1, tail);
    const ms = lf(mass, s);
    let total: f64 = 0.0;
    // Dependencies in reverse BFS order, level by level: a level expanded top-down pulls from
    // its children, one expanded bottom-up has had its share pushed (delta) by its children,
    // and one found bottom-up pushes to its parents.
    for (let l = level; l >= 0; l--) {
      const lo = li(lvStart, l);
      const hi = li(lvStart, l + 1);
      const expanded = l < level ? li(lvDag, l) : 0;
      const pull = l < level && expanded >= 0;
      const pulled = l < level && expanded < 0;
      const found = l > 0 ? li(lvDag, l - 1) : 0;
      const push = found < 0;
      const dl = <f64>l;
      for (let i = hi - 1; i >= lo; i--) {
        const w = li(order, i);
        const sv = lf(sigma, w);
        let d: f64 = 0.0;
        if (pull) {
          const oe = li(outEnd, i);
          const os = i > lo ? li(outEnd, i - 1) : expanded;
          if (oe > os) {
            let sum: f64 = 0.0;
            for (let k = os; k < oe; k++) {
              const a = li(dag, k);
              const cw = lf(sigma, li(nb, a));
              sum += cw;
              if (withEdges) {
                const e = li(ae, a);
                sf(ebc, e, lf(ebc, e) + ms * (sv * cw));
              }
            }
            d = sv * sum;
          }
        } else if (pulled) {
          d = lf(delta, w);
          sf(delta, w, 0.0);
        }
        const mw = lf(mass, w);
        const coef = (mw + d) / sv;
        sf(sigma, w, coef);
        if (l > 0) sf(bc, w, lf(bc, w) + ms * d);
        total += dl * mw;
        if (push) {
          const ie = li(inEnd, i);
          const is = i > lo ? li(inEnd, i - 1) : ~found;
          for (let k = is; k < ie; k++) {
            const a = li(dag, k);
            const v = li(nb, a);
            const t = lf(sigma, v) * coef;
            sf(delta, v, lf(delta, v) + t);
            if (withEdges) {
              const e = li(ae, a);
              sf(ebc, e, lf(ebc, e) + ms * t);
            }
          }
        }
      }
    }
    sf(cl, s, lf(cl, s) + total);
    base += level + 1;
  }
  for (let i = 0; i < n; i++) si(dist, i, -1);
}
