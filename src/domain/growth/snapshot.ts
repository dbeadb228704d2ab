// Dated snapshots of a map (issue 14): what a snapshot keeps, the headline scores recorded with it,
// and the pure updaters that add, rename and delete snapshots. The scores are read from the same
// analysis as the panel (computeAll via computeReport, metrics-spec §S), never recomputed here.
import type { AnalysisReport } from "../metrics/computeAll";
import { egoAnalysisOf } from "../insights/report";
import {
  getOwn,
  isPlanned,
  ModelError,
  realAlters,
  realCommunityIds,
  type ActionId,
  type MapDocument,
  type MapSnapshot,
  type SnapshotContent,
  type SnapshotId,
  type SnapshotScores,
} from "../model";

/** The people, communities, ties and census answers of the map as they are now. */
export function snapshotContent(doc: MapDocument): SnapshotContent {
  return { egoId: doc.egoId, people: doc.people, communities: doc.communities, ties: doc.ties, censusNo: doc.censusNo };
}

/**
 * A map document holding a snapshot's content (no positions, snapshots or plan), so that the same
 * queries, graph builder and analysis run on it as on the live map.
 */
export function snapshotDocument(base: MapDocument, snapshot: MapSnapshot): MapDocument {
  const c = snapshot.content;
  return {
    ...base,
    egoId: c.egoId,
    people: c.people,
    communities: c.communities,
    ties: c.ties,
    censusNo: c.censusNo,
    positions: {},
    interview: null,
    snapshots: [],
    actions: [],
  };
}

/** Third places the ego takes part in: real communities of sphere "third" with a real contact in them. */
export function thirdPlaceCount(doc: MapDocument): number {
  const used = new Set<string>();
  for (const p of realAlters(doc)) for (const c of realCommunityIds(doc, p)) used.add(c);
  let n = 0;
  for (const id of used) {
    const community = getOwn(doc.communities, id as keyof MapDocument["communities"]);
    if (community && community.sphere === "third") n += 1;
  }
  return n;
}

/** The headline scores of `doc` read from its analysis `report` (computeReport(doc)). */
export function snapshotScores(doc: MapDocument, report: AnalysisReport | null): SnapshotScores {
  const summary = report ? egoAnalysisOf(report, doc.egoId)?.summary : undefined;
  const known = summary ? summary.n_strong + summary.n_weak + summary.n_very_weak : 0;
  return {
    bridging: summary?.bridging_score ?? null,
    diversity: summary?.diversity_score ?? null,
    effectiveSize: summary?.effective_size ?? null,
    thirdPlaces: thirdPlaceCount(doc),
    weakShare: summary && known > 0 ? (summary.n_weak + summary.n_very_weak) / known : null,
    people: Object.values(doc.people).filter((p) => p.id !== doc.egoId && !isPlanned(p)).length,
    ties: Object.values(doc.ties).filter((t) => !isPlanned(t)).length,
  };
}

export interface SnapshotInput {
  readonly id: SnapshotId;
  readonly name: string;
  /** ISO timestamp. */
  readonly now: string;
  /** snapshotScores(doc, report) for this very document. */
  readonly scores: SnapshotScores;
  readonly session?: boolean;
}

/** Adds a snapshot of the map as it is now (kept oldest first). */
export function takeSnapshot(doc: MapDocument, input: SnapshotInput): MapDocument {
  const name = input.name.trim();
  if (name === "") throw new ModelError("emptyName", "A snapshot needs a name.");
  const doneActionIds: ActionId[] = doc.actions.filter((a) => a.doneAt !== undefined).map((a) => a.id);
  const snapshot: MapSnapshot = {
    id: input.id,
    name,
    takenAt: input.now,
    ...(input.session ? { session: true } : {}),
    content: snapshotContent(doc),
    scores: input.scores,
    doneActionIds,
  };
  const snapshots = [...doc.snapshots, snapshot].sort((a, b) =>
    a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0,
  );
  return { ...doc, snapshots };
}

export function renameSnapshot(doc: MapDocument, id: SnapshotId, name: string): MapDocument {
  const clean = name.trim();
  if (clean === "") throw new ModelError("emptyName", "A snapshot needs a name.");
  if (!doc.snapshots.some((s) => s.id === id)) throw new ModelError("invalidValue", `No snapshot "${id}".`);
  return { ...doc, snapshots: doc.snapshots.map((s) => (s.id === id ? { ...s, name: clean } : s)) };
}

export function deleteSnapshot(doc: MapDocument, id: SnapshotId): MapDocument {
  if (!doc.snapshots.some((s) => s.id === id)) return doc;
  return { ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) };
}
