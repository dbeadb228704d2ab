import { describe, expect, it } from "vitest";
import { answerPair, censusState, planCensus } from "../../../../src/domain/census";
import { generateMap } from "../../../../src/domain/census/simulate";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import { computeEgoReport } from "../../../../src/domain/metrics/computeAll";
import {
  addAlter,
  addCommunity,
  addPerson,
  communityId,
  createDocument,
  mapId,
  personId,
  setTie,
  tieId,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";

function engine(doc: MapDocument) {
  const { graph, egoId } = documentToGraph(doc);
  return computeEgoReport(graph, { egoId, diffusion: false }).ego_analysis![egoId]!.summary;
}

describe("censusState scores", () => {
  it("equal the metrics engine's bridging, diversity and top sources on generated maps", () => {
    for (const seed of [3, 7, 11]) {
      let { doc } = generateMap(seed);
      const truth = generateMap(seed).truth;
      for (let step = 0; step < 3; step++) {
        const fast = censusState(doc).graph!.scores();
        const ids = censusState(doc).alters.ids;
        const slow = engine(doc);
        expect(fast.bridging).toBeCloseTo(slow.bridging_score!, 9);
        expect(fast.diversity).toBeCloseTo(slow.diversity_score!, 9);
        expect(fast.top.map((i) => ids[i])).toEqual(slow.top_alters);
        for (const [a, b] of planCensus(doc, { limit: 15 }).queue)
          doc = answerPair(doc, a, b, truth.has(tieId(a, b)) || step === 2);
      }
    }
  });
  it("groups an unaffiliated contact by component, so a tie to a circle lowers their exclusivity", () => {
    let doc = createDocument({ id: mapId("m"), title: "t", egoId: personId("ego"), egoName: "Me", now: "" });
    doc = addCommunity(doc, { id: communityId("w"), name: "Work", sphere: "work" });
    for (const id of ["a", "b", "c"])
      doc = addAlter(doc, { id: personId(id), name: id, communityIds: [communityId("w")] });
    doc = addAlter(doc, { id: personId("z"), name: "z" });
    doc = setTie(doc, { a: personId("a"), b: personId("z") });
    const fast = censusState(doc).graph!.scores();
    const slow = engine(doc);
    expect(fast.diversity).toBeCloseTo(slow.diversity_score!, 9);
    expect(fast.top.map((i) => censusState(doc).alters.ids[i])).toEqual(slow.top_alters);
  });
});

describe("planCensus", () => {
  function twoCircles(): MapDocument {
    let doc = createDocument({ id: mapId("m"), title: "t", egoId: personId("ego"), egoName: "Me", now: "" });
    for (const c of ["w", "f"]) doc = addCommunity(doc, { id: communityId(c), name: c, sphere: "work" });
    for (const id of ["w1", "w2", "w3", "w4"])
      doc = addAlter(doc, { id: personId(id), name: id, communityIds: [communityId("w")] });
    for (const id of ["f1", "f2", "f3"])
      doc = addAlter(doc, { id: personId(id), name: id, communityIds: [communityId("f")] });
    return doc;
  }
  it("counts every pair of contacts, known ones (ties and no answers) apart", () => {
    let doc = twoCircles();
    doc = setTie(doc, { a: personId("w1"), b: personId("w2") });
    doc = answerPair(doc, personId("w1"), personId("f1"), false);
    const plan = planCensus(doc);
    expect(plan.totalPairs).toBe(21);
    expect(plan.knownPairs).toBe(2);
    const asked = plan.queue.map(([a, b]) => tieId(a, b));
    expect(asked).not.toContain(tieId(personId("w1"), personId("w2")));
    expect(asked).not.toContain(tieId(personId("w1"), personId("f1")));
    expect(asked).toHaveLength(19);
  });
  it("asks first about colleagues, then learns from a yes across circles", () => {
    let doc = twoCircles();
    const [first] = planCensus(doc).queue as [[PersonId, PersonId]];
    expect(first[0][0]).toBe(first[1][0]);
    // Within both circles everyone is answered; f1 turns out to know w1: f1's other pairs come next.
    for (const c of ["w", "f"]) {
      const ids = Object.values(doc.people)
        .filter((p) => p.communityIds.includes(communityId(c)))
        .map((p) => p.id);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) doc = answerPair(doc, ids[i]!, ids[j]!, true);
    }
    doc = answerPair(doc, personId("f1"), personId("w1"), true);
    doc = answerPair(doc, personId("f2"), personId("w4"), false);
    const [next] = planCensus(doc).queue as [[PersonId, PersonId]];
    expect(next).toContain(personId("f1"));
  });
  it("leaves what-if people out of the census", () => {
    const doc = addPerson(twoCircles(), { id: personId("plan"), name: "Planned", planned: true });
    const withTie = setTie(doc, { a: personId("ego"), b: personId("plan"), planned: true });
    expect(planCensus(withTie).totalPairs).toBe(21);
  });
  it("stays quick on a big imported map", () => {
    const base = createDocument({ id: mapId("m"), title: "t", egoId: personId("ego"), egoName: "Me", now: "" });
    const people = { ...base.people };
    const ties = { ...base.ties };
    for (let i = 0; i < 2000; i++) {
      const id = personId(`p${i}`);
      people[id] = { id, name: `P${i}`, communityIds: [] };
      ties[tieId(base.egoId, id)] = { id: tieId(base.egoId, id), a: base.egoId, b: id, answers: {} };
    }
    const doc: MapDocument = { ...base, people, ties };
    const started = performance.now();
    const plan = planCensus(doc);
    expect(plan.queue).toHaveLength(50);
    expect(plan.totalPairs).toBe((2000 * 1999) / 2);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
