import { describe, expect, it } from "vitest";
import { circlesLinkedOnlyThroughYou, circlesOf, redundantCircles } from "../../../../src/domain/insights/circles";
import { addPerson, communityId as C, personId as P, setTie } from "../../../../src/domain/model";
import { OCCASIONALLY, OFTEN, smallDoc } from "./helpers";

const doc = smallDoc(
  [
    ["family", "family", ["mum", "dad", "sis"]],
    ["work", "work", ["w1", "w2", "w3"]],
    ["club", "third", ["c1"]],
  ],
  { mum: OFTEN, dad: OFTEN, sis: OFTEN, w1: OCCASIONALLY, w2: OCCASIONALLY, w3: OCCASIONALLY, c1: OCCASIONALLY },
  [
    ["mum", "dad"],
    ["mum", "sis"],
    ["dad", "sis"],
    ["w1", "w2"],
  ],
);

describe("circlesOf", () => {
  it("returns each community's contacts and how densely they know each other", () => {
    const byId = Object.fromEntries(circlesOf(doc).map((c) => [c.id, c]));
    expect(byId.family?.members).toEqual(["dad", "mum", "sis"]);
    expect(byId.family?.density).toBe(1);
    expect(byId.work?.density).toBeCloseTo(1 / 3);
    expect(byId.club?.density).toBeNull();
  });
});

describe("circlesOf: who counts as a contact", () => {
  it("leaves out planned people, people tied to you only by a planned tie, and people you are not tied to", () => {
    let d = smallDoc([["work", "work", ["w1", "w2"]]], { w1: OCCASIONALLY, w2: OCCASIONALLY }, [["w1", "w2"]]);
    d = addPerson(d, { id: P("planned"), name: "Planned", communityIds: [C("work")], planned: true });
    d = setTie(d, { a: P("me"), b: P("planned"), answers: OCCASIONALLY });
    d = addPerson(d, { id: P("hoped"), name: "Hoped", communityIds: [C("work")] });
    d = setTie(d, { a: P("me"), b: P("hoped"), answers: OCCASIONALLY, planned: true });
    d = addPerson(d, { id: P("friendOfW1"), name: "Friend of w1", communityIds: [C("work")] });
    d = setTie(d, { a: P("w1"), b: P("friendOfW1"), weight: 0.5 });
    d = addPerson(d, { id: P("__proto__"), name: "__proto__", communityIds: [C("work")] });
    d = setTie(d, { b: P("me"), a: P("__proto__"), answers: OCCASIONALLY });
    const [work] = circlesOf(d);
    expect(work?.members).toEqual(["__proto__", "w1", "w2"]);
    expect(work?.internalTies).toBe(1);
    expect(work?.density).toBeCloseTo(1 / 3);
  });
});

describe("redundantCircles", () => {
  it("returns only circles of three or more where everyone knows everyone", () => {
    expect(redundantCircles(doc).map((c) => c.id)).toEqual(["family"]);
  });
});

describe("circlesLinkedOnlyThroughYou", () => {
  it("returns work/third pairs with no tie across, leaving family out", () => {
    expect(circlesLinkedOnlyThroughYou(doc).map((p) => [p.a.id, p.b.id])).toEqual([["club", "work"]]);
  });

  it("drops a pair once one member of each knows the other", () => {
    const linked = smallDoc(
      [
        ["work", "work", ["w1"]],
        ["club", "third", ["c1"]],
      ],
      { w1: OCCASIONALLY, c1: OCCASIONALLY },
      [["w1", "c1"]],
    );
    expect(circlesLinkedOnlyThroughYou(linked)).toEqual([]);
  });
});

describe("circlesOf memoisation", () => {
  it("returns the same circles for the same document and new ones for an edited document", () => {
    const first = circlesOf(doc);
    expect(circlesOf(doc)).toBe(first);
    expect(circlesLinkedOnlyThroughYou(doc)).toBe(circlesLinkedOnlyThroughYou(doc));
    const edited = { ...doc, communities: { ...doc.communities } };
    expect(circlesOf(edited)).not.toBe(first);
    expect(circlesOf(edited)).toEqual(first);
  });
});
