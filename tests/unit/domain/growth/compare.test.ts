// compareMaps on hand-built maps whose changes are known, with the scores read from the same
// analysis the panel uses (computeReport → snapshotScores), so "rose"/"fell" are the engine's own.
import { describe, expect, it } from "vitest";
import { compareMaps, liveSide, snapshotSide, type MapComparison } from "../../../../src/domain/growth/compare";
import { renderComparePhrase, type ComparePhrase } from "../../../../src/domain/growth/compareSentences";
import { snapshotScores, takeSnapshot } from "../../../../src/domain/growth/snapshot";
import { computeReport } from "../../../../src/domain/insights/report";
import {
  actionId,
  addCommunity,
  addPerson,
  removePerson,
  setTie,
  snapshotId,
  type MapDocument,
  type PlanAction,
} from "../../../../src/domain/model";
import en from "../../../../src/i18n/locales/en/compare.json";
import { C, OCCASIONALLY, OFTEN, P, RARELY, smallDoc } from "../insights/helpers";

const scoresOf = (doc: MapDocument) => snapshotScores(doc, computeReport(doc));
const side = (doc: MapDocument, label: string, date: string) => liveSide(doc, scoresOf(doc), label, date);
const compare = (a: MapDocument, b: MapDocument): MapComparison =>
  compareMaps(side(a, "March", "2026-03-01T00:00:00Z"), side(b, "now", "2026-06-01T00:00:00Z"));
const keys = (c: MapComparison) => c.sentences.map((s) => s.key);
const find = (c: MapComparison, key: ComparePhrase["key"]) => c.sentences.find((s) => s.key === key);
const score = (c: MapComparison, key: string) => c.scores.find((s) => s.key === key);

/** English text with the app's own strings (plural _one/_other by count). */
function english(p: ComparePhrase): string {
  return renderComparePhrase(
    p,
    (key, params) => {
      const [group, name] = key.split(".") as [keyof typeof en, string];
      const table = en[group] as unknown as Record<string, string>;
      const count = params.count;
      const template = table[`${name}_${count === 1 ? "one" : "other"}`] ?? table[name] ?? `${key} missing`;
      return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k]));
    },
    (names) => new Intl.ListFormat("en").format(names),
  );
}

// Work: a and b know each other. Later two people from a new hobby circle who know nobody else.
const march = smallDoc([["w", "work", ["a", "b"]]], { a: OFTEN, b: OCCASIONALLY }, [["a", "b"]]);
function withHobbyCircle(doc: MapDocument): MapDocument {
  let d = addCommunity(doc, { id: C("choir"), name: "Choir", sphere: "third" });
  for (const [id, name] of [
    ["c", "Chika"],
    ["d", "Daiki"],
  ] as const) {
    d = addPerson(d, { id: P(id), name, communityIds: [C("choir")] });
    d = setTie(d, { a: P("me"), b: P(id), answers: RARELY });
  }
  return d;
}

