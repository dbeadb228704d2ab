// The packed form of a report's large tables (reportCodec.ts packs, reportUnpack.ts rebuilds):
// per-cell tags, the column and table shapes, and the one way both write an own property.

/** Tables smaller than this are cloned as they are (packing them saves nothing). */
export const PACK_MIN_ROWS = 256;
export const MAX_DEPTH = 4;

/** Per cell: how to read it. */
export const NUM = 0;
export const NULL = 1;
export const ABSENT = 2;
export const TRUE = 3;
export const FALSE = 4;
export const OTHER = 5;
/** A plain object, rebuilt from the column's sub-table (its next row). */
export const SUB = 6;
/** A string, the column's `strings[nums[r]]`. */
export const STR = 7;

export interface Column {
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

/** Sets an own data property (an id such as `__proto__` stays a key, as structured clone keeps it). */
export function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
