// Consultant sessions (issue 14): a session ends with a snapshot marked `session: true`; its
// takenAt is the session date. The Maps dialog lists the dates per map and groups maps by client
// (client.ts), the report compares with the previous session (baseline.ts).
import { nameCollator, type MapDocument, type MapSnapshot } from "../model";
import { sameContent } from "./baseline";
import { clientKey } from "./client";
import { snapshotContent } from "./snapshot";

/** The dates (ISO timestamps) of the map's sessions, newest first. */
export function sessionsOf(doc: Pick<MapDocument, "snapshots">): string[] {
  return doc.snapshots
    .filter((s) => s.session === true)
    .map((s) => s.takenAt)
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/**
 * The newest session when it was ended on `today` with the map exactly as it is now (`dayOf`
 * gives the local calendar day of a timestamp): ending the session again repeats it (no second
 * snapshot, which would make the report compare the map with itself). Else null.
 */
export function sameSessionAgain(doc: MapDocument, today: string, dayOf: (iso: string) => string): MapSnapshot | null {
  const latest = doc.snapshots.filter((s) => s.session === true).at(-1);
  if (!latest || dayOf(latest.takenAt) !== today) return null;
  return sameContent(latest.content, snapshotContent(doc)) ? latest : null;
}

/** What grouping needs of a saved map. */
export interface ClientOwned {
  readonly client?: string | undefined;
}

export interface ClientGroup<T extends ClientOwned> {
  /** The client's name as shown (from the first map of the group); null: maps with no client. */
  readonly client: string | null;
  /** The maps in the order they were given. */
  readonly maps: readonly T[];
}

/**
 * Maps grouped by client: the maps with no client first ("My own maps"), then one group per
 * client (same normaliseName key) sorted by name with the Japanese collation. Maps keep their
 * order inside a group. No group is empty.
 */
export function groupByClient<T extends ClientOwned>(maps: readonly T[]): ClientGroup<T>[] {
  const own: T[] = [];
  const groups = new Map<string, { client: string; maps: T[] }>();
  for (const m of maps) {
    const name = m.client?.trim();
    if (!name) {
      own.push(m);
      continue;
    }
    const key = clientKey(name);
    const group = groups.get(key);
    if (group) group.maps.push(m);
    else groups.set(key, { client: name, maps: [m] });
  }
  const clients = [...groups.values()].sort(
    (a, b) => nameCollator().compare(a.client, b.client) || (a.client < b.client ? -1 : a.client > b.client ? 1 : 0),
  );
  return [...(own.length > 0 ? [{ client: null, maps: own }] : []), ...clients];
}

/** The distinct client names of the maps (first spelling of each), in display order. */
export function clientNames(maps: readonly ClientOwned[]): string[] {
  return groupByClient(maps)
    .map((g) => g.client)
    .filter((c): c is string => c !== null);
}
