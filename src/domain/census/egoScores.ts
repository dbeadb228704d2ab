// Fast ego scores for the census (metrics-spec §D1, §N2–N3, §S1–S2) on an adjacency matrix of
// the alters, and what one more alter–alter tie would change: bridging (normalised ego
// betweenness, Everett & Borgatti 2005), diversity (Blau over the alters' groups) and the top
// sources (information potential). Same formulas as domain/metrics (checked against
// computeEgoReport in the tests), but incremental, so that every unknown pair can be weighed
// after each answer.
import { informationPotentialScore, invertedU } from "../metrics/informationPotential";
import { TOP_ALTERS } from "../metrics/egoSummary";

/** The alters of one ego: ids in code-point order, their community labels and ego-tie strengths. */
export interface AlterSet {
  readonly ids: readonly string[];
  /** Community labels of each alter (empty: unaffiliated, grouped by component, §D1). */
  readonly labels: readonly (readonly string[])[];
  readonly strength: readonly (number | null)[];
}

export interface EgoScores {
  readonly bridging: number | null;
  readonly diversity: number | null;
  /** Information potential of each alter (index as in AlterSet.ids). */
  readonly ip: readonly number[];
  /** Indices of the top sources, best first (ties broken by id, §N3). */
  readonly top: readonly number[];
}

export interface TieEffect {
  /** |Δ| in score points (0–100 scale). */
  readonly bridging: number;
  readonly diversity: number;
  /** 1 when the top-source set would change; else how far a top source moves toward the edge. */
  readonly topSources: number;
}

/** Known alter–alter ties as a matrix, with common-neighbour counts and components. */
export class CensusGraph {
  readonly n: number;
  private readonly adj: Uint8Array;
  private readonly common: Int32Array;
  private readonly degree: Int32Array;
  private readonly neighbours: number[][];
  private component: Int32Array = new Int32Array(0);
  private componentSize: number[] = [];
  /** Unaffiliated alters per component (the weight of its component group). */
  private componentFree: number[] = [];
  private labelSize = new Map<string, number>();
  private scoresCache: EgoScores | null = null;

  constructor(
    readonly alters: AlterSet,
    ties: Iterable<readonly [number, number]>,
  ) {
    const n = alters.ids.length;
    this.n = n;
    this.adj = new Uint8Array(n * n);
    this.common = new Int32Array(n * n);
    this.degree = new Int32Array(n);
    this.neighbours = Array.from({ length: n }, () => []);
    for (const [a, b] of ties) this.link(a, b);
    this.refresh();
  }

  has(a: number, b: number): boolean {
    return this.adj[a * this.n + b] === 1;
  }

  /** Alters known to be tied to both a and b. */
  commonOf(a: number, b: number): number {
    return this.common[a * this.n + b] as number;
  }

  private link(a: number, b: number): void {
    const n = this.n;
    if (a === b || this.adj[a * n + b]) return;
    for (const k of this.neighbours[b] as number[]) {
      if (k === a) continue;
      this.common[a * n + k]! += 1;
      this.common[k * n + a]! += 1;
    }
    for (const k of this.neighbours[a] as number[]) {
      if (k === b) continue;
      this.common[b * n + k]! += 1;
      this.common[k * n + b]! += 1;
    }
    this.adj[a * n + b] = 1;
    this.adj[b * n + a] = 1;
    (this.neighbours[a] as number[]).push(b);
    (this.neighbours[b] as number[]).push(a);
    this.degree[a]! += 1;
    this.degree[b]! += 1;
  }

  /** Adds a known tie (an answer "yes") and updates the scores. */
  addTie(a: number, b: number): void {
    this.link(a, b);
    this.refresh();
  }

  private refresh(): void {
    const n = this.n;
    const component = new Int32Array(n).fill(-1);
    const size: number[] = [];
    const free: number[] = [];
    for (let s = 0; s < n; s++) {
      if (component[s] !== -1) continue;
      const c = size.length;
      size.push(0);
      free.push(0);
      const stack = [s];
      component[s] = c;
      while (stack.length > 0) {
        const v = stack.pop() as number;
        size[c]! += 1;
        if ((this.alters.labels[v] ?? []).length === 0) free[c]! += 1;
        for (const u of this.neighbours[v] as number[]) {
          if (component[u] === -1) {
            component[u] = c;
            stack.push(u);
          }
        }
      }
    }
    this.component = component;
    this.componentSize = size;
    this.componentFree = free;
    const labelSize = new Map<string, number>();
    for (const labels of this.alters.labels) for (const l of labels) labelSize.set(l, (labelSize.get(l) ?? 0) + 1);
    this.labelSize = labelSize;
    this.scoresCache = null;
  }

