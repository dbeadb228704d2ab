// A report's large tables as columns of typed arrays, so that the worker's reply is transferred
// instead of structured-cloned object by object (on a 30,000-person map the clone of the
// per-person records alone held the main thread for most of a second). packReport walks the report
// (a few levels deep) and replaces every big record of flat records (node_metrics, per_alter,
// per_node, …) and every big array of them (edge_metrics) by a table; unpackReport rebuilds the
// same objects, key for key and in the same order, with the same numbers (Float64 is exact).
// Anything irregular (a record whose keys are in another order, a small table) is sent as it was.
// Tables keyed by the same ids share one id list, and a column of few distinct strings travels as
// numbers into a list of them; the tables the page rarely reads are built when first read.
import {
  NULL,
  ABSENT,
  TRUE,
  FALSE,
  OTHER,
  SUB,
  STR,
  MAX_DEPTH,
  PACK_MIN_ROWS,
  put,
  type Column,
  type PackedReport,
  type PackedTable,
} from "./packedTable";

export { PACK_MIN_ROWS, type PackedReport, type PackedTable } from "./packedTable";
export { rarelyRead } from "./lazyTables";
export { unpackReport, unpackReportSliced } from "./reportUnpack";

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
