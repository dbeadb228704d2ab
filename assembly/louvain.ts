// The Louvain kernel in AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs
// (src/domain/metrics/louvainWasm.generated.ts holds the binary). It is
// src/domain/metrics/louvainKernel.ts statement for statement — the same floating-point
// operations in the same order, the same queue, map and neighbour orders — so both give the same
// partition; the random numbers come from the host's seeded generator (env.random), one per
// level as there. Its arrays sit in this module's memory from `base` on: the host writes the ties
// (source, target, weight) and reads each node's community from `out` (see louvainWasm.ts); the
// kernel grows the memory for its scratch arrays after them.
import { lf, li, sf, si } from "./memory";

@external("env", "random")
declare function random(): f64;

const EPSILON: f64 = 1e-10;

@inline function tieBreaker(best: i32, current: i32, target: i32, delta: f64, bestDelta: f64): bool {
  if (Math.abs(delta - bestDelta) < EPSILON) {
    if (best == current) return false;
    return target > best;
  } else if (delta > bestDelta) {
    return true;
  }
  return false;
}

/** Sorts `count` distinct integers at `at` in increasing order (insertion sort, then heapsort). */
function sortInts(at: usize, count: i32): void {
  if (count <= 24) {
    for (let i = 1; i < count; i++) {
      const v = li(at, i);
      let j = i - 1;
      while (j >= 0 && li(at, j) > v) {
        si(at, j + 1, li(at, j));
        j--;
      }
      si(at, j + 1, v);
    }
    return;
  }
  for (let start = (count >> 1) - 1; start >= 0; start--) siftDown(at, start, count);
  for (let end = count - 1; end > 0; end--) {
    const top = li(at, 0);
    si(at, 0, li(at, end));
    si(at, end, top);
    siftDown(at, 0, end);
  }
}

function siftDown(at: usize, from: i32, count: i32): void {
  let root = from;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= count) return;
    if (child + 1 < count && li(at, child + 1) > li(at, child)) child++;
    if (li(at, root) >= li(at, child)) return;
    const v = li(at, root);
    si(at, root, li(at, child));
    si(at, child, v);
    root = child;
  }
}

@inline function align8(p: usize): usize {
  return (p + 7) & ~(<usize>7);
}

