// A report's large tables as columns of typed arrays, so that the worker's reply is transferred
// instead of structured-cloned object by object (on a 30,000-person map the clone of the
// per-person records alone held the main thread for most of a second). packReport walks the report
// (a few levels deep) and replaces every big record of flat records (node_metrics, per_alter,
// per_node, …) and every big array of them (edge_metrics) by a table; unpackReport rebuilds the
// same objects, key for key and in the same order, with the same numbers (Float64 is exact).
// Anything irregular (a record whose keys are in another order, a small table) is sent as it was.

/** Tables smaller than this are cloned as they are (packing them saves nothing). */
export const PACK_MIN_ROWS = 256;
const MAX_DEPTH = 4;

/** Per cell: how to read it. */
const NUM = 0;
const NULL = 1;
const ABSENT = 2;
const TRUE = 3;
const FALSE = 4;
const OTHER = 5;

interface Column {
  readonly key: string;
  readonly tags: Uint8Array;
  readonly nums: Float64Array;
  /** Values of OTHER cells (strings, arrays, objects), by row; null elsewhere. */
  others: unknown[] | null;
}

export interface PackedTable {
  /** Row ids of a record (in its key order); null for an array. */
  readonly ids: string[] | null;
  readonly rows: number;
  readonly columns: Column[];
}

export interface PackedReport {
  /** The report with every packed table replaced by null. */
  readonly skeleton: unknown;
  readonly paths: (readonly string[])[];
  readonly tables: PackedTable[];
}

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x) && !ArrayBuffer.isView(x);

/** The column table of `rows`, or null when they are not flat records with one key order. */
function tableOf(rows: readonly unknown[], ids: string[] | null): PackedTable | null {
  const first = rows[0];
  if (!isPlain(first)) return null;
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const row of rows) {
    if (!isPlain(row)) return null;
    let last = -1;
    for (const k of Object.keys(row)) {
      let at = index.get(k);
      if (at === undefined) {
        // A new key may only come after every key this row already had.
        if (last !== keys.length - 1) return null;
        at = keys.length;
        index.set(k, at);
        keys.push(k);
      }
      if (at <= last) return null;
      last = at;
    }
  }
  const n = rows.length;
  const columns = keys.map((key): Column => ({
    key,
    tags: new Uint8Array(n),
    nums: new Float64Array(n),
    others: null,
  }));
  rows.forEach((row, r) => {
    const rec = row as Record<string, unknown>;
    columns.forEach((col, c) => {
      const k = keys[c] as string;
      if (!Object.hasOwn(rec, k)) {
        col.tags[r] = ABSENT;
        return;
      }
      const v = rec[k];
      if (typeof v === "number") col.nums[r] = v;
      else if (v === null) col.tags[r] = NULL;
      else if (v === true) col.tags[r] = TRUE;
      else if (v === false) col.tags[r] = FALSE;
      else {
        col.tags[r] = OTHER;
        col.others ??= new Array<unknown>(n).fill(null);
        col.others[r] = v;
      }
    });
  });
  return { ids, rows: n, columns };
}

function pack(value: unknown, path: string[], depth: number, out: PackedReport & { paths: string[][] }): unknown {
  if (Array.isArray(value)) {
    const table = value.length >= PACK_MIN_ROWS ? tableOf(value, null) : null;
    if (!table) return value;
    out.paths.push(path);
    out.tables.push(table);
    return null;
  }
  if (!isPlain(value) || depth > MAX_DEPTH) return value;
  const ids = Object.keys(value);
  if (ids.length >= PACK_MIN_ROWS) {
    const table = tableOf(
      ids.map((id) => value[id]),
      ids,
    );
    if (table) {
      out.paths.push(path);
      out.tables.push(table);
      return null;
    }
  }
  const copy: Record<string, unknown> = {};
  for (const k of ids) put(copy, k, pack(value[k], [...path, k], depth + 1, out));
  return copy;
}

/** Sets an own data property (an id such as `__proto__` stays a key, as structured clone keeps it). */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export function packReport(report: unknown): { packed: PackedReport; transfer: ArrayBuffer[] } {
  const packed = { skeleton: null as unknown, paths: [] as string[][], tables: [] as PackedTable[] };
  packed.skeleton = pack(report, [], 0, packed);
  const transfer: ArrayBuffer[] = [];
  for (const t of packed.tables)
    for (const c of t.columns) transfer.push(c.tags.buffer as ArrayBuffer, c.nums.buffer as ArrayBuffer);
  return { packed, transfer };
}

function cell(col: Column, r: number): unknown {
  switch (col.tags[r]) {
    case NUM:
      return col.nums[r];
    case NULL:
      return null;
    case TRUE:
      return true;
    case FALSE:
      return false;
    default:
      return col.others?.[r];
  }
}

/** Rows `from`…`to` of `t` into `rows`. */
function unpackRows(t: PackedTable, rows: Record<string, unknown>[], from: number, to: number): void {
  const columns = t.columns;
  const plain = columns.every((c) => c.key !== "__proto__");
  for (let r = from; r < to; r++) {
    const o: Record<string, unknown> = {};
    for (const col of columns) {
      if (col.tags[r] === ABSENT) continue;
      if (plain) o[col.key] = cell(col, r);
      else put(o, col.key, cell(col, r));
    }
    rows[r] = o;
  }
}

function assemble(t: PackedTable, rows: Record<string, unknown>[]): unknown {
  if (t.ids === null) return rows;
  const out: Record<string, unknown> = {};
  t.ids.forEach((id, r) => put(out, id, rows[r]));
  return out;
}

function place(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  let at = root as Record<string, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  put(at, path[path.length - 1] as string, value);
  return root;
}

/** The report packReport was given, rebuilt. */
export function unpackReport(packed: PackedReport): unknown {
  let root = packed.skeleton;
  packed.paths.forEach((path, i) => {
    const t = packed.tables[i] as PackedTable;
    const rows = new Array<Record<string, unknown>>(t.rows);
    unpackRows(t, rows, 0, t.rows);
    root = place(root, path, assemble(t, rows));
  });
  return root;
}

/** Rows rebuilt between two checks of the clock. */
const SLICE_ROWS = 1024;

/**
 * unpackReport in slices of about `sliceMs`, awaiting `pause` between them, so that rebuilding a
 * 30,000-person report never holds the main thread in one long task. The same report.
 */
export async function unpackReportSliced(
  packed: PackedReport,
  pause: () => Promise<void>,
  sliceMs = 25,
  now: () => number = () => performance.now(),
): Promise<unknown> {
  let root = packed.skeleton;
  let since = now();
  for (let i = 0; i < packed.paths.length; i++) {
    const t = packed.tables[i] as PackedTable;
    const rows = new Array<Record<string, unknown>>(t.rows);
    for (let from = 0; from < t.rows; from += SLICE_ROWS) {
      unpackRows(t, rows, from, Math.min(t.rows, from + SLICE_ROWS));
      if (now() - since > sliceMs) {
        await pause();
        since = now();
      }
    }
    root = place(root, packed.paths[i] as string[], assemble(t, rows));
  }
  return root;
}