  private exclusivity(v: number, componentSize: number): number {
    const labels = this.alters.labels[v] ?? [];
    if (labels.length === 0) return 1 / componentSize;
    return 1 / Math.min(...labels.map((l) => this.labelSize.get(l) ?? 1));
  }

  private ipOf(v: number, degree: number, componentSize: number): number {
    const nr = 1 - degree / this.n;
    return informationPotentialScore(
      nr,
      this.exclusivity(v, componentSize),
      invertedU(this.alters.strength[v] ?? null),
    );
  }

  private rank(ip: readonly number[]): number[] {
    const ids = this.alters.ids;
    return ip
      .map((_, i) => i)
      .sort((a, b) => (ip[b] as number) - (ip[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
  }

  scores(): EgoScores {
    if (this.scoresCache) return this.scoresCache;
    const n = this.n;
    let eb = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (!this.adj[i * n + j]) eb += 1 / (1 + (this.common[i * n + j] as number));
    const pairs = (n * (n - 1)) / 2;
    const ip = Array.from({ length: n }, (_, v) =>
      this.ipOf(v, this.degree[v] as number, this.componentSize[this.component[v] as number] as number),
    );
    this.scoresCache = {
      bridging: n < 2 ? null : (100 * eb) / pairs,
      diversity: n === 0 ? null : 100 * this.blau(),
      ip,
      top: this.rank(ip).slice(0, TOP_ALTERS),
    };
    return this.scoresCache;
  }

  private blau(): number {
    const n = this.n;
    const weight = new Map<string, number>();
    this.alters.labels.forEach((labels) => {
      for (const l of labels) weight.set(l, (weight.get(l) ?? 0) + 1 / labels.length);
    });
    let sum = 0;
    for (const w of weight.values()) sum += (w / n) ** 2;
    for (const w of this.componentFree) sum += (w / n) ** 2;
    return 1 - sum;
  }

  /** What a tie a–b (not known yet) would change. */
  effect(a: number, b: number): TieEffect {
    const n = this.n;
    const base = this.scores();
    if (this.has(a, b) || a === b) return { bridging: 0, diversity: 0, topSources: 0 };
    const c = this.common;
    let deb = -1 / (1 + (c[a * n + b] as number));
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const k of this.neighbours[y] as number[]) {
        if (k === x || this.adj[x * n + k]) continue;
        const g = c[x * n + k] as number;
        deb += 1 / (2 + g) - 1 / (1 + g);
      }
    }
    const pairs = (n * (n - 1)) / 2;
    const ca = this.component[a] as number;
    const cb = this.component[b] as number;
    const merged = ca !== cb;
    const diversity = merged
      ? (200 * (this.componentFree[ca] as number) * (this.componentFree[cb] as number)) / n ** 2
      : 0;
    // Alters whose score moves: a and b (one more mutual contact) and, when two components
    // join, the unaffiliated alters of both (their component group grows).
    const mergedSize = (this.componentSize[ca] as number) + (this.componentSize[cb] as number);
    const next = [...base.ip];
    const affected = new Set<number>([a, b]);
    if (merged)
      for (let v = 0; v < n; v++) {
        const cv = this.component[v];
        if ((cv === ca || cv === cb) && (this.alters.labels[v] ?? []).length === 0) affected.add(v);
      }
    for (const v of affected) {
      const deg = (this.degree[v] as number) + (v === a || v === b ? 1 : 0);
      next[v] = this.ipOf(v, deg, merged ? mergedSize : (this.componentSize[this.component[v] as number] as number));
    }
    return { bridging: Math.abs((100 * deb) / pairs), diversity, topSources: topChange(base, next, this.rank(next)) };
  }
}

function topChange(base: EgoScores, next: readonly number[], order: readonly number[]): number {
  const top = order.slice(0, base.top.length);
  if (top.some((v) => !base.top.includes(v))) return 1;
  const edge = order[base.top.length];
  if (edge === undefined) return 0;
  let worst = 0;
  for (const v of base.top) {
    const before = base.ip[v] as number;
    const drop = before - (next[v] as number);
    if (drop <= 0) continue;
    const room = before - (next[edge] as number);
    worst = Math.max(worst, Math.min(1, drop / Math.max(room, 1e-6)));
  }
  return worst;
}
