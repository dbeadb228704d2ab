// Counts over every person that the panels show after each edit (the summary's contacts by
// sphere and band, whether anything is planned), kept for the record last asked about and
// patched at the keys an edit changed (changedKeys, which knows them from records.ts), so that
// adding one person to a 30,000-person map does not count 30,000 again. Each answer equals the
// count from scratch: the unit tests compare them over random edits.
import { tieId, type PersonId } from "./ids";
import { bandOfTie, changedKeys, isPlanned, type NetworkCounts } from "./queries";
import { candidateChanges } from "./records";
import type { TieBand } from "./strength";
import type { MapDocument } from "./types";
import { getOwn } from "./dict";

type Flagged = { readonly planned?: boolean };

/** The keys of the planned items of each kind of record, for the record last asked about. */
const planned = new Map<string, { rec: object; keys: Set<string> }>();

/** The keys of `rec`'s planned (what-if) entries; `slot` names the kind of record ("people", …). */
export function plannedKeys(slot: string, rec: Readonly<Record<string, Flagged>>): ReadonlySet<string> {
  const last = planned.get(slot);
  if (last?.rec === rec) return last.keys;
  planned.delete(slot);
  // The keys an edit touched (records.ts knows them): each one's planned flag read again. Another
  // record (a map just opened or imported): read whole, not compared with the last record entry
  // by entry (36–62 ms against 17 for the people of a 30,000-person map).
  const touched = last ? candidateChanges(last.rec, rec) : null;
  let keys: Set<string>;
  if (last && touched !== null) {
    keys = last.keys;
    for (const k of touched) {
      if (getOwn(rec, k)?.planned === true) keys.add(k);
      else keys.delete(k);
    }
  } else {
    keys = new Set<string>();
    for (const k of Object.keys(rec)) if (getOwn(rec, k)?.planned === true) keys.add(k);
  }
  planned.set(slot, { rec, keys });
  return keys;
}

type Sphere = keyof NetworkCounts["bySphere"];
interface Counted {
  readonly sphere: Sphere;
  readonly band: TieBand;
}

let network: {
  doc: Pick<MapDocument, "egoId" | "people" | "ties" | "communities">;
  of: Map<PersonId, Counted>;
  bySphere: Record<Sphere, number>;
  byBand: Record<TieBand, number>;
} | null = null;

/** How a person counts in countNetwork: null when not a real contact. */
function countedAs(doc: MapDocument, id: PersonId): Counted | null {
  const p = getOwn(doc.people, id);
  if (!p || p.id === doc.egoId || isPlanned(p)) return null;
  const tie = getOwn(doc.ties, tieId(doc.egoId, p.id));
  if (tie === undefined || isPlanned(tie)) return null;
  let sphere: Sphere = "none";
  for (const c of p.communityIds) {
    const community = getOwn(doc.communities, c);
    if (community !== undefined && !isPlanned(community)) {
      sphere = community.sphere;
      break;
    }
  }
  return { sphere, band: bandOfTie(tie) };
}

const realCommunityCount = new WeakMap<object, number>();

/**
 * Real contacts by the sphere of their first real community and by the band of their tie to the
 * ego. Planned (what-if) people, communities and ties are left out, as in the scores. Patched
 * from the last map counted.
 */
export function countNetwork(doc: MapDocument): NetworkCounts {
  const last = network;
  network = null;
  let state = last;
  let ids: Iterable<PersonId>;
  if (state && state.doc.egoId === doc.egoId && state.doc.communities === doc.communities) {
    const touched = changedKeys(state.doc.people, doc.people);
    for (const id of changedKeys(state.doc.ties, doc.ties)) {
      const t = getOwn(doc.ties, id) ?? getOwn(state.doc.ties, id);
      if (t?.a === doc.egoId) touched.add(t.b);
      if (t?.b === doc.egoId) touched.add(t.a);
    }
    ids = touched;
  } else {
    state = {
      doc,
      of: new Map(),
      bySphere: { family: 0, work: 0, third: 0, none: 0 },
      byBand: { strong: 0, weak: 0, very_weak: 0, unknown: 0 },
    };
    ids = Object.keys(doc.people) as PersonId[];
  }
  for (const id of ids) {
    const old = state.of.get(id);
    if (old) {
      state.bySphere[old.sphere] -= 1;
      state.byBand[old.band] -= 1;
      state.of.delete(id);
    }
    const now = countedAs(doc, id);
    if (now) {
      state.bySphere[now.sphere] += 1;
      state.byBand[now.band] += 1;
      state.of.set(id, now);
    }
  }
  state.doc = doc;
  network = state;
  let communities = realCommunityCount.get(doc.communities);
  if (communities === undefined) {
    communities = Object.values(doc.communities).filter((c) => !isPlanned(c)).length;
    realCommunityCount.set(doc.communities, communities);
  }
  return { alters: state.of.size, communities, bySphere: { ...state.bySphere }, byBand: { ...state.byBand } };
}
