// Louvain on the CSR's arrays: graphology-communities-louvain 2.0 (undirected, fastLocalMoves and
// randomWalk on, its defaults) with graphology-indices' UndirectedLouvainIndex, statement for
// statement — the same floating-point operations in the same order, the same queue and map
// orders — so a seed gives the partition graphology gives, bit for bit (louvainKernel.test.ts
// checks it against the library on random graphs; the library stays as that test's oracle).
// Except where the library overflows: it keeps its index in the smallest integer arrays that
// can address it (mnemonist's getPointerArray), and three of them are one value short. With
// exactly 128 or 32,768 ties the end of the last person's neighbours wraps to 0, so on the first
// level that person moves as if they had no ties and their ties drop out of the next level's
// graph; unweighted, a community's total weight wraps too; with exactly 256 or 65,536 people a
// person taken off the queue can be refused when queued again. Here every array holds its
// values (the test compares with the library made to use 32-bit arrays there).
// Written here because the library is measurably slower too: it reads the graph through
// graphology's callbacks and keeps each induced graph in objects keyed by community. Measured in
// Node 20 on the bench's random graphs (weighted, seed 42), the library → this file: 1,000/5,000
// in the CLI's fresh process 34 → 11–25 ms; after five runs, 30,000/60,000 116–125 → 26 ms and
// 20,000/100,000 190–265 → 52 ms (what a worker spends on each new analysis of a large map).
import { createRng } from "./rng";

const EPSILON = 1e-10;

function tieBreaker(best: number, current: number, target: number, delta: number, bestDelta: number): boolean {
  if (Math.abs(delta - bestDelta) < EPSILON) {
    if (best === current) return false;
    return target > best;
  } else if (delta > bestDelta) {
    return true;
  }
  return false;
}

