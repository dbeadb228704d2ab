// The one-page report (issue 11, item 5): composes it (scene/report.ts) from the open map and its
// analysis, lays it out on A4 with text measured by the canvas, and writes it as SVG, as PNG
// (the same SVG rasterised) or as PDF through the browser's print (the same SVG on a print page).
//
// The map inside the report is the one drawing (src/scene): the same scene as the PNG and SVG
// exports, with the same legend table.
import type { AnalysisReport } from "../domain/metrics/computeAll";
import type { EgoAnalysis } from "../domain/metrics/egoAnalysis";
import type { MapDocument, PlanAction } from "../domain/model";
import { asReport } from "../domain/insights/report";
import {
  anonymiseDocument,
  anonymiseTogether,
  neutralScene,
  neutraliseIds,
  safeBaseName,
  type AnonymiseOptions,
} from "../io/export";
import { layoutPositions } from "../render/layouts/positions";
import { canvasMeasure } from "../render/textMeasure";
import { buildScene, SCENE_FONT_FAMILY } from "../scene/buildScene";
import type { LegendEntry } from "../scene/legend";
import { sceneToSvg } from "../scene/svg";
import { buildReport, type ReportText } from "../scene/report";
import { PAGE_SIZE, type ReportSize } from "../scene/reportPage";
import { reportToSvg } from "../scene/reportSvg";
import { buildReportComparison, type ReportComparison, type ReportComparisonText } from "../scene/reportComparison";
import { reportBaseline } from "../domain/growth/baseline";
import { compareMaps, liveSide, snapshotSide } from "../domain/growth/compare";
import { snapshotDocument, snapshotScores } from "../domain/growth/snapshot";
import type { MeasureText, SceneLegendItem } from "../scene/types";
import { downloadBlob } from "./importExport";
import { sceneFontsReady, type PictureState } from "./picture";

export type { ReportSize } from "../scene/reportPage";
export type { ReportText } from "../scene/report";
export type ReportFormat = "pdf" | "svg" | "png";

/** Aspect of the map box on each page, so that the map fills it. */
const MAP_PIXELS: Record<ReportSize, { width: number; height: number }> = {
  "a4-portrait": { width: 1000, height: 720 },
  "a4-landscape": { width: 760, height: 900 },
};

/**
 * The map inside the report and its legend: the scene of the open map (positions as laid out on
 * screen, the view's encodings), drawn without its own title and legend, which the page sets.
 */
export function reportMap(
  state: PictureState,
  shown: MapDocument,
  size: ReportSize,
  legend: (entry: LegendEntry) => string,
  measureText: MeasureText,
  anonymised = false,
): { svg: string; legend: SceneLegendItem[] } {
  const common = {
    ...MAP_PIXELS[size],
    measureText,
    title: null,
    background: "white" as const,
    positions: layoutPositions(state.doc, state.view.layout),
    plannedReport: state.whatIf?.report ?? null,
  };
  const report = asReport(state.metrics.report);
  const map = buildScene(shown, report, state.view, { ...common, legend: null });
  const withLegend = buildScene(shown, report, state.view, { ...common, legend });
  // An anonymised page names people by neutral ids (p0, p1, …) in the map's data-* attributes.
  const drawn = anonymised ? neutralScene(map, neutraliseIds(shown)) : map;
  return { svg: sceneToSvg(drawn), legend: [...withLegend.legend] };
}

export interface ReportRequest {
  readonly doc: MapDocument;
  readonly ego: EgoAnalysis;
  /** The open map's document, analysis and view: the map is drawn from them. */
  readonly picture: PictureState;
  readonly size: ReportSize;
  /** Texts for the (possibly anonymised) document: built after `prepare`. */
  readonly text: (doc: MapDocument) => ReportText;
  /** Words of the one legend table (ui/legendText). */
  readonly legend: (entry: LegendEntry) => string;
  readonly anonymise?: AnonymiseOptions;
  /** Texts of the comparison block; with them, a map with a baseline gets "Since <date>: …". */
  readonly comparison?: ReportComparisonText & {
    readonly label: (iso: string) => string;
    /** How a name-hidden report names a done action (its kind): titles are in the user's words. */
    readonly anonymousAction?: (a: PlanAction) => string;
  };
}

