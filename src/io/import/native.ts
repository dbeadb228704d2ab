// Our own map file (src/io/native) and images that carry it: an SVG with the map JSON in
// <metadata><tsunagari:map> and a PNG with it in an iTXt chunk (see src/io/export). Opening such
// an image reopens the map with its ids, ratings and positions intact.
import { parseNative, type NativeParseError } from "../native";
import { err, ok, type Result } from "../../domain/result";
import type { MapDocument } from "../../domain/model";
import { MAP_KEYWORD, pngDamage, readITxt } from "../export/pngChunks";
import type { ImportError, ImportedMap } from "./types";

function fromNative(file: string, e: NativeParseError): ImportError {
  return { ...e, file };
}

function done(file: string, format: ImportedMap["format"], doc: MapDocument): ImportedMap {
  return { format, file, doc, egoSource: "file", unratedTies: [], warnings: [] };
}

export function parseNativeImport(file: string, text: string): Result<ImportedMap, ImportError> {
  if (text.trim() === "") return err({ kind: "empty", file });
  const r = parseNative(text);
  return r.ok ? ok(done(file, "native", r.value)) : err(fromNative(file, r.error));
}

const ENTITY: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/giu, (m, e: string) => {
    if (e[0] !== "#") return ENTITY[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The map JSON embedded by renderSvg's "include editable data", or null. */
export function embeddedSvgJson(svg: string): string | null {
  const m = /<tsunagari:map\b[^>]*>([^<]*)<\/tsunagari:map>/u.exec(svg);
  return m?.[1] !== undefined ? unescapeXml(m[1]) : null;
}

export function parseEmbeddedSvg(file: string, svg: string): Result<ImportedMap, ImportError> {
  const json = embeddedSvgJson(svg);
  if (json === null) return err({ kind: "noEmbeddedMap", file });
  const r = parseNative(json);
  return r.ok ? ok(done(file, "svg", r.value)) : err(fromNative(file, r.error));
}

export function parseEmbeddedPng(file: string, png: Uint8Array): Result<ImportedMap, ImportError> {
  const json = readITxt(png, MAP_KEYWORD);
  if (json === null) {
    // A map chunk cut off or failing its CRC is not there for readITxt: say the file is damaged.
    const problem = pngDamage(png);
    return err(problem ? { kind: "damagedImage", file, problem } : { kind: "noEmbeddedMap", file });
  }
  const r = parseNative(json);
  return r.ok ? ok(done(file, "png", r.value)) : err(fromNative(file, r.error));
}
