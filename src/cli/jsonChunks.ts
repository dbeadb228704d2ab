// JSON.stringify(value, null, 2), the same text, in pieces: the report of a 20,000-person graph
// is ≈ 70 MB of JSON, and writing it piece by piece (one node's or one edge's metrics at a time)
// never holds the whole string in memory.

/** Pieces joined into blocks of about `size` characters (fewer, larger writes). */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const c of chunks) {
    parts.push(c);
    length += c.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join("");
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/** The text of JSON.stringify(value, null, 2) in order, split below the first `depth` levels. */
export function* jsonChunks(value: unknown, depth = 3, indent = ""): Generator<string> {
  const plain =
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
    (Array.isArray(value) ||
      Object.getPrototypeOf(value) === Object.prototype ||
      Object.getPrototypeOf(value) === null);
  if (depth === 0 || !plain) {
    yield (JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      const item: unknown = value[i];
      // JSON.stringify writes null for undefined, functions and symbols in arrays.
      if (skipped(item)) yield "null";
      else yield* jsonChunks(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !skipped(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(v, depth - 1, inner);
  }
  yield `\n${indent}}`;
}
