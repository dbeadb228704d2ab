// Scenes of the sample map for the scene tests: the app's layout positions and estimated metrics.
import { computeReport } from "../../../src/domain/insights/report";
import type { MapDocument } from "../../../src/domain/model";
import { layoutPositions } from "../../../src/render/layouts/positions";
import { buildScene, type BuildSceneOptions } from "../../../src/scene/buildScene";
import { estimateTextWidth } from "../../../src/scene/measure";
import type { Box, Scene, SceneView } from "../../../src/scene/types";
import { sampleNetwork } from "../support/documents";

export const VIEW: SceneView = {
  layout: "rings",
  colorBy: "sphere",
  sizeBy: "information_potential",
  withoutMe: false,
  outlines: true,
};

export function sceneOf(
  doc: MapDocument = sampleNetwork(),
  options: Partial<BuildSceneOptions> = {},
  view: Partial<SceneView> = {},
): Scene {
  const v = { ...VIEW, ...view };
  return buildScene(doc, computeReport(doc), v, {
    width: 1280,
    height: 720,
    measureText: estimateTextWidth,
    positions: layoutPositions(doc, v.layout),
    legend: (e) => e.id,
    title: doc.title,
    ...options,
  });
}

export function overlapping(boxes: readonly (Box & { id?: string })[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box & { id?: string };
      const b = boxes[j] as Box & { id?: string };
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        out.push([a.id ?? `${i}`, b.id ?? `${j}`]);
    }
  return out;
}
