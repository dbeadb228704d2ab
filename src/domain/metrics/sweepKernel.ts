// The shortest-path sweep's kernel (Brandes 2001, one breadth-first search per source, metrics-
// spec §C2, C3, C6), direction-optimising (Beamer, Asanović & Patterson 2012): a level is found
// top-down (the frontier scans its arcs) or bottom-up (every node not reached yet scans its own
// arcs for parents in the frontier), whichever scans fewer arcs — exactly known from the arc
// counts of the frontier and of the unreached part of the component. Unlike a plain BFS the
// bottom-up scan cannot stop at the first parent (σ sums all of them), but it skips the
// frontier's arcs into nodes already reached, most of the arcs of the last levels of a small-world
// graph: 17,500 arcs per source instead of 50,000 on random 5,000/25,000. Each node keeps its
// parents (as arcs out of itself, `pred`) for the dependency pass, which pushes shares to parents.
//
// assembly/sweep.ts is this function statement for statement in WebAssembly (sweepWasm.ts): the
// same floating-point operations in the same order, so the two give bit-identical sums. This one
// runs where WebAssembly is unavailable.
import type { PathCentralities, PathsInput, SourceRange } from "./paths";

/** What the kernel needs besides the CSR: arc twins and the components (computed once per graph). */
export interface SweepTopology {
  /** twin[a]: the arc of the same edge seen from its other end. */
  readonly twin: Int32Array;
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
  const { n, m, offsets, neighbours, arcEdge } = csr;
  const twin = new Int32Array(2 * m);
  const first = new Int32Array(m).fill(-1);
  for (let a = 0; a < 2 * m; a++) {
    const e = arcEdge[a]!;
    const f = first[e]!;
    if (f < 0) first[e] = a;
    else {
      twin[a] = f;
      twin[f] = a;
    }
  }
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
  const topology = { twin, comp, compNodes, compStart: Int32Array.from(starts), compArcs: Int32Array.from(arcs) };
  topologies.set(csr.neighbours, topology);
  return topology;
}

/** Scratch arrays of one thread (dist all −1, delta all 0 between sources). */
export interface SweepScratch {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly order: Int32Array;
  readonly pred: Int32Array;
  readonly np: Int32Array;
  readonly unv: Int32Array;
}

export function sweepScratch(n: number, m: number): SweepScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    pred: new Int32Array(2 * m),
    np: new Int32Array(n),
    unv: new Int32Array(n),
  };
}

/** Adds the unnormalised sums of the range's sources to `out` (JavaScript; see assembly/sweep.ts). */
export function sweepRange(
  csr: PathsInput,
  topology: SweepTopology,
  range: SourceRange,
  out: PathCentralities,
  withEdges: boolean,
  scratch: SweepScratch = sweepScratch(csr.n, csr.m),
): void {
  const { n, offsets: off, neighbours: nb, arcEdge: ae } = csr;
  const { twin, comp, compNodes, compStart, compArcs } = topology;
  const { betweenness: bc, edgeBetweenness: ebc, closeness: cl } = out;
  const { dist, sigma, delta, order, pred, np, unv } = scratch;
  for (let s = range.from; s < range.to; s += range.step) {
    const c = comp[s]!;
    const cStart = compStart[c]!;
    const cEnd = compStart[c + 1]!;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let level = 0;
    let total = 0;
    const ds = off[s + 1]! - off[s]!;
    let unvArcs = compArcs[c]! - ds;
    let frArcs = ds;
    let remaining = cEnd - cStart - 1;
    let nUnv = -1;
    while (remaining > 0 && head < tail) {
      const levelEnd = tail;
      const dv = level + 1;
      let nextArcs = 0;
      if (frArcs <= unvArcs) {
        // Top-down. A list of the unreached made before is stale after this level: built again
        // if bottom-up comes back (a path hanging off a dense core switches twice).
        nUnv = -1;
        for (; head < levelEnd; head++) {
          const v = order[head]!;
          const sv = sigma[v]!;
          const end = off[v + 1]!;
          for (let a = off[v]!; a < end; a++) {
            const w = nb[a]!;
            const dw = dist[w]!;
            if (dw < 0) {
              dist[w] = dv;
              sigma[w] = sv;
              order[tail] = w;
              tail++;
              const ow = off[w]!;
              nextArcs += off[w + 1]! - ow;
              pred[ow] = twin[a]!;
              np[w] = 1;
            } else if (dw === dv) {
              sigma[w] = sigma[w]! + sv;
              const k = np[w]!;
              pred[off[w]! + k] = twin[a]!;
              np[w] = k + 1;
            }
          }
        }
      } else {
        if (nUnv < 0) {
          nUnv = 0;
          for (let k = cStart; k < cEnd; k++) {
            const w = compNodes[k]!;
            if (dist[w]! < 0) {
              unv[nUnv] = w;
              nUnv++;
            }
          }
        }
        let keep = 0;
        for (let k = 0; k < nUnv; k++) {
          const w = unv[k]!;
          let sw = 0;
          let found = 0;
          const base = off[w]!;
          const end = off[w + 1]!;
          for (let a = base; a < end; a++) {
            const u = nb[a]!;
            if (dist[u] === level) {
              sw += sigma[u]!;
              pred[base + found] = a;
              found++;
            }
          }
          if (found > 0) {
            sigma[w] = sw;
            np[w] = found;
            order[tail] = w;
            tail++;
            nextArcs += end - base;
          } else {
            unv[keep] = w;
            keep++;
          }
        }
        for (let i = levelEnd; i < tail; i++) dist[order[i]!] = dv;
        head = levelEnd;
        nUnv = keep;
      }
      total += dv * (tail - levelEnd);
      remaining -= tail - levelEnd;
      unvArcs -= nextArcs;
      frArcs = nextArcs;
      level++;
    }
    if (total > 0 && n > 1) cl[s] = ((tail - 1) / total) * ((tail - 1) / (n - 1));
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const cw = (1 + delta[w]!) / sigma[w]!;
      const base = off[w]!;
      const count = np[w]!;
      for (let k = 0; k < count; k++) {
        const a = pred[base + k]!;
        const v = nb[a]!;
        const t = sigma[v]! * cw;
        delta[v] = delta[v]! + t;
        if (withEdges) {
          const e = ae[a]!;
          ebc[e] = ebc[e]! + t;
        }
      }
      bc[w] = bc[w]! + delta[w]!;
      delta[w] = 0;
      dist[w] = -1;
    }
    delta[s] = 0;
    dist[s] = -1;
  }
}
