// One-time move of map data that earlier versions kept in localStorage beside the map into the
// map document: census "no" answers (`tsunagari.census.<mapId>`, a JSON array of tie ids) and
// guided-interview progress (`tsunagari.wizard.<mapId>`, `{ step, mentions }`). When a map is
// open, its entries are merged into its document (not an undo step) and the keys are removed
// once that document has been saved, so a resumed interview is never lost in between.
import {
  isInterviewStep,
  MENTION_STEPS,
  personId,
  setInterview,
  tieId,
  type InterviewProgress,
  type MapDocument,
  type MentionStep,
  type PersonId,
  type TieId,
} from "../../domain/model";
import type { MapStore } from "../../store/mapStore";

export const legacyCensusKey = (mapId: string) => `tsunagari.census.${mapId}`;
export const legacyWizardKey = (mapId: string) => `tsunagari.wizard.${mapId}`;

export interface LegacyEntries {
  /** Tie ids as stored; checked against the map's people when merged. */
  readonly censusNo: readonly string[];
  readonly interview: InterviewProgress | null;
  /** The keys found, to remove once the document holding their data is saved. */
  readonly keys: readonly string[];
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function toInterview(value: unknown): InterviewProgress | null {
  if (typeof value !== "object" || value === null) return null;
  const step: unknown = Object.hasOwn(value, "step") ? (value as { step: unknown }).step : undefined;
  if (!isInterviewStep(step)) return null;
  const raw: unknown = Object.hasOwn(value, "mentions") ? (value as { mentions: unknown }).mentions : undefined;
  const mentions: Partial<Record<MentionStep, readonly PersonId[]>> = {};
  for (const s of MENTION_STEPS) {
    const ids: unknown = typeof raw === "object" && raw !== null && Object.hasOwn(raw, s) ? Reflect.get(raw, s) : [];
    const clean = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string").map(personId) : [];
    if (clean.length > 0) mentions[s] = clean;
  }
  // Earlier versions wrote { step: "start" } whenever the interview was opened: nothing to resume.
  if (step === "start" && Object.keys(mentions).length === 0) return null;
  return { step, mentions };
}

/** The entries an earlier version left for this map, or null when there are none. */
export function readLegacyEntries(storage: Storage, mapId: string): LegacyEntries | null {
  const keys = [legacyCensusKey(mapId), legacyWizardKey(mapId)].filter((k) => {
    try {
      return storage.getItem(k) !== null;
    } catch {
      return false;
    }
  });
  if (keys.length === 0) return null;
  const census = readJson(storage, legacyCensusKey(mapId));
  return {
    censusNo: Array.isArray(census) ? census.filter((x): x is string => typeof x === "string") : [],
    interview: toInterview(readJson(storage, legacyWizardKey(mapId))),
    keys,
  };
}

/** The tie id as a pair of this map's people, if it is one (ids may themselves contain "~"). */
function asPair(doc: MapDocument, id: string): TieId | null {
  for (let i = id.indexOf("~"); i > 0; i = id.indexOf("~", i + 1)) {
    const a = id.slice(0, i);
    const b = id.slice(i + 1);
    if (a !== b && Object.hasOwn(doc.people, a) && Object.hasOwn(doc.people, b)) {
      const pair = tieId(personId(a), personId(b));
      if (pair === id) return pair;
    }
  }
  return null;
}

/** Adds the legacy census answers (pairs of people still on the map) and, if the map has none, the interview. */
export function mergeLegacyEntries(doc: MapDocument, entries: LegacyEntries): MapDocument {
  const known = new Set<string>(doc.censusNo);
  const added: TieId[] = [];
  for (const raw of entries.censusNo) {
    const pair = asPair(doc, raw);
    if (pair && !known.has(pair)) {
      known.add(pair);
      added.push(pair);
    }
  }
  let next = added.length > 0 ? { ...doc, censusNo: [...doc.censusNo, ...added] } : doc;
  if (next.interview === null && entries.interview) next = setInterview(next, entries.interview);
  return next;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Watches the open map: the first time a map is open (after restore) its legacy entries are
 * merged in, and the keys are removed when the persistence status reports that document saved.
 */
export function attachLegacyImport(store: MapStore, storage: Storage | undefined = safeLocalStorage()): () => void {
  if (!storage) return () => undefined;
  const done = new Set<string>();
  /** Map id → store revision that holds the merged entries, with the keys to remove. */
  const merged = new Map<string, { revision: number; keys: readonly string[] }>();
  let queued = false;

  const run = () => {
    queued = false;
    const { status } = store.getState().persistence;
    const { doc, revision } = store.getState();
    if (status === "restoring" || done.has(doc.id)) return;
    const waiting = merged.get(doc.id);
    if (waiting) {
      if (status !== "saved" || revision < waiting.revision) return;
      for (const key of waiting.keys) {
        try {
          storage.removeItem(key);
        } catch {
          // Storage blocked: the entries are merged again (without effect) next time.
        }
      }
      done.add(doc.id);
      return;
    }
    const entries = readLegacyEntries(storage, doc.id);
    if (!entries) {
      done.add(doc.id);
      return;
    }
    const id = doc.id;
    store.getState().apply((d) => (d.id === id ? mergeLegacyEntries(d, entries) : d), { undoable: false });
    merged.set(id, { revision: store.getState().revision, keys: entries.keys });
    schedule();
  };
  // Deferred: a map is opened inside a store update that the persistence controller ignores.
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(run);
  };
  const off = store.subscribe((s, prev) => {
    if (s.persistence.status !== prev.persistence.status) schedule();
    if (s.doc.id === prev.doc.id) return;
    // Reopened later (e.g. from the database): look at its entries afresh.
    merged.delete(s.doc.id);
    schedule();
  });
  schedule();
  return off;
}
