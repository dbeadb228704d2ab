// An edit travels to the metrics worker as its change against the last document posted
// (documentDelta.ts): the worker's copy must be the document itself — every entry, in the
// document's order, prototype words included — and the analysis of it the analysis of the
// whole document; a document that does not descend from the last one by recorded edits (undo,
// an index-like key) travels whole.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  addPerson,
  personId,
  removePerson,
  restorePerson,
  setPositions,
  setTie,
  snapshotPerson,
  updatePerson,
  type MapDocument,
  type PersonId,
} from "../../../src/domain/model";
import { applyDocumentDelta, documentDelta } from "../../../src/workers/documentDelta";
import { createDocumentMemory, handleCompute, isNeedDocument } from "../../../src/workers/handleCompute";
import type { ComputeDeltaRequest, ComputeRequest } from "../../../src/workers/protocol";
import { sampleNetwork } from "../support/documents";

const WORDS = ["constructor", "__proto__", "toString", "valueOf", "x", "y"].map(personId);

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function run(seed: number, steps: number): MapDocument[] {
  const rnd = lcg(seed);
  let doc = sampleNetwork();
  const docs = [doc];
  for (let i = 0; i < steps; i++) {
    const w = WORDS[Math.floor(rnd() * WORDS.length)] as PersonId;
    const people = Object.keys(doc.people) as PersonId[];
    const other = people[Math.floor(rnd() * people.length)] as PersonId;
    const r = rnd();
    if (!Object.hasOwn(doc.people, w))
      doc = r < 0.7 ? addAlter(doc, { id: w, name: `N${i}` }) : addPerson(doc, { id: w, name: `S${i}` });
    else if (r < 0.25) doc = updatePerson(doc, { id: w, name: `R${i}` });
    else if (r < 0.45) {
      const snap = snapshotPerson(doc, w)!;
      doc = removePerson(doc, w);
      if (rnd() < 0.5) doc = restorePerson(doc, snap);
    } else if (r < 0.6) doc = setPositions(doc, { [w]: { x: i, y: 1 } } as Record<PersonId, { x: number; y: number }>);
    else if (w !== other) doc = setTie(doc, { a: w, b: other, weight: rnd() });
    docs.push(doc);
  }
  return docs;
}

/** Each record's keys in order, and the entries. */
const shape = (doc: MapDocument) => ({
  keys: Object.keys(doc),
  order: [doc.people, doc.ties, doc.positions, doc.communities].map((r) => Object.keys(r)),
  doc,
});

describe("documentDelta", () => {
  it("rebuilds the document, entries and order, from the last one posted, over one or several edits", () => {
    for (const seed of [1, 2, 3, 4]) {
      const docs = run(seed, 50);
      for (let i = 0; i + 1 < docs.length; i++)
        for (const j of [i + 1, Math.min(docs.length - 1, i + 4)]) {
          const delta = documentDelta(docs[i]!, docs[j]!, 1);
          expect(delta, `${seed}: ${i}→${j}`).not.toBeNull();
          // As the worker gets them: structured clones.
          const rebuilt = applyDocumentDelta(structuredClone(docs[i]!), structuredClone(delta!));
          expect(shape(rebuilt)).toEqual(shape(docs[j]!));
        }
    }
  });

  it("sends the whole document after an undo or an index-like id, and when the records are of unknown descent", () => {
    const docs = run(5, 10);
    const last = docs[docs.length - 1]!;
    expect(documentDelta(last, docs[3]!, 1)).toBeNull();
    expect(documentDelta(last, addAlter(last, { id: personId("10"), name: "Ten" }), 1)).toBeNull();
    expect(documentDelta(last, structuredClone(addAlter(last, { id: personId("n"), name: "N" })), 1)).toBeNull();
  });
});

describe("createDocumentMemory", () => {
  const options = { diffusionSamples: 500, seed: 3 };
  const whole = (doc: MapDocument, docSeq: number, revision: number): ComputeRequest => ({
    type: "compute",
    revision,
    doc,
    docSeq,
    includePlanned: false,
    scope: "full",
    options,
  });
  const change = (
    prev: MapDocument,
    doc: MapDocument,
    base: number,
    docSeq: number,
    revision: number,
  ): ComputeDeltaRequest => ({
    type: "compute-delta",
    revision,
    docSeq,
    delta: documentDelta(prev, doc, base)!,
    includePlanned: false,
    scope: "full",
    options,
  });

  it("analyses a change as the whole document, and asks for the document it does not hold", () => {
    const [a, , , b, c] = run(6, 4);
    const remember = createDocumentMemory();
    expect(isNeedDocument(remember(structuredClone(change(a!, b!, 1, 2, 10))))).toBe(true);
    remember(structuredClone(whole(a!, 1, 9)));
    const request = remember(structuredClone(change(a!, b!, 1, 2, 10)));
    if (isNeedDocument(request)) throw new Error("the worker holds document 1");
    expect(handleCompute(request)).toEqual(handleCompute(whole(b!, 2, 10)));
    // The change of a document it no longer holds (1 was replaced by 2).
    expect(remember(structuredClone(change(a!, c!, 1, 3, 11)))).toEqual({ type: "need-document", revision: 11 });
    // After that it holds nothing until a whole document comes.
    expect(isNeedDocument(remember(structuredClone(change(b!, c!, 2, 3, 11))))).toBe(true);
  });
});
