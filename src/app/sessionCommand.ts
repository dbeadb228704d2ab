// "End session" (issue 14, consultant sessions): a session ends with a snapshot marked as a
// session, dated today, then the one-page report, which compares the map with the session before
// (domain/growth/baseline.ts) and lists the plan. Ending it again on the same day with the map
// unchanged repeats it: no second snapshot (it would make the next report compare the map with
// itself), the report opens on the session already saved.
import { sameSessionAgain } from "../domain/growth/sessions";
import type { MapSnapshot } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import { snapshotNow, type SnapshotCommandOptions } from "./snapshotCommand";

/** The local calendar day of a timestamp ("2026-12-02"): a session's date is the consultant's day. */
export function localDay(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface EndedSession {
  /** The session's snapshot (the one just taken, or today's when it was repeated). */
  readonly snapshot: MapSnapshot;
  /** True when today's session with this very map already existed: nothing was saved. */
  readonly repeated: boolean;
}

/** Ends the consultant session on the open map: see the file comment. */
export async function endSession<R, W>(
  store: MapStore<R, W>,
  name: string,
  options: SnapshotCommandOptions = {},
): Promise<EndedSession> {
  const now = (options.now ?? (() => new Date()))();
  const same = sameSessionAgain(store.getState().doc, localDay(now), localDay);
  if (same) return { snapshot: same, repeated: true };
  const snapshot = await snapshotNow(store, { name, session: true }, { ...options, now: () => now });
  return { snapshot, repeated: false };
}
