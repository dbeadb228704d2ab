// findPersonByName answers from a name index patched edit by edit (editorUpdaters.ts nameIndex):
// over a random run of edits — adds, renames, removals, undo, planned people, two people of one
// name, prototype words as ids and names — it must give what a scan of every person gives.
import { describe, expect, it } from "vitest";
import {
  addPerson,
  findPersonByName,
  isPlanned,
  normaliseName,
  personId,
  removePerson,
  updatePerson,
  type MapDocument,
  type Person,
  type PersonId,
} from "../../../../src/domain/model";
import { sampleNetwork } from "../../support/documents";

const scan = (doc: MapDocument, name: string): Person | undefined => {
  const key = normaliseName(name);
  return key === "" ? undefined : Object.values(doc.people).find((p) => !isPlanned(p) && normaliseName(p.name) === key);
};

const NAMES = ["constructor", "__proto__", "鈴木 花子", "鈴木花子", "Ken Sato", "ken  sato", "Ａｉ", "ai", "toString"];
const IDS = ["constructor", "__proto__", "hasOwnProperty", "a", "b", "c", "10"].map(personId);

describe("findPersonByName", () => {
  it("finds what a scan of every person finds, after every edit and after undo", () => {
    let s = 5;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    let doc = sampleNetwork();
    const docs = [doc];
    for (let i = 0; i < 120; i++) {
      const id = pick(IDS);
      if (!Object.hasOwn(doc.people, id)) doc = addPerson(doc, { id, name: pick(NAMES), planned: rnd() < 0.2 });
      else if (rnd() < 0.6) doc = updatePerson(doc, { id, name: pick(NAMES) });
      else doc = removePerson(doc, id as PersonId);
      docs.push(doc);
    }
    const existing = Object.values(sampleNetwork().people).map((p) => p.name);
    const queries = [...NAMES, ...existing, "nobody", "", " "];
    // Forwards, backwards (undo), then a copy of unknown descent.
    for (const d of [...docs, ...[...docs].reverse(), structuredClone(doc)])
      for (const q of queries) expect(findPersonByName(d, q), q).toBe(scan(d, q));
  });
});
