import { describe, expect, it } from "vitest";
import {
  addAlter,
  answerCensusNo,
  createDocument,
  EMPTY_INTERVIEW,
  mapId,
  ModelError,
  personId,
  removePerson,
  setInterview,
  setLayoutPositions,
  setPositions,
  tieId,
  type MapDocument,
} from "../../../../src/domain/model";

const ego = personId("ego");
const aki = personId("aki");
const ben = personId("ben");
const chie = personId("chie");

function base(): MapDocument {
  let doc = createDocument({ id: mapId("m"), title: "Map", egoId: ego, egoName: "Me", now: "2026-01-01T00:00:00Z" });
  for (const [id, name] of [
    [aki, "Aki"],
    [ben, "Ben"],
    [chie, "Chie"],
  ] as const)
    doc = addAlter(doc, { id, name });
  return doc;
}

describe("createDocument", () => {
  it("starts with no census answers and no interview in progress", () => {
    const doc = base();
    expect(doc.censusNo).toEqual([]);
    expect(doc.interview).toBeNull();
  });
});

describe("setLayoutPositions / setPositions", () => {
  it("marks positions written by a layout and leaves hand-placed ones unmarked", () => {
    const doc = setPositions(setLayoutPositions(base(), { [aki]: { x: 1, y: 2 }, [ben]: { x: 3, y: 4 } }), {
      [chie]: { x: 5, y: 6 },
    });
    expect(doc.positions[aki]).toEqual({ x: 1, y: 2, source: "layout" });
    expect(doc.positions[ben]).toEqual({ x: 3, y: 4, source: "layout" });
    expect(doc.positions[chie]).toEqual({ x: 5, y: 6 });
  });

  it("turns a layout position into the user's own when the person is dragged", () => {
    const laidOut = setLayoutPositions(base(), { [aki]: { x: 1, y: 2 } });
    const dragged = setPositions(laidOut, { [aki]: { x: 7, y: 8 } });
    expect(dragged.positions[aki]).toEqual({ x: 7, y: 8 });
    expect(laidOut.positions[aki]).toEqual({ x: 1, y: 2, source: "layout" });
  });

  it("refuses a position for someone not on the map", () => {
    expect(() => setLayoutPositions(base(), { [personId("dan")]: { x: 0, y: 0 } })).toThrow(ModelError);
  });
});

describe("answerCensusNo", () => {
  it("records the pair once, in either order, without touching the ties", () => {
    const doc = answerCensusNo(base(), aki, ben);
    expect(doc.censusNo).toEqual([tieId(aki, ben)]);
    expect(answerCensusNo(doc, ben, aki)).toBe(doc);
    expect(doc.ties[tieId(aki, ben)]).toBeUndefined();
  });

  it("refuses a pair with someone not on the map or with oneself", () => {
    expect(() => answerCensusNo(base(), aki, personId("toString"))).toThrow(ModelError);
    expect(() => answerCensusNo(base(), aki, aki)).toThrow(ModelError);
  });

  it("forgets the answers about a person who is deleted", () => {
    const doc = answerCensusNo(answerCensusNo(base(), aki, ben), ben, chie);
    expect(removePerson(doc, aki).censusNo).toEqual([tieId(ben, chie)]);
  });
});

describe("setInterview", () => {
  it("records the step and the people named, without repeats", () => {
    const doc = setInterview(base(), { step: "job", mentions: { job: [aki, aki, ben], advice: [] } });
    expect(doc.interview).toEqual({ step: "job", mentions: { job: [aki, ben] } });
  });

  it("clears the progress when the interview is finished", () => {
    const doc = setInterview(setInterview(base(), EMPTY_INTERVIEW), null);
    expect(doc.interview).toBeNull();
  });
});
