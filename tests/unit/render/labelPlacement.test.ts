import { describe, expect, it } from "vitest";
import { boxesOverlap, nearestInDirection, placeLabels, type LabelCandidate } from "../../../src/render/labelPlacement";
import {
  addAlter,
  getOwn,
  personId,
  removePerson,
  setTie,
  tieId,
  updatePerson,
  type MapDocument,
  type PersonId,
} from "../../../src/domain/model";
import { labelPriorities, patchPriorities } from "../../../src/render/labelPriorities";
import { sampleDoc } from "../domain/insights/helpers";

/** A seeded grid of dots, some crowded together. */
function crowd(n: number, seed = 7): LabelCandidate[] {
  let s = seed;
  const r = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    x: 40 + r() * 720,
    y: 40 + r() * 520,
    r: 3 + r() * 6,
    width: 40 + r() * 50,
    height: 16,
    priority: r() * 100,
  }));
}

describe("placeLabels", () => {
  it("never lets two labels overlap, nor a label cover another dot", () => {
    const candidates = crowd(400);
    const placed = placeLabels(candidates, { width: 800, height: 600 });
    expect(placed.length).toBeGreaterThan(20);
    expect(placed.length).toBeLessThan(400);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!, placed[j]!)).toBe(false);
    for (const l of placed)
      for (const c of candidates) {
        if (c.id === l.id) continue;
        expect(boxesOverlap(l, { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r })).toBe(false);
      }
  });

  it("names the higher priority first when two labels compete for the same place", () => {
    const a = { id: "low", x: 100, y: 100, r: 5, width: 80, height: 16, priority: 1 };
    const b = { id: "high", x: 100, y: 104, r: 5, width: 80, height: 16, priority: 9 };
    const placed = placeLabels([a, b], { width: 400, height: 200 });
    expect(placed.find((l) => l.id === "high")?.side).toBe("right");
    expect(placed[0]?.id).toBe("high");
  });

  it("always names the forced ones (the ego, the top sources), even without room", () => {
    const candidates = crowd(600);
    const ego = { id: "ego", x: 400, y: 300, r: 8, width: 60, height: 16, priority: 0, force: true };
    const placed = placeLabels([...candidates, ego], { width: 800, height: 600, max: 10 });
    expect(placed[0]?.id).toBe("ego");
  });

  it("moves a label to the other side when its right side is taken", () => {
    const wall = { id: "wall", x: 140, y: 100, r: 30, width: 10, height: 10, priority: 10 };
    const me = { id: "me", x: 100, y: 100, r: 4, width: 50, height: 14, priority: 1 };
    const placed = placeLabels([wall, me], { width: 400, height: 400 });
    expect(placed.find((l) => l.id === "me")?.side).not.toBe("right");
  });

  it("keeps labels off the controls drawn over the map and skips dots off screen", () => {
    const dot = { id: "a", x: 20, y: 20, r: 4, width: 60, height: 14, priority: 1 };
    const off = { id: "off", x: -50, y: 20, r: 4, width: 60, height: 14, priority: 5 };
    const placed = placeLabels([dot, off], {
      width: 400,
      height: 400,
      obstacles: [{ x: 0, y: 0, width: 400, height: 60 }],
    });
    expect(placed).toEqual([]);
  });
});

describe("labelPriorities", () => {
  const ids = ["ego", "a", "b", "c", "top"];
  const ip: Record<string, number> = { a: 10, b: 80, c: 40, top: 50 };
  const base = {
    ids,
    egoId: "ego",
    informationPotential: (id: string) => ip[id],
    size: () => 5,
    topSources: ["top"],
    focus: null,
    isNeighbourOfFocus: () => false,
  };
  it("puts the ego first, then the top sources, then by information potential", () => {
    const p = labelPriorities(base);
    const order = [...p].sort((x, y) => y[1].priority - x[1].priority).map(([id]) => id);
    expect(order).toEqual(["ego", "top", "b", "c", "a"]);
    expect(p.get("ego")?.force).toBe(true);
    expect(p.get("top")?.force).toBe(true);
    expect(p.get("b")?.force).toBe(false);
  });
  it("names the person in focus and their neighbours before anyone else", () => {
    const p = labelPriorities({ ...base, focus: "a", isNeighbourOfFocus: (id) => id === "c" });
    const order = [...p].sort((x, y) => y[1].priority - x[1].priority).map(([id]) => id);
    expect(order.slice(0, 4)).toEqual(["a", "ego", "top", "c"]);
  });
});

describe("patchPriorities", () => {
  it("after each edit of a run, equals the priorities ranked afresh (same analysis, a person in focus)", () => {
    let doc = sampleDoc();
    const focus = Object.keys(doc.people).find((id) => id !== doc.egoId)!;
    const ip = (id: string) => (id.length * 37) % 101;
    const rank = (d: MapDocument, ids: Iterable<string>) =>
      labelPriorities({
        ids,
        egoId: d.egoId,
        informationPotential: ip,
        size: (id) => (getOwn(d.people, id as PersonId)?.name.length ?? 0) % 7,
        topSources: [],
        focus,
        isNeighbourOfFocus: (id) => getOwn(d.ties, tieId(personId(focus), personId(id))) !== undefined,
      });
    const priorities = rank(doc, Object.keys(doc.people));
    const people = () => Object.keys(doc.people).filter((id) => id !== doc.egoId && id !== focus);
    for (let i = 0; i < 40; i++) {
      const someone = people()[(i * 7) % people().length]!;
      const before = doc;
      if (i % 4 === 0) doc = addAlter(doc, { id: personId(`new${i}`), name: `新 ${i}`, communityIds: [] });
      else if (i % 4 === 1) doc = setTie(doc, { a: personId(focus), b: personId(someone), weight: 0.7 });
      else if (i % 4 === 2) doc = updatePerson(doc, { id: personId(someone), name: `Renamed ${i} and longer` });
      else doc = removePerson(doc, personId(someone));
      patchPriorities(priorities, before, doc, (ids) =>
        rank(
          doc,
          ids.filter((id) => getOwn(doc.people, id as PersonId)),
        ),
      );
      expect(new Map([...priorities].sort())).toEqual(new Map([...rank(doc, Object.keys(doc.people))].sort()));
    }
  });
});

describe("nearestInDirection", () => {
  const points = new Map([
    ["o", { x: 0, y: 0 }],
    ["right", { x: 10, y: 1 }],
    ["farRight", { x: 30, y: 0 }],
    ["up", { x: 1, y: -10 }],
    ["diagonal", { x: 8, y: 8 }],
  ]);
  it("moves to the nearest person roughly in that direction (screen y grows downward)", () => {
    expect(nearestInDirection(points, "o", "right")).toBe("right");
    expect(nearestInDirection(points, "o", "up")).toBe("up");
    expect(nearestInDirection(points, "o", "down")).toBe("diagonal");
    expect(nearestInDirection(points, "o", "left")).toBeNull();
    expect(nearestInDirection(points, "right", "right")).toBe("farRight");
  });
});
