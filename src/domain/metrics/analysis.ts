// A structural analysis of one graph: the CSR built once, and every heavy intermediate
// (Burt kernel, shortest paths, bridges, spans, components, ego betweenness) computed lazily at
// most once, so the node, edge and graph aggregators can share them.
import type { AbstractGraph } from "graphology-types";
import { bridgeFlags } from "./bridges";
import { reverseArcs } from "./burtKernel";
import { componentLabels } from "./components";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { egoBetweennessArray, egoBetweennessOfIndex } from "./egoBetweenness";
import { pathCentralities } from "./paths";
import type { PathCentralities } from "./paths";
import { spanArray } from "./span";
import { burtScores } from "./structuralHoles";
import type { BurtScores } from "./structuralHoles";

export interface AnalysisOptions {
  /** Compute the `*_weighted` fields; default: whether any edge carries a numeric weight. */
  weighted?: boolean;
  /** Reuse an analysis of the same graph (e.g. from computeStructuralMetrics). */
  analysis?: StructuralAnalysis;
}

function memo<T>(cache: Map<string, unknown>, key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export class StructuralAnalysis {
  readonly csr: Csr;
  readonly weighted: boolean;
  private readonly cache = new Map<string, unknown>();

  constructor(csr: Csr, weighted: boolean) {
    this.csr = csr;
    this.weighted = weighted;
  }

  /** Use shortest-path centralities computed elsewhere (e.g. split across threads). */
  providePaths(paths: PathCentralities): void {
    this.cache.set("paths", paths);
  }
  get reverse(): Int32Array {
    return memo(this.cache, "reverse", () => reverseArcs(this.csr));
  }
  get burt(): BurtScores {
    return memo(this.cache, "burt", () => burtScores(this.csr, false, this.reverse));
  }
  get burtWeighted(): BurtScores {
    return memo(this.cache, "burtWeighted", () => burtScores(this.csr, true, this.reverse));
  }
  get paths(): PathCentralities {
    return memo(this.cache, "paths", () => pathCentralities(this.csr));
  }
  get bridges(): Uint8Array {
    return memo(this.cache, "bridges", () => bridgeFlags(this.csr));
  }
  get span(): Float64Array {
    return memo(this.cache, "span", () => spanArray(this.csr, this.burt.arrays.embeddedness, this.bridges));
  }
  get components(): { labels: Int32Array; count: number } {
    return memo(this.cache, "components", () => componentLabels(this.csr));
  }
  get egoBetweenness(): Float64Array {
    return memo(this.cache, "egoBetweenness", () => egoBetweennessArray(this.csr));
  }
  /** Ego betweenness of one node index: read from the array when computed, else that node only. */
  egoBetweennessOf(v: number): number {
    const all = this.cache.get("egoBetweenness") as Float64Array | undefined;
    return all !== undefined ? all[v]! : egoBetweennessOfIndex(this.csr, v);
  }
  /** For every edge, the arc leaving its source (index 0) and the arc leaving its target. */
  get edgeArcs(): { fromSource: Int32Array; fromTarget: Int32Array } {
    return memo(this.cache, "edgeArcs", () => {
      const { n, m, offsets, arcEdge, edgeSource } = this.csr;
      const fromSource = new Int32Array(m);
      const fromTarget = new Int32Array(m);
      for (let u = 0; u < n; u++) {
        for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
          const e = arcEdge[a]!;
          if (edgeSource[e] === u) fromSource[e] = a;
          else fromTarget[e] = a;
        }
      }
      return { fromSource, fromTarget };
    });
  }
}

/** Analysis of `graph` (preprocessed per §P); reuses `options.analysis` when given. */
export function analyzeStructure(
  graph: AbstractGraph,
  options: AnalysisOptions = {},
  fn = "analyzeStructure",
): StructuralAnalysis {
  if (options.analysis !== undefined) return options.analysis;
  const csr = buildCsr(graph, fn);
  return new StructuralAnalysis(csr, options.weighted ?? csr.hasWeights);
}
