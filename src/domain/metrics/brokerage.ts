// Gould–Fernandez brokerage roles for undirected graphs (metrics-spec §C8; Gould & Fernandez
// 1989): for broker b, unordered pairs {a, c} ⊂ N(b) with no a–c tie, classified by group as
// coordinator (all same), itinerant (a = c ≠ b), representative/gatekeeper (b shares its group
// with exactly one of a, c) and liaison (all differ). All pairs are counted from the group
// sizes, then the tied pairs (triangles at b) are subtracted.
import type { Csr } from "./csr";
import type { BrokerageCounts } from "./types";

/** Unordered pairs among c items (never −0). */
function pairs(c: number): number {
  return c < 2 ? 0 : (c * (c - 1)) / 2;
}

function role(gb: number, ga: number, gc: number): keyof BrokerageCounts {
  if (ga === gc) return ga === gb ? "coordinator" : "itinerant";
  return ga === gb || gc === gb ? "representative_gatekeeper" : "liaison";
}

/** Brokerage counts per node index; `group` gives a category index per node (0..nGroups−1). */
export function brokerageCounts(csr: Csr, group: Int32Array, nGroups: number): BrokerageCounts[] {
  const { n, offsets, neighbours } = csr;
  const out: BrokerageCounts[] = new Array<BrokerageCounts>(n);
  const count = new Int32Array(nGroups);
  const touched = new Int32Array(Math.max(nGroups, 1));
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  for (let b = 0; b < n; b++) {
    const start = offsets[b]!;
    const end = offsets[b + 1]!;
    const gb = group[b]!;
    let nTouched = 0;
    for (let a = start; a < end; a++) {
      const x = neighbours[a]!;
      stamp[x] = b;
      slot[x] = a;
      const g = group[x]!;
      if (count[g] === 0) touched[nTouched++] = g;
      count[g] = count[g]! + 1;
    }
    const same = count[gb]!;
    const other = end - start - same;
    let itinerant = 0;
    let squares = 0;
    for (let t = 0; t < nTouched; t++) {
      const g = touched[t]!;
      const c = count[g]!;
      if (g !== gb) {
        itinerant += pairs(c);
        squares += c * c;
      }
      count[g] = 0;
    }
    const r: BrokerageCounts = {
      coordinator: pairs(same),
      itinerant,
      representative_gatekeeper: same * other,
      liaison: (other * other - squares) / 2,
    };
    for (let a = start; a < end; a++) {
      const x = neighbours[a]!;
      for (let c = offsets[x]!; c < offsets[x + 1]!; c++) {
        const y = neighbours[c]!;
        if (stamp[y] !== b || slot[y]! <= a) continue;
        r[role(gb, group[x]!, group[y]!)]--;
      }
    }
    out[b] = r;
  }
  return out;
}
