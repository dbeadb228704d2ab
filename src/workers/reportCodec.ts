// A report's large tables as columns of typed arrays, so that the worker's reply is transferred
// instead of structured-cloned object by object (on a 30,000-person map the clone of the
// per-person records alone held the main thread for most of a second). packReport walks the report
// (a few levels deep) and replaces every big record of flat records (node_metrics, per_alter,
// per_node, …) and every big array of them (edge_metrics) by a table; unpackReport rebuilds the
// same objects, key for key and in the same order, with the same numbers (Float64 is exact).
// Anything irregular (a record whose keys are in another order, a small table) is sent as it was.
// Tables keyed by the same ids share one id list, and a column of few distinct strings travels as
// numbers into a list of them; the tables the page rarely reads are built when first read.
import { placeLazy, rarelyRead } from "./lazyTables";

export { rarelyRead } from "./lazyTables";

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
/** A plain object, rebuilt from the column's sub-table (its next row). */
const SUB = 6;
/** A string, the column's `strings[nums[r]]`. */
const STR = 7;

interface Column {
  readonly key: string;
  readonly tags: Uint8Array;
  readonly nums: Float64Array;
  /** Values of OTHER cells (strings, arrays, objects), by row; null elsewhere. */
  others: unknown[] | null;
  /** The SUB cells' objects as a table, in row order (nested records such as `terms`). */
  sub: PackedTable | null;
  /** The distinct strings of STR cells (a column of few values: a tie's band, a group). */
  strings?: string[] | null;
}

export interface PackedTable {
  /** Row ids of a record (in its key order); null for an array. */
  readonly ids: string[] | null;
  /** Each row is one value (a record of numbers such as `marginal_reach`), in column 0. */
  readonly scalar: boolean;
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

const isScalar = (v: unknown) => typeof v === "number" || typeof v === "boolean" || v === null;

/** A table of one column holding `rows` themselves (numbers, booleans, null). */
function scalarTable(rows: readonly unknown[], ids: string[] | null): PackedTable | null {
  if (!rows.every(isScalar)) return null;
  const n = rows.length;
  const col: Column = { key: "", tags: new Uint8Array(n), nums: new Float64Array(n), others: null, sub: null };
  rows.forEach((v, r) => write(col, r, v));
  return { ids, scalar: true, rows: n, columns: [col] };
}

function write(col: Column, r: number, v: unknown): void {
  if (typeof v === "number") col.nums[r] = v;
  else if (v === null) col.tags[r] = NULL;
  else if (v === true) col.tags[r] = TRUE;
  else if (v === false) col.tags[r] = FALSE;
  else {
    col.tags[r] = OTHER;
    col.others ??= new Array<unknown>(col.tags.length).fill(null);
    col.others[r] = v;
  }
}

/**
 * A column of strings with few distinct values (at most a quarter of its string cells) as indexes
 * into one list of them: 30,000 band names or group names are then a number each in a
 * transferred buffer instead of 30,000 strings for the structured clone to write and read.
 */
function dictionary(col: Column): boolean {
  const others = col.others as unknown[];
  const index = new Map<string, number>();
  let count = 0;
  for (let r = 0; r < col.tags.length; r++) {
    if (col.tags[r] !== OTHER) continue;
    const v = others[r];
    if (typeof v !== "string") return false;
    count++;
    if (!index.has(v)) index.set(v, index.size);
  }
  if (index.size * 4 > count) return false;
  for (let r = 0; r < col.tags.length; r++) {
    if (col.tags[r] !== OTHER) continue;
    col.tags[r] = STR;
    col.nums[r] = index.get(others[r] as string) as number;
  }
  col.others = null;
  col.strings = [...index.keys()];
  return true;
}

/**
 * Packs a column's object cells as a sub-table when they are regular records themselves, and its
 * strings as a dictionary when they are few.
 */
function nest(col: Column): void {
  const others = col.others;
  if (others === null || dictionary(col)) return;
  const objects: unknown[] = [];
  for (let r = 0; r < col.tags.length; r++) if (col.tags[r] === OTHER) objects.push(others[r]);
  if (!objects.every(isPlain)) return;
  const sub = tableOf(objects, null);
  if (!sub) return;
  for (let r = 0; r < col.tags.length; r++) if (col.tags[r] === OTHER) col.tags[r] = SUB;
  col.others = null;
  col.sub = sub;
}

/** The column table of `rows`, or null when they are not flat records with one key order. */
function tableOf(rows: readonly unknown[], ids: string[] | null): PackedTable | null {
  const first = rows[0];
  if (!isPlain(first)) return ids !== null ? scalarTable(rows, ids) : null;
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
    sub: null,
  }));
  rows.forEach((row, r) => {
    const rec = row as Record<string, unknown>;
    columns.forEach((col) => {
      if (Object.hasOwn(rec, col.key)) write(col, r, rec[col.key]);
      else col.tags[r] = ABSENT;
    });
  });
  columns.forEach(nest);
  return { ids, scalar: false, rows: n, columns };
}

/**
 * The list of `keys` already in `lists` (the same ids in the same order) or `keys`, added: the
 * report's per-person tables share one list, which a structured clone then writes and reads once
 * (it keeps shared references) instead of once per table, 30,000 strings each on a big map.
 */
