import { it } from "vitest";
import { sceneOf, overlapping } from "./helpers";
it("dbg", () => {
  const t0 = performance.now();
  const s = sceneOf();
  console.log(
    "ms",
    performance.now() - t0,
    s.width,
    s.height,
    s.labels.length,
    s.nodes.length,
    s.unlabelled,
    s.outlines.length,
    s.outlines.filter((o) => o.label).length,
    s.labels.filter((l) => l.leader).length,
  );
  console.log(
    overlapping([
      ...s.labels.map((l) => ({ ...l.box, id: l.id })),
      ...s.outlines.filter((o) => o.label).map((o) => ({ ...o.label!.box, id: o.label!.text })),
    ]),
  );
});
import { writeFileSync } from "node:fs";
import { sceneToSvg } from "../../../src/scene/svg";
it("svg", () => {
  writeFileSync("/tmp/scene-dbg.svg", sceneToSvg(sceneOf()));
});
