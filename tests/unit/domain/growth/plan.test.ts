import { describe, expect, it } from "vitest";
import {
  actionCommunity,
  actionFromSuggestion,
  actionPeople,
  addAction,
  deleteAction,
  isInPlan,
  isIsoDay,
  isOverdue,
  openActionsFor,
  setActionDone,
  sortedPlan,
  updateAction,
  validateAction,
  type ActionDraft,
} from "../../../../src/domain/growth/plan";
import { joinWhatIf } from "../../../../src/domain/growth/joinWhatIf";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import { suggestionsFor, type Suggestion } from "../../../../src/domain/insights/suggestions";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import {
  actionId,
  addCommunity,
  addPerson,
  ModelError,
  removeCommunity,
  removePerson,
  setTie,
  type MapDocument,
} from "../../../../src/domain/model";
import { C, OCCASIONALLY, OFTEN, P, RARELY, smallDoc } from "../insights/helpers";

const NOW = "2026-03-01T09:00:00.000Z";
const A = actionId;

const base = smallDoc(
  [
    ["family", "family", ["mum", "dad", "sis"]],
    ["work", "work", ["w1", "w2"]],
    ["sales", "work", ["s1"]],
  ],
  { mum: OFTEN, dad: OFTEN, sis: OFTEN, w1: OCCASIONALLY, w2: OCCASIONALLY, s1: RARELY },
  [
    ["mum", "dad"],
    ["mum", "sis"],
    ["dad", "sis"],
    ["w1", "w2"],
  ],
);
const egoOf = (doc: MapDocument): EgoAnalysis => egoAnalysisOf(computeReport(doc), doc.egoId) as EgoAnalysis;

const reconnect: ActionDraft = { kind: "reconnect", title: "Call s1", personIds: [P("s1")], due: "2026-03-15" };
const withOne = addAction(base, { ...reconnect, id: A("a1"), now: NOW });

describe("validateAction", () => {
  it("accepts a reconnect with one person and a real due date", () => {
    expect(validateAction(base, reconnect)).toEqual([]);
  });

  it("asks an introduction for two different people", () => {
    const intro: ActionDraft = { kind: "introduce", title: "Intro", personIds: [P("w1")] };
    expect(validateAction(base, intro)).toEqual(["needsTwoPeople"]);
    expect(validateAction(base, { ...intro, personIds: [P("w1"), P("w1")] })).toEqual(["samePerson"]);
    expect(validateAction(base, { ...intro, personIds: [P("w1"), P("s1")] })).toEqual([]);
  });

  it("asks reconnect and answerInvitation for exactly one person, a join for a community", () => {
    expect(validateAction(base, { kind: "answerInvitation", title: "Reply", personIds: [] })).toEqual([
      "needsOnePerson",
    ]);
    expect(validateAction(base, { kind: "joinCommunity", title: "Go", personIds: [] })).toEqual(["needsCommunity"]);
    expect(validateAction(base, { kind: "shareOutput", title: "Post a note", personIds: [] })).toEqual([]);
  });

  it("refuses an empty title, unknown people or communities and impossible dates", () => {
    expect(
      validateAction(base, {
        kind: "joinCommunity",
        title: "  ",
        personIds: [P("ghost")],
        communityId: C("nowhere"),
        due: "2026-02-30",
      }),
    ).toEqual(["emptyTitle", "unknownPerson", "unknownCommunity", "badDue"]);
  });

  it("reads dates as YYYY-MM-DD calendar days only", () => {
    expect(isIsoDay("2028-02-29")).toBe(true);
    expect(isIsoDay("2027-02-29")).toBe(false);
    expect(isIsoDay("2026-3-1")).toBe(false);
    expect(isIsoDay("2026-13-01")).toBe(false);
  });
});