function interned(lists: string[][], keys: string[]): string[] {
  for (const list of lists) {
    if (list.length !== keys.length) continue;
    let i = 0;
    while (i < keys.length && list[i] === keys[i]) i++;
    if (i === keys.length) return list;
  }
  lists.push(keys);
  return keys;
}

interface PackState extends PackedReport {
  readonly paths: string[][];
  readonly idLists: string[][];
}

function pack(value: unknown, path: string[], depth: number, out: PackState): unknown {
  if (Array.isArray(value)) {
    const table = value.length >= PACK_MIN_ROWS ? tableOf(value, null) : null;
    if (!table) return value;
    out.paths.push(path);
    out.tables.push(table);
    return null;
  }
  if (!isPlain(value) || depth > MAX_DEPTH) return value;
  const keys = Object.keys(value);
  if (keys.length >= PACK_MIN_ROWS) {
    const ids = interned(out.idLists, keys);
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
  for (const k of keys) put(copy, k, pack(value[k], [...path, k], depth + 1, out));
  return copy;
}

/** Sets an own data property (an id such as `__proto__` stays a key, as structured clone keeps it). */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export function packReport(report: unknown): { packed: PackedReport; transfer: ArrayBuffer[] } {
  const state: PackState = { skeleton: null, paths: [], tables: [], idLists: [] };
  const packed = { skeleton: pack(report, [], 0, state), paths: state.paths, tables: state.tables };
  const transfer: ArrayBuffer[] = [];
  const buffers = (t: PackedTable): void => {
    for (const c of t.columns) {
      transfer.push(c.tags.buffer as ArrayBuffer, c.nums.buffer as ArrayBuffer);
      if (c.sub) buffers(c.sub);
    }
  };
  packed.tables.forEach(buffers);
  return { packed, transfer };
}

/** A table ready to be read: its columns' sub-tables rebuilt, and where each SUB cell's row is. */
interface Ready {
  readonly t: PackedTable;
  readonly subs: readonly (readonly unknown[] | null)[];
  readonly subAt: readonly (Int32Array | null)[];
}

function prepare(t: PackedTable): Ready {
  return {
    t,
    subs: t.columns.map((c) => (c.sub ? unpackAll(c.sub) : null)),
    subAt: t.columns.map((c) => {
      if (!c.sub) return null;
      const at = new Int32Array(t.rows);
      let k = 0;
      for (let r = 0; r < t.rows; r++) if (c.tags[r] === SUB) at[r] = k++;
      return at;
    }),
  };
}

function unpackAll(t: PackedTable): unknown[] {
  const rows = new Array<unknown>(t.rows);
  unpackRows(prepare(t), rows, 0, t.rows);
  return rows;
}

function cell(ready: Ready, c: number, r: number): unknown {
  const col = ready.t.columns[c] as Column;
  switch (col.tags[r]) {
    case NUM:
      return col.nums[r];
    case NULL:
      return null;
    case TRUE:
      return true;
    case FALSE:
      return false;
    case SUB:
      return ready.subs[c]?.[ready.subAt[c]?.[r] ?? -1];
    case STR:
      return col.strings?.[col.nums[r] as number];
    default:
      return col.others?.[r];
  }
}

/** Rows `from`…`to` of the table into `rows`. */
function unpackRows(ready: Ready, rows: unknown[], from: number, to: number): void {
  const columns = ready.t.columns;
  if (ready.t.scalar) {
    for (let r = from; r < to; r++) rows[r] = cell(ready, 0, r);
    return;
  }
  const plain = columns.every((c) => c.key !== "__proto__");
  for (let r = from; r < to; r++) {
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Column;
      if (col.tags[r] === ABSENT) continue;
      if (plain) o[col.key] = cell(ready, c, r);
      else put(o, col.key, cell(ready, c, r));
    }
    rows[r] = o;
  }
}

function assemble(t: PackedTable, rows: unknown[]): unknown {
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

/** Whether table `i` is left to be built when read (never the whole report itself). */
const deferred = (packed: PackedReport, i: number, lazy: (path: readonly string[]) => boolean): boolean => {
  const path = packed.paths[i] as readonly string[];
  return path.length > 0 && lazy(path);
};

/** The report packReport was given, rebuilt (the tables `lazy` names when first read). */
export function unpackReport(packed: PackedReport, lazy: (path: readonly string[]) => boolean = rarelyRead): unknown {
  let root = packed.skeleton;
  packed.paths.forEach((path, i) => {
    const t = packed.tables[i] as PackedTable;
    if (deferred(packed, i, lazy)) placeLazy(root, path, () => assemble(t, unpackAll(t)));
    else root = place(root, path, assemble(t, unpackAll(t)));
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
  lazy: (path: readonly string[]) => boolean = rarelyRead,
): Promise<unknown> {
  let root = packed.skeleton;
  let since = now();
  for (let i = 0; i < packed.paths.length; i++) {
    const t = packed.tables[i] as PackedTable;
    if (deferred(packed, i, lazy)) {
      placeLazy(root, packed.paths[i] as string[], () => assemble(t, unpackAll(t)));
      continue;
    }
    const ready = prepare(t);
    const rows = new Array<unknown>(t.rows);
    for (let from = 0; from < t.rows; from += SLICE_ROWS) {
      unpackRows(ready, rows, from, Math.min(t.rows, from + SLICE_ROWS));
      if (now() - since > sliceMs) {
        await pause();
        since = now();
      }
    }
    root = place(root, packed.paths[i] as string[], assemble(t, rows));
  }
  return root;
}