describe("compareMaps", () => {
  it("names the people and third place added and says bridging rose because they know no one else", () => {
    const june = withHobbyCircle(march);
    const c = compare(march, june);
    expect(c.people.added.map((p) => p.name)).toEqual(["Chika", "Daiki"]);
    expect(c.people.lost).toEqual([]);
    expect(c.communities.added.map((x) => x.name)).toEqual(["Choir"]);
    expect(c.communities.addedBySphere).toEqual({ family: 0, work: 0, third: 1 });
    expect(c.thirdPlaces.joined.map((x) => x.name)).toEqual(["Choir"]);
    expect(c.ties.added).toHaveLength(2);
    expect(c.ties.added.every((t) => t.withEgo)).toBe(true);
    expect(c.facts.newIsolated).toBe(2);
    const bridging = score(c, "bridging");
    expect(bridging?.after).toBeGreaterThan(bridging?.before ?? Infinity);
    expect(score(c, "thirdPlaces")).toEqual({ key: "thirdPlaces", before: 0, after: 1, delta: 1 });
    expect(find(c, "sentence.bridgingRoseBecause")?.because?.key).toBe("because.newIsolated");
    const text = c.sentences.map(english);
    expect(text[0]).toBe("Since March you joined 1 third place: Choir.");
    expect(text).toContain("2 new people in your map: Chika and Daiki.");
    const b = Math.round(bridging?.before ?? 0);
    const a = Math.round(bridging?.after ?? 0);
    // June records 1 of its 6 pairs of contacts: the score is an upper bound, as the panel says.
    expect(text).toContain(
      `Bridging rose from ${b} to ${a} because 2 of your new contacts know no one else in your map. (At most — pairs of contacts whose tie is not recorded count as strangers.)`,
    );
    // The new choir members are in a circle new to the map: the diversity reason names it.
    expect(find(c, "sentence.diversityRoseBecause")?.because?.names).toEqual(["Choir"]);
  });

  it("says bridging fell because contacts you already had now know each other (a circle closing)", () => {
    const before = smallDoc([], { a: OFTEN, b: OFTEN, c: OFTEN });
    const after = setTie(setTie(before, { a: P("a"), b: P("b"), weight: 0.5 }), { a: P("b"), b: P("c"), weight: 0.5 });
    const c = compare(before, after);
    expect(c.facts.pairsAdded).toBe(2);
    expect(c.ties.added.map((t) => `${t.a.name}-${t.b.name}`)).toEqual(["a-b", "b-c"]);
    expect(score(c, "bridging")?.delta).toBeLessThan(0);
    const s = find(c, "sentence.bridgingFellBecause");
    expect(s?.because).toEqual({ key: "because.pairsAdded", params: { count: 2 } });
  });

  it("gives no reason when no structural fact pushes the score that way", () => {
    // Same people and ties; only a tie strength changes (bridging is unweighted here).
    const after = setTie(march, { a: P("me"), b: P("a"), answers: RARELY });
    const c = compare(march, after);
    expect(c.ties.changed).toEqual([
      expect.objectContaining({ before: "strong", band: "very_weak", direction: "weaker", withEgo: true }),
    ]);
    expect(keys(c)).not.toContain("sentence.bridgingRoseBecause");
    expect(keys(c)).not.toContain("sentence.bridgingFellBecause");
    expect(c.sentences.map(english)).toContain("1 tie grew weaker: Me – a.");
  });

  it("lists people and communities lost, and the share of weak ties before and after", () => {
    const before = smallDoc(
      [
        ["w", "work", ["a"]],
        ["f", "family", ["b"]],
      ],
      { a: OFTEN, b: RARELY },
    );
    const after = removePerson(before, P("b"));
    const c = compare(before, after);
    expect(c.people.lost).toEqual([{ id: "b", name: "b" }]);
    expect(c.ties.lost.map((t) => t.b.id)).toEqual(["b"]);
    expect(score(c, "weakShare")).toEqual({ key: "weakShare", before: 0.5, after: 0, delta: -0.5 });
    expect(c.sentences.map(english)).toContain(
      "Weak ties are now 0% of the ties whose strength you rated (before: 50%).",
    );
  });

  it("is null-safe: an unknown score gives a null delta and no sentence", () => {
    const empty = smallDoc([], {});
    const one = smallDoc([], { a: {} });
    const c = compare(empty, one);
    expect(score(c, "weakShare")).toEqual({ key: "weakShare", before: null, after: null, delta: null });
    expect(keys(c)).not.toContain("sentence.weakShare");
    expect(c.scores.every((s) => s.delta === null || Number.isFinite(s.delta))).toBe(true);
  });

  it("names the plan actions done since the snapshot, not those done before it", () => {
    const early: PlanAction = {
      id: actionId("x1"),
      kind: "shareOutput",
      title: "Post the notes",
      personIds: [],
      createdAt: "2026-02-01T00:00:00Z",
      doneAt: "2026-02-10T00:00:00Z",
    };
    const late: PlanAction = { ...early, id: actionId("x2"), title: "Go to the choir", kind: "joinCommunity" };
    const { doneAt: _unused, ...undone } = early;
    const open: PlanAction = { ...undone, id: actionId("x3"), title: "Write to Aoi", kind: "reconnect" };
    const withEarly: MapDocument = { ...march, actions: [early, { ...undone, id: late.id, title: late.title }, open] };
    const snapped = takeSnapshot(withEarly, {
      id: snapshotId("s1"),
      name: "March",
      now: "2026-03-01T00:00:00Z",
      scores: scoresOf(march),
    });
    const snapshot = snapped.snapshots[0];
    if (!snapshot) throw new Error("no snapshot");
    expect(snapshot.doneActionIds).toEqual(["x1"]);
    const now = { ...withHobbyCircle(snapped), actions: [early, { ...late, doneAt: "2026-04-02T00:00:00Z" }, open] };
    const c = compareMaps(snapshotSide(now, snapshot, "March"), side(now, "now", "2026-06-01T00:00:00Z"));
    expect(c.actionsDone.map((a) => a.title)).toEqual(["Go to the choir"]);
    expect(c.people.added.map((p) => p.name)).toEqual(["Chika", "Daiki"]);
    expect(c.sentences.map(english)).toContain("You did 1 action from your plan: Go to the choir.");
  });

  it("says nothing changed when the two moments hold the same map", () => {
    const c = compare(march, march);
    expect(c.people.added).toEqual([]);
    expect(c.scores.every((s) => s.delta === 0 || s.delta === null)).toBe(true);
    expect(c.sentences.map(english)).toContain(`Bridging stayed at ${Math.round(score(c, "bridging")?.after ?? 0)}.`);
  });

  it("keeps names that are Object.prototype keys as data", () => {
    const before = smallDoc([], { a: OFTEN });
    const after = addPerson(before, { id: P("constructor"), name: "__proto__", communityIds: [] });
    const c = compare(before, setTie(after, { a: P("me"), b: P("constructor"), answers: RARELY }));
    expect(c.people.added).toEqual([{ id: "constructor", name: "__proto__" }]);
  });
});
