// Who is named first on the map (pure, no sigma): each person's label priority — the person in
// focus, the ego, the top sources of new information, then by information potential and size —
// and the same priorities brought across an edit without ranking everyone again.
import { changedKeys, getOwn, type MapDocument } from "../domain/model";

/** Priority of each person's label: higher is named first (pure). */
export function labelPriorities(options: {
  readonly ids: Iterable<string>;
  readonly egoId: string;
  readonly informationPotential: (id: string) => number | undefined;
  readonly size: (id: string) => number;
  readonly topSources: readonly string[];
  readonly focus: string | null;
  readonly isNeighbourOfFocus: (id: string) => boolean;
}): Map<string, { priority: number; force: boolean }> {
  const out = new Map<string, { priority: number; force: boolean }>();
  const top = new Map(options.topSources.map((id, i) => [id, i] as const));
  for (const id of options.ids) {
    const rank = top.get(id);
    if (id === options.focus) out.set(id, { priority: 4e9, force: true });
    else if (id === options.egoId) out.set(id, { priority: 3e9, force: true });
    else if (rank !== undefined) out.set(id, { priority: 2e9 - rank, force: true });
    else {
      const ip = options.informationPotential(id);
      const near = options.focus !== null && options.isNeighbourOfFocus(id) ? 1e9 : 0;
      out.set(id, { priority: near + (ip ?? -1) * 1e4 + options.size(id), force: false });
    }
  }
  return out;
}

/**
 * `priorities` (labelPriorities of `before`'s people) brought to `doc`, in place, for the same
 * analysis and focus: a person's priority is their own (their record, size and ties to the
 * focus), so only the people an edit touched (their records or their ties) are ranked again, by
 * `rank`, and the people gone are dropped. Returns `priorities`.
 */
export function patchPriorities<P>(
  priorities: Map<string, P>,
  before: MapDocument,
  doc: MapDocument,
  rank: (ids: string[]) => Map<string, P>,
): Map<string, P> {
  const touched: Set<string> = changedKeys(before.people, doc.people);
  for (const id of changedKeys(before.ties, doc.ties)) {
    const t = getOwn(doc.ties, id) ?? getOwn(before.ties, id);
    if (t) touched.add(t.a).add(t.b);
  }
  for (const id of touched) priorities.delete(id);
  for (const [id, p] of rank([...touched])) priorities.set(id, p);
  return priorities;
}
