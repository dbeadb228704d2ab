// "Join X and meet about N people → bridging would change from A to B": the what-if of a join
// action, read from the analyses the app already has (the real one and the what-if one with
// planned items included, both computed in workers); nothing is analysed here. N counts the
// community's members the user has no real tie with yet (planned people added in the what-if
// panel, or members known only through others). The bridging change is the what-if analysis's,
// which includes every planned item: `onlyThis` says whether all of them belong to X, so the UI
// can say when the change is that of the whole what-if rather than of X alone.
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import { egoTie, getOwn, type CommunityId, type MapDocument } from "../model";

export interface JoinWhatIf {
  readonly community: string;
  /** Members of the community without a real tie to the user. */
  readonly meet: number;
  /** Ego bridging score now and with the planned items; null when unknown or not yet computed. */
  readonly before: number | null;
  readonly after: number | null;
  /** Every planned person, community and tie belongs to this community. */
  readonly onlyThis: boolean;
}

export function joinWhatIf(
  doc: MapDocument,
  id: CommunityId,
  real: EgoAnalysis | null,
  planned: EgoAnalysis | null,
): JoinWhatIf | null {
  const community = getOwn(doc.communities, id);
  if (!community) return null;
  const members = Object.values(doc.people).filter((p) => p.id !== doc.egoId && p.communityIds.includes(id));
  const meet = members.filter((p) => {
    const tie = egoTie(doc, p.id);
    return tie === undefined || tie.planned === true || p.planned === true;
  }).length;
  const inX = new Set<string>(members.map((p) => p.id));
  const onlyThis =
    Object.values(doc.communities).every((c) => !c.planned || c.id === id) &&
    Object.values(doc.people).every((p) => !p.planned || inX.has(p.id)) &&
    Object.values(doc.ties).every((t) => !t.planned || inX.has(t.a) || inX.has(t.b));
  return {
    community: community.name,
    meet,
    before: real?.summary.bridging_score ?? null,
    after: planned?.summary.bridging_score ?? null,
    onlyThis,
  };
}
