// Neutral ids for anonymised files. anonymiseDocument replaces names but keeps the ids (the report
// and the picture look positions and scores up by them), and ids often are names ("sasaki", tie
// "ego~sasaki", map "sample-takahashi"). Where an anonymised file is written (native JSON, CSV,
// GEXF, GraphML, the map embedded in an SVG or PNG), every id is renamed the way a share link
// numbers them (io/share/shareCodec): the ego "p0", then "p1", "p2", …; communities "c0", …; ties
// rebuilt from the new person ids; positions, census pairs and interview mentions follow.
import { mapId, tieId, type MapDocument, type PersonId, type Position, type Tie, type TieId } from "../../domain/model";
import type { MentionStep } from "../../domain/model/interview";
import type { Scene } from "../../scene/types";
import { cid, pid, shareIndex } from "../share/shareCodec";

export interface NeutralIds {
  readonly doc: MapDocument;
  /** Original person id → neutral id (for positions and scenes keyed by the original ids). */
  readonly person: ReadonlyMap<string, PersonId>;
  readonly community: ReadonlyMap<string, string>;
}

/** Keys of `record` renamed through `ids`; entries with no new id are dropped. */
export function renameKeys<T>(
  record: Readonly<Record<string, T>>,
  ids: ReadonlyMap<string, string>,
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).flatMap(([k, v]): [string, T][] => {
      const n = ids.get(k);
      return n === undefined ? [] : [[n, v]];
    }),
  );
}

/** `doc` (already anonymised) with every id neutral; snapshots and the plan are left out. */
export function neutraliseIds(doc: MapDocument): NeutralIds {
  const { people, communities, pIndex, cIndex, pairOf } = shareIndex(doc);
  const person = new Map<string, PersonId>(people.map((p, i) => [p.id, pid(i)]));
  const community = new Map<string, string>(communities.map((c, i) => [c.id, cid(i)]));
  const P = (id: string): PersonId => person.get(id) ?? pid(-1);
  const ties = Object.values(doc.ties).map((t): [TieId, Tie] => {
    const [a, b] = [P(t.a), P(t.b)].sort() as [PersonId, PersonId];
    const id = tieId(a, b);
    return [id, { ...t, id, a, b }];
  });
  const mentions = Object.fromEntries(
    Object.entries(doc.interview?.mentions ?? {}).map(([step, ids]) => [
      step,
      (ids ?? []).filter((id) => pIndex.has(id)).map(P),
    ]),
  ) as Partial<Record<MentionStep, readonly PersonId[]>>;
  const { client: _client, ...kept } = doc;
  const out: MapDocument = {
    ...kept,
    id: mapId("anonymous"),
    egoId: P(doc.egoId),
    people: Object.fromEntries(
      people.map((p) => [
        P(p.id),
        {
          ...p,
          id: P(p.id),
          communityIds: p.communityIds.flatMap((c) => (cIndex.has(c) ? [cid(cIndex.get(c))] : [])),
        },
      ]),
    ) as MapDocument["people"],
    communities: Object.fromEntries(
      communities.map((c) => [community.get(c.id), { ...c, id: community.get(c.id) }]),
    ) as MapDocument["communities"],
    ties: Object.fromEntries(ties) as MapDocument["ties"],
    positions: renameKeys(doc.positions, person) as MapDocument["positions"],
    censusNo: doc.censusNo.flatMap((id) => {
      const pair = pairOf(id);
      return pair ? [tieId(pid(pair[0]), pid(pair[1]))] : [];
    }),
    interview: doc.interview ? { ...doc.interview, mentions } : null,
    snapshots: [],
    actions: [],
  };
  return { doc: out, person, community };
}

/** Layout positions keyed by original person ids, keyed by the neutral ones. */
export function neutralPositions(
  positions: Readonly<Record<string, Position>> | undefined,
  ids: NeutralIds,
): Record<string, Position> | undefined {
  return positions ? renameKeys(positions, ids.person) : undefined;
}

/** A scene drawn from the anonymised map (original ids) with the neutral ids of `ids` (SVG data-*). */
export function neutralScene(scene: Scene, ids: NeutralIds): Scene {
  const P = (id: PersonId): PersonId => ids.person.get(id) ?? pid(-1);
  const C = (id: string): string => ids.community.get(id) ?? cid(-1);
  return {
    ...scene,
    nodes: scene.nodes.map((n) => ({ ...n, id: P(n.id) })),
    edges: scene.edges.map((e) => {
      const [source, target] = [P(e.source), P(e.target)];
      return { ...e, id: tieId(source, target), source, target };
    }),
    labels: scene.labels.map((l) => ({ ...l, id: P(l.id) })),
    // A community's name label is "community", not an id: it stays.
    outlines: scene.outlines.map((o) => ({ ...o, communityId: C(o.communityId) })),
  };
}
