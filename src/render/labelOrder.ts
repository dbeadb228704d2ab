// The order in which label candidates are tried (labelPlacement.ts): the forced ones first, then
// by priority, highest first; equal ones keep their order. That is what a stable sort with the
// comparator `force desc || priority desc` gives, but on a 30,000-person map the comparator sort
// is half of the placing (~16 of ~31 ms: 450,000 calls back into JavaScript). Here the distinct
// priorities are sorted natively (Float64Array.prototype.sort, no comparator) and the candidates
// dealt into their priority's place in position order (a counting sort: stable by construction).

interface Ranked {
  readonly priority: number;
  readonly force?: boolean;
}

/** Positions of `items` in the order above (the same as the stable comparator sort). */
export function priorityOrder(items: readonly Ranked[]): number[] {
  const n = items.length;
  const forced: number[] = [];
  const rest: number[] = [];
  let nan = false;
  for (let i = 0; i < n; i++) {
    const c = items[i] as Ranked;
    if (c.force ?? false) forced.push(i);
    else rest.push(i);
    if (Number.isNaN(c.priority)) nan = true;
  }
  const byPriority = (i: number, j: number) => (items[j] as Ranked).priority - (items[i] as Ranked).priority;
  // NaN compares as "equal" to everything in the comparator: no order of values to rebuild.
  if (nan) return [...forced.sort(byPriority), ...rest.sort(byPriority)];
  return [...forced.sort(byPriority), ...dealt(items, rest)];
}

/** `ids` by priority, highest first, ties in the order given (no NaN among them). */
function dealt(items: readonly Ranked[], ids: readonly number[]): number[] {
  const m = ids.length;
  const values = new Float64Array(m);
  for (let k = 0; k < m; k++) values[k] = (items[ids[k] as number] as Ranked).priority;
  // The distinct values, ascending (-0 and 0 are one, as for the comparator).
  const sorted = values.slice().sort();
  let distinct = 0;
  for (let k = 0; k < m; k++) {
    const v = sorted[k] as number;
    if (k === 0 || v !== (sorted[distinct - 1] as number)) sorted[distinct++] = v;
  }
  // Each value's place counted from the highest, and how many items each place holds.
  const place = new Int32Array(m);
  const starts = new Int32Array(distinct + 1);
  for (let k = 0; k < m; k++) {
    const r = distinct - 1 - firstAtLeast(sorted, distinct, values[k] as number);
    place[k] = r;
    starts[r + 1] = (starts[r + 1] as number) + 1;
  }
  for (let r = 1; r <= distinct; r++) starts[r] = (starts[r] as number) + (starts[r - 1] as number);
  // Dealt in the order given: within one value, that order stays.
  const out = new Array<number>(m);
  for (let k = 0; k < m; k++) {
    const r = place[k] as number;
    out[starts[r] as number] = ids[k] as number;
    starts[r] = (starts[r] as number) + 1;
  }
  return out;
}

/** The first index below `length` of ascending `sorted` whose value is not below `v`. */
function firstAtLeast(sorted: Float64Array, length: number, v: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
