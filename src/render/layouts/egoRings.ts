// Ego-centred layout: the ego at the centre, alters on concentric rings by tie band (strong
// inside, then weak, unknown, very weak outside), angular sectors by sphere and then by
// community so that members of a community sit side by side. A sector is as wide as its most
// crowded ring needs (people on the small inner ring need more angle each), so a small circle
// of strong ties such as family stays readable. Second-degree people sit just outside their
// first contact.
import {
  dict,
  type MapDocument,
  type PersonId,
  type Position,
  type Sphere,
  type Tie,
  type TieBand,
} from "../../domain/model";
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

/**
 * Alters grouped by their first community, ordered by sphere then community name (members by
 * name). Read only: the lists are shared with the next revision's patch (ringsBasis.ts).
 */
export function sectorsOf(doc: MapDocument): readonly Group[] {
  return ringsBasis(doc).groups;
}

/** A group's members split by band (in member order), kept per group: a patched basis keeps untouched groups. */
type Plan = readonly (readonly [TieBand, readonly PersonId[]])[];
const plans = new WeakMap<Group, Plan>();

function planOf(g: Group, bands: ReadonlyMap<PersonId, TieBand>): Plan {
  let plan = plans.get(g);
  if (!plan) {
    const byBand = new Map<TieBand, PersonId[]>();
    for (const id of g.members) {
      const band = bands.get(id) ?? "unknown";
      const list = byBand.get(band);
      if (list) list.push(id);
      else byBand.set(band, [id]);
    }
    plan = [...byBand];
    plans.set(g, plan);
  }
  return plan;
}

/** Angle each sector needs: its most crowded ring × spacing / that ring's radius. */
function needs(sectors: readonly Plan[], scale: number, lanes = 1): number[] {
  return sectors.map((plan) => {
    let need = 0;
    for (const [band, ids] of plan)
      need = Math.max(need, (Math.ceil(ids.length / lanes) * SPACING) / (RING[band] * scale));
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
  const groupPlans = groups.map((g) => planOf(g, bands));
  const gaps =
    groups.reduce((sum, g, i) => sum + (i === 0 ? 0 : g.sphere !== groups[i - 1]?.sphere ? SPHERE_GAP : GAP), 0) +
    (groups.length > 1 ? SPHERE_GAP : 0);
  const room = Math.max(0.5, 2 * Math.PI - gaps);
  const single = needs(groupPlans, 1).reduce((a, b) => a + b, 0);
  // A slightly full ring just grows; only a ring far too small for its people splits into lanes.
  const lanes = single > LANES_FROM * room ? Math.min(MAX_LANES, Math.ceil(single / room)) : 1;
  const raw = lanes === 1 ? single : needs(groupPlans, 1, lanes).reduce((a, b) => a + b, 0);
  // Too many people for the rings even in lanes: widen every ring so that the needed angles fit.
  const scale = Math.max(1, raw / room);
  const need = needs(groupPlans, scale, lanes);
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
  const { groups, groupOf, others } = ringsBasis(doc);
  const step = laneStep(lanes);
  sectors.forEach((s, i) => {
    for (const [band, ids] of planOf(groups[i] as Group, bands)) {
      const used = Math.min(lanes, ids.length);
      const slots = Math.ceil(ids.length / used);
      for (let k = 0; k < ids.length; k++) {
        // Lanes alternate outward and inward of the band's ring; odd lanes sit between the
        // even ones' people (a staggered, brick-like pattern).
        const lane = k % used;
        const slot = Math.floor(k / used);
        const offset = used === 1 ? 0 : (lane - (used - 1) / 2) * step;
        const r = (RING[band] + offset) * scale * RING_UNIT;
        const shift = used === 1 ? 0.5 : lane % 2 === 0 ? 0.3 : 0.7;
        const a = s.start + ((slot + shift) / slots) * s.width;
        out[ids[k] as PersonId] = { x: r * Math.cos(a), y: r * Math.sin(a) };
      }
    }
  });
  if (others.length === 0) return out;
  // Second-degree people (by id) next to their first contact already placed: the first of their
  // ties in the document's order to the ego, an alter or someone placed before them.
  const waiting = new Set(others);
  const theirTies = new Map<PersonId, Tie[]>();
  for (const t of Object.values(doc.ties))
    for (const end of [t.a, t.b])
      if (waiting.has(end)) {
        const list = theirTies.get(end);
        if (list) list.push(t);
        else theirTies.set(end, [t]);
      }
  const done = new Set<PersonId>();
  const placed = (id: PersonId) => id === doc.egoId || groupOf.has(id) || done.has(id);
  const outside = new Map<string, number>();
  for (const id of others) {
    const contact = theirTies.get(id)?.find((t) => (t.a === id && placed(t.b)) || (t.b === id && placed(t.a)));
    const anchorId = contact ? (contact.a === id ? contact.b : contact.a) : "";
    const anchor = out[anchorId as PersonId] ?? { x: 0, y: 4 * RING_UNIT * scale };
    const k = outside.get(anchorId) ?? 0;
    outside.set(anchorId, k + 1);
    const len = Math.hypot(anchor.x, anchor.y) || 1;
    const a = Math.atan2(anchor.y, anchor.x) + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (0.35 / (len / RING_UNIT));
    const r = len + 0.9 * RING_UNIT;
    out[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
    done.add(id);
  }
  return out;
}
