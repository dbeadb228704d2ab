import { describe, expect, it } from "vitest";
import {
  addAlter,
  addCommunity,
  communityId,
  connectCommunity,
  createDocument,
  crossCommunityPairs,
  egoTie,
  findPersonByName,
  mapId,
  personId,
  removePerson,
  restorePerson,
  searchPeople,
  setEgoAnswers,
  setPositions,
  setTie,
  snapshotPerson,
  strengthOfTie,
  tieId,
  updatePerson,
  type MapDocument,
} from "../../../../src/domain/model";

const ego = personId("ego");
const [a, b, c, d] = ["a", "b", "c", "d"].map(personId) as [
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
];
const fam = communityId("fam");
const work = communityId("work");

function base(): MapDocument {
  let doc = createDocument({
    id: mapId("m"),
    title: "T",
    egoId: ego,
    egoName: "Me",
    now: "2026-01-01T00:00:00Z",
  });
  doc = addCommunity(doc, { id: fam, name: "Family", sphere: "family" });
  doc = addCommunity(doc, { id: work, name: "Office", sphere: "work" });
  doc = addAlter(doc, { id: a, name: "Aki", communityIds: [fam] });
  doc = addAlter(doc, { id: b, name: "Ben", communityIds: [fam] });
  doc = addAlter(doc, { id: c, name: "Chie", communityIds: [work] });
  doc = addAlter(doc, { id: d, name: "Dan" });
  return doc;
}

describe("addAlter", () => {
  it("adds the person with a tie to the ego that has no answers yet", () => {
    const doc = base();
    expect(doc.people[a]?.name).toBe("Aki");
    expect(egoTie(doc, a)?.answers).toEqual({});
  });
});

describe("setEgoAnswers", () => {
  it("merges items, clears with null, and lets a category replace a number per year", () => {
    let doc = setEgoAnswers(base(), a, { frequencyPerYear: 50, emotional: 5 });
    doc = setEgoAnswers(doc, a, { frequencyCategory: "often" });
    expect(egoTie(doc, a)?.answers).toEqual({ frequencyCategory: "often", emotional: 5 });
    doc = setEgoAnswers(doc, a, { emotional: null });
    expect(egoTie(doc, a)?.answers).toEqual({ frequencyCategory: "often" });
    expect(strengthOfTie(egoTie(doc, a)!)).toBeCloseTo(0.905, 3);
  });
});

describe("restorePerson", () => {
  it("brings back a deleted person with ties, memberships and position", () => {
    let doc = setTie(base(), { a, b: c });
    doc = setPositions(doc, { [a]: { x: 3, y: 4 } });
    const snap = snapshotPerson(doc, a)!;
    const removed = removePerson(doc, a);
    const back = restorePerson(removed, snap);
    expect(back.people[a]?.communityIds).toEqual([fam]);
    expect(back.ties[tieId(a, c)]).toBeDefined();
    expect(back.ties[tieId(ego, a)]).toBeDefined();
    expect(back.positions[a]).toEqual({ x: 3, y: 4 });
  });

  it("leaves out ties to people deleted in the meantime", () => {
    const doc = setTie(base(), { a, b: c });
    const snap = snapshotPerson(doc, a)!;
    const back = restorePerson(removePerson(removePerson(doc, a), c), snap);
    expect(back.ties[tieId(a, c)]).toBeUndefined();
  });
});

