// One entry point for every importable file: size check → format detection (magic bytes, then
// extension, then content) → decoding → the format's parser. Pure: the DOMParser is injected.
import { checkInvariants } from "../../domain/model";
import { err, type Result } from "../../domain/result";
import { isPng } from "../export/pngChunks";
import type { PeopleMapping, TiesMapping } from "./csvColumns";
import { guessColumns, guessCsvKind, isHeaderlessEdgeList } from "./csvColumns";
import { parseCsvMap } from "./csvMap";
import { parseCsvTable, type CsvTable } from "./csvTable";
import { decodeText, looksBinary } from "./decodeText";
import { parseGexf, parseGraphml, parseGraphologyJson } from "./graph";
import { isLinkedInExport, parseLinkedIn } from "./linkedin";
import { parseEmbeddedPng, parseEmbeddedSvg, parseNativeImport } from "./native";
import { parseNameList } from "./nameList";
import { checkImportSize } from "./limits";
import type { ImportError, ImportFormat, ImportedMap, XmlParserConstructor } from "./types";
import { isVcard, parseVcard } from "./vcard";

export interface ImportOptions {
  readonly domParser: XmlParserConstructor;
  /** Force a format instead of detecting it (e.g. "nameList" for pasted text). */
  readonly format?: ImportFormat;
  readonly peopleMapping?: PeopleMapping;
  readonly tiesMapping?: TiesMapping;
  readonly egoName?: string;
  /** Graph files: the node that is the user. */
  readonly egoId?: string;
  /** The MIME type the browser gave the file (File.type), when known. */
  readonly mimeType?: string;
}

const ext = (name: string): string => /\.([^./\\]+)$/u.exec(name.toLowerCase())?.[1] ?? "";

const IMAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  png: "PNG",
  apng: "PNG",
  jpg: "JPEG",
  jpeg: "JPEG",
  jfif: "JPEG",
  gif: "GIF",
  webp: "WebP",
  bmp: "BMP",
  tif: "TIFF",
  tiff: "TIFF",
  heic: "HEIC",
  heif: "HEIC",
  avif: "AVIF",
  ico: "ICO",
  svg: "SVG",
};

/** The kind of image a file claims to be by its extension or MIME type ("PNG", "SVG", …), else null. */
function claimedImage(e: string, mimeType: string | undefined): string | null {
  const byName = Object.hasOwn(IMAGE_EXTENSIONS, e) ? IMAGE_EXTENSIONS[e] : undefined;
  if (byName) return byName;
  const sub = /^image\/([\w.+-]+)/u.exec(mimeType?.toLowerCase() ?? "")?.[1];
  if (!sub) return null;
  if (sub === "svg+xml") return "SVG";
  return Object.hasOwn(IMAGE_EXTENSIONS, sub) ? (IMAGE_EXTENSIONS[sub] ?? null) : sub.toUpperCase();
}

/** JPEG, GIF, WebP, BMP, TIFF: real pictures, which cannot carry a Tsunagari map. */
function isOtherImage(b: Uint8Array): boolean {
  const ascii = (from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));
  return (
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    ascii(0, 4) === "GIF8" ||
    (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") ||
    ascii(0, 2) === "BM" ||
    ascii(0, 4) === "II*\0" ||
    ascii(0, 4) === "MM\0*"
  );
}

/** Guesses the format from the name and the first characters of the text. */
export function detectFormat(name: string, text: string): ImportFormat | null {
  return detect(name, text).format;
}

/** The format, and the parsed table when a CSV was parsed to tell people from ties. */
function detect(name: string, text: string): { format: ImportFormat | null; table?: CsvTable } {
  const format = detectOrTable(name, text);
  return typeof format === "object" && format !== null ? format : { format };
}

