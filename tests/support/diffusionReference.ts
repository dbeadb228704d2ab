// The Rao-Blackwellised diffusion estimator of src/domain/metrics/diffusion.ts as first written:
// every alter in every draw's union-find and every group's pass (no split of the alters
// without alter ties). The same draws from the same seed, so the optimised estimator must give
// the same numbers up to rounding.
import type { EgoGroups } from "../../src/domain/metrics/groups";
import type { EgoNetwork } from "../../src/domain/metrics/egoNetwork";
import {
  DIFFUSION_BLOCK,
  DIFFUSION_MIN_DRAWS,
  DIFFUSION_STANDARD_ERROR,
  liveProbability,
  type DiffusionResult,
} from "../../src/domain/metrics/diffusion";
import { dict } from "../../src/domain/model";

export function referenceDiffusion(net: EgoNetwork, groups: EgoGroups, samples: number, seed: number): DiffusionResult {
  const n = net.alters.length;
  const m = net.ties.length;
  const tieA = Int32Array.from(net.ties, (t) => t.a);
  const tieB = Int32Array.from(net.ties, (t) => t.b);
  // rng() < p  ⇔  u < p·2³² for the generator's 32-bit output u (rng() = u / 2³² exactly).
  const tieT = Float64Array.from(net.ties, (t) => liveProbability(t.strength) * 4294967296);
  const egoP = Float64Array.from(net.egoStrength, (s) => liveProbability(s));
  const quiet = Float64Array.from(egoP, (p) => 1 - p);
  const odds = Float64Array.from(egoP, (p) => p / (1 - p));
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
  const root = new Int32Array(n);
  const compQuiet = new Float64Array(n);
  const compAcc = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const heard = new Float64Array(nGroups);
  const heardSq = new Float64Array(nGroups);
  const pivotal = new Float64Array(n);
  const pivotalSq = new Float64Array(n);
  let state = seed >>> 0;
  let tick = 0;
  let draws = 0;

  while (draws < samples) {
    if (draws >= DIFFUSION_MIN_DRAWS && draws % DIFFUSION_BLOCK === 0 && precise(draws)) break;
    draws++;
    for (let v = 0; v < n; v++) parent[v] = v;
    for (let e = 0; e < m; e++) {
      // mulberry32 (rng.ts), inlined.
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      if ((t ^ (t >>> 14)) >>> 0 < tieT[e]!) {
        let ra = tieA[e]!;
        while (parent[ra] !== ra) ra = parent[ra] = parent[parent[ra]!]!;
        let rb = tieB[e]!;
        while (parent[rb] !== rb) rb = parent[rb] = parent[parent[rb]!]!;
        if (ra !== rb) parent[ra] = rb;
      }
    }
    for (let v = 0; v < n; v++) {
      compQuiet[v] = 1;
      compAcc[v] = 0;
    }
    for (let j = 0; j < n; j++) {
      let r = j;
      while (parent[r] !== r) r = parent[r]!;
      root[j] = r;
      compQuiet[r] = compQuiet[r]! * quiet[j]!;
    }
    for (let k = 0; k < nGroups; k++) {
      tick++;
      let q = 1;
      let nTouched = 0;
      for (let x = groupStart[k]!, end = groupStart[k + 1]!; x < end; x++) {
        const r = root[groupMembers[x]!]!;
        if (stamp[r] === tick) continue;
        stamp[r] = tick;
        touched[nTouched++] = r;
        q *= compQuiet[r]!;
      }
      heard[k] = heard[k]! + (1 - q);
      heardSq[k] = heardSq[k]! + (1 - q) * (1 - q);
      for (let i = 0; i < nTouched; i++) compAcc[touched[i]!] = compAcc[touched[i]!]! + q;
    }
    for (let j = 0; j < n; j++) {
      const x = odds[j]! * compAcc[root[j]!]!;
      pivotal[j] = pivotal[j]! + x;
      pivotalSq[j] = pivotalSq[j]! + x * x;
    }
  }

  /** Every estimate's standard error within DIFFUSION_STANDARD_ERROR after `d` draws. */
  function precise(d: number): boolean {
    const se = (sum: number, sq: number, scale: number): number =>
      Math.sqrt(Math.max(0, sq / d - (sum / d) ** 2) / (d - 1)) / scale;
    for (let k = 0; k < nGroups; k++) {
      if (se(heard[k]!, heardSq[k]!, 1) > DIFFUSION_STANDARD_ERROR.p_hear_by_group) return false;
    }
    for (let j = 0; j < n; j++) {
      if (se(pivotal[j]!, pivotalSq[j]!, nGroups) > DIFFUSION_STANDARD_ERROR.marginal_reach) return false;
    }
    return true;
  }

  const pHear: Record<string, number> = dict();
  groupNames.forEach((g, k) => (pHear[g] = heard[k]! / draws));
  const marginal: Record<string, number> = dict();
  net.alters.forEach((id, j) => (marginal[id] = nGroups > 0 ? pivotal[j]! / (draws * nGroups) : 0));
  const reach = nGroups > 0 ? heard.reduce((sum, h) => sum + h, 0) / (draws * nGroups) : null;
  return { samples: draws, p_hear_by_group: pHear, reach, marginal_reach: marginal };
}