/** The community of each node into `out` (see louvainKernel.ts for the algorithm's steps). */
export function louvain(base: usize, n: i32, m: i32, weighted: i32, resolution: f64): void {
  const N = <usize>n;
  const A = <usize>(2 * m);
  let p = base;
  const src = p;
  p += <usize>m << 2;
  const tgt = p;
  p += <usize>m << 2;
  p = align8(p);
  const w = p;
  p += <usize>m << 3;
  const out = p;
  p += N << 2;
  const degree = p;
  p += N << 2;
  const starts = p;
  p += (N + 1) << 2;
  const belongings = p;
  p += N << 2;
  const counts = p;
  p += N << 2;
  const unused = p;
  p += N << 2;
  const mapDense = p;
  p += N << 2;
  const mapSparse = p;
  p += N << 2;
  const queue = p;
  p += N << 2;
  const queued = p;
  p += N << 2;
  const newLabels = p;
  p += N << 2;
  const memberStart = p;
  p += (N + 1) << 2;
  const members = p;
  p += N << 2;
  const adjSeen = p;
  p += N << 2;
  const adjList = p;
  p += N << 2;
  let neighborhood = p;
  p += A << 2;
  let nextNeighborhood = p;
  p += A << 2;
  p = align8(p);
  let weights = p;
  p += A << 3;
  let nextWeights = p;
  p += A << 3;
  const loops = p;
  p += N << 3;
  const totalWeights = p;
  p += N << 3;
  const mapVals = p;
  p += N << 3;
  const firstTotal = p;
  p += N << 3;
  const adjSum = p;
  p += N << 3;
  const internal = p;
  p += N << 3;
  // The host has made room for the ties and `out`; the scratch arrays after them, here.
  const pages = <i32>((p + 0xffff) >> 16) - memory.size();
  if (pages > 0) memory.grow(pages);
  // Every scratch array starts at 0 (the host's memory may hold an earlier graph).
  memory.fill(degree, 0, neighborhood - degree);
  memory.fill(loops, 0, p - loops);

  let selfLoops = 0;
  for (let e = 0; e < m; e++) {
    const s = li(src, e);
    const t = li(tgt, e);
    if (s == t) selfLoops++;
    else {
      si(degree, s, li(degree, s) + 1);
      si(degree, t, li(degree, t) + 1);
    }
  }
  const size = (m - selfLoops) * 2;
  let C = n;
  let M: f64 = 0;
  let U = 0;

  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += li(degree, i);
    si(starts, i, acc);
    si(belongings, i, i);
    si(counts, i, 1);
  }
  for (let e = 0; e < m; e++) {
    const weight: f64 = weighted ? lf(w, e) : 1;
    const source = li(src, e);
    const target = li(tgt, e);
    M += weight;
    if (source == target) {
      sf(totalWeights, source, lf(totalWeights, source) + weight * 2);
      sf(loops, source, weight * 2);
    } else {
      sf(totalWeights, source, lf(totalWeights, source) + weight);
      sf(totalWeights, target, lf(totalWeights, target) + weight);
      const startSource = li(starts, source) - 1;
      si(starts, source, startSource);
      const startTarget = li(starts, target) - 1;
      si(starts, target, startTarget);
      si(neighborhood, startSource, target);
      si(neighborhood, startTarget, source);
      sf(weights, startSource, weight);
      sf(weights, startTarget, weight);
    }
  }
  si(starts, n, size);
  for (let i = 0; i < n; i++) si(out, i, li(belongings, i));

  let queueStart = 0;
  let queueSize = 0;
  let mapSize = 0;

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;

    let ri = <i32>Math.floor(random() * <f64>l);
    for (let s = 0; s < l; s++, ri++) {
      const member = ri % l;
      if (li(queued, member) == 1) continue;
      si(queued, member, 1);
      si(queue, (queueStart + queueSize) % n, member);
      queueSize++;
    }

    while (queueSize != 0) {
      const i = li(queue, queueStart);
      queueSize--;
      queueStart = queueStart + 1 == n ? 0 : queueStart + 1;
      si(queued, i, 0);

      let deg: f64 = 0;
      mapSize = 0;
      const currentCommunity = li(belongings, i);
      for (let start = li(starts, i), end = li(starts, i + 1); start < end; start++) {
        const j = li(neighborhood, start);
        const weight = lf(weights, start);
        const targetCommunity = li(belongings, j);
        deg += weight;
        const index = li(mapSparse, targetCommunity);
        if (index < mapSize && li(mapDense, index) == targetCommunity) sf(mapVals, index, lf(mapVals, index) + weight);
        else {
          si(mapDense, mapSize, targetCommunity);
          si(mapSparse, targetCommunity, mapSize);
          sf(mapVals, mapSize, 0 + weight);
          mapSize++;
        }
      }

      const ownDegree = deg + lf(loops, i);
      const ownIndex = li(mapSparse, currentCommunity);
      const ownWeight: f64 =
        ownIndex < mapSize && li(mapDense, ownIndex) == currentCommunity ? lf(mapVals, ownIndex) : 0;
      let bestDelta =
        ownWeight - (ownDegree * (lf(totalWeights, currentCommunity) - ownDegree) * resolution) / (2 * M);
      let bestCommunity = currentCommunity;

      for (let ci = 0; ci < mapSize; ci++) {
        const targetCommunity = li(mapDense, ci);
        if (targetCommunity == currentCommunity) continue;
        const delta = lf(mapVals, ci) - (ownDegree * lf(totalWeights, targetCommunity) * resolution) / (2 * M);
        if (tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta)) {
          bestDelta = delta;
          bestCommunity = targetCommunity;
        }
      }

      if (bestDelta < 0) {
        if (li(counts, currentCommunity) == 1) continue;
        U--;
        const newCommunity = li(unused, U);
        const loop = lf(loops, i);
        sf(totalWeights, currentCommunity, lf(totalWeights, currentCommunity) - (deg + loop));
        sf(totalWeights, newCommunity, lf(totalWeights, newCommunity) + (deg + loop));
        si(belongings, i, newCommunity);
        si(counts, currentCommunity, li(counts, currentCommunity) - 1);
        si(counts, newCommunity, li(counts, newCommunity) + 1);
        bestCommunity = newCommunity;
      } else {
        if (bestCommunity == currentCommunity) continue;
        const loop = lf(loops, i);
        sf(totalWeights, currentCommunity, lf(totalWeights, currentCommunity) - (deg + loop));
        sf(totalWeights, bestCommunity, lf(totalWeights, bestCommunity) + (deg + loop));
        si(belongings, i, bestCommunity);
        const was = li(counts, currentCommunity);
        si(counts, currentCommunity, was - 1);
        si(counts, bestCommunity, li(counts, bestCommunity) + 1);
        if (was == 1) {
          si(unused, U, currentCommunity);
          U++;
        }
      }

      moveWasMade = true;
      for (let start = li(starts, i), end = li(starts, i + 1); start < end; start++) {
        const j = li(neighborhood, start);
        if (li(belongings, j) != bestCommunity && li(queued, j) == 0) {
          si(queued, j, 1);
          si(queue, (queueStart + queueSize) % n, j);
          queueSize++;
        }
      }
    }

    if (!moveWasMade) break;

    // zoomOut (see louvainKernel.ts).
    for (let c = 0; c < l; c++) si(newLabels, c, -1);
    let next = 0;
    for (let i = 0; i < l; i++) {
      const ci = li(belongings, i);
      if (li(newLabels, ci) == -1) {
        si(newLabels, ci, next);
        sf(firstTotal, next, lf(totalWeights, ci));
        next++;
      }
      si(belongings, i, li(newLabels, ci));
    }
    for (let i = 0; i < n; i++) si(out, i, li(belongings, li(out, i)));

    for (let c = 0; c <= next; c++) si(memberStart, c, 0);
    for (let i = 0; i < l; i++) {
      const c = li(belongings, i) + 1;
      si(memberStart, c, li(memberStart, c) + 1);
    }
    for (let c = 0; c < next; c++) si(memberStart, c + 1, li(memberStart, c + 1) + li(memberStart, c));
    for (let i = 0; i < l; i++) {
      const c = li(belongings, i);
      const at = li(memberStart, c);
      si(members, at, i);
      si(memberStart, c, at + 1);
    }
    for (let c = next; c > 0; c--) si(memberStart, c, li(memberStart, c - 1));
    si(memberStart, 0, 0);

    for (let c = 0; c < next; c++) si(adjSeen, c, -1);
    let E = 0;
    for (let ci = 0; ci < next; ci++) {
      let touched = 0;
      let internalWeights: f64 = 0;
      for (let k = li(memberStart, ci), end = li(memberStart, ci + 1); k < end; k++) {
        const i = li(members, k);
        internalWeights += lf(loops, i);
        for (let j = li(starts, i), stop = li(starts, i + 1); j < stop; j++) {
          const cj = li(belongings, li(neighborhood, j));
          if (ci == cj) {
            internalWeights += lf(weights, j);
            continue;
          }
          if (li(adjSeen, cj) != ci) {
            si(adjSeen, cj, ci);
            sf(adjSum, cj, 0);
            si(adjList, touched++, cj);
          }
          sf(adjSum, cj, lf(adjSum, cj) + lf(weights, j));
        }
      }
      sf(internal, ci, internalWeights);
      sortInts(adjList, touched);
      si(memberStart, ci, E);
      for (let k = 0; k < touched; k++) {
        const cj = li(adjList, k);
        si(nextNeighborhood, E, cj);
        sf(nextWeights, E, lf(adjSum, cj));
        E++;
      }
    }
    for (let ci = 0; ci < next; ci++) {
      sf(totalWeights, ci, lf(firstTotal, ci));
      sf(loops, ci, lf(internal, ci));
      si(counts, ci, 1);
      si(starts, ci, li(memberStart, ci));
      si(belongings, ci, ci);
    }
    si(starts, next, E);
    const swapN = neighborhood;
    neighborhood = nextNeighborhood;
    nextNeighborhood = swapN;
    const swapW = weights;
    weights = nextWeights;
    nextWeights = swapW;
    C = next;
    U = 0;
  }
}
