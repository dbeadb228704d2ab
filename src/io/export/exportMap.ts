// One entry point for the pure exports: anonymise if asked, then write the format's file(s).
// PNG pixels come from the render layer (canvas); embedMapInPng adds the editable data to them.
import type { MapDocument, Position } from "../../domain/model";
import { serializeNative } from "../native";
import { anonymiseDocument, type AnonymiseOptions } from "./anonymise";
import { serializePeopleCsv, serializeTiesCsv } from "./csv";
import { serializeGexf } from "./gexf";
import { neutralPositions, neutraliseIds } from "./neutralIds";
import { serializeGraphml } from "./graphml";
import { MAP_KEYWORD, insertITxt } from "./pngChunks";
import { renderSvg, type SvgOptions } from "./svg";

export type ExportFormat = "native" | "csv" | "gexf" | "graphml" | "svg";

export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}

export interface ExportOptions {
  readonly anonymise?: AnonymiseOptions;
  /** Layout positions (else the document's); used by SVG, GEXF and GraphML. */
  readonly positions?: Readonly<Record<string, Position>>;
  readonly svg?: Omit<SvgOptions, "includeEditableData">;
  /** SVG (and PNG through embedMapInPng): embed the native map so the image reopens as a map. */
  readonly includeEditableData?: boolean;
  /** File name without extension. */
  readonly baseName?: string;
}

/** The document as it will be written: anonymised when asked. */
export function prepareForExport(doc: MapDocument, options: ExportOptions = {}): MapDocument {
  return options.anonymise ? anonymiseDocument(doc, options.anonymise) : doc;
}

/** A file name from the map title: path separators and reserved characters removed. */
export function safeBaseName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, "")
    .trim()
    .slice(0, 80);
  return cleaned || "tsunagari-map";
}

export function exportMap(doc: MapDocument, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  const shown = prepareForExport(doc, options);
  const base = safeBaseName(options.baseName ?? shown.title);
  // An anonymised file carries neutral ids (p0, p1, …): the original ids are often names.
  const ids = options.anonymise ? neutraliseIds(shown) : null;
  const d = ids ? ids.doc : shown;
  const positions = ids ? neutralPositions(options.positions, ids) : options.positions;
  switch (format) {
    case "native":
      return [{ name: `${base}.tsunagari.json`, mime: "application/json", text: serializeNative(d) }];
    case "csv":
      return [
        { name: `${base}-people.csv`, mime: "text/csv;charset=utf-8", text: serializePeopleCsv(d) },
        { name: `${base}-ties.csv`, mime: "text/csv;charset=utf-8", text: serializeTiesCsv(d) },
      ];
    case "gexf":
      return [
        {
          name: `${base}.gexf`,
          mime: "application/gexf+xml",
          text: serializeGexf(d, positions),
        },
      ];
    case "graphml":
      return [
        {
          name: `${base}.graphml`,
          mime: "application/graphml+xml",
          text: serializeGraphml(d, positions),
        },
      ];
    case "svg":
      return [
        {
          name: `${base}.svg`,
          mime: "image/svg+xml",
          text: renderSvg(d, positions, {
            ...options.svg,
            includeEditableData: options.includeEditableData ?? false,
          }),
        },
      ];
  }
}

/**
 * The native text embedded in a picture (SVG metadata, PNG iTXt); an anonymised map (`anonymised`)
 * with neutral ids.
 */
export function embeddedNative(doc: MapDocument, anonymised: boolean): string {
  return serializeNative(anonymised ? neutraliseIds(doc).doc : doc);
}

/** Adds the (already anonymised, if wanted) map to PNG bytes as an iTXt chunk. */
export function embedMapInPng(png: Uint8Array, doc: MapDocument, anonymised = false): Uint8Array {
  return insertITxt(png, MAP_KEYWORD, embeddedNative(doc, anonymised));
}
