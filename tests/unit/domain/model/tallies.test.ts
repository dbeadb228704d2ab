// countNetwork and plannedKeys are patched from the last map counted (tallies.ts): over random
// edits — planned and real people, communities and ties, memberships, removals, undo, prototype
// words as ids — they must equal the count from scratch.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  addCommunity,
  addPerson,
  bandOfTie,
  communityId,
  countNetwork,
  getOwn,
  isPlanned,
  personId,
  plannedKeys,
  realAlters,
  realCommunities,
  realCommunityIds,
  removeCommunity,
  removePerson,
  removeTie,
  setMembership,
  setTie,
  tieId,
  type MapDocument,
  type NetworkCounts,
  type PersonId,
  type TieBand,
} from "../../../../src/domain/model";
import { sampleNetwork } from "../../support/documents";

/** countNetwork from scratch, as it was before it was patched. */
function reference(doc: MapDocument): NetworkCounts {
  const bySphere = { family: 0, work: 0, third: 0, none: 0 };
  const byBand: Record<TieBand, number> = { strong: 0, weak: 0, very_weak: 0, unknown: 0 };
  const list = realAlters(doc);
  for (const p of list) {
    const first = realCommunityIds(doc, p)[0];
    bySphere[(first ? getOwn(doc.communities, first)?.sphere : undefined) ?? "none"] += 1;
    const tie = getOwn(doc.ties, tieId(doc.egoId, p.id));
    if (tie) byBand[bandOfTie(tie)] += 1;
  }
  return { alters: list.length, communities: realCommunities(doc).length, bySphere, byBand };
}

const plannedOf = (rec: Readonly<Record<string, { planned?: boolean }>>) =>
  Object.keys(rec)
    .filter((k) => isPlanned(rec[k]!))
    .sort();

const IDS = ["constructor", "__proto__", "toString", "a", "b", "c", "d"].map(personId);
const PLAN = communityId("valueOf");

describe("tallies patched edit by edit", () => {
  it("equal the counts from scratch after every edit, back through undo, and for a copy", () => {
    let s = 3;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    let doc = sampleNetwork();
    const docs = [doc];
    const communities = () => Object.keys(doc.communities).map(communityId);
    for (let i = 0; i < 150; i++) {
      const id = pick(IDS);
      const people = Object.keys(doc.people) as PersonId[];
      const other = pick(people);
      const r = rnd();
      if (!Object.hasOwn(doc.people, id))
        doc =
          r < 0.6
            ? addAlter(doc, { id, name: id, communityIds: rnd() < 0.5 ? [pick(communities())] : [] })
            : addPerson(doc, { id, name: id, planned: true });
      else if (r < 0.2) doc = removePerson(doc, id);
      else if (r < 0.4 && other !== id) doc = setTie(doc, { a: id, b: other, weight: rnd(), planned: rnd() < 0.3 });
      else if (r < 0.45) doc = removeTie(doc, { a: doc.egoId, b: id });
      else if (r < 0.5) doc = setTie(doc, { a: doc.egoId, b: id, planned: true });
      else if (r < 0.7)
        doc = setMembership(doc, { personId: id, communityId: pick(communities()), member: rnd() < 0.6 });
      else if (r < 0.8 && !Object.hasOwn(doc.communities, PLAN))
        doc = addCommunity(doc, { id: PLAN, name: "Plan", sphere: "third", planned: true });
      else if (r < 0.85 && Object.hasOwn(doc.communities, PLAN)) doc = removeCommunity(doc, PLAN);
      else if (other !== doc.egoId) doc = setTie(doc, { a: doc.egoId, b: other, weight: rnd() });
      docs.push(doc);
    }
    let sawPlanned = 0;
    for (const d of [...docs, ...[...docs].reverse(), structuredClone(doc)]) {
      expect(countNetwork(d)).toEqual(reference(d));
      for (const slot of ["people", "communities", "ties"] as const) {
        expect([...plannedKeys(slot, d[slot])].sort()).toEqual(plannedOf(d[slot]));
        sawPlanned += plannedKeys(slot, d[slot]).size;
      }
    }
    expect(sawPlanned).toBeGreaterThan(0);
  });
});