/**
 * The comparison with the baseline snapshot (none without one). A name-hidden report compares the
 * two moments anonymised alike (anonymiseTogether: Person 3 in a sentence is Person 3 on the map,
 * someone gone since the snapshot gets a label of their own) and names done actions by their kind.
 */
export function reportComparisonFor(
  req: Pick<ReportRequest, "doc" | "comparison" | "anonymise">,
  report: AnalysisReport | null,
  now = new Date().toISOString(),
): { comparison?: ReportComparison } {
  const baseline = reportBaseline(req.doc);
  const text = req.comparison;
  if (!baseline || !report || !text) return {};
  const older = snapshotSide(req.doc, baseline, text.label(baseline.takenAt));
  const newer = liveSide(req.doc, snapshotScores(req.doc, report), text.label(now), now);
  if (!req.anonymise) return { comparison: buildReportComparison(compareMaps(older, newer, req.doc.actions), text) };
  const [live, old] = anonymiseTogether([req.doc, snapshotDocument(req.doc, baseline)], req.anonymise);
  const actionName = text.anonymousAction ?? ((a: PlanAction) => a.kind);
  const plan = req.doc.actions.map((a) => ({ ...a, title: actionName(a) }));
  const c = compareMaps({ ...older, doc: old ?? older.doc }, { ...newer, doc: live ?? newer.doc }, plan);
  return { comparison: buildReportComparison(c, text) };
}

/** The report page as an SVG document. */
export async function makeReportSvg(req: ReportRequest): Promise<string> {
  // Measure with the fonts the page will be drawn in, not a fallback still loading.
  await sceneFontsReady();
  const doc = req.anonymise ? anonymiseDocument(req.doc, req.anonymise) : req.doc;
  const measure = canvasMeasure();
  const map = reportMap(req.picture, doc, req.size, req.legend, measure, req.anonymise !== undefined);
  const model = buildReport({
    doc,
    ego: req.ego,
    text: req.text(doc),
    mapSvg: () => map.svg,
    legend: map.legend,
    ...reportComparisonFor(req, asReport(req.picture.metrics.report)),
  });
  return reportToSvg(model, { size: req.size, measure, fontFamily: SCENE_FONT_FAMILY });
}

/** Rasterises the page SVG at `scale` × 96 dpi (2 ≈ 192 dpi). */
export async function reportPng(svg: string, size: ReportSize, scale = 2): Promise<Blob> {
  const { width, height } = PAGE_SIZE[size];
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("canvas 2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const PRINT_ROOT_ID = "report-print";

/**
 * Puts the page on a print-only layer of this document (everything else hidden in print, the
 * layer hidden on screen) and opens the browser's print dialog, where "Save as PDF" gives the PDF.
 * The layer is removed after printing.
 */
export function printReport(svg: string, size: ReportSize): void {
  document.getElementById(PRINT_ROOT_ID)?.remove();
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  if (parsed.localName !== "svg") throw new Error("report SVG");
  const [w, h] = PAGE_SIZE[size].mm;
  const root = document.createElement("div");
  root.id = PRINT_ROOT_ID;
  root.dataset.size = size;
  const style = document.createElement("style");
  // Half a millimetre less than the page so that rounding never spills onto a second sheet.
  style.textContent = `@page { size: A4 ${size === "a4-portrait" ? "portrait" : "landscape"}; margin: 0 }
@media screen { #${PRINT_ROOT_ID} { display: none } }
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body > :not(#${PRINT_ROOT_ID}), dialog { display: none !important; }
  #${PRINT_ROOT_ID} { display: block; width: ${w}mm; height: ${h - 0.5}mm; overflow: hidden; break-inside: avoid; }
  #${PRINT_ROOT_ID} > svg { display: block; width: ${w}mm; height: ${h - 0.5}mm; }
}`;
  root.append(style, document.importNode(parsed, true));
  document.body.append(root);
  window.addEventListener("afterprint", () => root.remove(), { once: true });
  window.print();
}

export async function exportReport(req: ReportRequest, format: ReportFormat, baseName: string): Promise<void> {
  const svg = await makeReportSvg(req);
  const name = `${safeBaseName(baseName)}-report-${req.size === "a4-portrait" ? "portrait" : "landscape"}`;
  if (format === "pdf") printReport(svg, req.size);
  else if (format === "svg") downloadBlob(`${name}.svg`, new Blob([svg], { type: "image/svg+xml" }));
  else downloadBlob(`${name}.png`, await reportPng(svg, req.size));
}
