// Ego-centred layout: the ego at the centre, alters on concentric rings by tie band (strong
// inside, then weak, unknown, very weak outside), angular sectors by sphere and then by
// community so that members of a community sit side by side. A sector is as wide as its most
// crowded ring needs (people on the small inner ring need more angle each), so a small circle
// of strong ties such as family stays readable. Second-degree people sit just outside their
// first contact.
import {
  dict,
  getOwn,
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

/**
 * On a map of more than this many contacts each band of a sector is laid out for a few more people
 * than it holds (bandCapacity), so that one person more or fewer re-spreads only their own band of
 * their own sector: the other sectors keep their angles and their 30,000 people stay where they were.
 */
export const SLACK_FROM = 2000;

/**
 * How many places a band of `n` people is laid out for: `n` on an ordinary map; with `slack`, for
 * a band of 32 or more, `n` + 1 rounded up to a multiple of 2^(⌊log₂ n⌋ − 4) (at most ~1/16 more),
 * so its width changes only once every that many additions.
 */
export function bandCapacity(n: number, slack: boolean): number {
  if (!slack || n < 32) return n;
  const q = 2 ** (Math.floor(Math.log2(n)) - 4);
  return Math.ceil((n + 1) / q) * q;
}

/** Angle each sector needs: its most crowded ring × spacing / that ring's radius. */
function needs(sectors: readonly Plan[], scale: number, lanes: number, slack: boolean): number[] {
  return sectors.map((plan) => {
    let need = 0;
    for (const [band, ids] of plan)
      need = Math.max(need, (Math.ceil(bandCapacity(ids.length, slack) / lanes) * SPACING) / (RING[band] * scale));
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
  slack: boolean;
} {
  const { groups, bands } = ringsBasis(doc);
  const slack = bands.size > SLACK_FROM;
  const groupPlans = groups.map((g) => planOf(g, bands));
  const gaps =
    groups.reduce((sum, g, i) => sum + (i === 0 ? 0 : g.sphere !== groups[i - 1]?.sphere ? SPHERE_GAP : GAP), 0) +
    (groups.length > 1 ? SPHERE_GAP : 0);
  const room = Math.max(0.5, 2 * Math.PI - gaps);
  const single = needs(groupPlans, 1, 1, slack).reduce((a, b) => a + b, 0);
  // A slightly full ring just grows; only a ring far too small for its people splits into lanes.
  const lanes = single > LANES_FROM * room ? Math.min(MAX_LANES, Math.ceil(single / room)) : 1;
  const raw = lanes === 1 ? single : needs(groupPlans, 1, lanes, slack).reduce((a, b) => a + b, 0);
  // Too many people for the rings even in lanes: widen every ring so that the needed angles fit.
  const scale = Math.max(1, raw / room);
  const need = needs(groupPlans, scale, lanes, slack);
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
  return { sectors, scale, lanes, bands, slack };
}

/** What the last layout was made of: a sector whose group and angles are the same keeps its places. */
interface Laid {
  readonly out: Record<PersonId, Position>;
  readonly egoId: PersonId;
  readonly scale: number;
  readonly lanes: number;
  /** Each group laid out, by its (immutable, shared with the patched basis) object: its angles. */
  readonly sectors: ReadonlyMap<Group, { readonly start: number; readonly width: number }>;
  readonly others: readonly PersonId[];
}
let lastLaid: Laid | null = null;

/** For each layout the one before it and who moved between them (placed, moved or gone). */
const deltas = new WeakMap<object, { readonly from: object; readonly moved: ReadonlySet<PersonId> }>();

/**
 * The people whose position differs between two layouts of consecutive revisions (`to` was laid
 * out from `from`), or null when that is not known (then anyone may have moved).
 */
export function ringsMoved(from: object, to: object): ReadonlySet<PersonId> | null {
  const d = deltas.get(to);
  return d && d.from === from ? d.moved : null;
}

export function egoRingsLayout(doc: MapDocument): Record<PersonId, Position> {
  const { sectors, scale, lanes, bands, slack } = egoRingsSectors(doc);
  const { groups, groupOf, others } = ringsBasis(doc);
  const prev = lastLaid;
  // A sector laid out before with the same group and angles is copied, not computed (on a big
  // map, with slack, an edit changes one sector); the others are laid out and compared.
  // (Not from another map, nor a basis built anew: nothing to copy, everyone is placed.)
  const reuse =
    prev !== null &&
    prev.egoId === doc.egoId &&
    prev.scale === scale &&
    prev.lanes === lanes &&
    groups.some((g) => prev.sectors.has(g));
  const out = dict<PersonId, Position>();
  if (reuse) {
    // A loop over the keys: about twice as fast as Object.assign on a 30,000-entry dictionary.
    const ids = Object.keys(prev.out) as PersonId[];
    for (let i = 0; i < ids.length; i++) out[ids[i] as PersonId] = prev.out[ids[i] as PersonId] as Position;
  }
  const moved = new Set<PersonId>();
  const place = (id: PersonId, p: Position) => {
    if (reuse) {
      const was = getOwn(prev.out, id);
      if (!was || was.x !== p.x || was.y !== p.y) moved.add(id);
    }
    out[id] = p;
  };
  out[doc.egoId] = { x: 0, y: 0 };
  const step = laneStep(lanes);
  const laid = new Map<Group, { start: number; width: number }>();
  const kept = new Set<Group>();
  sectors.forEach((s, i) => {
    const g = groups[i] as Group;
    laid.set(g, { start: s.start, width: s.width });
    const before = reuse ? prev.sectors.get(g) : undefined;
    if (before && before.start === s.start && before.width === s.width) {
      kept.add(g);
      return;
    }
    for (const [band, ids] of planOf(g, bands)) {
      const used = Math.min(lanes, ids.length);
      const slots = Math.ceil(bandCapacity(ids.length, slack) / used);
      for (let k = 0; k < ids.length; k++) {
        // Lanes alternate outward and inward of the band's ring; odd lanes sit between the
        // even ones' people (a staggered, brick-like pattern).
        const lane = k % used;
        const slot = Math.floor(k / used);
        const offset = used === 1 ? 0 : (lane - (used - 1) / 2) * step;
        const r = (RING[band] + offset) * scale * RING_UNIT;
        const shift = used === 1 ? 0.5 : lane % 2 === 0 ? 0.3 : 0.7;
        const a = s.start + ((slot + shift) / slots) * s.width;
        place(ids[k] as PersonId, { x: r * Math.cos(a), y: r * Math.sin(a) });
      }
    }
  });
  // Who was in a sector laid out again and is no contact now, and every second-degree person
  // (placed again below, next to their contact): taken out of the copy.
  const gone: PersonId[] = [];
  if (reuse) {
    const drop = (id: PersonId) => {
      if (id === doc.egoId || groupOf.has(id) || !Object.hasOwn(out, id)) return;
      delete out[id];
      gone.push(id);
    };
    for (const g of prev.sectors.keys()) if (!kept.has(g)) for (const id of g.members) drop(id);
    for (const id of prev.others) drop(id);
  }
  lastLaid = { out, egoId: doc.egoId, scale, lanes, sectors: laid, others };
  placeOthers(doc, out, others, groupOf, scale, place);
  if (reuse) {
    for (const id of gone) if (!Object.hasOwn(out, id)) moved.add(id);
    deltas.set(out, { from: prev.out, moved });
  }
  return out;
}

/**
 * Second-degree people (by id) next to their first contact already placed: the first of their
 * ties in the document's order to the ego, an alter or someone placed before them.
 */
function placeOthers(
  doc: MapDocument,
  out: Record<PersonId, Position>,
  others: readonly PersonId[],
  groupOf: ReadonlyMap<PersonId, string>,
  scale: number,
  place: (id: PersonId, p: Position) => void,
): void {
  if (others.length === 0) return;
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
    place(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    done.add(id);
  }
}
