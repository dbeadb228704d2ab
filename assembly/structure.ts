// The structural kernels in AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs
// (src/domain/metrics/structureWasm.generated.ts holds the binary): Burt's pass over every
// (edge, common neighbour) triple (src/domain/metrics/burtKernel.ts), the spans of the ties
// (src/domain/metrics/span.ts) and ego betweenness (egoBetweenness.ts), statement for statement — the same floating-point operations in
// the same order, so both give bit-identical numbers — on arrays the host has laid out in this
// module's memory (structureWasm.ts). Why: each runs once per analysis, so in a fresh command-line
// process V8 runs their JavaScript unoptimised; on random 1,000/5,000 the two Burt passes, the
// spans and ego betweenness took ~30 ms cold against ~8 ms warm, and WebAssembly is compiled
// before its first call.
import { lf, li, sf, si } from "./memory";

/**
 * burtKernel: per node sum and max of its arc weights (sum, max), per edge embeddedness, per node
 * triangles and redundancy (whole and ego network), per arc local constraint (whole and ego).
 * Scratch: indirect, egoSum, egoMax, egoIndirect (per arc), stamp, slot (per node). Every output
 * and scratch array is written here first: nothing needs clearing between calls.
 */
export function burt(
  n: i32,
  m: i32,
  off: usize,
  nb: usize,
  ae: usize,
  w: usize,
  rev: usize,
  sum: usize,
  max: usize,
  embeddedness: usize,
  triangles: usize,
  indirect: usize,
  egoSum: usize,
  egoMax: usize,
  redundancy: usize,
  egoIndirect: usize,
  redundancyEgo: usize,
  stamp: usize,
  slot: usize,
  localConstraint: usize,
  localConstraintEgo: usize,
): void {
  const arcs = li(off, n);
  for (let u = 0; u < n; u++) {
    let s: f64 = 0.0;
    let mx: f64 = 0.0;
    const end = li(off, u + 1);
    for (let a = li(off, u); a < end; a++) {
      const x = lf(w, a);
      s += x;
      if (x > mx) mx = x;
    }
    sf(sum, u, s);
    sf(max, u, mx);
    sf(triangles, u, 0.0);
    sf(redundancy, u, 0.0);
    sf(redundancyEgo, u, 0.0);
  }
  for (let e = 0; e < m; e++) si(embeddedness, e, 0);
  for (let a = 0; a < arcs; a++) {
    sf(indirect, a, 0.0);
    sf(egoIndirect, a, 0.0);
    sf(egoSum, a, lf(w, a));
    sf(egoMax, a, lf(w, a));
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let u = 0; u < n; u++) si(stamp, u, -1);
    for (let u = 0; u < n; u++) {
      const uStart = li(off, u);
      const uEnd = li(off, u + 1);
      const ku = uEnd - uStart;
      for (let a = uStart; a < uEnd; a++) {
        si(stamp, li(nb, a), u);
        si(slot, li(nb, a), a);
      }
      const su = lf(sum, u);
      for (let a = uStart; a < uEnd; a++) {
        const v = li(nb, a);
        const vStart = li(off, v);
        const vEnd = li(off, v + 1);
        const kv = vEnd - vStart;
        if (kv > ku || (kv == ku && v > u)) continue;
        const ra = li(rev, a);
        const sv = lf(sum, v);
        let common = 0;
        for (let b = vStart; b < vEnd; b++) {
          const q = li(nb, b);
          if (li(stamp, q) != u) continue;
          const aq = li(slot, q);
          const wuq = lf(w, aq);
          const wvq = lf(w, b);
          const puq = wuq / su;
          const pvq = wvq / sv;
          if (pass == 0) {
            common++;
            const sq = lf(sum, q);
            sf(indirect, a, lf(indirect, a) + (puq * wvq) / sq);
            sf(indirect, ra, lf(indirect, ra) + (pvq * wuq) / sq);
            sf(redundancy, u, lf(redundancy, u) + (puq * wvq) / lf(max, v));
            sf(redundancy, v, lf(redundancy, v) + (pvq * wuq) / lf(max, u));
            sf(egoSum, a, lf(egoSum, a) + wvq);
            sf(egoSum, ra, lf(egoSum, ra) + wuq);
            if (wvq > lf(egoMax, a)) sf(egoMax, a, wvq);
            if (wuq > lf(egoMax, ra)) sf(egoMax, ra, wuq);
          } else {
            sf(egoIndirect, a, lf(egoIndirect, a) + (puq * wvq) / lf(egoSum, aq));
            sf(egoIndirect, ra, lf(egoIndirect, ra) + (pvq * wuq) / lf(egoSum, b));
            sf(redundancyEgo, u, lf(redundancyEgo, u) + (puq * wvq) / lf(egoMax, a));
            sf(redundancyEgo, v, lf(redundancyEgo, v) + (pvq * wuq) / lf(egoMax, ra));
          }
        }
        if (pass == 0) si(embeddedness, li(ae, a), common);
      }
    }
  }
  for (let u = 0; u < n; u++) {
    const su = lf(sum, u);
    const end = li(off, u + 1);
    for (let a = li(off, u); a < end; a++) {
      const p = lf(w, a) / su;
      const c = p + lf(indirect, a);
      const ce = p + lf(egoIndirect, a);
      sf(localConstraint, a, c * c);
      sf(localConstraintEgo, a, ce * ce);
      sf(triangles, u, lf(triangles, u) + <f64>li(embeddedness, li(ae, a)) / 2.0);
    }
  }
}

