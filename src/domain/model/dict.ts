// Records keyed by ids or names that come from files: "constructor", "toString" or "__proto__"
// are ordinary keys. A plain `{}` inherits them from Object.prototype (`rec["constructor"]` is a
// function, `rec["__proto__"] = v` replaces the prototype), so lookups go through own properties
// and accumulators are prototype-free.

/** The value stored under `key` itself, never an inherited Object.prototype member. */
export function getOwn<R extends object, K extends keyof R>(rec: R, key: K): R[K] | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** True when `rec` itself has `key` (not merely Object.prototype). */
export function hasOwn<R extends object>(rec: R, key: keyof R): boolean {
  return Object.hasOwn(rec, key);
}

/**
 * An empty prototype-free record for accumulating by id or name: `d[key] = v` always stores an
 * own property and `d[key]` is undefined for a key never stored, whatever the key.
 */
export function dict<K extends PropertyKey, V>(): Record<K, V> {
  return Object.create(null) as Record<K, V>;
}

/** Keys that a plain object inherits ("constructor", "__proto__", …): unsafe as bare `obj[key]`. */
export function isPrototypeKey(key: string): boolean {
  return key in Object.prototype;
}
