// Import and export workflows: read a file (off the main thread when large), open it as a new
// map or merge it into the open one (one undoable edit), and write exports as downloads through
// a same-origin blob URL. Nothing is sent anywhere.
import {
  dict,
  findLikelyDuplicates,
  getOwn,
  mapId,
  mergeIntoDocument,
  newId,
  type LikelyDuplicate,
  type MapDocument,
  type MergeReport,
  type Position,
} from "../domain/model";
import { err, ok, type Result } from "../domain/result";
import {
  checkImportSize,
  previewRows,
  type CsvField,
  type CsvSheet,
  type ImportError,
  type ImportedMap,
} from "../io/import";
import { exportMap, type ExportFormat, type ExportOptions } from "../io/export";
import type { RendererHandle } from "../render/rendererHandle";
import { documentSnapshot, type MapStore } from "../store/mapStore";
import { importInBackground, type ImportOutcome, type WorkerImportOptions } from "../workers/importClient";
import { renderPicture, type PictureRequest, type PictureState } from "./picture";
import type { OpenDocumentResult, OpenDocumentStep, PersistenceController, StorageProblem } from "./persistence";

export { importErrorMessage, importWarningMessage, PEOPLE_FIELDS, TIES_FIELDS } from "../io/import";
export type { CsvField, CsvKind, CsvSheet, ImportError, ImportedMap, ImportFormat } from "../io/import";
export type { LikelyDuplicate, MergeReport } from "../domain/model";
export type { ExportFormat, AnonymiseMode } from "../io/export";
export type { PictureRequest } from "./picture";

/** Positions as drawn now (the render graph's layout), falling back to the document's. */
export function drawnPositions(doc: MapDocument, renderer: RendererHandle): Record<string, Position> {
  const graph = renderer.renderer?.graph;
  if (!graph) return { ...doc.positions };
  const out: Record<string, Position> = dict();
  graph.forEachNode((id, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) out[id] = { x: a.x, y: a.y };
  });
  return out;
}

export function isMapOnScreen(renderer: RendererHandle): boolean {
  return renderer.renderer !== null;
}

export function csvPreview(
  sheet: CsvSheet,
  mapping: Partial<Record<CsvField, number>>,
  limit = 5,
): Partial<Record<CsvField, string>>[] {
  return previewRows(sheet.rows, mapping, limit);
}

/** A file picked or dropped in the import dialog: its name and bytes. */
export interface PendingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** File.type: a text file labelled image/png is refused as not an image. */
  readonly mimeType?: string;
}

/**
 * Reads a picked or dropped file, refusing it from `file.size` before reading a byte: a 200 MB
 * file would otherwise be copied, decoded and parsed on its way to the same refusal.
 */
export async function readPickedFile(
  file: Blob & { readonly name: string },
): Promise<Result<PendingFile, ImportError>> {
  const tooLarge = checkImportSize(file.name, file.size);
  if (tooLarge) return err(tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return ok(file.type ? { name: file.name, bytes, mimeType: file.type } : { name: file.name, bytes });
}

/** Imports a file (big ones in the worker) and, for a spreadsheet, reads its sheet there too. */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  options: WorkerImportOptions = {},
): Promise<ImportOutcome> {
  return importInBackground(name, bytes, options, DOMParser);
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function likelyDuplicates(store: MapStore, imported: ImportedMap): LikelyDuplicate[] {
  return findLikelyDuplicates(store.getState().doc, imported.doc);
}

/** Merges into the open map as one undoable edit; throws (with the map as it was) when that fails. */
export function mergeImported(
  store: MapStore,
  imported: ImportedMap,
  matches: Readonly<Record<string, string | null>>,
): MergeReport {
  let report: MergeReport | null = null;
  const before = store.getState().doc;
  try {
    store.getState().apply((doc) => {
      const merged = mergeIntoDocument(doc, imported, { matches });
      report = merged.report;
      return merged.doc;
    });
  } catch (e) {
    // Merged but not drawn (a subscriber threw): take the edit back, then say why.
    if (store.getState().doc !== before) store.getState().undo();
    throw e;
  }
  return (
    report ?? {
      peopleAdded: 0,
      peopleMatched: 0,
      communitiesAdded: 0,
      tiesAdded: 0,
      tiesUpdated: 0,
      unratedTies: [],
    }
  );
}

/** Why opening an import as a new map stopped; the map open before stays open. */
export type OpenImportFailure = {
  readonly ok: false;
  readonly step: "create" | OpenDocumentStep;
  readonly problem: StorageProblem | null;
  readonly detail?: string;
};
export type OpenImportResult = { readonly ok: true; readonly title: string } | OpenImportFailure;

function importedDocument(imported: ImportedMap, fallbackTitle: string, egoName: string): MapDocument {
  const now = new Date().toISOString();
  const src = imported.doc;
  const ego = getOwn(src.people, src.egoId);
  const people = ego && egoName.trim() ? { ...src.people, [src.egoId]: { ...ego, name: egoName.trim() } } : src.people;
  return {
    ...src,
    people,
    id: mapId(newId("map")),
    title: imported.doc.title.trim() || fallbackTitle,
    createdAt: imported.doc.createdAt || now,
    updatedAt: now,
  };
}

/** Without persistence (component tests): replace the document, restoring it if drawing fails. */
function openInMemory(store: MapStore, doc: MapDocument): OpenDocumentResult {
  const before = documentSnapshot(store.getState());
  try {
    store.getState().replaceDocument(doc);
    return { ok: true };
  } catch (e) {
    store.getState().restoreDocument(before);
    return { ok: false, step: "display", problem: null, detail: errorText(e) };
  }
}

/**
 * Opens the import as a new map, all or nothing: pending edits of the open map are saved first,
 * then the new map is drawn and saved; if any step fails the open map stays open and saved.
 * The new map gets a fresh id so that a file exported from a saved map never overwrites that map.
 */
export async function openImportedAsNewMap(
  store: MapStore,
  persistence: PersistenceController | null,
  imported: ImportedMap,
  fallbackTitle: string,
  egoName = "",
): Promise<OpenImportResult> {
  let doc: MapDocument;
  try {
    doc = importedDocument(imported, fallbackTitle, egoName);
  } catch (e) {
    return { ok: false, step: "create", problem: null, detail: errorText(e) };
  }
  const result = persistence ? await persistence.openDocument(doc) : openInMemory(store, doc);
  return result.ok ? { ok: true, title: doc.title } : result;
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportAndDownload(doc: MapDocument, format: ExportFormat, options: ExportOptions): void {
  for (const file of exportMap(doc, format, options))
    downloadBlob(file.name, new Blob([file.text], { type: file.mime }));
}

/** PNG or SVG of the map (the one drawing, src/scene), downloaded. */
export async function exportPictureAndDownload(
  state: PictureState,
  renderer: RendererHandle,
  req: PictureRequest,
): Promise<void> {
  const { name, blob } = await renderPicture(state, renderer, req);
  downloadBlob(name, blob);
}
