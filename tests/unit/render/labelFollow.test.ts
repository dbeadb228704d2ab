// While the camera moves, each label follows its person: the same offset from the dot, however
// the dot moved (a drag moves all dots alike, a zoom spreads them); a person no longer shown
// loses the label; a label whose person did not move is the same label.
import { describe, expect, it } from "vitest";
import { anchorsOf, followLabels } from "../../../src/render/labelFollow";
import type { PlacedLabel } from "../../../src/render/labelPlacement";

const label = (id: string, x: number, y: number): PlacedLabel => ({ id, side: "right", x, y, width: 60, height: 16 });

describe("labels that follow their people", () => {
  it("keeps each label's offset from its person's dot as the dots move", () => {
    // A Map: "__proto__" and "constructor" are people's ids like any other.
    const dots = new Map<string, { x: number; y: number } | null>([
      ["鈴木花子", { x: 100, y: 100 }],
      ["__proto__", { x: 200, y: 50 }],
      ["constructor", { x: 300, y: 300 }],
    ]);
    const where = (id: string) => dots.get(id) ?? null;
    const labels = [label("鈴木花子", 108, 92), label("__proto__", 140, 42), label("constructor", 308, 292)];
    const anchors = anchorsOf(labels, where);
    expect(anchors.size).toBe(3);
    // A zoom's frame: the dots twice as far from (200, 200); one person is hidden meanwhile.
    dots.set("鈴木花子", { x: 0, y: 0 });
    dots.set("__proto__", { x: 200, y: -100 });
    dots.set("constructor", null);
    const { labels: moved, anchors: next } = followLabels(labels, anchors, where);
    expect(moved).toEqual([label("鈴木花子", 8, -8), label("__proto__", 140, -108)]);
    expect([...next.keys()]).toEqual(["鈴木花子", "__proto__"]);
    // Nobody moved: the same labels.
    const again = followLabels(moved, next, where);
    expect(again.labels[0]).toBe(moved[0]);
    expect(again.labels[1]).toBe(moved[1]);
  });
});