describe("plan updaters", () => {
  it("adds an action without touching the input document", () => {
    expect(base.actions).toEqual([]);
    expect(withOne.actions).toEqual([
      { id: "a1", kind: "reconnect", title: "Call s1", personIds: ["s1"], due: "2026-03-15", createdAt: NOW },
    ]);
  });

  it("throws on an invalid draft and on a duplicate id", () => {
    expect(() => addAction(base, { ...reconnect, personIds: [], id: A("x"), now: NOW })).toThrow(ModelError);
    expect(() => addAction(withOne, { ...reconnect, id: A("a1"), now: NOW })).toThrow(/exists/u);
  });

  it("edits the fields and keeps the done state, creation time and origin", () => {
    const done = setActionDone(withOne, A("a1"), "2026-03-10T10:00:00.000Z");
    const edited = updateAction(done, A("a1"), {
      kind: "answerInvitation",
      title: "Reply to s1",
      personIds: [P("s1")],
    });
    expect(edited.actions[0]).toEqual({
      id: "a1",
      kind: "answerInvitation",
      title: "Reply to s1",
      personIds: ["s1"],
      doneAt: "2026-03-10T10:00:00.000Z",
      createdAt: NOW,
    });
  });

  it("marks an action done and open again", () => {
    const done = setActionDone(withOne, A("a1"), "2026-03-10T10:00:00.000Z");
    expect(done.actions[0]?.doneAt).toBe("2026-03-10T10:00:00.000Z");
    const reopened = setActionDone(done, A("a1"), null);
    expect(reopened.actions[0]).not.toHaveProperty("doneAt");
    expect(setActionDone(reopened, A("a1"), null)).toBe(reopened);
  });

  it("deletes an action; deleting an unknown one changes nothing", () => {
    expect(deleteAction(withOne, A("a1")).actions).toEqual([]);
    expect(deleteAction(withOne, A("zz"))).toBe(withOne);
  });

  it("sorts open actions by due date (undated last) and marks only open past-due ones overdue", () => {
    let doc = addAction(withOne, { kind: "shareOutput", title: "Blog", personIds: [], id: A("a2"), now: NOW });
    doc = addAction(doc, { ...reconnect, title: "Earlier", due: "2026-03-05", id: A("a3"), now: NOW });
    doc = setActionDone(addAction(doc, { ...reconnect, title: "Old", id: A("a4"), now: NOW }), A("a4"), NOW);
    const { open, done } = sortedPlan(doc);
    expect(open.map((a) => a.title)).toEqual(["Earlier", "Call s1", "Blog"]);
    expect(done.map((a) => a.title)).toEqual(["Old"]);
    expect(open.map((a) => isOverdue(a, "2026-03-10"))).toEqual([true, false, false]);
    expect(isOverdue(done[0]!, "2027-01-01")).toBe(false);
  });
});

describe("deleted people and communities", () => {
  const club = addCommunity(base, { id: C("club"), name: "Book club", sphere: "third", planned: true });
  const withJoin = addAction(club, {
    kind: "joinCommunity",
    title: "Go to the book club",
    personIds: [],
    communityId: C("club"),
    id: A("j"),
    now: NOW,
  });

  it("keeps the action of a deleted person and reports the person as removed", () => {
    const gone = removePerson(withOne, P("s1"));
    expect(gone.actions).toHaveLength(1);
    expect(actionPeople(gone, gone.actions[0]!)).toEqual([{ id: "s1", name: null }]);
    expect(actionPeople(withOne, withOne.actions[0]!)).toEqual([{ id: "s1", name: "s1" }]);
    // Still tickable; an edit has to name someone on the map again.
    expect(setActionDone(gone, A("a1"), NOW).actions[0]?.doneAt).toBe(NOW);
    expect(() => updateAction(gone, A("a1"), reconnect)).toThrow(/unknownPerson/u);
  });

  it("keeps the join action of a deleted community and reports it as removed", () => {
    const gone = removeCommunity(withJoin, C("club"));
    expect(actionCommunity(gone, gone.actions[0]!)).toEqual({ id: "club", name: null });
    expect(actionCommunity(withJoin, withJoin.actions[0]!)).toEqual({ id: "club", name: "Book club" });
  });

  it("lists a person's and a community's open actions only", () => {
    expect(openActionsFor(withOne, { person: P("s1") }).map((a) => a.id)).toEqual(["a1"]);
    expect(openActionsFor(withOne, { person: P("w1") })).toEqual([]);
    expect(openActionsFor(withJoin, { community: C("club") }).map((a) => a.id)).toEqual(["j"]);
    expect(openActionsFor(setActionDone(withOne, A("a1"), NOW), { person: P("s1") })).toEqual([]);
  });
});

