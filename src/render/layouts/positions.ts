// Which position each person gets in each layout. Positions the user dragged (saved in
// doc.positions) are kept in every layout; positions the clusters layout itself saved (marked
// `source: "layout"` in the document) are the clusters layout's own and give way to the rings
// when the user switches back.
import type { MapDocument, PersonId, Position } from "../../domain/model";
import type { LayoutMode } from "../../store/viewSlice";
import { egoRingsLayout } from "./egoRings";
import { ringsBasisSteps } from "./ringsBasis";
import { dict } from "../../domain/model";

/** Saved positions the user set by hand: every saved one the clusters layout did not write. */
export function userPositions(doc: MapDocument): Record<PersonId, Position> {
  const out: Record<string, Position> = dict();
  for (const [id, p] of Object.entries(doc.positions)) if (p.source !== "layout") out[id] = p;
  return out as Record<PersonId, Position>;
}

/** The rings depend on the document only: computed once per revision, not per re-encoding. */
const ringsByDoc = new WeakMap<MapDocument, Record<PersonId, Position>>();
function rings(doc: MapDocument): Record<PersonId, Position> {
  let out = ringsByDoc.get(doc);
  if (!out) {
    out = egoRingsLayout(doc);
    ringsByDoc.set(doc, out);
  }
  return out;
}

/**
 * The groups and bands the rings of `doc` are laid out from (ringsBasis.ts), ahead of the layout,
 * in steps: a sliced patch (renderSync.ts) computes them in tasks of their own, and the rings
 * after them in the next, instead of all in one task of a few hundred milliseconds on a
 * 30,000-person map.
 */
export function* prepareLayoutSteps(doc: MapDocument): Generator<void, void, void> {
  if (!ringsByDoc.has(doc)) yield* ringsBasisSteps(doc);
}

/** Merged per revision and mode: a new analysis restyles the map without copying 30,000 entries. */
const mergedByDoc = new WeakMap<MapDocument, Partial<Record<LayoutMode, Record<PersonId, Position>>>>();

/** Read only (shared between the callers of one revision). */
export function layoutPositions(doc: MapDocument, mode: LayoutMode): Record<PersonId, Position> {
  let byMode = mergedByDoc.get(doc);
  if (!byMode) {
    byMode = {};
    mergedByDoc.set(doc, byMode);
  }
  let out = byMode[mode];
  if (!out) {
    const laidOut = rings(doc);
    const kept = mode === "clusters" ? doc.positions : userPositions(doc);
    // No saved position to lay over the rings (an imported map until someone drags a person):
    // the rings themselves, not a copy of their 30,000 entries on every edit. Either way a record
    // without a prototype, so that "constructor" is nobody's position unless it is a person's.
    out = Object.keys(kept).length === 0 ? laidOut : Object.assign(dict<PersonId, Position>(), laidOut, kept);
    byMode[mode] = out;
  }
  return out;
}
