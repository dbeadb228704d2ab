// Copies of the document's records (people, ties, positions, communities) that remember what
// they changed. A 30,000-person map cannot afford to compare 30,000 entries after each edit just
// to learn that one person was added: an edit made through these helpers records, for the new
// record, the record it was copied from and the keys it wrote or removed, and changedKeys
// (queries.ts) follows those steps — forwards, backwards (undo) or from a common ancestor (an
// edit after an undo) — instead of scanning. Every record so created is never written again, so
// a step's keys cover all its differences; a record of unknown descent is scanned as before.
//
// Keys come from files: "__proto__" and "constructor" are ordinary keys here, stored as own data
// properties exactly as the object spread `{ ...rec }` would.

interface Step {
  /** The record this one was copied from (held weakly: a step must not keep every earlier record alive). */
  readonly base: WeakRef<object>;
  /** Every key written or removed in the copy (oldest step first when followed). */
  readonly keys: readonly string[];
}

const steps = new WeakMap<object, Step>();

/** How many steps back a diff is looked for (undo history is longer, but a scan is fine then). */
const MAX_STEPS = 64;
/** Past this many touched keys the caller's scan is as cheap (and the candidates are dropped). */
const MAX_KEYS = 4000;

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * A shallow copy with the same own enumerable entries in the same order as `{ ...rec }`, about
 * twice as fast on a large record (V8's spread of a dictionary-mode object is slow).
 */
export function copyRecord<K extends string, V>(rec: Readonly<Record<K, V>>): Record<K, V> {
  const out: Record<string, unknown> = {};
  const src = rec as Readonly<Record<string, unknown>>;
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    put(out, k, src[k]);
  }
  return out as Record<K, V>;
}

/** Records that `next` is `base` with (at most) `keys` written or removed. `next` must not change afterwards. */
export function recordDerived(base: object, next: object, keys: readonly string[]): void {
  if (base !== next) steps.set(next, { base: new WeakRef(base), keys });
}

/** `rec` with the given entries set (added or replaced), as a new record that remembers the edit. */
export function withEntries<K extends string, V>(
  rec: Readonly<Record<K, V>>,
  entries: readonly (readonly [K, V])[],
): Record<K, V> {
  const out = copyRecord(rec);
  for (const [k, v] of entries) put(out as Record<string, unknown>, k, v);
  recordDerived(
    rec,
    out,
    entries.map(([k]) => k),
  );
  return out;
}

/** `rec` with one entry set, as a new record that remembers the edit. */
export function withEntry<K extends string, V>(rec: Readonly<Record<K, V>>, key: K, value: V): Record<K, V> {
  return withEntries(rec, [[key, value]]);
}

/** `rec` without the given keys, as a new record that remembers the edit (`rec` itself when none is present). */
export function withoutKeys<K extends string, V>(
  rec: Readonly<Record<K, V>>,
  keys: Iterable<K>,
): Readonly<Record<K, V>> {
  const gone = new Set<string>();
  for (const k of keys) if (Object.hasOwn(rec, k)) gone.add(k);
  if (gone.size === 0) return rec;
  const out: Record<string, unknown> = {};
  const src = rec as Readonly<Record<string, unknown>>;
  for (const k of Object.keys(src)) if (!gone.has(k)) put(out, k, src[k]);
  recordDerived(rec, out, [...gone]);
  return out as Record<K, V>;
}

/**
 * Keys that may differ between `prev` and `next` (a superset of those that do), from the recorded
 * steps of both back to a common ancestor; null when they are not so related (or too many keys
 * were touched), so that the caller compares the records entry by entry.
 */
