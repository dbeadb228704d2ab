// PNG and SVG exports of the map: the one drawing (src/scene) built from the document, the
// analysis and the view settings — never from hover or selection, and without reading sigma's
// canvas — then painted on an offscreen canvas (1×–4×) or written as SVG. Text is measured with
// a canvas's measureText in the font the app ships, after the font has loaded, so the boxes the
// label placement used are the ones drawn. The last scene drawn is kept on
// `window.__tsunagariLastScene` so that end-to-end tests can check the layout that drew a PNG.
import { asReport } from "../domain/insights/report";
import type { MapDocument } from "../domain/model";
import {
  embedMapInPng,
  neutralScene,
  neutraliseIds,
  prepareForExport,
  safeBaseName,
  type AnonymiseOptions,
} from "../io/export";
import { serializeNative } from "../io/native";
import { visibleGraphBox } from "../render/exportImage";
import { layoutPositions } from "../render/layouts/positions";
import { canvasMeasure } from "../render/textMeasure";
import type { RendererHandle } from "../render/rendererHandle";
import { buildScene, FONT_SIZE, SCENE_FONT_FAMILY } from "../scene/buildScene";
import { paintScene } from "../scene/canvas";
import type { LegendEntry } from "../scene/legend";
import { sceneText, sceneToSvg } from "../scene/svg";
import { embeddedFontCss } from "./fontEmbedding";
import type { Scene } from "../scene/types";
import type { MapState } from "../store/mapStore";

export interface PictureRequest {
  readonly format: "png" | "svg";
  readonly scale: 1 | 2 | 3 | 4;
  readonly background: "white" | "transparent";
  /** The whole map, or the part the screen shows now. */
  readonly area: "whole" | "current";
  /** The title as it will be drawn (already the neutral one for an anonymised export); "" = none. */
  readonly title: string;
  /** Translates the legend table; null → no legend. */
  readonly legend: ((entry: LegendEntry) => string) | null;
  readonly anonymise?: AnonymiseOptions;
  readonly includeEditableData: boolean;
  readonly baseName: string;
}

export type PictureState = Pick<MapState, "doc" | "metrics" | "whatIf" | "view">;

/**
 * The picture's size at 1×: fixed, so that the picture never depends on the window or on the
 * panels open beside the map (a 2× PNG is 2880 × 1800). The map spreads further (and the canvas
 * grows) only when the labels need the room.
 */
export const PICTURE_SIZE = { width: 1440, height: 900 } as const;

/** Waits until the fonts the scene draws in are loaded (measuring before would measure a fallback). */
export async function sceneFontsReady(): Promise<void> {
  const fonts = document.fonts;
  if (!fonts) return;
  const sample = "あ漢A";
  await Promise.all(
    [
      `500 ${FONT_SIZE.person}px ${SCENE_FONT_FAMILY}`,
      `700 ${FONT_SIZE.ego}px ${SCENE_FONT_FAMILY}`,
      `600 ${FONT_SIZE.title}px ${SCENE_FONT_FAMILY}`,
      `400 ${FONT_SIZE.legend}px ${SCENE_FONT_FAMILY}`,
    ].map((f) => fonts.load(f, sample).catch(() => [])),
  );
  await fonts.ready;
}

/** The scene of an export and the document it shows (anonymised when asked). */
export async function pictureScene(
  state: PictureState,
  renderer: RendererHandle,
  req: PictureRequest,
): Promise<{ scene: Scene; shown: MapDocument }> {
  await sceneFontsReady();
  const shown = prepareForExport(state.doc, req.anonymise ? { anonymise: req.anonymise } : {});
  // Positions of the real document: the rings order people by name, and anonymised names would
  // reorder them; the picture must show the map as laid out on screen.
  const positions = layoutPositions(state.doc, state.view.layout);
  const scene = buildScene(shown, asReport(state.metrics.report), state.view, {
    width: PICTURE_SIZE.width,
    height: PICTURE_SIZE.height,
    measureText: canvasMeasure(),
    title: req.title || null,
    legend: req.legend,
    background: req.background,
    positions,
    plannedReport: state.whatIf?.report ?? null,
    fitTo: req.area === "current" ? visibleGraphBox(renderer) : null,
  });
  (window as { __tsunagariLastScene?: Scene }).__tsunagariLastScene = scene;
  return { scene, shown };
}

/** A scene painted at `scale` and encoded as PNG. */
export async function scenePng(scene: Scene, scale: number): Promise<Uint8Array> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the image.");
  paintScene(ctx, scene, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("The browser could not encode the image.");
  return new Uint8Array(await blob.arrayBuffer());
}

/** The export file of a picture request: PNG bytes or SVG text, editable data embedded if asked. */
export async function renderPicture(
  state: PictureState,
  renderer: RendererHandle,
  req: PictureRequest,
): Promise<{ name: string; blob: Blob; scene: Scene }> {
  const { scene, shown } = await pictureScene(state, renderer, req);
  const base = safeBaseName(req.baseName);
  if (req.format === "svg") {
    // The shipped font's subsets for the text drawn travel inside the file: it looks the same
    // on a machine without Japanese fonts (about 12 KB per subset of ~100 kanji).
    const fontCss = await embeddedFontCss(sceneText(scene), [400, 700]).catch(() => "");
    // An anonymised file carries neutral ids (p0, p1, …) in its data-* attributes and metadata.
    const ids = req.anonymise ? neutraliseIds(shown) : null;
    const svg = sceneToSvg(ids ? neutralScene(scene, ids) : scene, {
      ...(req.includeEditableData ? { includeEditableData: serializeNative(ids ? ids.doc : shown) } : {}),
      ...(fontCss ? { fontCss } : {}),
    });
    return { name: `${base}.svg`, blob: new Blob([svg], { type: "image/svg+xml" }), scene };
  }
  let bytes = await scenePng(scene, req.scale);
  if (req.includeEditableData) bytes = embedMapInPng(bytes, shown, req.anonymise !== undefined);
  return { name: `${base}.png`, blob: new Blob([bytes as BlobPart], { type: "image/png" }), scene };
}
