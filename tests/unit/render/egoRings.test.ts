import { describe, expect, it } from "vitest";
import { alters, bandOfTie, egoTie, setLayoutPositions, setPositions, type PersonId } from "../../../src/domain/model";
import { egoRingsLayout, egoRingsSectors, MIN_ARC, RING, RING_UNIT } from "../../../src/render/layouts/egoRings";
import { layoutPositions } from "../../../src/render/layouts/positions";
import { sampleDoc } from "../domain/insights/helpers";

const doc = sampleDoc();
const pos = egoRingsLayout(doc);
const radius = (id: PersonId) => Math.hypot(pos[id]?.x ?? NaN, pos[id]?.y ?? NaN);
const angleOf = (id: PersonId) => Math.atan2(pos[id]?.y ?? 0, pos[id]?.x ?? 0);

describe("egoRingsLayout", () => {
  it("puts the ego at the centre and places every person", () => {
    expect(pos[doc.egoId]).toEqual({ x: 0, y: 0 });
    expect(Object.keys(pos).sort()).toEqual(Object.keys(doc.people).sort());
  });

  it("puts each contact on the ring of their tie band: strong inside, very weak outside", () => {
    const byBand = new Map<string, Set<number>>();
    for (const p of alters(doc)) {
      const band = bandOfTie(egoTie(doc, p.id)!);
      byBand.set(band, (byBand.get(band) ?? new Set()).add(Math.round(radius(p.id) * 1000) / 1000));
    }
    for (const radii of byBand.values()) expect(radii.size).toBe(1);
    const r = (b: string) => [...(byBand.get(b) ?? [])][0] ?? NaN;
    expect(r("strong")).toBeLessThan(r("weak"));
    expect(r("weak")).toBeLessThan(r("very_weak"));
    expect(r("strong") / r("weak")).toBeCloseTo(RING.strong / RING.weak, 4);
  });

  it("keeps the members of a community side by side: sectors do not overlap and hold their members", () => {
    const { sectors } = egoRingsSectors(doc);
    const norm = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    for (const s of sectors) {
      for (const id of s.members) {
        const rel = norm(angleOf(id) - s.start);
        expect(rel).toBeGreaterThan(0);
        expect(rel).toBeLessThan(s.width);
      }
    }
    for (let i = 1; i < sectors.length; i++) {
      const prev = sectors[i - 1]!;
      expect(sectors[i]!.start).toBeGreaterThanOrEqual(prev.start + prev.width);
    }
    const last = sectors[sectors.length - 1]!;
    expect(last.start + last.width).toBeLessThanOrEqual(sectors[0]!.start + 2 * Math.PI + 1e-9);
  });

  it("orders sectors by sphere: family, then work, then third places", () => {
    const spheres = egoRingsSectors(doc).sectors.map((s) => s.sphere);
    expect(spheres.indexOf("family")).toBe(0);
    expect(spheres.lastIndexOf("work")).toBeLessThan(spheres.indexOf("third"));
  });

  it("gives every ring of every sector at least the minimum arc per person, so a small circle of strong ties (family) is not cramped", () => {
    const { sectors, scale } = egoRingsSectors(doc);
    for (const s of sectors) {
      const perBand = new Map<string, number>();
      for (const id of s.members)
        perBand.set(bandOfTie(egoTie(doc, id)!), (perBand.get(bandOfTie(egoTie(doc, id)!)) ?? 0) + 1);
      for (const [band, n] of perBand) {
        expect((s.width * RING[band as keyof typeof RING] * scale) / n).toBeGreaterThanOrEqual(MIN_ARC - 1e-9);
      }
    }
    const family = sectors.find((s) => s.key === "family")!;
    const equalShare = (2 * Math.PI * family.members.length) / alters(doc).length;
    expect(family.width).toBeGreaterThan(equalShare * 0.9);
  });
});

describe("layoutPositions", () => {
  const dragged = { ...doc, positions: { ...doc.positions, [doc.egoId]: { x: 5, y: 7 } } };

  it("keeps positions the user dragged in every layout", () => {
    expect(layoutPositions(dragged, "rings")[doc.egoId]).toEqual({ x: 5, y: 7 });
    expect(layoutPositions(dragged, "clusters")[doc.egoId]).toEqual({ x: 5, y: 7 });
    expect(layoutPositions(dragged, "rings")["constructor" as PersonId]).toBeUndefined();
  });

  it("lets positions saved by the clusters layout give way to the rings", () => {
    const written = setLayoutPositions(doc, { [doc.egoId]: { x: 5, y: 7 } });
    expect(layoutPositions(written, "rings")[doc.egoId]).toEqual({ x: 0, y: 0 });
    expect(layoutPositions(written, "clusters")[doc.egoId]).toMatchObject({ x: 5, y: 7 });
  });

  it("with nothing saved, places everyone where the rings do, and nobody who is not on the map", () => {
    const fresh = { ...doc, positions: {} };
    for (const mode of ["rings", "clusters"] as const) {
      const at = layoutPositions(fresh, mode);
      expect({ ...at }).toEqual({ ...egoRingsLayout(fresh) });
      expect(at["constructor" as PersonId]).toBeUndefined();
      expect(at["toString" as PersonId]).toBeUndefined();
    }
  });

  it("keeps a layout position that the user then dragged as the user's own", () => {
    const moved = setPositions(setLayoutPositions(doc, { [doc.egoId]: { x: 5, y: 7 } }), {
      [doc.egoId]: { x: 1, y: 2 },
    });
    expect(layoutPositions(moved, "rings")[doc.egoId]).toEqual({ x: 1, y: 2 });
  });
});

describe("egoRingsLayout on a big import", () => {
  it("splits a ring far too small for its people into lanes, so 200 contacts are not one solid circle", async () => {
    const { parseLinkedIn } = await import("../../../src/io/import/linkedin");
    const { generateLinkedInExport } = await import("../../support/linkedinExport");
    const r = parseLinkedIn("Connections.csv", generateLinkedInExport(200).text);
    if (!r.ok) throw new Error("the generated export must parse");
    const big = r.value.doc;
    const at = egoRingsLayout(big);
    const { lanes, scale } = egoRingsSectors(big);
    expect(lanes).toBeGreaterThan(1);
    const points = alters(big).map((p) => at[p.id]!);
    const radii = new Set(points.map((p) => Math.round(Math.hypot(p.x, p.y))));
    expect(radii.size).toBeGreaterThanOrEqual(lanes);
    // Lanes let the rings stay small: the map is not blown up to fit everyone on one circle.
    expect(scale).toBeLessThan(2);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(0.25 * RING_UNIT);
  });
});
