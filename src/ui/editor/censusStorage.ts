// Pairs answered "no" in the dyad census, kept per map in localStorage so they are not asked again.
import type { MapId } from "../../domain/model";

const key = (mapId: MapId) => `tsunagari.census.${mapId}`;

export function loadAnsweredNo(mapId: MapId): Set<string> {
  try {
    const raw = window.localStorage.getItem(key(mapId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function saveAnsweredNo(mapId: MapId, pairs: ReadonlySet<string>): void {
  try {
    window.localStorage.setItem(key(mapId), JSON.stringify([...pairs]));
  } catch {
    // Storage blocked: the pairs will simply be asked again next time.
  }
}
