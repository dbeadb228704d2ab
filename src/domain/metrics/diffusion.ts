// Marginal reach by Monte-Carlo diffusion (metrics-spec §N5): live-edge independent cascade
// (Kempe, Kleinberg & Tardos 2003) on the ego network. Each tie is live with probability
// p = 0.05 + 0.45·s (unknown s → 0.5); each group (§D1) has a virtual source tied to all its
// alters by always-live edges. P_g = P(live path from g's source to the ego), reach R = mean_g
// P_g, marginal reach ΔR_j = R − R_{−j} (only the ego–j tie deleted), estimated with common
// random numbers: per draw, components of the live alter graph (union-find); g is heard iff
// the components touching g hold ≥ 1 alter with a live ego tie; j is pivotal iff it is the one.
import type Graph from "graphology-types";
import { UNKNOWN_STRENGTH } from "../model/strength";
import { buildEgoNetwork, type EgoNetwork } from "./egoNetwork";
import { MetricsInputError } from "./errors";
import { groupsOfNetwork, type EgoGroups } from "./groups";
import { createRng } from "./rng";
import { dict } from "../model";

export interface DiffusionResult {
  readonly samples: number;
  readonly p_hear_by_group: Record<string, number>;
  /** Mean of p_hear_by_group; null when the ego has no alters (no group to hear from). */
  readonly reach: number | null;
  readonly marginal_reach: Record<string, number>;
}

export interface DiffusionOptions {
  readonly ego: string;
  readonly samples?: number;
  readonly seed?: number;
}

export const DIFFUSION_DEFAULTS = { samples: 20_000, seed: 1 } as const;

/** Live probability of a tie of strength s (§N5). */
export function liveProbability(s: number | null): number {
  return 0.05 + 0.45 * (s ?? UNKNOWN_STRENGTH);
}

function findRoot(parent: Int32Array, v: number): number {
  let x = v;
  while (parent[x] !== x) {
    const up = parent[parent[x] as number] as number;
    parent[x] = up;
    x = up;
  }
  return x;
}

/** Monte-Carlo estimate on an extracted ego network and its groups. */
export function diffusionOfNetwork(
  net: EgoNetwork,
  groups: EgoGroups,
  samples: number = DIFFUSION_DEFAULTS.samples,
  seed: number = DIFFUSION_DEFAULTS.seed,
): DiffusionResult {
  const n = net.alters.length;
  const m = net.ties.length;
  const tieA = Int32Array.from(net.ties, (t) => t.a);
  const tieB = Int32Array.from(net.ties, (t) => t.b);
  const tieP = Float64Array.from(net.ties, (t) => liveProbability(t.strength));
  const egoP = Float64Array.from(net.egoStrength, (s) => liveProbability(s));
  const groupNames = Object.keys(groups.members).sort();
  const nGroups = groupNames.length;
  const groupStart = new Int32Array(nGroups + 1);
  const flat: number[] = [];
  groupNames.forEach((g, k) => {
    for (const id of groups.members[g] ?? []) flat.push(net.index.get(id) as number);
    groupStart[k + 1] = flat.length;
  });
  const groupMembers = Int32Array.from(flat);

  const parent = new Int32Array(n);
  const liveCount = new Int32Array(n);
  const liveAlter = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const heard = new Float64Array(nGroups);
  const pivotal = new Float64Array(n);
  const rng = createRng(seed);
  let tick = 0;

  for (let draw = 0; draw < samples; draw++) {
    for (let v = 0; v < n; v++) {
      parent[v] = v;
      liveCount[v] = 0;
    }
    for (let e = 0; e < m; e++) {
      if (rng() < (tieP[e] as number)) {
        const ra = findRoot(parent, tieA[e] as number);
        const rb = findRoot(parent, tieB[e] as number);
        if (ra !== rb) parent[ra] = rb;
      }
    }
    for (let j = 0; j < n; j++) {
      if (rng() < (egoP[j] as number)) {
        const r = findRoot(parent, j);
        liveCount[r] = (liveCount[r] as number) + 1;
        liveAlter[r] = j;
      }
    }
    for (let k = 0; k < nGroups; k++) {
      tick++;
      let total = 0;
      let single = -1;
      for (let x = groupStart[k] as number; x < (groupStart[k + 1] as number); x++) {
        const r = findRoot(parent, groupMembers[x] as number);
        if (stamp[r] === tick) continue;
        stamp[r] = tick;
        const c = liveCount[r] as number;
        if (c > 0) {
          total += c;
          single = liveAlter[r] as number;
        }
      }
      if (total > 0) heard[k] = (heard[k] as number) + 1;
      if (total === 1) pivotal[single] = (pivotal[single] as number) + 1;
    }
  }

  const pHear: Record<string, number> = dict();
  groupNames.forEach((g, k) => (pHear[g] = (heard[k] as number) / samples));
  const marginal: Record<string, number> = dict();
  net.alters.forEach((id, j) => (marginal[id] = nGroups > 0 ? (pivotal[j] as number) / (samples * nGroups) : 0));
  const reach = nGroups > 0 ? heard.reduce((s, h) => s + h, 0) / (samples * nGroups) : null;
  return { samples, p_hear_by_group: pHear, reach, marginal_reach: marginal };
}

/** Probability of hearing news from each group and every alter's marginal reach (§N5). */
export function computeDiffusion(graph: Graph, options: DiffusionOptions): DiffusionResult {
  const fn = "computeDiffusion";
  const samples = options?.samples ?? DIFFUSION_DEFAULTS.samples;
  const seed = options?.seed ?? DIFFUSION_DEFAULTS.seed;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new MetricsInputError(`${fn}: samples must be a positive integer, got ${String(samples)}.`);
  }
  if (!Number.isFinite(seed)) throw new MetricsInputError(`${fn}: seed must be a finite number.`);
  const net = buildEgoNetwork(graph, options?.ego, fn);
  return diffusionOfNetwork(net, groupsOfNetwork(net), samples, seed);
}
