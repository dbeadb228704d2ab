// A packed report rebuilt on the main thread (reportCodec.ts packs it in the worker): the same
// objects, key for key and in the same order, with the same numbers; in slices between other
// tasks; the tables the page rarely reads built when first read (lazyTables.ts).
import { placeLazy, rarelyRead } from "./lazyTables";
import {
  NUM,
  NULL,
  ABSENT,
  TRUE,
  FALSE,
  SUB,
  STR,
  put,
  type Column,
  type PackedReport,
  type PackedTable,
} from "./packedTable";

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
