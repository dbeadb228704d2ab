// Dated snapshots: what a snapshot keeps, the headline scores read from the analysis, the
// updaters, and snapshots surviving the native file (names are data: "constructor", "__proto__").
import { describe, expect, it } from "vitest";
import {
  deleteSnapshot,
  renameSnapshot,
  snapshotContent,
  snapshotDocument,
  snapshotScores,
  takeSnapshot,
  thirdPlaceCount,
} from "../../../../src/domain/growth/snapshot";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import {
  actionId,
  addCommunity,
  addPerson,
  getOwn,
  ModelError,
  setTie,
  snapshotId,
  type MapDocument,
  type PlanAction,
  type SnapshotScores,
} from "../../../../src/domain/model";
import { parseNative, serializeNative } from "../../../../src/io/native";
import { C, OCCASIONALLY, OFTEN, P, RARELY, sampleDoc, smallDoc } from "../insights/helpers";

const SCORES: SnapshotScores = {
  bridging: 42,
  diversity: 50,
  effectiveSize: 2.5,
  thirdPlaces: 1,
  weakShare: 0.5,
  people: 3,
  ties: 4,
};

function snap(doc: MapDocument, id: string, name: string, now: string, session?: boolean): MapDocument {
  return takeSnapshot(doc, { id: snapshotId(id), name, now, scores: SCORES, session });
}

describe("snapshot content and document", () => {
  it("keeps people, communities, ties and census answers, and analyses like the map it was taken of", () => {
    const doc = sampleDoc();
    const content = snapshotContent(doc);
    expect(content).toEqual({
      egoId: doc.egoId,
      people: doc.people,
      communities: doc.communities,
      ties: doc.ties,
      censusNo: doc.censusNo,
    });
    const taken = snap(doc, "s1", "First", "2026-03-01T09:00:00Z");
    const snapshot = taken.snapshots[0]!;
    // Editing the map afterwards does not change the snapshot.
    const edited = addPerson(taken, { id: P("later"), name: "Later" });
    const back = snapshotDocument(edited, snapshot);
    expect(getOwn(back.people, P("later"))).toBeUndefined();
    expect(back.snapshots).toEqual([]);
    expect(back.actions).toEqual([]);
    expect(back.positions).toEqual({});
    expect(computeReport(back).ego_analysis).toEqual(computeReport(doc).ego_analysis);
  });
});

describe("snapshotScores", () => {
  it("reads bridging, diversity and effective size from the analysis and counts weak ties, third places and people", () => {
    let doc = smallDoc(
      [
        ["club", "third", ["a", "b"]],
        ["cafe", "third", ["c"]],
        ["office", "work", ["a"]],
      ],
      { a: OFTEN, b: RARELY, c: OCCASIONALLY },
      [["a", "b"]],
    );
    // A third place with only the ego in it, a planned third place and a planned person do not count.
    doc = addCommunity(doc, { id: C("empty"), name: "Empty", sphere: "third" });
    doc = addCommunity(doc, { id: C("maybe"), name: "Maybe", sphere: "third", planned: true });
    doc = addPerson(doc, { id: P("p"), name: "Planned", communityIds: [C("maybe")], planned: true });
    doc = setTie(doc, { a: P("me"), b: P("p"), planned: true });
    const report = computeReport(doc);
    const ego = egoAnalysisOf(report, doc.egoId)!;
    const scores = snapshotScores(doc, report);
    expect(scores.bridging).toBe(ego.summary.bridging_score);
    expect(scores.diversity).toBe(ego.summary.diversity_score);
    expect(scores.effectiveSize).toBe(ego.summary.effective_size);
    expect(scores.thirdPlaces).toBe(2);
    expect(thirdPlaceCount(doc)).toBe(2);
    expect(scores.people).toBe(3);
    expect(scores.ties).toBe(4);
    // "often" with closeness 5 is strong; "rarely" and "occasionally" without more are weaker.
    expect(ego.summary.n_strong).toBe(1);
    expect(scores.weakShare).toBeCloseTo(2 / 3, 10);
  });

  it("is null, never NaN, where the analysis is missing or has nothing to say", () => {
    const lonely = smallDoc([], {});
    const scores = snapshotScores(lonely, computeReport(lonely));
    expect(scores.weakShare).toBeNull();
    expect(scores.people).toBe(0);
    const none = snapshotScores(sampleDoc(), null);
    expect(none).toMatchObject({ bridging: null, diversity: null, effectiveSize: null, weakShare: null });
    expect(none.people).toBeGreaterThan(0);
  });
});

