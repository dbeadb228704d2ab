// The ego rings of an edited map are patched from the last revision (ringsBasis.ts, per-group
// plans in egoRings.ts): after every edit of a random run the positions must be those of the
// whole computation, number for number. The reference below is that whole computation as it
// was before the layout became incremental, kept here verbatim in substance.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  addPerson,
  alters,
  bandOfTie,
  communityId,
  dict,
  egoTie,
  getOwn,
  personId,
  removePerson,
  removeTie,
  setMembership,
  setTie,
  updatePerson,
  type MapDocument,
  type PersonId,
  type Position,
  type Sphere,
  type TieBand,
} from "../../../src/domain/model";
import {
  egoRingsLayout,
  egoRingsSectors,
  MAX_LANES,
  MIN_ARC,
  RING,
  RING_UNIT,
  ringsMoved,
} from "../../../src/render/layouts/egoRings";
import { buildRingsBasis, ringsBasis } from "../../../src/render/layouts/ringsBasis";
import { parseLinkedIn } from "../../../src/io/import/linkedin";
import { generateLinkedInExport } from "../../support/linkedinExport";
import { sampleDoc } from "../domain/insights/helpers";

const SPHERE_ORDER: Readonly<Record<Sphere | "none", number>> = { family: 0, work: 1, third: 2, none: 3 };
const sortBy = <T>(items: T[], key: (x: T) => string): T[] =>
  items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ item }) => item);

