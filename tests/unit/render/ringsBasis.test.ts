import { describe, expect, it } from "vitest";
import {
  addAlter,
  addPerson,
  alters,
  removePerson,
  removeTie,
  setTie,
  updatePerson,
  type MapDocument,
  type PersonId,
} from "../../../src/domain/model";
import { egoRingsLayout } from "../../../src/render/layouts/egoRings";
import { buildRingsBasis, buildRingsBasisSteps, patchRingsBasis } from "../../../src/render/layouts/ringsBasis";
import { parseLinkedIn } from "../../../src/io/import/linkedin";
import { generateLinkedInExport } from "../../support/linkedinExport";
import { sampleDoc } from "../domain/insights/helpers";

const fresh = (doc: MapDocument) => {
  const b = buildRingsBasis(doc);
  return { groups: b.groups, bands: [...b.bands].sort(), groupOf: [...b.groupOf].sort() };
};

describe("ringsBasis: the rings of an edited map, patched from the last revision", () => {
  const start = sampleDoc();
  const [first, second] = alters(start);
  const id = (s: string) => s as PersonId;
  // Each step is an edit the map can make; the patched basis must be the one a fresh build gives.
  const steps: ((d: MapDocument) => MapDocument)[] = [
    (d) => addAlter(d, { id: id("n1"), name: "Aaron" }),
    (d) => addAlter(d, { id: id("n2"), name: "Zoe", communityIds: first?.communityIds.slice(0, 1) ?? [] }),
    (d) => updatePerson(d, { id: first!.id, name: "Zzz renamed" }),
    (d) => setTie(d, { a: d.egoId, b: second!.id, weight: 0.95 }),
    (d) => removeTie(d, { a: d.egoId, b: id("n1") }),
    (d) => setTie(d, { a: d.egoId, b: id("n1"), weight: 0.1 }),
    (d) => addPerson(d, { id: id("n3"), name: "Second degree" }),
    (d) => removePerson(d, second!.id),
    (d) => removePerson(d, id("n2")),
  ];

  it("gives the same groups, order, bands and positions as a fresh build after each edit", () => {
    let doc = start;
    let basis = buildRingsBasis(doc);
    for (const step of steps) {
      const next = step(doc);
      const patched = patchRingsBasis(basis, next);
      expect(patched).not.toBeNull();
      const { groups, bands, groupOf } = fresh(next);
      expect(patched!.groups).toEqual(groups);
      expect([...patched!.bands].sort()).toEqual(bands);
      expect([...patched!.groupOf].sort()).toEqual(groupOf);
      // The layout of the revision equals that of a copy of it (every person touched).
      expect(egoRingsLayout(next)).toEqual(egoRingsLayout(structuredClone(next)));
      doc = next;
      basis = patched!;
    }
    expect(basis.groupOf.has(second!.id)).toBe(false);
  });

  it("builds afresh when the communities change", () => {
    const basis = buildRingsBasis(start);
    expect(patchRingsBasis(basis, { ...start, communities: { ...start.communities } })).toBeNull();
  });
});

describe("ringsBasis built in steps", () => {
  it("pauses every few thousand people on a 12,000-person import, members still in name order", () => {
    const imported = parseLinkedIn("Connections.csv", generateLinkedInExport(12_000).text);
    if (!imported.ok) throw new Error("the generated export must parse");
    const doc = imported.value.doc;
    const steps = buildRingsBasisSteps(doc);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // The ties, then every 5,000 people, then every 5,000 sorted members.
    expect(pauses).toBeGreaterThanOrEqual(1 + 2 + 2);
    const basis = step.value;
    expect(basis.groupOf.size).toBe(alters(doc).length);
    // Members in name order, then id, within each group.
    for (const g of basis.groups) {
      const keys = g.members.map((m) => `${doc.people[m]!.name}|${m}`);
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });
});
