// The boxes where the outlines write community names, which person labels keep off: a box above
// each community's members, and the same boxes (not measured again) while the map and the
// members' places on screen are the same — a new analysis re-ranks the labels of a still map.
import { describe, expect, it } from "vitest";
import {
  addCommunity,
  addPerson,
  communityId,
  createDocument,
  mapId,
  personId,
  updateCommunity,
  type MapDocument,
} from "../../../src/domain/model";
import { drain } from "../../../src/render/buildRenderGraph";
import { communityNameBoxes, nameBoxesMemo } from "../../../src/render/communityNames";
import type { LabelCandidate } from "../../../src/render/labelPlacement";

function fakeContext() {
  const measured: string[] = [];
  const context = {
    font: "",
    save: () => undefined,
    restore: () => undefined,
    measureText: (text: string) => {
      measured.push(text);
      return { width: 7 * [...text].length };
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, measured };
}

function doc(): MapDocument {
  let d = createDocument({
    id: mapId("m"),
    title: "t",
    egoId: personId("me"),
    egoName: "わたし",
    now: "2026-01-01T00:00:00Z",
  });
  d = addCommunity(d, { id: communityId("npo"), name: "NPO かけはし", sphere: "third" });
  for (const [id, name] of [
    ["a", "鈴木 花子"],
    ["b", "佐藤太郎"],
    ["c", "constructor"],
  ] as const)
    d = addPerson(d, { id: personId(id), name, communityIds: [communityId("npo")] });
  return d;
}

const candidate = (id: string, x: number, y: number): LabelCandidate => ({
  id,
  x,
  y,
  r: 3,
  width: 40,
  height: 16,
  priority: 1,
  force: false,
});

const spots = [candidate("a", 100, 200), candidate("b", 140, 180), candidate("c", 120, 240), candidate("me", 0, 0)];

describe("community name boxes", () => {
  it("puts a community's name above the top of its members", () => {
    const { context } = fakeContext();
    const [box] = drain(communityNameBoxes(context, doc(), spots));
    expect(box).toBeDefined();
    expect(box!.y + box!.height).toBeLessThan(180);
    expect(box!.width).toBe(7 * [..."NPO かけはし"].length + 10);
    expect(box!.x).toBeLessThan(140);
    expect(box!.x + box!.width).toBeGreaterThan(100);
  });

  it("gives the same boxes for the same map and places without measuring again", () => {
    const { context, measured } = fakeContext();
    const boxes = nameBoxesMemo();
    const d = doc();
    const first = drain(boxes(context, d, spots));
    expect(measured).toHaveLength(1);
    // Another array of the same candidates at the same places (a new ranking of them).
    expect(
      drain(
        boxes(
          context,
          d,
          spots.map((c) => ({ ...c, priority: 9 })),
        ),
      ),
    ).toBe(first);
    expect(measured).toHaveLength(1);
  });

  it("places them anew when someone moved or the map changed", () => {
    const { context, measured } = fakeContext();
    const boxes = nameBoxesMemo();
    const d = doc();
    const first = drain(boxes(context, d, spots));
    const moved = drain(
      boxes(
        context,
        d,
        spots.map((c) => (c.id === "b" ? { ...c, y: 150 } : c)),
      ),
    );
    expect(moved).not.toBe(first);
    expect(moved[0]!.y).toBeLessThan(first[0]!.y);
    const renamed = updateCommunity(d, { id: communityId("npo"), name: "NPO かけはし東京" });
    const again = drain(
      boxes(
        context,
        renamed,
        spots.map((c) => (c.id === "b" ? { ...c, y: 150 } : c)),
      ),
    );
    expect(again[0]!.width).toBeGreaterThan(moved[0]!.width);
    expect(measured).toEqual(["NPO かけはし", "NPO かけはし", "NPO かけはし東京"]);
  });
});
