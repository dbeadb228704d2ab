// The community outlines of a frame, shared by the outlines layer (which writes each community's
// name above its largest piece) and the labels layer (which keeps person labels off those
// names): the name boxes sit where the names are written, and one frame computes its outlines
// once, whichever layer steps the computation.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  addCommunity,
  addPerson,
  communityId,
  createDocument,
  mapId,
  personId,
  type MapDocument,
} from "../../../src/domain/model";
import { drain, type RenderEdge, type RenderGraph, type RenderNode } from "../../../src/render/buildRenderGraph";
import { labelAnchor } from "../../../src/render/hulls";
import { placeNames } from "../../../src/render/communityNames";
import { nameBoxesOf, outlineSourceOf } from "../../../src/render/outlineSource";

/** Graph coordinates → screen: the camera's centre (0.5, 0.5) at the centre of an 800 × 600 canvas. */
function fakeSigma() {
  const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0, animated: false };
  /** How many people's places were projected (other points, such as the origin, are not counted). */
  let projected = 0;
  const people = new Set([EGO_AT, ...PLACES.map(([, x, y]) => [x, y] as const)].map(([x, y]) => `${x},${y}`));
  const sigma = {
    getContainer: () =>
      ({
        offsetWidth: 800,
        offsetHeight: 600,
        parentElement: null,
        getBoundingClientRect: () => ({ left: 0, top: 0 }),
        querySelectorAll: () => [],
      }) as unknown as HTMLElement,
    getCamera: () => ({ getState: () => ({ ...camera }), isAnimated: () => camera.animated }),
    getMouseCaptor: () => ({ isMouseDown: false }),
    getTouchCaptor: () => ({ touchMode: 0 }),
    getDimensions: () => ({ width: 800, height: 600 }),
    graphToViewport: (p: { x: number; y: number }) => {
      if (people.has(`${p.x},${p.y}`)) projected++;
      return {
        x: 400 + (p.x - 1000 * (camera.x - 0.5)) / camera.ratio,
        y: 300 + (p.y - 1000 * (camera.y - 0.5)) / camera.ratio,
      };
    },
  };
  return { sigma: sigma as unknown as Parameters<typeof outlineSourceOf>[0], camera, projected: () => projected };
}

const NPO = "NPO かけはし";
const EGO_AT = [7, -3] as const;
/** Three members close together on the left, two far off on the right, and the ego between. */
const PLACES: readonly (readonly [string, number, number])[] = [
  ["a", -300, -20],
  ["__proto__", -280, 10],
  ["constructor", -310, 30],
  ["d", 300, 0],
  ["e", 310, 25],
];

function mapOf(): { doc: MapDocument; graph: RenderGraph } {
  let doc = createDocument({
    id: mapId("m"),
    title: "t",
    egoId: personId("me"),
    egoName: "わたし",
    now: "2026-01-01T00:00:00Z",
  });
  doc = addCommunity(doc, { id: communityId("npo"), name: NPO, sphere: "third" });
  const graph: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "undirected" });
  graph.addNode("me", {
    x: EGO_AT[0],
    y: EGO_AT[1],
    size: 8,
    color: "#000",
    label: "わたし",
    isEgo: true,
  } as RenderNode);
  for (const [id, x, y] of PLACES) {
    doc = addPerson(doc, { id: personId(id), name: id, communityIds: [communityId("npo")] });
    graph.addNode(id, { x, y, size: 3, color: "#000", label: id } as RenderNode);
  }
  return { doc, graph };
}

/** 7 px per character, and which names were measured. */
function fakeMeasure() {
  const measured: string[] = [];
  const measure = (text: string) => {
    measured.push(text);
    return 7 * [...text].length;
  };
  return { measure, measured };
}

/** A square outline of half-width r around (x, y), in screen pixels. */
const square = (x: number, y: number, r: number): [number, number][] => [
  [x - r, y - r],
  [x + r, y - r],
  [x + r, y + r],
  [x - r, y + r],
];

