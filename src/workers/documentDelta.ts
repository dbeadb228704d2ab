// An edit as it travels to the metrics worker: the change of each record (people, ties,
// positions, communities) against the document the worker received last, plus the document's
// small fields as they are. Built from the edits the records remember (records.ts replayOf), so
// that neither side compares 30,000 entries; the worker's copy then has the document's entries
// in the document's order (the graph it builds, and so every metric, is the one the whole
// document gives). When the records do not descend from the last document that way (an undo, an
// import, too many steps), there is no delta and the whole document is sent.
import { replayOf, replayed, type MapDocument } from "../domain/model";

const RECORDS = ["people", "ties", "positions", "communities"] as const;
type RecordName = (typeof RECORDS)[number];

export interface RecordDelta {
  /** Keys to delete first. */
  readonly removed: readonly string[];
  /** Entries to write next, in this order (new keys are appended in it). */
  readonly written: readonly (readonly [string, unknown])[];
}

export interface DocumentDelta {
  /** The docSeq of the document this is a change of. */
  readonly base: number;
  /** The document without its four records. */
  readonly fields: Omit<MapDocument, RecordName>;
  /** The document's own keys in order (its copy is built in the same order). */
  readonly keys: readonly string[];
  /** Per record; absent: the record is the base's. */
  readonly records: Partial<Record<RecordName, RecordDelta>>;
}

/** `next` as a change of `prev` (whose docSeq is `base`); null when the whole document must go. */
export function documentDelta(prev: MapDocument, next: MapDocument, base: number): DocumentDelta | null {
  const records: Partial<Record<RecordName, RecordDelta>> = {};
  for (const name of RECORDS) {
    const before = prev[name] as Readonly<Record<string, unknown>>;
    const after = next[name] as Readonly<Record<string, unknown>>;
    if (before === after) continue;
    const replay = replayOf(before, after);
    if (replay === null) return null;
    records[name] = {
      removed: replay.removed,
      written: replay.written.map((k): [string, unknown] => [k, after[k]]),
    };
  }
  const { people: _p, ties: _t, positions: _o, communities: _c, ...fields } = next;
  return { base, fields, keys: Object.keys(next), records };
}

/** The document `delta` describes, written onto a copy of `prev`'s changed records (`prev` is not changed). */
export function applyDocumentDelta(prev: MapDocument, delta: DocumentDelta): MapDocument {
  const fields = delta.fields as unknown as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key of delta.keys) {
    if (!(RECORDS as readonly string[]).includes(key)) {
      if (Object.hasOwn(fields, key)) out[key] = fields[key];
      continue;
    }
    const name = key as RecordName;
    const change = delta.records[name];
    const rec = prev[name] as Readonly<Record<string, unknown>>;
    out[name] = change ? replayed(rec, change.removed, change.written) : rec;
  }
  return out as unknown as MapDocument;
}
