// SVG export outside the app's canvas (CLI, exportMap): the one drawing (src/scene) — buildScene
// then sceneToSvg — with text widths estimated when no canvas measureText is given. The app
// passes its canvas's measureText, so Japanese labels are measured as drawn. "Include editable
// data" embeds the native map JSON in <metadata>, which importing the SVG reads back.
import type { AnalysisReport } from "../../domain/metrics/computeAll";
import type { MapDocument, Position } from "../../domain/model";
import { buildScene, SCENE_FONT_FAMILY } from "../../scene/buildScene";
import type { LegendEntry } from "../../scene/legend";
import { sceneToSvg } from "../../scene/svg";
import type { MeasureText, SceneView } from "../../scene/types";
import { estimateTextWidth } from "../../scene/measure";
import { serializeNative } from "../native";
import { englishLegendText } from "./svgLegend";

export const FONT_FAMILY = SCENE_FONT_FAMILY;

export const DEFAULT_SCENE_VIEW: SceneView = {
  layout: "rings",
  colorBy: "sphere",
  sizeBy: "information_potential",
  withoutMe: false,
  outlines: true,
};

export interface SvgOptions {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
  /** true → the legend in English (CLI); a function → the legend in the caller's language. */
  readonly legend?: boolean | ((entry: LegendEntry) => string);
  readonly background?: "white" | "transparent";
  readonly view?: SceneView;
  readonly analysis?: AnalysisReport | null;
  readonly measureText?: MeasureText;
  /** Embed the native map JSON so that importing this SVG reopens the map. */
  readonly includeEditableData?: boolean;
}

export function renderSvg(
  doc: MapDocument,
  layout: Readonly<Record<string, Position>> = {},
  options: SvgOptions = {},
): string {
  const legend = options.legend === true ? englishLegendText : options.legend || null;
  const scene = buildScene(doc, options.analysis ?? null, options.view ?? DEFAULT_SCENE_VIEW, {
    width: options.width ?? 1200,
    height: options.height ?? 900,
    measureText: options.measureText ?? estimateTextWidth,
    title: options.title?.trim() || null,
    legend,
    background: options.background ?? "white",
    positions: layout,
  });
  return sceneToSvg(scene, options.includeEditableData ? { includeEditableData: serializeNative(doc) } : {});
}