describe("actionFromSuggestion", () => {
  const list = suggestionsFor(base, egoOf(base));
  const byKind = (kind: Suggestion["kind"]): Suggestion => list.find((s) => s.kind === kind) as Suggestion;
  const make = (s: Suggestion, doc: MapDocument = base) => actionFromSuggestion(s, doc, NOW, { id: A("s") });

  it("turns a dormant bridge into a reconnect with that person", () => {
    const a = make(byKind("reconnect"));
    expect(a).toMatchObject({ kind: "reconnect", personIds: ["s1"], title: "Get back in touch with s1" });
    expect(validateAction(base, a!)).toEqual([]);
  });

  it("turns two circles linked only through you into an introduction of the two people named", () => {
    const s = byKind("introduce");
    const a = make(s);
    expect(a?.kind).toBe("introduce");
    expect(a?.personIds).toEqual(s.people);
    expect(a?.title).toBe(`Introduce ${s.params.personA} to ${s.params.personB}`);
    expect(validateAction(base, a!)).toEqual([]);
  });

  it("turns a closed circle into sharing a small output beyond it", () => {
    expect(make(byKind("redundant"))).toMatchObject({
      kind: "shareOutput",
      title: "Share a small output beyond FAMILY",
      personIds: [],
    });
  });

  it("turns 'explore a third place' into joining a candidate community, or null when there is none", () => {
    const s = byKind("exploreThird");
    expect(make(s)).toBeNull();
    const club = addCommunity(base, { id: C("club"), name: "Book club", sphere: "third", planned: true });
    expect(make(s, club)).toMatchObject({ kind: "joinCommunity", communityId: "club", title: "Go to Book club" });
  });

  it("records where the action came from, so the suggestion can say it is in the plan", () => {
    const s = byKind("reconnect");
    const doc = addAction(base, { ...make(s)!, now: NOW });
    expect(isInPlan(doc, s.id)).toBe(true);
    expect(isInPlan(base, s.id)).toBe(false);
    expect(doc.actions[0]?.fromSuggestion).toBe("reconnect:s1");
  });

  it("uses the titles it is given (the app's language)", () => {
    const a = actionFromSuggestion(byKind("reconnect"), base, NOW, {
      id: A("s"),
      title: (_k, p) => `${p.name}さんに連絡`,
    });
    expect(a?.title).toBe("s1さんに連絡");
  });
});

describe("joinWhatIf", () => {
  let doc = addCommunity(base, { id: C("club"), name: "Book club", sphere: "third", planned: true });
  doc = addPerson(doc, { id: P("n1"), name: "n1", communityIds: [C("club")], planned: true });
  doc = addPerson(doc, { id: P("n2"), name: "n2", communityIds: [C("club")], planned: true });
  doc = setTie(doc, { a: P("me"), b: P("n1"), answers: OCCASIONALLY, planned: true });
  const real = egoOf(base);
  const planned = egoAnalysisOf(computeReport(doc, true), doc.egoId);

  it("counts the members you would meet and reads bridging before and after from the two analyses", () => {
    const w = joinWhatIf(doc, C("club"), real, planned);
    expect(w).toMatchObject({ community: "Book club", meet: 2, onlyThis: true });
    expect(w?.before).toBe(real.summary.bridging_score);
    expect(w?.after).toBe(planned?.summary.bridging_score);
    expect(w?.after).not.toBe(w?.before);
  });

  it("says when other planned items are part of the what-if too", () => {
    const more = addPerson(doc, { id: P("n3"), name: "n3", communityIds: [], planned: true });
    expect(joinWhatIf(more, C("club"), real, planned)?.onlyThis).toBe(false);
  });

  it("gives nothing for a community not on the map", () => {
    expect(joinWhatIf(doc, C("nowhere"), real, planned)).toBeNull();
  });
});
