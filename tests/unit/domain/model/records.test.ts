// records.ts: copies of the document's records that remember what an edit touched, so that
// changedKeys compares only those keys. Checked against the entry-by-entry comparison over a
// random run of edits (prototype words as ids), between any two of its documents (undo, redo,
// an edit after an undo), and that the copies are the object spread's, key for key.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  addCommunity,
  addPerson,
  candidateChanges,
  changedKeys,
  communityId,
  copyRecord,
  entryCount,
  createDocument,
  mapId,
  personId,
  removeCommunity,
  removePerson,
  removeTie,
  restorePerson,
  setMembership,
  setPositions,
  setTie,
  snapshotPerson,
  updatePerson,
  withEntry,
  withoutKeys,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";

/** The reference: every key whose entry differs, compared one by one. */
function scanned(prev: object, next: object): string[] {
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const own = (r: Record<string, unknown>, k: string) => (Object.hasOwn(r, k) ? r[k] : undefined);
  const keys = new Set([...Object.keys(p), ...Object.keys(n)]);
  return [...keys].filter((k) => own(p, k) !== own(n, k)).sort();
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const IDS = ["constructor", "__proto__", "toString", "a", "b", "c", "d", "e", "10", "2"].map(personId);
const C1 = communityId("hasOwnProperty");
const C2 = communityId("club");

function run(seed: number, steps: number): MapDocument[] {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  let doc = createDocument({ id: mapId("m"), title: "t", egoId: personId("ego"), egoName: "Me", now: "2026-01-01" });
  doc = addCommunity(doc, { id: C1, name: "Work", sphere: "work" });
  const docs = [doc];
  for (let i = 0; i < steps; i++) {
    const id = pick(IDS);
    const other = pick([...IDS, personId("ego")]);
    const present = Object.hasOwn(doc.people, id);
    const r = rnd();
    let next = doc;
    if (!present) next = r < 0.5 ? addAlter(doc, { id, name: `N${i}` }) : addPerson(doc, { id, name: `N${i}` });
    else if (r < 0.15) next = updatePerson(doc, { id, name: `R${i}` });
    else if (r < 0.3) {
      const snap = snapshotPerson(doc, id);
      next = removePerson(doc, id);
      if (snap && rnd() < 0.5) next = restorePerson(next, snap);
    } else if (r < 0.45 && other !== id && Object.hasOwn(doc.people, other)) next = setTie(doc, { a: id, b: other });
    else if (r < 0.55 && other !== id) next = removeTie(doc, { a: id, b: other });
    else if (r < 0.7) next = setMembership(doc, { personId: id, communityId: C1, member: rnd() < 0.6 });
    else if (r < 0.8) next = setPositions(doc, { [id]: { x: i, y: -i } } as Record<PersonId, { x: number; y: number }>);
    else if (r < 0.9 && !Object.hasOwn(doc.communities, C2))
      next = addCommunity(doc, { id: C2, name: "Club", sphere: "third" });
    else if (Object.hasOwn(doc.communities, C2)) next = removeCommunity(doc, C2);
    docs.push(next);
    doc = next;
  }
  return docs;
}

const RECORDS = ["people", "ties", "positions", "communities"] as const;

describe("changedKeys over records written by the updaters", () => {
  it("equals the entry-by-entry comparison after every edit and between any two documents of a run", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const docs = run(seed, 120);
      const rnd = lcg(seed + 100);
      const pairs: [number, number][] = docs.slice(1).map((_, i) => [i, i + 1]);
      for (let k = 0; k < 200; k++) pairs.push([Math.floor(rnd() * docs.length), Math.floor(rnd() * docs.length)]);
      for (const [i, j] of pairs) {
        const a = docs[i] as MapDocument;
        const b = docs[j] as MapDocument;
        for (const rec of RECORDS) {
          const [x, y] = [a[rec] as Record<string, unknown>, b[rec] as Record<string, unknown>];
          expect([...changedKeys(x, y)].sort(), `${seed} ${i}→${j} ${rec}`).toEqual(scanned(x, y));
        }
      }
    }
  });

  it("finds the changes of two edits made from the same document (an edit after an undo)", () => {
    const docs = run(7, 10);
    const base = docs[docs.length - 1] as MapDocument;
    const left = addAlter(base, { id: personId("left"), name: "L" });
    const right = updatePerson(addAlter(base, { id: personId("__proto__x"), name: "R" }), {
      id: base.egoId,
      name: "Ego",
    });
    expect([...changedKeys(left.people, right.people)].sort()).toEqual(scanned(left.people, right.people));
    expect([...changedKeys(right.ties, left.ties)].sort()).toEqual(scanned(right.ties, left.ties));
  });

  it("compares records of unknown descent entry by entry", () => {
    const prev = { a: 1, b: 2 } as Record<string, number>;
    const next = withEntry<string, number>(
      JSON.parse('{"a": 1, "b": 3, "__proto__": 4}') as Record<string, number>,
      "c",
      5,
    );
    expect([...changedKeys(prev, next)].sort()).toEqual(["__proto__", "b", "c"]);
  });

  it("lists added keys in the order they were added", () => {
    let doc = run(9, 0)[0] as MapDocument;
    const start = doc;
    for (const id of ["z", "constructor", "m", "__proto__"].map(personId)) doc = addAlter(doc, { id, name: id });
    expect([...changedKeys(start.people, doc.people)]).toEqual(["z", "constructor", "m", "__proto__"]);
    // Known from the edits, without a scan; and back again (undo).
    expect(candidateChanges(start.people, doc.people)).toEqual(["z", "constructor", "m", "__proto__"]);
    expect(candidateChanges(doc.ties, start.ties)?.length).toBe(4);
    expect(candidateChanges(start.people, { ...doc.people })).toBeNull();
  });
});