describe("take, rename, delete", () => {
  it("keeps snapshots oldest first with their session mark and the actions done by then", () => {
    const done: PlanAction = {
      id: actionId("a1"),
      kind: "shareOutput",
      title: "Post notes",
      personIds: [],
      createdAt: "2026-01-01T00:00:00Z",
      doneAt: "2026-02-01T00:00:00Z",
    };
    const open: PlanAction = { ...done, id: actionId("a2"), doneAt: undefined };
    let doc: MapDocument = { ...sampleDoc(), actions: [done, open] };
    doc = snap(doc, "late", "June", "2026-06-01T00:00:00Z", true);
    doc = snap(doc, "early", "March", "2026-03-01T00:00:00Z");
    expect(doc.snapshots.map((s) => s.name)).toEqual(["March", "June"]);
    expect(doc.snapshots[1]!.session).toBe(true);
    expect("session" in doc.snapshots[0]!).toBe(false);
    expect(doc.snapshots[0]!.doneActionIds).toEqual([actionId("a1")]);
    expect(doc.snapshots[0]!.scores).toEqual(SCORES);
  });

  it("refuses an empty name, trims names, renames and deletes by id", () => {
    const doc = snap(sampleDoc(), "s1", "  Spring  ", "2026-03-01T00:00:00Z");
    expect(doc.snapshots[0]!.name).toBe("Spring");
    expect(() => snap(doc, "s2", "   ", "2026-03-02T00:00:00Z")).toThrow(ModelError);
    expect(() => renameSnapshot(doc, snapshotId("s1"), " ")).toThrow(ModelError);
    expect(() => renameSnapshot(doc, snapshotId("nope"), "X")).toThrow(ModelError);
    const renamed = renameSnapshot(doc, snapshotId("s1"), " 春の記録 ");
    expect(renamed.snapshots[0]!.name).toBe("春の記録");
    expect(doc.snapshots[0]!.name).toBe("Spring");
    expect(deleteSnapshot(renamed, snapshotId("s1")).snapshots).toEqual([]);
    expect(deleteSnapshot(renamed, snapshotId("nope"))).toBe(renamed);
  });
});

describe("snapshots in the native file", () => {
  it("round-trip with their content, including people called constructor and __proto__", () => {
    let doc = smallDoc([["club", "third", ["constructor", "__proto__"]]], {
      constructor: OFTEN,
      // A computed key: a plain `__proto__:` would set the literal's prototype instead.
      ["__proto__"]: RARELY,
    });
    doc = snap(doc, "s1", "constructor", "2026-03-01T00:00:00Z", true);
    doc = addPerson(doc, { id: P("toString"), name: "hasOwnProperty" });
    doc = snap(doc, "s2", "__proto__", "2026-06-01T00:00:00Z");
    const parsed = parseNative(serializeNative(doc));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const back = parsed.value;
    expect(back).toEqual(doc);
    expect(back.snapshots.map((s) => s.name)).toEqual(["constructor", "__proto__"]);
    const first = back.snapshots[0]!;
    expect(first.session).toBe(true);
    expect(getOwn(first.content.people, P("__proto__"))?.name).toBe("__proto__");
    expect(getOwn(first.content.people, P("constructor"))?.communityIds).toEqual([C("club")]);
    expect(getOwn(first.content.people, P("toString"))).toBeUndefined();
    expect(Object.keys(first.content.people).sort()).toEqual(["__proto__", "constructor", "me"]);
    expect(getOwn(back.snapshots[1]!.content.people, P("toString"))?.name).toBe("hasOwnProperty");
    // The snapshot's map analyses the same after the round trip.
    expect(computeReport(snapshotDocument(back, first)).ego_analysis).toEqual(
      computeReport(snapshotDocument(doc, doc.snapshots[0]!)).ego_analysis,
    );
  });
});
