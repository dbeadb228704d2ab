// Ego-centred layout: the ego at the centre, alters on concentric rings by tie band (strong
// inside, then weak, unknown, very weak outside), angular sectors by sphere and then by
// community so that members of a community sit side by side. A sector is as wide as its most
// crowded ring needs (people on the small inner ring need more angle each), so a small circle
// of strong ties such as family stays readable. Second-degree people sit just outside their
// first contact.
import { dict, type MapDocument, type PersonId, type Position, type Sphere, type TieBand } from "../../domain/model";
import { ringsBasis, type Group } from "./ringsBasis";

export const RING: Readonly<Record<TieBand, number>> = { strong: 1.8, weak: 2.6, unknown: 3.0, very_weak: 3.5 };
export const RING_UNIT = 100;
/** Arc between neighbours on a ring, in ring units. */
export const MIN_ARC = 0.5;
const SPACING = MIN_ARC;
const GAP = 0.04;
const SPHERE_GAP = 0.12;

export interface Sector {
  readonly key: string;
  readonly sphere: Sphere | "none";
  readonly members: readonly PersonId[];
  readonly start: number;
  readonly width: number;
}

/** Sorts by a string key computed once per item (a 30,000-person map sorts in milliseconds). */
function sortBy<T>(items: T[], key: (x: T) => string): T[] {
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  keyed.forEach(({ item }, i) => (items[i] = item));
  return items;
}

/**
 * Alters grouped by their first community, ordered by sphere then community name (members by
 * name). Read only: the lists are shared with the next revision's patch (ringsBasis.ts).
 */
export function sectorsOf(doc: MapDocument): readonly Group[] {
  return ringsBasis(doc).groups;
}

/** Angle each sector needs: its most crowded ring × spacing / that ring's radius. */
function needs(bands: ReadonlyMap<PersonId, TieBand>, sectors: readonly Group[], scale: number, lanes = 1): number[] {
  return sectors.map((s) => {
    const perBand = new Map<TieBand, number>();
    for (const id of s.members) {
      const band = bands.get(id) ?? "unknown";
      perBand.set(band, (perBand.get(band) ?? 0) + 1);
    }
    let need = 0;
    for (const [band, n] of perBand) need = Math.max(need, (Math.ceil(n / lanes) * SPACING) / (RING[band] * scale));
    return need;
  });
}

/**
 * A crowded ring (hundreds of imported contacts on one band) is drawn as up to this many lanes
 * side by side, so that a sector becomes a block of people rather than one solid circle.
 */
export const MAX_LANES = 5;
/** Lanes start when the rings would have to grow past this factor. */
const LANES_FROM = 1.6;
/** Radial distance between lanes, in ring units (all lanes of a band fit between two bands). */
function laneStep(lanes: number): number {
  return lanes <= 1 ? 0 : Math.min(0.3, 0.9 / (lanes - 1));
}

export function egoRingsSectors(doc: MapDocument): {
  sectors: Sector[];
  scale: number;
  lanes: number;
  bands: ReadonlyMap<PersonId, TieBand>;
} {
  const { groups, bands } = ringsBasis(doc);
  const gaps =
    groups.reduce((sum, g, i) => sum + (i === 0 ? 0 : g.sphere !== groups[i - 1]?.sphere ? SPHERE_GAP : GAP), 0) +
    (groups.length > 1 ? SPHERE_GAP : 0);
  const room = Math.max(0.5, 2 * Math.PI - gaps);
  const single = needs(bands, groups, 1).reduce((a, b) => a + b, 0);
  // A slightly full ring just grows; only a ring far too small for its people splits into lanes.
  const lanes = single > LANES_FROM * room ? Math.min(MAX_LANES, Math.ceil(single / room)) : 1;
  const raw = lanes === 1 ? single : needs(bands, groups, 1, lanes).reduce((a, b) => a + b, 0);
  // Too many people for the rings even in lanes: widen every ring so that the needed angles fit.
  const scale = Math.max(1, raw / room);
  const need = needs(bands, groups, scale, lanes);
  const total = need.reduce((a, b) => a + b, 0);
  const stretch = total > 0 ? (2 * Math.PI - gaps) / total : 1;
  let angle = -Math.PI / 2;
  const sectors: Sector[] = groups.map((g, i) => {
    if (i > 0) angle += g.sphere !== groups[i - 1]?.sphere ? SPHERE_GAP : GAP;
    const width = (need[i] ?? 0) * stretch;
    const sector = { key: g.key, sphere: g.sphere, members: g.members, start: angle, width };
    angle += width;
    return sector;
  });
  return { sectors, scale, lanes, bands };
}

export function egoRingsLayout(doc: MapDocument): Record<PersonId, Position> {
  const out = dict<PersonId, Position>();
  out[doc.egoId] = { x: 0, y: 0 };
  const { sectors, scale, lanes, bands } = egoRingsSectors(doc);
  const step = laneStep(lanes);
  for (const s of sectors) {
    const byBand = new Map<TieBand, PersonId[]>();
    for (const id of s.members) {
      const band = bands.get(id) ?? "unknown";
      const list = byBand.get(band);
      if (list) list.push(id);
      else byBand.set(band, [id]);
    }
    for (const [band, ids] of byBand) {
      const used = Math.min(lanes, ids.length);
      const slots = Math.ceil(ids.length / used);
      ids.forEach((id, k) => {
        // Lanes alternate outward and inward of the band's ring; odd lanes sit between the
        // even ones' people (a staggered, brick-like pattern).
        const lane = k % used;
        const slot = Math.floor(k / used);
        const offset = used === 1 ? 0 : (lane - (used - 1) / 2) * step;
        const r = (RING[band] + offset) * scale * RING_UNIT;
        const shift = used === 1 ? 0.5 : lane % 2 === 0 ? 0.3 : 0.7;
        const a = s.start + ((slot + shift) / slots) * s.width;
        out[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
      });
    }
  }
  const placed = new Set<string>(Object.keys(out));
  const outside = new Map<string, number>();
  const rest = sortBy(
    Object.values(doc.people).filter((p) => !placed.has(p.id)),
    (x) => x.id,
  );
  for (const p of rest) {
    const contact = Object.values(doc.ties).find(
      (t) => (t.a === p.id && placed.has(t.b)) || (t.b === p.id && placed.has(t.a)),
    );
    const anchorId = contact ? (contact.a === p.id ? contact.b : contact.a) : "";
    const anchor = out[anchorId as PersonId] ?? { x: 0, y: 4 * RING_UNIT * scale };
    const k = outside.get(anchorId) ?? 0;
    outside.set(anchorId, k + 1);
    const len = Math.hypot(anchor.x, anchor.y) || 1;
    const a = Math.atan2(anchor.y, anchor.x) + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (0.35 / (len / RING_UNIT));
    const r = len + 0.9 * RING_UNIT;
    out[p.id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
    placed.add(p.id);
  }
  return out;
}