describe("copyRecord, withEntry and withoutKeys", () => {
  it("copy like the object spread: same keys in the same order, prototype words as own data", () => {
    const rec = JSON.parse('{"b": 1, "__proto__": 2, "10": 3, "constructor": 4, "2": 5, "a": 6}') as Record<
      string,
      number
    >;
    const copy = copyRecord(rec);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(Object.keys({ ...rec }));
    expect(copy).toEqual({ ...rec });
    const added = withEntry<string, number>(rec, "__proto__", 9);
    expect(Object.getPrototypeOf(added)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(added, "__proto__")?.value).toBe(9);
    expect(Object.keys(added)).toEqual(Object.keys(rec));
    const removed = withoutKeys<string, number>(rec, ["__proto__", "missing"]);
    expect(Object.hasOwn(removed, "__proto__")).toBe(false);
    expect(Object.keys(removed)).toEqual(["2", "10", "b", "constructor", "a"]);
    expect(withoutKeys<string, number>(rec, ["missing"])).toBe(rec);
    expect(rec).toEqual(JSON.parse('{"b": 1, "__proto__": 2, "10": 3, "constructor": 4, "2": 5, "a": 6}'));
  });
});

describe("entryCount", () => {
  it("counts every record of a run of edits as Object.keys does, counted edit by edit from the first", () => {
    for (const seed of [6, 7, 8]) {
      const docs = run(seed, 150);
      for (const doc of docs)
        for (const rec of RECORDS) expect(entryCount(doc[rec]), `${seed} ${rec}`).toBe(Object.keys(doc[rec]).length);
    }
  });

  it("counts a record of unknown descent, and the same record again, as Object.keys does", () => {
    const rec = { constructor: 1, __proto__: 2, a: 3 } as unknown as object;
    Object.defineProperty(rec, "__proto__", { value: 2, enumerable: true, configurable: true, writable: true });
    expect(entryCount(rec)).toBe(Object.keys(rec).length);
    expect(entryCount(rec)).toBe(Object.keys(rec).length);
  });
});
