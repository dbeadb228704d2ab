// The map view with person ids that are Object.prototype words: every person gets their own place.
import { describe, expect, it } from "vitest";
import { addPerson, createDocument, mapId, personId, setTie, type MapDocument } from "../../../src/domain/model";
import { buildRenderGraph } from "../../../src/render/buildRenderGraph";
import { egoRingsLayout } from "../../../src/render/layouts/egoRings";

function doc(): MapDocument {
  let d = createDocument({ id: mapId("m"), title: "t", egoId: personId("me"), egoName: "Me", now: "" });
  const ids = ["__proto__", "constructor", "toString", "valueOf"].map(personId);
  for (const id of ids) d = addPerson(d, { id, name: id });
  for (const id of ids) d = setTie(d, { a: d.egoId, b: id, answers: { emotional: 4 } });
  // Someone outside the rings, placed next to "__proto__".
  d = addPerson(d, { id: personId("hasOwnProperty"), name: "Friend" });
  return setTie(d, { a: personId("__proto__"), b: personId("hasOwnProperty") });
}

describe("render with prototype-word ids", () => {
  it("places every person at a distinct finite position", () => {
    const pos = egoRingsLayout(doc());
    expect(Object.keys(pos).sort()).toEqual([
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "me",
      "toString",
      "valueOf",
    ]);
    const points = Object.values(pos).map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    expect(new Set(points).size).toBe(6);
    const g = buildRenderGraph(doc());
    expect(g.order).toBe(6);
    expect(g.size).toBe(5);
    g.forEachNode((_id, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    expect(g.getNodeAttributes("__proto__")).toMatchObject({ x: pos[personId("__proto__")]?.x });
  });
});