/**
 * spanArray: per edge its span in hops (∞ for a bridge, 2 when embedded, else the shortest
 * path between its ends that avoids it, by a bidirectional BFS). Scratch per node: markA, markB,
 * distA, distB, queueA, queueB.
 */
export function span(
  n: i32,
  m: i32,
  off: usize,
  nb: usize,
  ae: usize,
  edgeSource: usize,
  edgeTarget: usize,
  embeddedness: usize,
  isBridge: usize,
  out: usize,
  markA: usize,
  markB: usize,
  distA: usize,
  distB: usize,
  queueA: usize,
  queueB: usize,
): void {
  for (let i = 0; i < n; i++) {
    si(markA, i, 0);
    si(markB, i, 0);
  }
  let gen = 0;
  for (let e = 0; e < m; e++) {
    if (load<u8>(isBridge + <usize>e) == 1) {
      sf(out, e, Infinity);
      continue;
    }
    if (li(embeddedness, e) > 0) {
      sf(out, e, 2.0);
      continue;
    }
    gen++;
    const u = li(edgeSource, e);
    const v = li(edgeTarget, e);
    si(markA, u, gen);
    si(distA, u, 0);
    si(queueA, 0, u);
    si(markB, v, gen);
    si(distB, v, 0);
    si(queueB, 0, v);
    let headA = 0;
    let tailA = 1;
    let headB = 0;
    let tailB = 1;
    let best: f64 = Infinity;
    while (best == Infinity && headA < tailA && headB < tailB) {
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
        const x = li(queue, head);
        const dx = li(dist, x) + 1;
        const end = li(off, x + 1);
        for (let a = li(off, x); a < end; a++) {
          if (li(ae, a) == e) continue;
          const y = li(nb, a);
          if (li(otherMark, y) == gen) {
            const d = <f64>(dx + li(otherDist, y));
            if (d < best) best = d;
          }
          if (li(mark, y) != gen) {
            si(mark, y, gen);
            si(dist, y, dx);
            si(queue, tail, y);
            tail++;
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
    sf(out, e, best);
  }
}

/**
 * egoBetweennessArray: per node its betweenness inside its own ego network (0 for degree < 2).
 * Scratch: inEgo (per node), localStart (maxDegree + 1), local (per arc), adjacent, seen, count,
 * touched (maxDegree each).
 */
export function egoBetweenness(
  n: i32,
  maxDegree: i32,
  off: usize,
  nb: usize,
  inEgo: usize,
  localStart: usize,
  local: usize,
  adjacent: usize,
  seen: usize,
  count: usize,
  touched: usize,
  result: usize,
): void {
  for (let i = 0; i < n; i++) si(inEgo, i, -1);
  for (let i = 0; i < maxDegree; i++) {
    si(adjacent, i, -1);
    si(seen, i, -1);
    si(count, i, 0);
  }
  let tags = 0;
  for (let i = 0; i < n; i++) {
    const start = li(off, i);
    const k = li(off, i + 1) - start;
    if (k < 2) {
      sf(result, i, 0.0);
      continue;
    }
    for (let a = start; a < start + k; a++) si(inEgo, li(nb, a), a - start);
    let fill = 0;
    for (let lx = 0; lx < k; lx++) {
      si(localStart, lx, fill);
      const x = li(nb, start + lx);
      const end = li(off, x + 1);
      for (let b = li(off, x); b < end; b++) {
        const ly = li(inEgo, li(nb, b));
        if (ly >= 0 && ly < k && li(nb, start + ly) == li(nb, b)) {
          si(local, fill, ly);
          fill++;
        }
      }
    }
    si(localStart, k, fill);
    let discount: f64 = 0.0;
    for (let j = 0; j < k; j++) {
      const tag = ++tags;
      const jStart = li(localStart, j);
      const jEnd = li(localStart, j + 1);
      for (let b = jStart; b < jEnd; b++) si(adjacent, li(local, b), tag);
      let nTouched = 0;
      for (let b = jStart; b < jEnd; b++) {
        const x = li(local, b);
        const end = li(localStart, x + 1);
        for (let c = li(localStart, x); c < end; c++) {
          const y = li(local, c);
          if (y <= j || li(adjacent, y) == tag) continue;
          if (li(seen, y) != tag) {
            si(seen, y, tag);
            si(count, y, 0);
            si(touched, nTouched, y);
            nTouched++;
          }
          si(count, y, li(count, y) + 1);
        }
      }
      for (let t = 0; t < nTouched; t++) {
        const c = <f64>li(count, li(touched, t));
        discount += c / (1.0 + c);
      }
    }
    sf(result, i, (<f64>k * <f64>(k - 1)) / 2.0 - <f64>fill / 2.0 - discount);
  }
}

@inline function pairs(c: f64): f64 {
  return c < 2.0 ? 0.0 : (c * (c - 1.0)) / 2.0;
}

/**
 * brokerageCounts' numbers: per broker the Gould–Fernandez pairs by role (coordinator,
 * itinerant, gatekeeper = representative/gatekeeper, liaison), all pairs counted from the group
 * sizes and then one taken off each corner of every triangle (forward algorithm). Scratch: count,
 * touched (nGroups each, at least 1), forwardStart (n + 1), forward (m), mark (n). Integer counts
 * in f64, as the JavaScript keeps them: exact, whatever the order.
 */
export function brokerage(
  n: i32,
  nGroups: i32,
  off: usize,
  nb: usize,
  group: usize,
  count: usize,
  touched: usize,
  forwardStart: usize,
  forward: usize,
  mark: usize,
  coordinator: usize,
  itinerant: usize,
  gatekeeper: usize,
  liaison: usize,
): void {
  for (let g = 0; g < nGroups; g++) si(count, g, 0);
  for (let b = 0; b < n; b++) {
    const start = li(off, b);
    const end = li(off, b + 1);
    const gb = li(group, b);
    let nTouched = 0;
    for (let a = start; a < end; a++) {
      const g = li(group, li(nb, a));
      if (li(count, g) == 0) {
        si(touched, nTouched, g);
        nTouched++;
      }
      si(count, g, li(count, g) + 1);
    }
    const same = <f64>li(count, gb);
    const other = <f64>(end - start) - same;
    let pairsAcross: f64 = 0.0;
    let squares: f64 = 0.0;
    for (let t = 0; t < nTouched; t++) {
      const g = li(touched, t);
      const c = <f64>li(count, g);
      if (g != gb) {
        pairsAcross += pairs(c);
        squares += c * c;
      }
      si(count, g, 0);
    }
    sf(coordinator, b, pairs(same));
    sf(itinerant, b, pairsAcross);
    sf(gatekeeper, b, same * other);
    sf(liaison, b, (other * other - squares) / 2.0);
  }
  // Each tie from its end of lower (degree, index) rank: a node's later neighbours.
  si(forwardStart, 0, 0);
  let at = 0;
  for (let x = 0; x < n; x++) {
    const dx = li(off, x + 1) - li(off, x);
    const end = li(off, x + 1);
    for (let a = li(off, x); a < end; a++) {
      const y = li(nb, a);
      const dy = li(off, y + 1) - li(off, y);
      if (dx < dy || (dx == dy && x < y)) {
        si(forward, at, y);
        at++;
      }
    }
    si(forwardStart, x + 1, at);
  }
  for (let x = 0; x < n; x++) si(mark, x, -1);
  for (let u = 0; u < n; u++) {
    const from = li(forwardStart, u);
    const to = li(forwardStart, u + 1);
    for (let i = from; i < to; i++) si(mark, li(forward, i), u);
    for (let i = from; i < to; i++) {
      const v = li(forward, i);
      const vEnd = li(forwardStart, v + 1);
      for (let j = li(forwardStart, v); j < vEnd; j++) {
        const w = li(forward, j);
        if (li(mark, w) == u) {
          takeOne(u, v, w, group, coordinator, itinerant, gatekeeper, liaison);
          takeOne(v, u, w, group, coordinator, itinerant, gatekeeper, liaison);
          takeOne(w, u, v, group, coordinator, itinerant, gatekeeper, liaison);
        }
      }
    }
  }
}

/** One pair off broker b's count of the role that the pair {x, y} has at b. */
@inline function takeOne(
  b: i32,
  x: i32,
  y: i32,
  group: usize,
  coordinator: usize,
  itinerant: usize,
  gatekeeper: usize,
  liaison: usize,
): void {
  const gb = li(group, b);
  const ga = li(group, x);
  const gc = li(group, y);
  const counts = ga == gc ? (ga == gb ? coordinator : itinerant) : ga == gb || gc == gb ? gatekeeper : liaison;
  sf(counts, b, lf(counts, b) - 1.0);
}
