// What a share link carries: the map as the recipient needs it to see the drawing and the scores,
// and nothing more. Planned (what-if) items, notes, snapshots, the action plan, the interview's
// progress and the client name are left out: the read-only view shows none of them, and
// snapshots and the plan hold copies of names the anonymisation does not reach. Anonymising is the
// export's own transform (io/export/anonymise.ts). Ids do not travel at all (shareCodec.ts): they
// can carry names (the sample's "sasaki", an import's row keys).
import { clearPlanned } from "../../domain/insights/whatIf";
import { mapId, type MapDocument } from "../../domain/model";
import { anonymiseDocument, type AnonymiseOptions } from "../export/anonymise";

/** The id every shared map gets (the recipient's copy gets a fresh one when saved). */
export const SHARED_MAP_ID = "shared";

/** The document a share link carries (anonymised first when asked). */
export function shareDocument(doc: MapDocument, anonymise?: AnonymiseOptions): MapDocument {
  const real = clearPlanned(doc);
  const shown = anonymise ? anonymiseDocument(real, anonymise) : real;
  const { client: _client, ...rest } = shown;
  const people = Object.values(shown.people).map((p) => {
    const { note: _note, ...kept } = p;
    return [p.id, kept] as const;
  });
  const communities = Object.values(shown.communities).map((c) => {
    const { note: _note, ...kept } = c;
    return [c.id, kept] as const;
  });
  // fromEntries defines own keys: an id "__proto__" stays a person, not the record's prototype.
  return {
    ...rest,
    id: mapId(SHARED_MAP_ID),
    people: Object.fromEntries(people) as MapDocument["people"],
    communities: Object.fromEntries(communities) as MapDocument["communities"],
    snapshots: [],
    actions: [],
    interview: null,
  };
}