function detectOrTable(name: string, text: string): ImportFormat | null | { format: ImportFormat; table: CsvTable } {
  const head = text
    .slice(0, 4000)
    .replace(/^\uFEFF/u, "")
    .trimStart();
  const e = ext(name);
  if (head.startsWith("{")) {
    if (/"format"\s*:\s*"tsunagari-map"/u.test(head)) return "native";
    return /"nodes"\s*:/u.test(text) ? "graphologyJson" : "native";
  }
  if (head.startsWith("<")) {
    if (/<gexf[\s>]/u.test(head) || e === "gexf") return "gexf";
    if (/<graphml[\s>]/u.test(head) || e === "graphml") return "graphml";
    if (/<svg[\s>]/u.test(head) || e === "svg") return "svg";
    return null;
  }
  if (e === "vcf" || e === "vcard" || isVcard(text)) return "vcard";
  if (isLinkedInExport(text)) return "linkedin";
  if (e === "json") return "native";
  if (e === "csv" || e === "tsv" || (e === "txt" && /[,\t]/u.test(head.split("\n")[0] ?? ""))) {
    const table = parseCsvTable(name, text);
    // A broken table goes to the CSV parser, which says what is wrong with it.
    if (!table.ok) return "csvPeople";
    const { headers } = table.value;
    if (isHeaderlessEdgeList(headers)) return { format: "csvTies", table: table.value };
    if (headers.length > 1)
      return { format: guessCsvKind(headers) === "ties" ? "csvTies" : "csvPeople", table: table.value };
    // One column without a known header: a list of names saved as .csv.
    return Object.keys(guessColumns(table.value.headers)).length > 0 ? "csvPeople" : "nameList";
  }
  if (e === "txt" || e === "") return "nameList";
  return null;
}

/**
 * The runtime check every import passes before it reaches a store or a graph (Excalidraw's
 * "restore"): a document that breaks an invariant is refused with the first problem.
 */
function checked(result: Result<ImportedMap, ImportError>): Result<ImportedMap, ImportError> {
  if (!result.ok) return result;
  const [problem] = checkInvariants(result.value.doc);
  if (problem === undefined) return result;
  const [path = "document", ...rest] = problem.split(": ");
  return err({ kind: "invalid", file: result.value.file, path, message: rest.join(": ") || problem });
}

export function importText(name: string, text: string, options: ImportOptions): Result<ImportedMap, ImportError> {
  return checked(parseText(name, text, options));
}

function parseText(name: string, text: string, options: ImportOptions): Result<ImportedMap, ImportError> {
  const detected = options.format === undefined ? detect(name, text) : { format: options.format };
  const { format } = detected;
  const table = detected.table ? { table: detected.table } : {};
  const title = name.replace(/\.[^.]+$/u, "");
  const base = { title, ...(options.egoName ? { egoName: options.egoName } : {}) };
  const graphOptions = {
    ...base,
    domParser: options.domParser,
    ...(options.egoId ? { egoId: options.egoId } : {}),
  };
  const csvOptions = {
    ...base,
    ...(options.peopleMapping ? { peopleMapping: options.peopleMapping } : {}),
    ...(options.tiesMapping ? { tiesMapping: options.tiesMapping } : {}),
  };
  switch (format) {
    case "native":
      return parseNativeImport(name, text);
    case "csvPeople":
      return parseCsvMap({ people: { file: name, text, ...table } }, csvOptions);
    case "csvTies":
      return parseCsvMap({ ties: { file: name, text, ...table } }, csvOptions);
    case "linkedin":
      return parseLinkedIn(name, text, base);
    case "vcard":
      return parseVcard(name, text, base);
    case "nameList":
      return parseNameList(name, text, base);
    case "gexf":
      return parseGexf(name, text, graphOptions);
    case "graphml":
      return parseGraphml(name, text, graphOptions);
    case "graphologyJson":
      return parseGraphologyJson(name, text, graphOptions);
    case "svg":
      return parseEmbeddedSvg(name, text);
    case "png":
    case null:
      return err({ kind: "unknownFormat", file: name });
  }
}

/** Reads any supported file from its bytes. */
export function importFile(name: string, bytes: Uint8Array, options: ImportOptions): Result<ImportedMap, ImportError> {
  const tooLarge = checkImportSize(name, bytes.length);
  if (tooLarge) return err(tooLarge);
  const e = ext(name);
  if (bytes.length === 0) return err({ kind: "empty", file: name });
  if (isPng(bytes)) return checked(parseEmbeddedPng(name, bytes));
  if (isOtherImage(bytes)) return err({ kind: "noEmbeddedMap", file: name });
  const claimed = claimedImage(e, options.mimeType);
  // Text named or labelled as a picture is not read as a list or a table: the name is wrong.
  if (claimed !== null && claimed !== "SVG") return err({ kind: "notAnImage", file: name, claimed });
  const decoded = decodeText(bytes);
  if (!decoded) return err(claimed ? { kind: "notAnImage", file: name, claimed } : { kind: "badEncoding", file: name });
  if (looksBinary(decoded.text)) return err({ kind: "unknownFormat", file: name });
  if (
    claimed === "SVG" &&
    !decoded.text
      .replace(/^\uFEFF/u, "")
      .trimStart()
      .startsWith("<")
  ) {
    return err({ kind: "notAnImage", file: name, claimed });
  }
  return importText(name, decoded.text, options);
}
