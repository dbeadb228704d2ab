// The shortest-path sweep's kernel (Brandes 2001, one breadth-first search per source, metrics-
// spec §C2, C3, C6), direction-optimising (Beamer, Asanović & Patterson 2012): a level is found
// top-down (the frontier scans its arcs) or bottom-up (every node not reached yet scans its own
// arcs for parents in the frontier), whichever scans fewer arcs — exactly known from the arc
// counts of the frontier and of the unreached part of the component. Unlike a plain BFS the
// bottom-up scan cannot stop at the first parent (σ sums all of them), but it skips the
// frontier's arcs into nodes already reached, most of the arcs of the last levels of a small-world
// graph: 17,500 arcs per source instead of 50,000 on random 5,000/25,000. The arcs of the
// shortest-path DAG are written one after another in BFS order (`dag`, arc indexes): a top-down
// level as each parent's block of child arcs, a bottom-up level as each child's block of parent
// arcs. The dependency pass, in reverse BFS order, pulls a parent's share from its top-down
// children and pushes a bottom-up child's share to its parents — sequential reads, no scattered
// writes, which keeps 20,000/100,000 (4.5 MB of arrays, past the L2 cache) as fast per arc as
// 5,000/25,000.
//
// assembly/sweep.ts is this function statement for statement in WebAssembly (sweepWasm.ts): the
// same floating-point operations in the same order, so the two give bit-identical sums. This one
// runs where WebAssembly is unavailable.
import type { PathCentralities, PathsInput, SourceRange } from "./paths";

/** What the kernel needs besides the CSR: the components (computed once per graph). */
export interface SweepTopology {
  /** Component of each node. */
  readonly comp: Int32Array;
  /** The nodes grouped by component: component c is compNodes[compStart[c] .. compStart[c+1]). */
  readonly compNodes: Int32Array;
  readonly compStart: Int32Array;
  /** Arcs (2 × edges) of each component. */
  readonly compArcs: Int32Array;
}

const topologies = new WeakMap<Int32Array, SweepTopology>();

/** The topology of a CSR (cached by its neighbour array). */
export function sweepTopology(csr: PathsInput): SweepTopology {
  const cached = topologies.get(csr.neighbours);
  if (cached) return cached;
  const { n, offsets, neighbours } = csr;
  const comp = new Int32Array(n).fill(-1);
  const compNodes = new Int32Array(n);
  const starts: number[] = [];
  const arcs: number[] = [];
  let k = 0;
  for (let r = 0; r < n; r++) {
    if (comp[r]! >= 0) continue;
    const c = starts.length;
    starts.push(k);
    comp[r] = c;
    compNodes[k++] = r;
    let count = 0;
    for (let h = starts[c]!; h < k; h++) {
      const v = compNodes[h]!;
      count += offsets[v + 1]! - offsets[v]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = neighbours[a]!;
        if (comp[w]! < 0) {
          comp[w] = c;
          compNodes[k++] = w;
        }
      }
    }
    arcs.push(count);
  }
  starts.push(n);
  const topology = { comp, compNodes, compStart: Int32Array.from(starts), compArcs: Int32Array.from(arcs) };
  topologies.set(csr.neighbours, topology);
  return topology;
}

/** Scratch arrays of one thread (dist all −1, delta all 0 between calls). */
export interface SweepScratch {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly order: Int32Array;
  /** DAG arcs (arc indexes) in BFS order: at most one per edge. */
  readonly dag: Int32Array;
  /**
   * Per BFS position, where its block of child arcs (level expanded top-down) and of parent
   * arcs (level found bottom-up) ends in `dag`; a block starts where the previous position's
   * ends, the first of a level at lvDag.
   */
  readonly outEnd: Int32Array;
  readonly inEnd: Int32Array;
  /** Per level: its first BFS position; where its expansion starts in `dag` (~ when bottom-up). */
  readonly lvStart: Int32Array;
  readonly lvDag: Int32Array;
  readonly unv: Int32Array;
}

/** Past this base dist is reset to −1 (as in assembly/sweep.ts: base + a level stays below 2³¹). */
const EPOCH_LIMIT = 1 << 16;

const unitMasses = new Map<number, Float64Array>();

/** Every node one target and one source (no leaves folded): a shared array of ones per size. */
export function unitMass(n: number): Float64Array {
  let ones = unitMasses.get(n);
  if (ones === undefined) {
    ones = new Float64Array(n).fill(1);
    if (unitMasses.size > 8) unitMasses.clear();
    unitMasses.set(n, ones);
  }
  return ones;
}

export function sweepScratch(n: number, m: number): SweepScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    dag: new Int32Array(m),
    outEnd: new Int32Array(n),
    inEnd: new Int32Array(n),
    lvStart: new Int32Array(n + 1),
    lvDag: new Int32Array(n),
    unv: new Int32Array(n),
  };
}

/**
 * Adds the unnormalised sums of the range's sources to `out` (JavaScript; see assembly/sweep.ts):
 * betweenness and edge betweenness over ordered pairs, each node w counted as mass[w] targets and
 * each source s as mass[s] sources (all 1 unless leaves were folded into their neighbours,
 * leafFold.ts), and per source the mass-weighted sum of distances Σ mass[w]·d(s, w) in
 * `closeness` (made a closeness by normalizePaths).
 */