describe("findPersonByName and searchPeople", () => {
  it("finds names regardless of case and surrounding spaces", () => {
    expect(findPersonByName(base(), "  aki ")?.id).toBe(a);
    expect(findPersonByName(base(), "Zed")).toBeUndefined();
  });
  it("lists prefix matches first and leaves out the ego and excluded people", () => {
    const names = searchPeople(base(), "e", new Set([b])).map((p) => p.name);
    expect(names).toEqual(["Chie"]);
  });
  it("finds 鈴木花子 whether typed with a full-width, a half-width or no space", () => {
    const doc = addAlter(base(), { id: personId("hanako"), name: "鈴木花子" });
    for (const typed of ["鈴木　花子", "鈴木 花子", " 鈴木花子　"])
      expect(findPersonByName(doc, typed)?.name, typed).toBe("鈴木花子");
    const spaced = addAlter(base(), { id: personId("hanako"), name: "鈴木　花子" });
    // Stored with the ideographic space collapsed to one ASCII space (cleanName).
    expect(findPersonByName(spaced, "鈴木花子")?.name).toBe("鈴木 花子");
  });
  it("searches 鈴木 花子 by 鈴木花 and by her reading in either kana, in reading order", () => {
    let doc = addAlter(base(), { id: personId("hanako"), name: "鈴木 花子" });
    doc = updatePerson(doc, { id: personId("hanako"), reading: "スズキ ハナコ" });
    doc = addAlter(doc, { id: personId("suzu"), name: "鈴木 一郎" });
    doc = updatePerson(doc, { id: personId("suzu"), reading: "すずき いちろう" });
    expect(searchPeople(doc, "鈴木花").map((p) => p.name)).toEqual(["鈴木 花子"]);
    expect(searchPeople(doc, "すずきは").map((p) => p.name)).toEqual(["鈴木 花子"]);
    expect(searchPeople(doc, "スズキ").map((p) => p.name)).toEqual(["鈴木 一郎", "鈴木 花子"]);
  });
  it("finds Latin names with extra inner spaces and full-width letters, not without the space", () => {
    const doc = addAlter(base(), { id: personId("anna"), name: "Anna Müller" });
    expect(findPersonByName(doc, "anna  müller")?.name).toBe("Anna Müller");
    expect(findPersonByName(doc, "ＡＮＮＡ　ＭÜＬＬＥＲ")?.name).toBe("Anna Müller");
    expect(findPersonByName(doc, "AnnaMüller")).toBeUndefined();
  });
  it("treats prototype words as names, finding only a person who has that name", () => {
    expect(findPersonByName(base(), "constructor")).toBeUndefined();
    expect(searchPeople(base(), "toString")).toEqual([]);
    const doc = addAlter(base(), { id: personId("constructor"), name: "constructor" });
    expect(findPersonByName(doc, "Constructor")?.id).toBe("constructor");
    expect(searchPeople(doc, "constr").map((p) => p.name)).toEqual(["constructor"]);
  });
  it("searches names and readings across spacing and kana: さとう finds サトウ, 佐藤結 finds 佐藤 結衣", () => {
    let doc = addAlter(base(), { id: personId("yui"), name: "佐藤 結衣" });
    doc = updatePerson(doc, { id: personId("yui"), reading: "サトウ ユイ" });
    doc = addAlter(doc, { id: personId("ken"), name: "ケン" });
    expect(searchPeople(doc, "佐藤結").map((p) => p.name)).toEqual(["佐藤 結衣"]);
    expect(searchPeople(doc, "さとう　ゆ").map((p) => p.name)).toEqual(["佐藤 結衣"]);
    expect(searchPeople(doc, "ｹﾝ").map((p) => p.name)).toEqual(["ケン"]);
    expect(searchPeople(doc, "けん").map((p) => p.name)).toEqual(["ケン"]);
  });
});

describe("crossCommunityPairs", () => {
  it("asks only about pairs that share no community and are not tied yet", () => {
    const doc = connectCommunity(base(), fam);
    const pairs = crossCommunityPairs(doc)
      .map(([x, y]) => tieId(x, y))
      .sort();
    expect(pairs).toEqual([tieId(a, c), tieId(a, d), tieId(b, c), tieId(b, d), tieId(c, d)].sort());
  });
  it("asks about pairs of close contacts first", () => {
    let doc = setEgoAnswers(base(), c, { frequencyCategory: "often", emotional: 5 });
    doc = setEgoAnswers(doc, d, { frequencyCategory: "often", emotional: 5 });
    doc = setEgoAnswers(doc, a, { frequencyCategory: "rarely", emotional: 1 });
    const [first] = crossCommunityPairs(doc);
    expect(tieId(first![0], first![1])).toBe(tieId(c, d));
    // The least close contact comes last.
    expect(crossCommunityPairs(doc).at(-1)).toContain(a);
  });
  it("stops at the given number of pairs", () => {
    expect(crossCommunityPairs(base(), new Set(), 2)).toHaveLength(2);
  });
  it("skips answered pairs and existing ties", () => {
    const doc = setTie(base(), { a, b: c });
    const pairs = crossCommunityPairs(doc, new Set([tieId(b, d)])).map(([x, y]) => tieId(x, y));
    expect(pairs).not.toContain(tieId(a, c));
    expect(pairs).not.toContain(tieId(b, d));
    expect(pairs).not.toContain(tieId(a, b));
  });
});
