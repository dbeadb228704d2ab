// A textbook Brandes to check the path sweep against, and graphs that exercise it: a dense core
// with paths and stars (leaves) hanging off it, and a second small component.
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { emptyPaths, type PathCentralities, type PathsInput } from "../../src/domain/metrics/paths";

/**
 * Textbook Brandes (2001) with predecessor lists, every node counted once: the unnormalised
 * node and edge dependencies over ordered pairs, and each source's distance sum in `closeness`
 * (what the sweep kernel adds up; normalizePaths makes them centralities).
 */
export function textbook(csr: PathsInput): PathCentralities {
  const { n, offsets, neighbours, arcEdge } = csr;
  const out = emptyPaths(n, csr.m);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: [number, number][][] = Array.from({ length: n }, () => []);
    const order: number[] = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let h = 0; h < order.length; h++) {
      const v = order[h]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = neighbours[a]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          order.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w] = sigma[w]! + sigma[v]!;
          preds[w]!.push([v, arcEdge[a]!]);
        }
      }
    }
    const total = order.reduce((sum, v) => sum + dist[v]!, 0);
    out.closeness[s] = total;
    const delta = new Array<number>(n).fill(0);
    for (let i = order.length - 1; i > 0; i--) {
      const w = order[i]!;
      for (const [v, e] of preds[w]!) {
        const t = (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
        delta[v] = delta[v]! + t;
        out.edgeBetweenness[e] = out.edgeBetweenness[e]! + t;
      }
      out.betweenness[w] = out.betweenness[w]! + delta[w]!;
    }
  }
  return out;
}

/** A dense core with paths and stars hanging off it, and a second small component. */
export const coreAndTailsArb = fc
  .record({
    core: fc.integer({ min: 3, max: 14 }),
    tails: fc.array(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 25 }), star: fc.boolean() }), {
      minLength: 1,
      maxLength: 4,
    }),
    second: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ core, tails, second }) => {
    const g = new UndirectedGraph();
    let k = 0;
    const add = (): string => {
      const id = `v${k++}`;
      g.addNode(id);
      return id;
    };
    const coreIds = Array.from({ length: core }, add);
    coreIds.forEach((a, i) => coreIds.slice(i + 1).forEach((b) => g.addEdge(a, b)));
    for (const { at, length, star } of tails) {
      let prev = coreIds[at % core]!;
      for (let i = 0; i < length; i++) {
        const next = add();
        g.addEdge(prev, next);
        if (!star) prev = next;
      }
    }
    let prev: string | null = null;
    for (let i = 0; i < second; i++) {
      const next = add();
      if (prev !== null) g.addEdge(prev, next);
      prev = next;
    }
    return g;
  });