describe("outline source", () => {
  it("puts a community's name box where the outlines write the name: above its larger group", () => {
    const { doc, graph } = mapOf();
    const { sigma } = fakeSigma();
    const { measure, measured } = fakeMeasure();
    const outlines = drain(outlineSourceOf(sigma, graph, measure).steps(doc, true));
    // Two pieces: the members on the left and those on the right; the name goes on the larger.
    expect(outlines).toHaveLength(2);
    expect(outlines.map((o) => o.name)).toEqual([NPO, null]);
    const [box, ...more] = nameBoxesOf(outlines);
    expect(outlines[0]!.label!.box).toBe(box);
    expect(more).toEqual([]);
    expect(measured).toEqual([NPO]);
    expect(box!.width).toBe(7 * [...NPO].length + 10);
    const [ax, ay] = labelAnchor(outlines[0]!.hull);
    // Centred on the anchor the outlines layer writes the name at, the text inside the box.
    expect(box!.x + box!.width / 2).toBeCloseTo(ax, 9);
    expect(box!.y).toBeLessThan(ay - 10);
    expect(box!.y + box!.height).toBeGreaterThan(ay);
    // Above the left group (screen x 90–120, top member at y 280), nowhere near the right one.
    expect(box!.x).toBeLessThan(90);
    expect(box!.x + box!.width).toBeGreaterThan(120);
    expect(box!.x + box!.width).toBeLessThan(400);
    expect(box!.y + box!.height).toBeLessThan(280);
  });

  it("measures each name once however many frames ask", () => {
    const { doc, graph } = mapOf();
    const { sigma, camera } = fakeSigma();
    const { measure, measured } = fakeMeasure();
    const source = outlineSourceOf(sigma, graph, measure);
    const first = nameBoxesOf(drain(source.steps(doc, true)));
    camera.x = 0.4; // another frame: the outlines are computed again, the name is not measured again
    const second = nameBoxesOf(drain(source.steps(doc, true)));
    expect(measured).toEqual([NPO]);
    expect(second[0]!.width).toBe(first[0]!.width);
  });

  it("computes a frame's outlines once for both layers, even stepped in turns", () => {
    const { doc, graph } = mapOf();
    const { sigma, camera, projected } = fakeSigma();
    const source = outlineSourceOf(sigma, graph, fakeMeasure().measure);
    expect(outlineSourceOf(sigma, graph)).toBe(source);
    const outlinesLayer = source.steps(doc, true);
    const labelsLayer = source.steps(doc, true);
    let a = outlinesLayer.next();
    let b = labelsLayer.next();
    while (!a.done || !b.done) {
      if (!a.done) a = outlinesLayer.next();
      if (!b.done) b = labelsLayer.next();
    }
    expect(a.value).toBe(b.value);
    // Each member and the ego projected once: one computation between the two.
    expect(projected()).toBe(PLACES.length + 1);
    expect(drain(source.steps(doc, true))).toBe(a.value);
    expect(projected()).toBe(PLACES.length + 1);
    // A new frame (the camera moved) or outlines switched off: computed again.
    camera.ratio = 2;
    const zoomedOut = drain(source.steps(doc, true));
    expect(zoomedOut).not.toBe(a.value);
    expect(projected()).toBe(2 * (PLACES.length + 1));
    expect(drain(source.steps(doc, false))).toEqual([]);
  });

  it("keeps names off each other, larger communities first, inside the canvas", () => {
    const canvas = { width: 400, height: 300 };
    // Two outlines side by side, tops level: their names would cover each other.
    const [small, large, edge] = placeNames(
      [
        { hull: square(130, 150, 30), width: 120, size: 2 },
        { hull: square(200, 150, 30), width: 120, size: 9 },
        // At the top edge: no room above, so below.
        { hull: square(340, 20, 15), width: 100, size: 4 },
      ],
      canvas,
    );
    const [lx, ly] = labelAnchor(square(200, 150, 30));
    expect([large!.x, large!.y]).toEqual([lx, ly]);
    const overlap = (a: typeof small, b: typeof small) =>
      a!.box.x < b!.box.x + b!.box.width &&
      b!.box.x < a!.box.x + a!.box.width &&
      a!.box.y < b!.box.y + b!.box.height &&
      b!.box.y < a!.box.y + a!.box.height;
    expect(overlap(small, large)).toBe(false);
    expect(small!.y).toBeLessThan(ly); // a line higher, still above its own outline
    for (const l of [small, large, edge]) {
      expect(l!.box.x).toBeGreaterThanOrEqual(0);
      expect(l!.box.x + l!.box.width).toBeLessThanOrEqual(canvas.width);
      expect(l!.box.y).toBeGreaterThanOrEqual(0);
    }
    expect(edge!.box.y).toBeGreaterThan(20 + 15); // under the outline at the top
  });

  it("keeps names off the map's controls and names no outline that is wholly off the map", () => {
    const hull = square(60, 250, 20);
    const [alone] = placeNames([{ hull, width: 90, size: 3 }], { width: 400, height: 300 });
    // The zoom buttons where the name would go: it moves off them.
    const zoom = { x: 0, y: alone!.box.y - 2, width: 40, height: 40 };
    const [moved, offMap] = placeNames(
      [
        { hull, width: 90, size: 3 },
        { hull: square(600, 150, 20), width: 90, size: 9 },
      ],
      { width: 400, height: 300 },
      [zoom],
    );
    const b = moved!.box;
    expect(
      b.x < zoom.x + zoom.width && zoom.x < b.x + b.width && b.y < zoom.y + zoom.height && zoom.y < b.y + b.height,
    ).toBe(false);
    expect(offMap).toBeNull();
  });

  it("moves the last outlines with a pan instead of computing them again, as computed afresh", () => {
    const { doc, graph } = mapOf();
    const { sigma, camera, projected } = fakeSigma();
    const source = outlineSourceOf(sigma, graph, fakeMeasure().measure);
    drain(source.steps(doc, true));
    const once = projected();
    camera.x = 0.53; // the map dragged 30 px to the left
    camera.y = 0.49;
    const panned = drain(source.steps(doc, true));
    expect(projected()).toBe(once);
    // The same outlines and names as a source that never saw the map before.
    const fresh = fakeSigma();
    Object.assign(fresh.camera, camera);
    const afresh = drain(outlineSourceOf(fresh.sigma, graph, fakeMeasure().measure).steps(doc, true));
    expect(panned).toHaveLength(afresh.length);
    panned.forEach((o, i) => {
      const f = afresh[i]!;
      expect(o.name).toBe(f.name);
      o.hull.forEach(([x, y], k) => {
        expect(x).toBeCloseTo(f.hull[k]![0], 9);
        expect(y).toBeCloseTo(f.hull[k]![1], 9);
      });
      expect(o.label === null).toBe(f.label === null);
      if (o.label && f.label) {
        expect(o.label.x).toBeCloseTo(f.label.x, 9);
        expect(o.label.box.y).toBeCloseTo(f.label.box.y, 9);
      }
    });
    // Zooming changes the shapes (the padding stays 18 px on screen): computed again.
    camera.ratio = 1.5;
    drain(source.steps(doc, true));
    expect(projected()).toBe(2 * once);
  });

  it("scales the last outlines through a zoom's animation, and computes them when it ends", () => {
    const { doc, graph } = mapOf();
    const { sigma, camera, projected } = fakeSigma();
    const source = outlineSourceOf(sigma, graph, fakeMeasure().measure);
    const start = drain(source.steps(doc, true));
    const once = projected();
    camera.animated = true;
    camera.ratio = 0.5; // halfway through zooming in, twice as close
    const during = drain(source.steps(doc, true));
    expect(projected()).toBe(once);
    // Every point twice as far from the centre of the canvas (the camera's centre).
    during.forEach((o, i) =>
      o.hull.forEach(([x, y], k) => {
        expect(x).toBeCloseTo(400 + 2 * (start[i]!.hull[k]![0] - 400), 9);
        expect(y).toBeCloseTo(300 + 2 * (start[i]!.hull[k]![1] - 300), 9);
      }),
    );
    camera.animated = false; // the animation's last frame, at the same zoom
    drain(source.steps(doc, true));
    expect(projected()).toBe(2 * once);
  });
});
