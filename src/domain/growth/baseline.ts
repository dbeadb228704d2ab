// Which snapshot a report or a session compares the map with (issue 14): the previous consultant
// session when there are sessions, else the previous snapshot. When the newest one was taken of the
// map exactly as it is now (a session just ended), the one before it is the baseline, so the report
// shows what changed since the session before.
import type { MapDocument, MapSnapshot, SnapshotContent } from "../model";
import { snapshotContent } from "./snapshot";

/** True when two snapshot contents hold the same people, communities, ties and census answers. */
export function sameContent(a: SnapshotContent, b: SnapshotContent): boolean {
  if (a.people === b.people && a.ties === b.ties && a.communities === b.communities && a.egoId === b.egoId) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function reportBaseline(doc: MapDocument): MapSnapshot | null {
  const sessions = doc.snapshots.filter((s) => s.session === true);
  const pool = sessions.length > 0 ? sessions : doc.snapshots;
  const latest = pool.at(-1);
  if (!latest) return null;
  if (sameContent(latest.content, snapshotContent(doc))) return pool.at(-2) ?? null;
  return latest;
}
