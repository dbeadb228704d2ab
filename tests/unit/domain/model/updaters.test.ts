import { describe, expect, it } from "vitest";
import {
  addCommunity,
  addPerson,
  checkInvariants,
  communityId,
  connectCommunity,
  countNetwork,
  createDocument,
  mapId,
  ModelError,
  personId,
  removeCommunity,
  removePerson,
  removeTie,
  setMembership,
  setTie,
  tieId,
  updatePerson,
  type MapDocument,
} from "../../../../src/domain/model";

const ego = personId("me");
const ana = personId("ana");
const ben = personId("ben");
const club = communityId("club");

function base(): MapDocument {
  let doc = createDocument({
    id: mapId("m1"),
    title: " My map ",
    egoId: ego,
    egoName: "Me",
    now: "2026-01-01T00:00:00Z",
  });
  doc = addCommunity(doc, { id: club, name: "Climbing club", sphere: "third" });
  doc = addPerson(doc, { id: ana, name: " Ana ", communityIds: [club] });
  doc = addPerson(doc, { id: ben, name: "Ben" });
  doc = setTie(doc, { a: ego, b: ana, answers: { frequencyCategory: "occasionally" } });
  return doc;
}

describe("updaters", () => {
  it("returns a new document and leaves the input untouched", () => {
    const before = base();
    const frozen = JSON.stringify(before);
    const after = updatePerson(before, { id: ana, name: "Ana María" });
    expect(after).not.toBe(before);
    expect(after.people[ana]?.name).toBe("Ana María");
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("trims names and titles and rejects empty names", () => {
    const doc = base();
    expect(doc.title).toBe("My map");
    expect(doc.people[ana]?.name).toBe("Ana");
    expect(() => updatePerson(doc, { id: ana, name: "  " })).toThrow(ModelError);
  });

  it("stores ties once per unordered pair", () => {
    const doc = setTie(base(), { a: ana, b: ego, answers: { emotional: 4 } });
    expect(Object.keys(doc.ties)).toEqual([tieId(ego, ana)]);
    expect(doc.ties[tieId(ana, ego)]?.answers).toEqual({ emotional: 4 });
  });

  it("refuses a tie to oneself, unknown people and strengths outside 0..1", () => {
    const doc = base();
    expect(() => setTie(doc, { a: ana, b: ana })).toThrow(/themselves/);
    expect(() => setTie(doc, { a: ana, b: personId("ghost") })).toThrow(/ghost/);
    expect(() => setTie(doc, { a: ana, b: ben, weight: 1.5 })).toThrow(/between 0 and 1/);
  });

  it("removes a person with their ties and never removes the ego", () => {
    let doc = setTie(base(), { a: ana, b: ben, weight: 0.4 });
    doc = removePerson(doc, ana);
    expect(doc.people[ana]).toBeUndefined();
    expect(Object.values(doc.ties).some((t) => t.a === ana || t.b === ana)).toBe(false);
    expect(() => removePerson(doc, ego)).toThrow(/cannot be deleted/);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it("keeps members when a community is removed, without the membership", () => {
    const doc = removeCommunity(base(), club);
    expect(doc.people[ana]?.communityIds).toEqual([]);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it("connects every pair of a community's members once", () => {
    let doc = setMembership(base(), { personId: ben, communityId: club, member: true });
    doc = addPerson(doc, { id: personId("cy"), name: "Cy", communityIds: [club] });
    doc = connectCommunity(doc, club);
    const memberTies = Object.values(doc.ties).filter((t) => t.a !== ego && t.b !== ego);
    expect(memberTies).toHaveLength(3);
    expect(connectCommunity(doc, club).ties).toEqual(doc.ties);
  });

  it("removes a tie and counts the network by sphere and band", () => {
    const doc = base();
    expect(countNetwork(doc)).toMatchObject({ alters: 1, bySphere: { third: 1 }, byBand: { weak: 1 } });
    expect(countNetwork(removeTie(doc, { a: ana, b: ego })).alters).toBe(0);
  });
});

describe("checkInvariants", () => {
  it("names every dangling reference", () => {
    const doc = base();
    const broken: MapDocument = {
      ...doc,
      people: { ...doc.people, [ana]: { ...doc.people[ana]!, communityIds: [communityId("nope")] } },
      positions: { [personId("ghost")]: { x: 0, y: 0 } },
    };
    const problems = checkInvariants(broken);
    expect(problems).toContain('people.ana: unknown community "nope"');
    expect(problems).toContain("positions.ghost: unknown person");
  });
});
