import {
  addCommunity,
  addPerson,
  communityId,
  createDocument,
  mapId,
  personId,
  setTie,
  type MapDocument,
  type Sphere,
  type TieAnswers,
} from "../../../../src/domain/model";

export { sampleNetwork as sampleDoc } from "../../support/documents";

export const P = personId;
export const C = communityId;

/** A small map: ego "me"; circles given as [id, sphere, members]; ties from ego with answers. */
export function smallDoc(
  circles: readonly [string, Sphere, readonly string[]][],
  egoTies: Readonly<Record<string, TieAnswers>>,
  alterTies: readonly [string, string][] = [],
): MapDocument {
  let doc = createDocument({ id: mapId("m"), title: "t", egoId: P("me"), egoName: "Me", now: "2026-01-01T00:00:00Z" });
  for (const [id, sphere] of circles) doc = addCommunity(doc, { id: C(id), name: id.toUpperCase(), sphere });
  const memberOf = (p: string): string[] => circles.filter(([, , m]) => m.includes(p)).map(([id]) => id);
  for (const p of Object.keys(egoTies)) doc = addPerson(doc, { id: P(p), name: p, communityIds: memberOf(p).map(C) });
  for (const [p, answers] of Object.entries(egoTies)) doc = setTie(doc, { a: P("me"), b: P(p), answers });
  for (const [a, b] of alterTies) doc = setTie(doc, { a: P(a), b: P(b), weight: 0.5 });
  return doc;
}

export const OFTEN: TieAnswers = { frequencyCategory: "often", emotional: 5 };
export const OCCASIONALLY: TieAnswers = { frequencyCategory: "occasionally" };
export const RARELY: TieAnswers = { frequencyCategory: "rarely" };