export function candidateChanges(prev: object, next: object): string[] | null {
  if (prev === next) return [];
  // next's ancestors, each with the keys written on the way from it to `next` (newest last).
  const fromNext = new Map<object, readonly Step[]>([[next, []]]);
  let at: object = next;
  let path: Step[] = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const step = steps.get(at);
    const base = step?.base.deref();
    if (!step || !base) break;
    path = [step, ...path];
    at = base;
    fromNext.set(at, path);
  }
  let back: Step[] = [];
  at = prev;
  for (let i = 0; i <= MAX_STEPS; i++) {
    const forward = fromNext.get(at);
    if (forward) {
      const keys: string[] = [];
      const seen = new Set<string>();
      for (const s of [...back, ...forward])
        for (const k of s.keys)
          if (!seen.has(k)) {
            seen.add(k);
            keys.push(k);
          }
      return keys.length > MAX_KEYS ? null : keys;
    }
    const step = steps.get(at);
    const base = step?.base.deref();
    if (!step || !base) return null;
    back = [step, ...back];
    at = base;
  }
  return null;
}

/** The keys `next`'s one recorded edit of `base` wrote or removed; null when `next` is not that. */
export function singleStep(base: object, next: object): readonly string[] | null {
  const step = steps.get(next);
  return step && step.base.deref() === base ? step.keys : null;
}

/**
 * How `next` follows from `prev` when it is a chain of recorded edits of it that JavaScript
 * orders as written (no index-like key such as "10"): the keys to remove from `prev` and then
 * the keys to write in this order, so that the result has `next`'s entries in `next`'s order
 * (new and re-added keys go to the end, in the order they were added). Null otherwise.
 */
export function replayOf(prev: object, next: object): { removed: string[]; written: string[] } | null {
  const chain: object[] = [next];
  for (let at = next; at !== prev;) {
    if (chain.length > MAX_STEPS) return null;
    const base = steps.get(at)?.base.deref();
    if (!base) return null;
    chain.push(base);
    at = base;
  }
  chain.reverse();
  const removed = new Set<string>();
  const appended = new Set<string>();
  let count = 0;
  for (let i = 1; i < chain.length; i++) {
    const before = chain[i - 1] as object;
    const after = chain[i] as object;
    for (const k of (steps.get(after) as Step).keys) {
      if (isIndexKey(k) || ++count > MAX_KEYS) return null;
      const was = Object.hasOwn(before, k);
      const is = Object.hasOwn(after, k);
      if (!was && is) appended.add(k);
      else if (was && !is) {
        if (appended.has(k)) appended.delete(k);
        else removed.add(k);
      }
    }
  }
  const replaced = (candidateChanges(prev, next) ?? []).filter((k) => !appended.has(k) && Object.hasOwn(next, k));
  const written = [...appended, ...replaced.filter((k) => !appended.has(k))];
  return { removed: [...removed], written };
}

/** Keys such as "10" that JavaScript orders before all others, whenever they were added. */
export const isIndexKey = (key: string): boolean => /^(?:0|[1-9]\d*)$/u.test(key) && Number(key) < 4294967295;

/** `rec` with `removed` deleted and then `entries` written in order (replayOf's form), as a new record. */
export function replayed<V>(
  rec: Readonly<Record<string, V>>,
  removed: readonly string[],
  entries: readonly (readonly [string, V])[],
): Record<string, V> {
  const gone = new Set(removed);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(rec)) if (!gone.has(k)) put(out, k, rec[k]);
  for (const [k, v] of entries) put(out, k, v);
  return out as Record<string, V>;
}

const counts = new WeakMap<object, number>();

/**
 * How many entries `rec` has: counted once per record, and for a record made by these helpers
 * from one already counted, from that count and the keys its step wrote or removed (a store
 * update on a 30,000-person map must not count 30,000 keys to say "30,001 people").
 */
export function entryCount(rec: object): number {
  const known = counts.get(rec);
  if (known !== undefined) return known;
  const step = steps.get(rec);
  const base = step?.base.deref();
  const baseCount = base ? counts.get(base) : undefined;
  let n: number;
  if (step && base && baseCount !== undefined) {
    n = baseCount;
    for (const k of new Set(step.keys)) n += Number(Object.hasOwn(rec, k)) - Number(Object.hasOwn(base, k));
  } else n = Object.keys(rec).length;
  counts.set(rec, n);
  return n;
}