/** The whole computation: groups, sectors and positions built from nothing. */
function reference(doc: MapDocument): Record<PersonId, Position> {
  const groups = new Map<string, { key: string; sphere: Sphere | "none"; name: string; members: PersonId[] }>();
  const bands = new Map<PersonId, TieBand>();
  for (const p of alters(doc)) {
    const first = p.communityIds[0];
    const c = first ? getOwn(doc.communities, first) : undefined;
    const key = c ? c.id : "~none";
    const g = groups.get(key) ?? { key, sphere: c?.sphere ?? "none", name: c?.name ?? "~", members: [] };
    g.members.push(p.id);
    groups.set(key, g);
    const tie = egoTie(doc, p.id);
    bands.set(p.id, tie ? bandOfTie(tie) : "unknown");
  }
  const list = sortBy([...groups.values()], (g) => `${SPHERE_ORDER[g.sphere]}|${g.name}|${g.key}`);
  for (const g of list) g.members = sortBy(g.members, (id) => `${getOwn(doc.people, id)?.name ?? ""}|${id}`);
  // Past 2,000 contacts a band of n ≥ 32 is laid out for n + 1 rounded up to a multiple of 2^(⌊log₂ n⌋ − 4).
  const slack = bands.size > 2000;
  const cap = (n: number) =>
    slack && n >= 32
      ? Math.ceil((n + 1) / 2 ** (Math.floor(Math.log2(n)) - 4)) * 2 ** (Math.floor(Math.log2(n)) - 4)
      : n;
  const needs = (scale: number, lanes: number) =>
    list.map((s) => {
      const perBand = new Map<TieBand, number>();
      for (const id of s.members) perBand.set(bands.get(id)!, (perBand.get(bands.get(id)!) ?? 0) + 1);
      let need = 0;
      for (const [band, n] of perBand)
        need = Math.max(need, (Math.ceil(cap(n) / lanes) * MIN_ARC) / (RING[band] * scale));
      return need;
    });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const gaps =
    list.reduce((s, g, i) => s + (i === 0 ? 0 : g.sphere !== list[i - 1]?.sphere ? 0.12 : 0.04), 0) +
    (list.length > 1 ? 0.12 : 0);
  const room = Math.max(0.5, 2 * Math.PI - gaps);
  const single = sum(needs(1, 1));
  const lanes = single > 1.6 * room ? Math.min(MAX_LANES, Math.ceil(single / room)) : 1;
  const raw = lanes === 1 ? single : sum(needs(1, lanes));
  const scale = Math.max(1, raw / room);
  const need = needs(scale, lanes);
  const total = sum(need);
  const stretch = total > 0 ? (2 * Math.PI - gaps) / total : 1;
  const step = lanes <= 1 ? 0 : Math.min(0.3, 0.9 / (lanes - 1));
  const out = dict<PersonId, Position>();
  out[doc.egoId] = { x: 0, y: 0 };
  let angle = -Math.PI / 2;
  list.forEach((g, i) => {
    if (i > 0) angle += g.sphere !== list[i - 1]?.sphere ? 0.12 : 0.04;
    const start = angle;
    const width = (need[i] ?? 0) * stretch;
    angle += width;
    const byBand = new Map<TieBand, PersonId[]>();
    for (const id of g.members) byBand.set(bands.get(id)!, [...(byBand.get(bands.get(id)!) ?? []), id]);
    for (const [band, ids] of byBand) {
      const used = Math.min(lanes, ids.length);
      const slots = Math.ceil(cap(ids.length) / used);
      ids.forEach((id, k) => {
        const lane = k % used;
        const slot = Math.floor(k / used);
        const offset = used === 1 ? 0 : (lane - (used - 1) / 2) * step;
        const r = (RING[band] + offset) * scale * RING_UNIT;
        const shift = used === 1 ? 0.5 : lane % 2 === 0 ? 0.3 : 0.7;
        const a = start + ((slot + shift) / slots) * width;
        out[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
      });
    }
  });
  const placed = new Set<string>(Object.keys(out));
  const outside = new Map<string, number>();
  for (const p of sortBy(
    Object.values(doc.people).filter((x) => !placed.has(x.id)),
    (x) => x.id,
  )) {
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

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const NAMES = ["constructor", "__proto__", "toString", "Aiko", "Ben", "Zoe", "hasOwnProperty", "10"];

/** A random run of edits: contacts and second-degree people added, renamed, retied, moved between communities, removed. */
function randomRun(start: MapDocument, seed: number, steps: number): MapDocument[] {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const communities = Object.keys(start.communities).map(communityId);
  let doc = start;
  const docs: MapDocument[] = [];
  for (let i = 0; i < steps; i++) {
    const people = Object.keys(doc.people).map(personId);
    const someone = pick(people);
    const other = pick(people);
    const r = rnd();
    const fresh = personId(rnd() < 0.4 ? pick(NAMES) : `n${seed}_${i}`);
    let next = doc;
    if (r < 0.3 && !getOwn(doc.people, fresh)) {
      const communityIds = communities.length > 0 && rnd() < 0.7 ? [pick(communities)] : [];
      next = addAlter(doc, { id: fresh, name: pick(NAMES), communityIds });
    } else if (r < 0.4 && !getOwn(doc.people, fresh)) {
      next = setTie(addPerson(doc, { id: fresh, name: pick(NAMES) }), { a: fresh, b: other, weight: rnd() });
    } else if (r < 0.5) next = updatePerson(doc, { id: someone, name: pick(NAMES) });
    else if (r < 0.6 && someone !== doc.egoId) next = removePerson(doc, someone);
    else if (r < 0.7 && someone !== doc.egoId) next = setTie(doc, { a: doc.egoId, b: someone, weight: rnd() });
    else if (r < 0.75 && someone !== doc.egoId) next = removeTie(doc, { a: doc.egoId, b: someone });
    else if (r < 0.85 && communities.length > 0)
      next = setMembership(doc, { personId: someone, communityId: pick(communities), member: rnd() < 0.6 });
    else if (someone !== other) next = setTie(doc, { a: someone, b: other, weight: rnd() });
    docs.push(next);
    doc = next;
  }
  return docs;
}

function bigImport(rows: number): MapDocument {
  const r = parseLinkedIn("Connections.csv", generateLinkedInExport(rows).text);
  if (!r.ok) throw new Error("the generated export must parse");
  return r.value.doc;
}

describe("egoRingsLayout patched edit by edit", () => {
  it("gives the whole computation's positions after every edit of a small map", () => {
    for (const seed of [1, 2, 3]) {
      egoRingsLayout(sampleDoc());
      for (const doc of randomRun(sampleDoc(), seed, 60)) expect(egoRingsLayout(doc)).toEqual(reference(doc));
    }
  });

  it("gives the whole computation's positions on an import drawn in lanes, and after undo", () => {
    const start = bigImport(400);
    egoRingsLayout(start);
    const docs = randomRun(start, 4, 40);
    for (const doc of docs) expect(egoRingsLayout(doc)).toEqual(reference(doc));
    // Undo: back through the revisions, then a jump to the start.
    for (const doc of [...docs].reverse().slice(0, 10)) expect(egoRingsLayout(doc)).toEqual(reference(doc));
    expect(egoRingsLayout(start)).toEqual(reference(start));
  });

  it("keeps the second-degree people of the patched basis those of a fresh build", () => {
    let doc = sampleDoc();
    ringsBasis(doc);
    for (const next of randomRun(doc, 5, 60)) {
      expect(ringsBasis(next).others).toEqual(buildRingsBasis(next).others);
      doc = next;
    }
    expect(ringsBasis(doc).others.length).toBeGreaterThan(0);
  });
});

/** The people whose place differs between two layouts (placed, moved or gone). */
function differing(a: Record<PersonId, Position>, b: Record<PersonId, Position>): Set<PersonId> {
  const out = new Set<PersonId>();
  for (const id of Object.keys(b) as PersonId[]) {
    const p = getOwn(a, id);
    const q = getOwn(b, id);
    if (!p || !q || p.x !== q.x || p.y !== q.y) out.add(id);
  }
  for (const id of Object.keys(a) as PersonId[]) if (!getOwn(b, id)) out.add(id);
  return out;
}

describe("egoRingsLayout on a map of more than 2,000 contacts", () => {
  const big = bigImport(2600);

  it("gives the whole computation's positions after every edit, and says exactly who moved", () => {
    let before = egoRingsLayout(big);
    expect(before).toEqual(reference(big));
    for (const doc of randomRun(big, 6, 30)) {
      const after = egoRingsLayout(doc);
      expect(after).toEqual(reference(doc));
      expect(ringsMoved(before, after)).toEqual(differing(before, after));
      before = after;
    }
  });

  it("moves only the new contacts' own band of their own sector as contacts are added one by one", () => {
    let doc = big;
    let before = egoRingsLayout(doc);
    const people = Object.keys(big.people).length;
    let movedEveryone = 0;
    for (let i = 0; i < 10; i++) {
      doc = addAlter(doc, { id: personId(`new${i}`), name: `New ${i}`, communityIds: [] });
      const after = egoRingsLayout(doc);
      const moved = differing(before, after);
      expect(moved.has(personId(`new${i}`))).toBe(true);
      expect(ringsMoved(before, after)).toEqual(moved);
      // Everyone who moved is a contact without a community on the new contact's band (the same
      // ring of the same sector); an edit that moves anyone else re-spreads the whole map.
      const band = bandOfTie(egoTie(doc, personId(`new${i}`))!);
      const elsewhere = [...moved].filter((id) => {
        const p = getOwn(doc.people, id);
        const tie = egoTie(doc, id);
        return !p || p.communityIds.length > 0 || !tie || bandOfTie(tie) !== band;
      });
      if (elsewhere.length > 0) movedEveryone++;
      expect(moved.size).toBeLessThan(people / 5);
      before = after;
    }
    // Without room to spare, a band of ~370 people in 5 lanes widens its sector every 5th addition.
    expect(movedEveryone).toBeLessThanOrEqual(1);
  });

  it("still spreads each crowded band over nearly all of its sector (the slack is at most ~1/16)", () => {
    const out = egoRingsLayout(big);
    const { sectors, bands } = egoRingsSectors(big);
    let checked = 0;
    for (const s of sectors) {
      const byBand = new Map<TieBand, number[]>();
      for (const id of s.members) {
        // Angles from the sectors' start (−π/2), so that none wraps around.
        let a = Math.atan2(out[id]!.y, out[id]!.x);
        if (a < -Math.PI / 2) a += 2 * Math.PI;
        byBand.set(bands.get(id)!, [...(byBand.get(bands.get(id)!) ?? []), a]);
      }
      for (const angles of byBand.values()) {
        if (angles.length < 200) continue;
        const spread = Math.max(...angles) - Math.min(...angles);
        expect(spread).toBeGreaterThan(0.85 * s.width);
        expect(spread).toBeLessThan(s.width);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