export interface LouvainArrays {
  readonly n: number;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** null: every tie weighs 1 (graphology's getEdgeWeight: null). */
  readonly edgeWeight: Float64Array | null;
  readonly resolution: number;
  readonly seed: number;
}

/** The community of each node, numbered as graphology's louvain() numbers them. */
export function louvainKernel(input: LouvainArrays): Int32Array {
  const { n, edgeSource, edgeTarget, edgeWeight, resolution } = input;
  const rng = createRng(input.seed);
  const m = edgeSource.length;

  // The index (UndirectedLouvainIndex's constructor).
  let selfLoops = 0;
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    if (s === t) selfLoops++;
    else {
      degree[s]!++;
      degree[t]!++;
    }
  }
  const size = (m - selfLoops) * 2;
  // Unweighted, every weight is 1 and every sum an integer: exact in doubles.
  let neighborhood = new Int32Array(size);
  let weights = new Float64Array(size);
  let nextNeighborhood = new Int32Array(size);
  let nextWeights = new Float64Array(size);
  const loops = new Float64Array(n);
  const starts = new Int32Array(n + 1);
  const belongings = new Int32Array(n);
  const counts = new Int32Array(n);
  const unused = new Int32Array(n);
  const totalWeights = new Float64Array(n);
  let C = n;
  let M = 0;
  let U = 0;

  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += degree[i]!;
    starts[i] = acc;
    belongings[i] = i;
    counts[i] = 1;
  }
  for (let e = 0; e < m; e++) {
    const weight = edgeWeight ? edgeWeight[e]! : 1;
    const source = edgeSource[e]!;
    const target = edgeTarget[e]!;
    M += weight;
    if (source === target) {
      totalWeights[source] = totalWeights[source]! + weight * 2;
      loops[source] = weight * 2;
    } else {
      totalWeights[source] = totalWeights[source]! + weight;
      totalWeights[target] = totalWeights[target]! + weight;
      const startSource = --starts[source]!;
      const startTarget = --starts[target]!;
      neighborhood[startSource] = target;
      neighborhood[startTarget] = source;
      weights[startSource] = weight;
      weights[startTarget] = weight;
    }
  }
  starts[n] = size;
  const mapping = belongings.slice();

  // mnemonist's SparseMap (community → weight towards it, in insertion order).
  const mapDense = new Int32Array(n);
  const mapSparse = new Int32Array(n);
  const mapVals = new Float64Array(n);
  let mapSize = 0;
  const mapGet = (member: number): number | undefined => {
    const index = mapSparse[member]!;
    return index < mapSize && mapDense[index] === member ? mapVals[index] : undefined;
  };

  // mnemonist's SparseQueueSet without its wrap: first in, first out, each node at most once.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let queueStart = 0;
  let queueSize = 0;
  const enqueue = (member: number): void => {
    if (queued[member] === 1) return;
    queued[member] = 1;
    queue[(queueStart + queueSize) % n] = member;
    queueSize++;
  };

  // zoomOut's scratch: the new label of each community, its members, its induced neighbours.
  const newLabels = new Int32Array(n);
  const firstTotal = new Float64Array(n);
  const memberStart = new Int32Array(n + 1);
  const members = new Int32Array(n);
  const adjSum = new Float64Array(n);
  const adjSeen = new Int32Array(n);
  const adjList = new Int32Array(n);

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;

    let ri = Math.floor(rng() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);

    while (queueSize !== 0) {
      const i = queue[queueStart]!;
      queueSize--;
      queueStart = queueStart + 1 === n ? 0 : queueStart + 1;
      queued[i] = 0;

      let deg = 0;
      mapSize = 0;
      const currentCommunity = belongings[i]!;
      for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
        const j = neighborhood[start]!;
        const weight = weights[start]!;
        const targetCommunity = belongings[j]!;
        deg += weight;
        // addWeightToCommunity
        let currentWeight = mapGet(targetCommunity);
        if (currentWeight === undefined) currentWeight = 0;
        currentWeight += weight;
        const index = mapSparse[targetCommunity]!;
        if (index < mapSize && mapDense[index] === targetCommunity) mapVals[index] = currentWeight;
        else {
          mapDense[mapSize] = targetCommunity;
          mapSparse[targetCommunity] = mapSize;
          mapVals[mapSize] = currentWeight;
          mapSize++;
        }
      }

      // fastDeltaWithOwnCommunity
      const ownDegree = deg + loops[i]!;
      let bestDelta =
        (mapGet(currentCommunity) || 0) -
        (ownDegree * (totalWeights[currentCommunity]! - ownDegree) * resolution) / (2 * M);
      let bestCommunity = currentCommunity;

      for (let ci = 0; ci < mapSize; ci++) {
        const targetCommunity = mapDense[ci]!;
        if (targetCommunity === currentCommunity) continue;
        // fastDelta
        const delta = mapVals[ci]! - (ownDegree * totalWeights[targetCommunity]! * resolution) / (2 * M);
        if (tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta)) {
          bestDelta = delta;
          bestCommunity = targetCommunity;
        }
      }

      if (bestDelta < 0) {
        // isolate
        if (counts[currentCommunity] === 1) continue;
        const newCommunity = unused[--U]!;
        const loop = loops[i]!;
        totalWeights[currentCommunity] = totalWeights[currentCommunity]! - (deg + loop);
        totalWeights[newCommunity] = totalWeights[newCommunity]! + (deg + loop);
        belongings[i] = newCommunity;
        counts[currentCommunity]!--;
        counts[newCommunity]!++;
        bestCommunity = newCommunity;
      } else {
        if (bestCommunity === currentCommunity) continue;
        // move
        const loop = loops[i]!;
        totalWeights[currentCommunity] = totalWeights[currentCommunity]! - (deg + loop);
        totalWeights[bestCommunity] = totalWeights[bestCommunity]! + (deg + loop);
        belongings[i] = bestCommunity;
        const nowEmpty = counts[currentCommunity]!-- === 1;
        counts[bestCommunity]!++;
        if (nowEmpty) unused[U++] = currentCommunity;
      }

      moveWasMade = true;
      for (let start = starts[i]!, end = starts[i + 1]!; start < end; start++) {
        const j = neighborhood[start]!;
        if (belongings[j] !== bestCommunity) enqueue(j);
      }
    }

    if (!moveWasMade) break;

    // zoomOut: communities renumbered in order of first member, then the induced graph, each
    // community's neighbours in increasing order (graphology keeps them as integer keys of an
    // object), their weights summed in the same order as there (members in order, then arcs).
    newLabels.fill(-1, 0, l);
    let next = 0;
    for (let i = 0; i < l; i++) {
      const ci = belongings[i]!;
      if (newLabels[ci] === -1) {
        newLabels[ci] = next;
        firstTotal[next] = totalWeights[ci]!;
        next++;
      }
      belongings[i] = newLabels[ci]!;
    }
    for (let i = 0; i < n; i++) mapping[i] = belongings[mapping[i]!]!;

    memberStart.fill(0, 0, next + 1);
    for (let i = 0; i < l; i++) memberStart[belongings[i]! + 1]!++;
    for (let c = 0; c < next; c++) memberStart[c + 1]! += memberStart[c]!;
    for (let i = 0; i < l; i++) members[memberStart[belongings[i]!]!++] = i;
    for (let c = next; c > 0; c--) memberStart[c] = memberStart[c - 1]!;
    memberStart[0] = 0;

    adjSeen.fill(-1, 0, next);
    let E = 0;
    const internal = new Float64Array(next);
    for (let ci = 0; ci < next; ci++) {
      let touched = 0;
      let internalWeights = 0;
      for (let k = memberStart[ci]!, end = memberStart[ci + 1]!; k < end; k++) {
        const i = members[k]!;
        internalWeights += loops[i]!;
        for (let j = starts[i]!, stop = starts[i + 1]!; j < stop; j++) {
          const cj = belongings[neighborhood[j]!]!;
          if (ci === cj) {
            internalWeights += weights[j]!;
            continue;
          }
          if (adjSeen[cj] !== ci) {
            adjSeen[cj] = ci;
            adjSum[cj] = 0;
            adjList[touched++] = cj;
          }
          adjSum[cj] = adjSum[cj]! + weights[j]!;
        }
      }
      internal[ci] = internalWeights;
      const list = adjList.subarray(0, touched).sort();
      memberStart[ci] = E; // reused: where ci's induced neighbours start
      for (let k = 0; k < touched; k++) {
        const cj = list[k]!;
        nextNeighborhood[E] = cj;
        nextWeights[E] = adjSum[cj]!;
        E++;
      }
    }
    for (let ci = 0; ci < next; ci++) {
      totalWeights[ci] = firstTotal[ci]!;
      loops[ci] = internal[ci]!;
      counts[ci] = 1;
      starts[ci] = memberStart[ci]!;
      belongings[ci] = ci;
    }
    starts[next] = E;
    [neighborhood, nextNeighborhood] = [nextNeighborhood, neighborhood];
    [weights, nextWeights] = [nextWeights, weights];
    C = next;
    U = 0;
  }
  return mapping;
}