export function sweepRange(
  csr: PathsInput,
  topology: SweepTopology,
  range: SourceRange,
  out: PathCentralities,
  withEdges: boolean,
  scratch: SweepScratch = sweepScratch(csr.n, csr.m),
): void {
  const { n, offsets: off, neighbours: nb, arcEdge: ae } = csr;
  const mass = csr.mass ?? unitMass(n);
  const { comp, compNodes, compStart, compArcs } = topology;
  const { betweenness: bc, edgeBetweenness: ebc, closeness: cl } = out;
  const { dist, sigma, delta, order, dag, outEnd, inEnd, lvStart, lvDag, unv } = scratch;
  // dist[w] is base + w's level for the nodes this source reached, below base for the rest: the
  // next source's base lies past every level of this one, so nothing is reset between sources.
  let base = 0;
  for (let s = range.from; s < range.to; s += range.step) {
    if (base > EPOCH_LIMIT) {
      dist.fill(-1);
      base = 0;
    }
    const c = comp[s]!;
    const cStart = compStart[c]!;
    const cEnd = compStart[c + 1]!;
    dist[s] = base;
    sigma[s] = 1;
    order[0] = s;
    lvStart[0] = 0;
    let head = 0;
    let tail = 1;
    let level = 0;
    let nd = 0;
    const ds = off[s + 1]! - off[s]!;
    let unvArcs = compArcs[c]! - ds;
    let frArcs = ds;
    let remaining = cEnd - cStart - 1;
    let nUnv = -1;
    while (remaining > 0 && head < tail) {
      const levelEnd = tail;
      const cur = base + level;
      const next = cur + 1;
      let nextArcs = 0;
      if (frArcs <= unvArcs) {
        // Top-down. A list of the unreached made before is stale after this level: built again
        // if bottom-up comes back (a path hanging off a dense core switches twice).
        nUnv = -1;
        lvDag[level] = nd;
        for (; head < levelEnd; head++) {
          const v = order[head]!;
          const sv = sigma[v]!;
          const end = off[v + 1]!;
          for (let a = off[v]!; a < end; a++) {
            const w = nb[a]!;
            const dw = dist[w]!;
            if (dw < base) {
              dist[w] = next;
              sigma[w] = sv;
              order[tail] = w;
              tail++;
              nextArcs += off[w + 1]! - off[w]!;
              dag[nd] = a;
              nd++;
            } else if (dw === next) {
              sigma[w] = sigma[w]! + sv;
              dag[nd] = a;
              nd++;
            }
          }
          outEnd[head] = nd;
        }
      } else {
        // Bottom-up: each node not reached yet looks for parents among its own arcs.
        lvDag[level] = ~nd;
        if (nUnv < 0) {
          nUnv = 0;
          for (let k = cStart; k < cEnd; k++) {
            const w = compNodes[k]!;
            if (dist[w]! < base) {
              unv[nUnv] = w;
              nUnv++;
            }
          }
        }
        let keep = 0;
        for (let k = 0; k < nUnv; k++) {
          const w = unv[k]!;
          let sw = 0;
          const first = nd;
          const lo = off[w]!;
          const end = off[w + 1]!;
          for (let a = lo; a < end; a++) {
            const u = nb[a]!;
            if (dist[u] === cur) {
              sw += sigma[u]!;
              dag[nd] = a;
              nd++;
            }
          }
          if (nd > first) {
            sigma[w] = sw;
            order[tail] = w;
            inEnd[tail] = nd;
            tail++;
            nextArcs += end - lo;
          } else {
            unv[keep] = w;
            keep++;
          }
        }
        for (let i = levelEnd; i < tail; i++) dist[order[i]!] = next;
        head = levelEnd;
        nUnv = keep;
      }
      remaining -= tail - levelEnd;
      unvArcs -= nextArcs;
      frArcs = nextArcs;
      level++;
      lvStart[level] = levelEnd;
    }
    lvStart[level + 1] = tail;
    const ms = mass[s]!;
    let total = 0;
    // Dependencies in reverse BFS order, level by level: a level expanded top-down pulls from
    // its children, one expanded bottom-up has had its share pushed (delta) by its children, and
    // one found bottom-up pushes to its parents. sigma[w] becomes w's coefficient
    // (mass[w] + δ[w]) / σ[w] once known (its parents, processed later, still read their own σ).
    for (let l = level; l >= 0; l--) {
      const lo = lvStart[l]!;
      const hi = lvStart[l + 1]!;
      const expanded = l < level ? lvDag[l]! : 0;
      const pull = l < level && expanded >= 0;
      const pulled = l < level && expanded < 0;
      const found = l > 0 ? lvDag[l - 1]! : 0;
      const push = found < 0;
      for (let i = hi - 1; i >= lo; i--) {
        const w = order[i]!;
        const sv = sigma[w]!;
        let d = 0;
        if (pull) {
          const oe = outEnd[i]!;
          const os = i > lo ? outEnd[i - 1]! : expanded;
          if (oe > os) {
            let sum = 0;
            for (let k = os; k < oe; k++) {
              const a = dag[k]!;
              const cw = sigma[nb[a]!]!;
              sum += cw;
              if (withEdges) {
                const e = ae[a]!;
                ebc[e] = ebc[e]! + ms * (sv * cw);
              }
            }
            d = sv * sum;
          }
        } else if (pulled) {
          d = delta[w]!;
          delta[w] = 0;
        }
        const mw = mass[w]!;
        const coef = (mw + d) / sv;
        sigma[w] = coef;
        if (l > 0) bc[w] = bc[w]! + ms * d;
        total += l * mw;
        if (push) {
          const ie = inEnd[i]!;
          for (let k = i > lo ? inEnd[i - 1]! : ~found; k < ie; k++) {
            const a = dag[k]!;
            const v = nb[a]!;
            const t = sigma[v]! * coef;
            delta[v] = delta[v]! + t;
            if (withEdges) {
              const e = ae[a]!;
              ebc[e] = ebc[e]! + ms * t;
            }
          }
        }
      }
    }
    cl[s] = cl[s]! + total;
    base += level + 1;
  }
  dist.fill(-1);
}
