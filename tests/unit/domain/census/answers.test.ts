import { describe, expect, it } from "vitest";
import { answerCommunity, answerPair, communityPairs, pairAnswer } from "../../../../src/domain/census";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import { computeEgoReport } from "../../../../src/domain/metrics/computeAll";
import { tieKnowledgeOf } from "../../../../src/domain/metrics/tieKnowledge";
import {
  addAlter,
  addCommunity,
  communityId,
  createDocument,
  mapId,
  personId,
  setTie,
  tieId,
  type MapDocument,
} from "../../../../src/domain/model";
import { parseNative, serializeNative } from "../../../../src/io/native";

const ego = personId("ego");
const [a, b, c, d] = ["a", "b", "c", "d"].map(personId) as [
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
  ReturnType<typeof personId>,
];
const club = communityId("club");

function map(): MapDocument {
  let doc = createDocument({ id: mapId("m"), title: "t", egoId: ego, egoName: "Me", now: "" });
  doc = addCommunity(doc, { id: club, name: "Club", sphere: "third" });
  for (const [id, name] of [
    [a, "Aki"],
    [b, "Ben"],
    [c, "Chie"],
  ] as const)
    doc = addAlter(doc, { id, name, communityIds: [club] });
  return addAlter(doc, { id: d, name: "Dai" });
}

describe("answerPair", () => {
  it("adds a tie for yes and records a no, each replacing the other", () => {
    let doc = answerPair(map(), a, d, true);
    expect(pairAnswer(doc, a, d)).toBe("yes");
    doc = answerPair(doc, a, d, false);
    expect(doc.ties[tieId(a, d)]).toBeUndefined();
    expect(doc.censusNo).toEqual([tieId(a, d)]);
    doc = answerPair(doc, d, a, true);
    expect(doc.censusNo).toEqual([]);
    expect(pairAnswer(doc, a, d)).toBe("yes");
  });
  it("refuses a pair with the ego", () => {
    expect(() => answerPair(map(), ego, a, false)).toThrow();
  });
});

describe("answerCommunity", () => {
  it("ties every pair for everyone, and makes every pair strangers for nobody", () => {
    const everyone = answerCommunity(map(), club, "everyone");
    expect(communityPairs(everyone, club).map((p) => p.answer)).toEqual(["yes", "yes", "yes"]);
    const nobody = answerCommunity(everyone, club, "nobody");
    expect(communityPairs(nobody, club).map((p) => p.answer)).toEqual(["no", "no", "no"]);
    expect(nobody.ties[tieId(a, b)]).toBeUndefined();
    // The pair outside the club is not touched.
    expect(pairAnswer(nobody, a, d)).toBe("unknown");
  });
  it("records only the pairs not answered yet as no with restNo", () => {
    const picked = setTie(map(), { a, b });
    const rest = answerCommunity(picked, club, "restNo");
    const answers = Object.fromEntries(communityPairs(rest, club).map((p) => [tieId(p.a, p.b), p.answer]));
    expect(answers).toEqual({ [tieId(a, b)]: "yes", [tieId(a, c)]: "no", [tieId(b, c)]: "no" });
  });
  it("keeps the no answers through a save and reopen of the map file", () => {
    const doc = answerCommunity(map(), club, "nobody");
    const reopened = parseNative(serializeNative(doc));
    expect(reopened.ok && [...reopened.value.censusNo].sort()).toEqual([...doc.censusNo].sort());
  });
});

/** The completeness the panel and the CLI report, from the document's ties and census answers. */
function completeness(doc: MapDocument) {
  const { graph } = documentToGraph(doc);
  const summary = computeEgoReport(graph, { egoId: ego, diffusion: false, tieKnowledge: tieKnowledgeOf(doc) })
    .ego_analysis?.[ego]?.summary;
  return [summary?.tie_pairs_known, summary?.tie_pairs_total, summary?.tie_data_completeness];
}

describe("census answers in the tie data completeness", () => {
  it("count every pair of contacts whose tie is known, yes or no", () => {
    expect(completeness(map())).toEqual([0, 6, 0]);
    let doc = answerCommunity(map(), club, "everyone");
    doc = answerPair(doc, a, d, false);
    expect(completeness(doc)).toEqual([4, 6, 4 / 6]);
  });
});
