// Planned (what-if) items are scored only in the what-if analysis; real counts, lists, search
// and name matching leave them out, so "Your network" says what the scores say.
import { describe, expect, it } from "vitest";
import {
  addCommunity,
  addPerson,
  communityId,
  countNetwork,
  createDocument,
  findPersonByName,
  mapId,
  personId,
  realAlters,
  realCommunities,
  realCommunityIds,
  searchPeople,
  setTie,
  type MapDocument,
} from "../../../../src/domain/model";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";

const ego = personId("ego");
const club = communityId("club");
const dream = communityId("dream");

function withPlans(): MapDocument {
  let doc = createDocument({ id: mapId("m"), title: "T", egoId: ego, egoName: "Me", now: "2026-01-01T00:00:00Z" });
  doc = addCommunity(doc, { id: club, name: "Book club", sphere: "third" });
  doc = addCommunity(doc, { id: dream, name: "Hackerspace", sphere: "third", planned: true });
  for (const [id, name] of [
    ["a", "Aki"],
    ["b", "Ben"],
  ] as const) {
    doc = addPerson(doc, { id: personId(id), name, communityIds: [club] });
    doc = setTie(doc, { a: ego, b: personId(id), answers: { emotional: 4 } });
  }
  // A planned person in a planned community, and a real person with a planned tie only.
  doc = addPerson(doc, { id: personId("p"), name: "鈴木 花子", communityIds: [dream], planned: true });
  doc = setTie(doc, { a: ego, b: personId("p"), answers: {}, planned: true });
  doc = addPerson(doc, { id: personId("c"), name: "Chie", communityIds: [dream, club] });
  doc = setTie(doc, { a: ego, b: personId("c"), answers: {}, planned: true });
  return doc;
}

describe("planned items stay out of real counts and lists", () => {
  it("counts the contacts and communities the scores count", () => {
    const doc = withPlans();
    const counts = countNetwork(doc);
    const scored = documentToGraph(doc).graph;
    expect(counts.alters).toBe(scored.neighbors(ego).length);
    expect(counts.alters).toBe(2);
    expect(counts.communities).toBe(1);
    expect(counts.bySphere.third).toBe(2);
  });

  it("lists real people, communities and memberships only", () => {
    const doc = withPlans();
    expect(realAlters(doc).map((p) => p.name)).toEqual(["Aki", "Ben"]);
    expect(realCommunities(doc).map((c) => c.name)).toEqual(["Book club"]);
    const chie = doc.people[personId("c")];
    expect(chie && realCommunityIds(doc, chie)).toEqual([club]);
  });

  it("does not find a planned person by search or by name, unless asked", () => {
    const doc = withPlans();
    expect(findPersonByName(doc, "鈴木花子")).toBeUndefined();
    expect(searchPeople(doc, "鈴木")).toEqual([]);
    expect(searchPeople(doc, "鈴木", new Set(), { includePlanned: true }).map((p) => p.id)).toEqual(["p"]);
  });
});
