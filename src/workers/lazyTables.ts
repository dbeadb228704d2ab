// The tables of an unpacked report that are built only when first read (reportCodec.ts): what
// the page rarely reads, and the property that builds it in its place.

/**
 * Tables the page reads rarely if at all: every person's structural metrics (sizing by
 * betweenness, the data export), the two Louvain partitions (colouring by cluster), the attribute
 * metrics per person and the group weights of the ego's summary (exports). They are rebuilt when
 * first read rather than with every analysis: ~90 of the ~150 ms of rebuilding a 30,000-person
 * report (node_metrics alone, 21 numbers for each person, ~45).
 */
export function rarelyRead(path: readonly string[]): boolean {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  return (
    (path.length === 1 && last === "node_metrics") ||
    (last === "membership" && path.includes("louvain")) ||
    (before === "attribute_metrics" && last === "per_node") ||
    (before === "summary" && last === "group_weights")
  );
}

/**
 * Puts at `path` a property that builds its value when first read (or takes the one written) and
 * then becomes a plain data property, in the key's place: reading, spreading, JSON.stringify and
 * structured clone see the same report as if it had been built at once.
 */
export function placeLazy(root: unknown, path: readonly string[], build: () => unknown): void {
  let at = root as Record<string, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const key = path[path.length - 1] as string;
  const settle = (value: unknown): unknown => {
    Object.defineProperty(at, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(at, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(build()),
    set: (value: unknown) => {
      settle(value);
    },
  });
}
