// Import and export workflows: read a file (off the main thread when large), open it as a new
// map or merge it into the open one (one undoable edit), and write exports as downloads through
// a same-origin blob URL. Nothing is sent anywhere.
import { mapId, newId, type MapDocument } from "../domain/model";
import type { Result } from "../domain/result";
import {
  findLikelyDuplicates,
  mergeIntoDocument,
  type ImportError,
  type ImportedMap,
  type LikelyDuplicate,
  type MergeReport,
} from "../io/import";
import { embedMapInPng, exportMap, prepareForExport, safeBaseName, type ExportFormat, type ExportOptions } from "../io/export";
import { renderMapPng, type PngExportOptions } from "../render/exportImage";
import type { MapStore } from "../store/mapStore";
import { importInBackground, type WorkerImportOptions } from "../workers/importClient";
import { currentPersistence } from "./persistence";

export async function readImportFile(file: File, options: WorkerImportOptions = {}): Promise<Result<ImportedMap, ImportError>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importInBackground(file.name, bytes, options, DOMParser);
}

/** Text pasted into the dialog (a list of names, or CSV/vCard text). */
export function readImportText(text: string, options: WorkerImportOptions = {}): Promise<Result<ImportedMap, ImportError>> {
  return importInBackground("pasted.txt", new TextEncoder().encode(text), options, DOMParser);
}

export function likelyDuplicates(store: MapStore, imported: ImportedMap): LikelyDuplicate[] {
  return findLikelyDuplicates(store.getState().doc, imported.doc);
}

/** Merges into the open map as one undoable edit. */
export function mergeImported(store: MapStore, imported: ImportedMap, matches: Readonly<Record<string, string | null>>): MergeReport {
  let report: MergeReport | null = null;
  store.getState().apply((doc) => {
    const merged = mergeIntoDocument(doc, imported, { matches });
    report = merged.report;
    return merged.doc;
  });
  return report ?? { peopleAdded: 0, peopleMatched: 0, communitiesAdded: 0, tiesAdded: 0, tiesUpdated: 0, unratedTies: [] };
}

/**
 * Opens the import as a new map. Pending edits of the open map are saved first; the new map gets
 * a fresh id so that a file exported from a saved map never overwrites that map.
 */
export async function openImportedAsNewMap(store: MapStore, imported: ImportedMap, fallbackTitle: string): Promise<void> {
  await currentPersistence()?.flush();
  const now = new Date().toISOString();
  const doc: MapDocument = {
    ...imported.doc,
    id: mapId(newId("map")),
    title: imported.doc.title.trim() || fallbackTitle,
    createdAt: imported.doc.createdAt || now,
    updatedAt: now,
  };
  store.getState().replaceDocument(doc);
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
  for (const file of exportMap(doc, format, options)) downloadBlob(file.name, new Blob([file.text], { type: file.mime }));
}

export async function exportPngAndDownload(
  doc: MapDocument,
  png: PngExportOptions,
  options: Pick<ExportOptions, "anonymise" | "includeEditableData" | "baseName">,
): Promise<void> {
  // The canvas shows the real names; an anonymised PNG is drawn with the anonymised labels.
  const shown = prepareForExport(doc, options);
  const labels = options.anonymise ? Object.fromEntries(Object.values(shown.people).map((p) => [p.id, p.name])) : undefined;
  let bytes = await renderMapPng(labels ? { ...png, labels } : png);
  if (options.includeEditableData) bytes = embedMapInPng(bytes, shown);
  const name = `${safeBaseName(options.baseName ?? doc.title)}.png`;
  downloadBlob(name, new Blob([bytes as BlobPart], { type: "image/png" }));
}
