import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { paintScene } from "../../../src/scene/canvas";
import { sceneToSvg } from "../../../src/scene/svg";
import { sampleNetwork } from "../support/documents";
import { sceneOf } from "./helpers";

/** A 2D context that records the text it is asked to fill and the lines it strokes. */
function recordingContext() {
  const texts: { text: string; x: number; y: number; font: string }[] = [];
  const strokes: { color: string; width: number; dash: number[] }[] = [];
  const ctx = {
    font: "",
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: "",
    lineJoin: "",
    textAlign: "",
    textBaseline: "",
    dash: [] as number[],
    save() {},
    restore() {},
    setTransform() {},
    clearRect() {},
    fillRect() {},
    beginPath() {},
    closePath() {},
    moveTo() {},
    lineTo() {},
    arc() {},
    roundRect() {},
    fill() {},
    stroke() {
      strokes.push({ color: String(this.strokeStyle), width: this.lineWidth, dash: [...this.dash] });
    },
    setLineDash(d: number[]) {
      this.dash = d;
    },
    strokeText() {},
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, font: this.font });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, strokes };
}

describe("paintScene and sceneToSvg", () => {
  const scene = sceneOf();

  it("paint every label where the placement put it, in its font, and every tie in its style", () => {
    const { ctx, texts, strokes } = recordingContext();
    paintScene(ctx, scene, 2);
    for (const l of scene.labels) expect(texts).toContainEqual({ text: l.text, x: l.x, y: l.y, font: l.font });
    for (const o of scene.outlines) if (o.label) expect(texts.map((t) => t.text)).toContain(o.label.text);
    for (const item of scene.legend) expect(texts.map((t) => t.text)).toContain(item.label);
    for (const e of scene.edges)
      expect(strokes).toContainEqual({ color: e.style.color, width: e.style.width, dash: [...e.style.dash] });
  });

  it("write the same labels, boxes and styles into the SVG, XML-escaped, in Noto Sans JP", () => {
    const doc = sampleNetwork();
    const drawn = sceneOf(doc, { labels: { [doc.egoId]: "<me & you>" } });
    const svg = sceneToSvg(drawn, { includeEditableData: "{}" });
    const xml = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(xml.documentElement?.getAttribute("font-family")).toMatch(/^"Noto Sans JP"/u);
    const people = Array.from(xml.getElementsByTagName("text")).filter((t) => t.getAttribute("class") === "person");
    expect(people.map((t) => t.textContent)).toContain("<me & you>");
    const boxes = new Map(people.map((t) => [t.getAttribute("data-id"), t.getAttribute("data-box")]));
    for (const l of drawn.labels) {
      const [x, y, w, h] = (boxes.get(l.id) ?? "").split(" ").map(Number);
      expect(x).toBeCloseTo(l.box.x, 0);
      expect(y).toBeCloseTo(l.box.y, 0);
      expect(w).toBeCloseTo(l.box.w, 0);
      expect(h).toBeCloseTo(l.box.h, 0);
    }
    const bridges = Array.from(xml.getElementsByTagName("line")).filter(
      (l) => l.getAttribute("class") === "local-bridge",
    );
    expect(bridges).toHaveLength(drawn.edges.filter((e) => e.isLocalBridge).length);
    expect(bridges.length).toBeGreaterThan(0);
    expect(xml.getElementsByTagName("path")).toHaveLength(drawn.outlines.length);
  });
});
